-- R-C7 / R-C1: the searches compare names case-insensitively (LOWER(...) LIKE / =); PostgreSQL can
-- use these expression indexes for prefix matches and equality. H2 (embedded) has no expression
-- indexes and needs none at its size.
CREATE INDEX audit_event_actor_lower_idx ON audit_event (LOWER(actor));
CREATE INDEX user_account_last_name_lower_idx ON user_account (LOWER(last_name) varchar_pattern_ops);
CREATE INDEX partner_name_lower_idx ON partner (LOWER(name) varchar_pattern_ops);
