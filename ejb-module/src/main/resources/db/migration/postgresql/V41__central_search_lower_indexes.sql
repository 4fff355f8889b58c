-- R-C7 / R-C1: the searches compare names case-insensitively (LOWER(...) LIKE / =); PostgreSQL can
-- use expression indexes for prefix matches and equality. H2 (embedded) has no expression indexes
-- and needs none at its size. LOWER(last_name) and LOWER(name) are indexed by V21 already.
CREATE INDEX audit_event_actor_lower_idx ON audit_event (LOWER(actor));
