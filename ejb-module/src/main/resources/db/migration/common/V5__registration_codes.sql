-- R-A5, R-A6: registration codes. A person approved by central exists as a user_account row without
-- user code nor password; the code e-mailed to them (stored only as its SHA-256 hash) lets them choose
-- both on *Votre fiche d'identification* (R-A7). valid_until is the last day the code may be used.
CREATE SEQUENCE registration_code_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE registration_code (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT       NOT NULL REFERENCES user_account (id),
    code_hash       VARCHAR(64)  NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until     DATE         NOT NULL,
    extended        BOOLEAN      NOT NULL DEFAULT FALSE,
    state           VARCHAR(12)  NOT NULL,
    mismatch_count  INTEGER      NOT NULL DEFAULT 0,
    state_changed_at TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT registration_code_hash_unique UNIQUE (code_hash),
    CONSTRAINT registration_code_state_check CHECK (state IN ('ACTIF', 'SUSPENDU', 'EXPIRE', 'UTILISE')),
    CONSTRAINT registration_code_mismatch_check CHECK (mismatch_count >= 0)
);
CREATE INDEX registration_code_account_idx ON registration_code (account_id);
CREATE INDEX registration_code_validity_idx ON registration_code (state, valid_until);
