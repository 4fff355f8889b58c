-- R-S2: the list's sort and filter columns within one partner (H2 has no expression indexes; the
-- PostgreSQL version indexes lower(...) for the case-insensitive prefix filters).
CREATE INDEX user_account_partner_last_name_idx ON user_account (partner_id, last_name);
CREATE INDEX user_account_partner_first_name_idx ON user_account (partner_id, first_name);
CREATE INDEX user_account_partner_email_idx ON user_account (partner_id, email_key);
CREATE INDEX user_account_partner_code_idx ON user_account (partner_id, user_code_key);
CREATE INDEX user_account_partner_state_idx ON user_account (partner_id, state);
CREATE INDEX user_account_partner_expiry_idx ON user_account (partner_id, expiry_date);
CREATE INDEX user_account_last_name_idx ON user_account (last_name);
