-- Issue 13, point 7: the folded names (V93) as the list filters and sorts them, within one partner
-- (officers) and across partners (central).
CREATE INDEX user_account_partner_last_name_key_idx ON user_account (partner_id, last_name_key);
CREATE INDEX user_account_partner_first_name_key_idx ON user_account (partner_id, first_name_key);
CREATE INDEX user_account_last_name_key_idx ON user_account (last_name_key);
CREATE INDEX user_account_first_name_key_idx ON user_account (first_name_key);
