-- R-C7: indexes for central's audit search (by person, partner, action, outcome, dates; newest first)
-- and R-C1's partner list (sorted by name). Portable: PostgreSQL and H2.
CREATE INDEX audit_event_actor_idx ON audit_event (actor_account_id, occurred_at);
CREATE INDEX audit_event_target_time_idx ON audit_event (target_account_id, occurred_at);
CREATE INDEX audit_event_partner_time_idx ON audit_event (partner_id, occurred_at);
CREATE INDEX audit_event_outcome_idx ON audit_event (outcome, occurred_at);
CREATE INDEX partner_name_idx ON partner (name);
CREATE INDEX user_account_name_idx ON user_account (last_name, first_name);
