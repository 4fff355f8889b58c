-- R-S2: the list's sort and filter columns within one partner (and across partners for central,
-- R-C4–R-C6). Text filters are case-insensitive prefixes: lower(...) with text_pattern_ops serves
-- both "LIKE 'abc%'" and the ORDER BY of the same column.
CREATE INDEX user_account_partner_last_name_idx ON user_account (partner_id, lower(last_name) text_pattern_ops);
CREATE INDEX user_account_partner_first_name_idx ON user_account (partner_id, lower(first_name) text_pattern_ops);
CREATE INDEX user_account_partner_email_idx ON user_account (partner_id, email_key text_pattern_ops);
CREATE INDEX user_account_partner_code_idx ON user_account (partner_id, user_code_key text_pattern_ops);
CREATE INDEX user_account_partner_state_idx ON user_account (partner_id, state);
CREATE INDEX user_account_partner_expiry_idx ON user_account (partner_id, expiry_date);
CREATE INDEX user_account_last_name_idx ON user_account (lower(last_name) text_pattern_ops);
CREATE INDEX partner_name_lower_idx ON partner (lower(name) text_pattern_ops);
