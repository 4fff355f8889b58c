-- Issue 12, deliver 2: the authenticator-app second factor (TOTP, RFC 6238). The secret is stored only
-- encrypted (AES-256-GCM, key from mfa.totpKey or $DATA_DIR/totp-secrets.key); the last time step
-- accepted refuses a code replayed within its window. Recovery codes are stored only hashed, used once.
ALTER TABLE user_account ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE user_account ADD COLUMN totp_enrolled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE user_account ADD COLUMN totp_last_step BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE totp_recovery_code (
    account_id  BIGINT      NOT NULL REFERENCES user_account (id),
    code_hash   VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT totp_recovery_code_pk PRIMARY KEY (account_id, code_hash)
);

-- Which second factor a login in progress asks for: the e-mailed code or the authenticator's.
ALTER TABLE login_challenge ADD COLUMN factor VARCHAR(10) DEFAULT 'COURRIEL' NOT NULL;
ALTER TABLE login_challenge ADD CONSTRAINT login_challenge_factor_check CHECK (factor IN ('COURRIEL', 'TOTP'));
