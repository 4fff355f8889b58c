-- R-L4: the e-mailed 6-digit code of a login in progress. The code is stored only as a salted SHA-256
-- hash, bound to this login attempt, valid 20 minutes from the start of the login.
CREATE SEQUENCE login_challenge_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE login_challenge (
    id              BIGINT PRIMARY KEY,
    reference_hash  VARCHAR(64)  NOT NULL,
    account_id      BIGINT       NOT NULL REFERENCES user_account (id),
    code_salt       VARCHAR(32)  NOT NULL,
    code_hash       VARCHAR(64)  NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    resends         INTEGER      NOT NULL DEFAULT 0,
    wrong_codes     INTEGER      NOT NULL DEFAULT 0,
    state           VARCHAR(10)  NOT NULL,
    client_address  VARCHAR(64),
    CONSTRAINT login_challenge_reference_unique UNIQUE (reference_hash),
    CONSTRAINT login_challenge_state_check CHECK (state IN ('EN_COURS', 'REUSSI', 'ECHOUE', 'ANNULE'))
);
CREATE INDEX login_challenge_account_idx ON login_challenge (account_id, started_at);
