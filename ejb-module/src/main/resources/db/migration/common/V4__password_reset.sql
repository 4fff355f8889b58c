-- R-L8: forgot-password requests. Every request is recorded (for the rate limits per account and per
-- client address); one made for a usable account carries a single-use link token, stored only as its
-- SHA-256 hash. R-P1: the last passwords of each account, for the "not one of the last 5" rule.
CREATE SEQUENCE password_reset_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE password_reset (
    id              BIGINT PRIMARY KEY,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    client_address  VARCHAR(64),
    account_id      BIGINT REFERENCES user_account (id),
    token_hash      VARCHAR(64),
    expires_at      TIMESTAMP WITH TIME ZONE,
    used_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT password_reset_token_unique UNIQUE (token_hash)
);
CREATE INDEX password_reset_address_idx ON password_reset (client_address, requested_at);
CREATE INDEX password_reset_account_idx ON password_reset (account_id, requested_at);

CREATE SEQUENCE password_history_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE password_history (
    id             BIGINT PRIMARY KEY,
    account_id     BIGINT NOT NULL REFERENCES user_account (id),
    password_hash  VARCHAR(255) NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX password_history_account_idx ON password_history (account_id, changed_at);
