-- Portail partenaires: partners, their agreements, user accounts, profiles, internal roles and the audit trail.
-- Portable SQL: runs unchanged on PostgreSQL (production, tests) and H2 (embedded default).

-- Identifiers come from sequences, allocated 50 at a time by EclipseLink (which reads a value as the
-- top of its block, hence START WITH 50), the same on both databases.
CREATE SEQUENCE partner_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE agreement_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE partner (
    id                BIGINT PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    address           VARCHAR(300),
    postal_code       VARCHAR(7),
    phone             VARCHAR(20),
    neq               VARCHAR(10),
    education_number  VARCHAR(20),
    non_profit        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT partner_neq_unique UNIQUE (neq)
);

CREATE TABLE agreement (
    id          BIGINT PRIMARY KEY,
    partner_id  BIGINT      NOT NULL REFERENCES partner (id),
    number      VARCHAR(30) NOT NULL,
    family      VARCHAR(20) NOT NULL,
    measure     VARCHAR(20) NOT NULL,
    start_date  DATE        NOT NULL,
    end_date    DATE        NOT NULL,
    CONSTRAINT agreement_number_unique UNIQUE (number),
    CONSTRAINT agreement_family_check CHECK (family IN ('FORMATION', 'EMPLOYABILITE', 'FACTURATION')),
    CONSTRAINT agreement_dates_check CHECK (end_date >= start_date)
);
CREATE INDEX agreement_partner_idx ON agreement (partner_id);

CREATE TABLE user_account (
    id                   BIGINT PRIMARY KEY,
    partner_id           BIGINT REFERENCES partner (id),
    user_code            VARCHAR(64),
    user_code_key        VARCHAR(64),
    email                VARCHAR(254) NOT NULL,
    email_key            VARCHAR(254) NOT NULL,
    first_name           VARCHAR(100) NOT NULL,
    last_name            VARCHAR(100) NOT NULL,
    partial_sin          VARCHAR(6),
    state                VARCHAR(12)  NOT NULL,
    expiry_date          DATE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    last_access_at       TIMESTAMP WITH TIME ZONE,
    password_hash        VARCHAR(255),
    password_changed_at  TIMESTAMP WITH TIME ZONE,
    password_temporary   BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_login_count   INTEGER      NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP WITH TIME ZONE,
    state_reason         VARCHAR(300),
    state_changed_at     TIMESTAMP WITH TIME ZONE,
    state_changed_by     VARCHAR(200),
    preferred_language   VARCHAR(2)   NOT NULL DEFAULT 'fr',
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT user_account_code_unique UNIQUE (user_code_key),
    CONSTRAINT user_account_email_unique UNIQUE (email_key),
    CONSTRAINT user_account_state_check CHECK (state IN ('ACTIF', 'VERROUILLE', 'EXPIRE', 'INACTIF')),
    CONSTRAINT user_account_sin_check CHECK (partial_sin IS NULL OR LENGTH(partial_sin) = 6),
    CONSTRAINT user_account_failed_check CHECK (failed_login_count >= 0)
);
CREATE INDEX user_account_partner_idx ON user_account (partner_id);
CREATE INDEX user_account_expiry_idx ON user_account (state, expiry_date);

CREATE TABLE account_profile (
    account_id  BIGINT      NOT NULL REFERENCES user_account (id),
    profile     VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, profile)
);

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL REFERENCES user_account (id),
    role        VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE audit_event (
    id                 BIGINT PRIMARY KEY,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor              VARCHAR(200) NOT NULL,
    actor_account_id   BIGINT,
    client_address     VARCHAR(64),
    action             VARCHAR(60)  NOT NULL,
    outcome            VARCHAR(20)  NOT NULL,
    target_account_id  BIGINT,
    partner_id         BIGINT,
    detail             VARCHAR(1000)
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_target_idx ON audit_event (target_account_id);
CREATE INDEX audit_event_partner_idx ON audit_event (partner_id);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at);
