-- R-A1 to R-A4, R-S8, R-C2: access requests (form 2490) waiting in central's queue. Section 1 is kept
-- as the form showed it; the partner is the one the request is for. A request is stored only once its
-- form and signatory (R-A2, R-A3) passed; account_id is the person its approval created or changed.
CREATE SEQUENCE access_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE access_request (
    id                   BIGINT PRIMARY KEY,
    partner_id           BIGINT       NOT NULL REFERENCES partner (id),
    request_type         VARCHAR(20)  NOT NULL,
    requester_user_code  VARCHAR(64),
    partner_name         VARCHAR(200) NOT NULL,
    partner_address      VARCHAR(300),
    partner_postal_code  VARCHAR(7),
    partner_phone        VARCHAR(20),
    education_number     VARCHAR(20),
    neq                  VARCHAR(10),
    civility             VARCHAR(8)   NOT NULL,
    last_name            VARCHAR(100) NOT NULL,
    first_name           VARCHAR(100) NOT NULL,
    partial_sin          VARCHAR(6)   NOT NULL,
    phone                VARCHAR(20)  NOT NULL,
    phone_extension      VARCHAR(6),
    fax                  VARCHAR(20),
    email                VARCHAR(254) NOT NULL,
    declaration_date     DATE         NOT NULL,
    approver_last_name   VARCHAR(100) NOT NULL,
    approver_first_name  VARCHAR(100) NOT NULL,
    approver_email       VARCHAR(254) NOT NULL,
    approver_phone       VARCHAR(20)  NOT NULL,
    approver_extension   VARCHAR(6),
    approver_role        VARCHAR(20)  NOT NULL,
    requested_expiry     DATE         NOT NULL,
    comments             VARCHAR(1000),
    board_resolution     BOOLEAN      NOT NULL DEFAULT FALSE,
    channel              VARCHAR(10)  NOT NULL,
    state                VARCHAR(12)  NOT NULL,
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by         BIGINT       NOT NULL REFERENCES user_account (id),
    decided_at           TIMESTAMP WITH TIME ZONE,
    decided_by           BIGINT REFERENCES user_account (id),
    rejection_reason     VARCHAR(500),
    account_id           BIGINT REFERENCES user_account (id),
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT access_request_type_check CHECK (request_type IN ('NOUVEL_ACCES', 'MODIFICATION_PROFIL')),
    CONSTRAINT access_request_civility_check CHECK (civility IN ('MADAME', 'MONSIEUR')),
    CONSTRAINT access_request_role_check CHECK (approver_role IN ('GESTIONNAIRE', 'PRESIDENT_CA', 'RESPONSABLE_SECURITE')),
    CONSTRAINT access_request_channel_check CHECK (channel IN ('EN_LIGNE', 'POSTE')),
    CONSTRAINT access_request_state_check CHECK (state IN ('EN_ATTENTE', 'APPROUVEE', 'REFUSEE')),
    CONSTRAINT access_request_sin_check CHECK (LENGTH(partial_sin) = 6)
);
CREATE INDEX access_request_state_idx ON access_request (state, received_at);
CREATE INDEX access_request_partner_idx ON access_request (partner_id);

CREATE TABLE access_request_profile (
    request_id  BIGINT      NOT NULL REFERENCES access_request (id),
    profile     VARCHAR(40) NOT NULL,
    PRIMARY KEY (request_id, profile)
);
