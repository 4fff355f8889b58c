-- R-E1 to R-E10, R-J5: the secure document exchange. Projects of one partner with their members
-- (Actif accounts of that partner) and responsables (ministry staff, PERSONNEL); documents deposited
-- in a project for some of its participants; resumable uploads whose content is encrypted part by
-- part as it arrives (the content itself lives in files, see DocumentStore), each upload under its
-- own data key, kept here only wrapped by the master key. Expiry deletes the content and the key;
-- the rows (who deposited what for whom, when) stay with the audit trail.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode (BYTEA is an H2 alias).
CREATE SEQUENCE exchange_project_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE exchange_participant_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE exchange_upload_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE exchange_upload_part_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE exchange_document_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE exchange_recipient_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE exchange_download_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE exchange_consent_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE exchange_project (
    id                   BIGINT PRIMARY KEY,
    code                 VARCHAR(30)   NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    partner_id           BIGINT        NOT NULL REFERENCES partner (id),
    -- R-E7: the consent text; its version grows with each change, so a changed text asks again.
    consent_text         VARCHAR(10000),
    consent_version      INTEGER       NOT NULL DEFAULT 0,
    single_download      BOOLEAN       NOT NULL DEFAULT FALSE,
    download_quota       INTEGER       NOT NULL,
    upload_quota         INTEGER       NOT NULL,
    expiry_days          INTEGER       NOT NULL,
    receipt_on_download  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT exchange_project_code_unique UNIQUE (code),
    CONSTRAINT exchange_project_quota_check CHECK (download_quota > 0 AND upload_quota > 0),
    CONSTRAINT exchange_project_expiry_check CHECK (expiry_days > 0),
    CONSTRAINT exchange_project_consent_check CHECK (consent_version >= 0)
);
CREATE INDEX exchange_project_partner_idx ON exchange_project (partner_id);

-- MEMBRE: an account of the project's partner; RESPONSABLE: ministry staff (PERSONNEL).
CREATE TABLE exchange_participant (
    id          BIGINT PRIMARY KEY,
    project_id  BIGINT      NOT NULL REFERENCES exchange_project (id),
    account_id  BIGINT      NOT NULL REFERENCES user_account (id),
    role        VARCHAR(12) NOT NULL,
    CONSTRAINT exchange_participant_unique UNIQUE (project_id, account_id),
    CONSTRAINT exchange_participant_role_check CHECK (role IN ('MEMBRE', 'RESPONSABLE'))
);
CREATE INDEX exchange_participant_account_idx ON exchange_participant (account_id);

-- An upload in progress (R-E9): what the depositor asked for (recipients, note, protected ZIP) is
-- checked and kept at the start, so nothing is sent for a deposit that would be refused; the
-- SHA-256 of the plaintext received so far is kept as the digest's state, to go on after a break.
-- claim_token: the one request appending at a time (claimed_at tells a claim left by a dead server).
CREATE TABLE exchange_upload (
    id                 BIGINT PRIMARY KEY,
    project_id         BIGINT        NOT NULL REFERENCES exchange_project (id),
    owner_id           BIGINT        NOT NULL REFERENCES user_account (id),
    file_name          VARCHAR(255)  NOT NULL,
    declared_size      BIGINT        NOT NULL,
    bytes_received     BIGINT        NOT NULL DEFAULT 0,
    part_count         INTEGER       NOT NULL DEFAULT 0,
    digest_state       BYTEA,
    recipient_ids      VARCHAR(4000) NOT NULL,
    note               VARCHAR(500),
    zip_password_hash  VARCHAR(255),
    state              VARCHAR(12)   NOT NULL,
    claim_token        VARCHAR(36),
    claimed_at         TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    parts_deleted_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT exchange_upload_state_check
        CHECK (state IN ('OUVERT', 'TERMINE', 'ANNULE', 'REFUSE', 'ABANDONNE')),
    CONSTRAINT exchange_upload_size_check
        CHECK (declared_size >= 0 AND bytes_received >= 0 AND bytes_received <= declared_size)
);
CREATE INDEX exchange_upload_cleanup_idx ON exchange_upload (state, updated_at);

-- One encrypted part of an upload's content: plaintext bytes [plain_offset, plain_offset + plain_length),
-- in the file named after its index and the claim (file_token) of the request that wrote it.
CREATE TABLE exchange_upload_part (
    id            BIGINT PRIMARY KEY,
    upload_id     BIGINT      NOT NULL REFERENCES exchange_upload (id),
    part_index    INTEGER     NOT NULL,
    plain_offset  BIGINT      NOT NULL,
    plain_length  BIGINT      NOT NULL,
    file_token    VARCHAR(36) NOT NULL,
    CONSTRAINT exchange_upload_part_unique UNIQUE (upload_id, part_index)
);

-- The upload's data key (a Tink keyset), encrypted by the master key; deleted with the content.
CREATE TABLE exchange_data_key (
    upload_id    BIGINT PRIMARY KEY REFERENCES exchange_upload (id),
    wrapped_key  BYTEA  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE exchange_document (
    id                  BIGINT PRIMARY KEY,
    project_id          BIGINT        NOT NULL REFERENCES exchange_project (id),
    upload_id           BIGINT        NOT NULL REFERENCES exchange_upload (id),
    depositor_id        BIGINT        NOT NULL REFERENCES user_account (id),
    file_name           VARCHAR(255)  NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    note                VARCHAR(500),
    deposited_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at        TIMESTAMP WITH TIME ZONE,
    expired_at          TIMESTAMP WITH TIME ZONE,
    content_deleted_at  TIMESTAMP WITH TIME ZONE,
    -- R-E10: a slow (Argon2id) hash of the ZIP's password, never the password.
    zip_protected       BOOLEAN       NOT NULL DEFAULT FALSE,
    zip_password_hash   VARCHAR(255),
    CONSTRAINT exchange_document_upload_unique UNIQUE (upload_id),
    CONSTRAINT exchange_document_zip_check CHECK (zip_protected = (zip_password_hash IS NOT NULL))
);
CREATE INDEX exchange_document_project_idx ON exchange_document (project_id, deposited_at);
CREATE INDEX exchange_document_expiry_idx ON exchange_document (content_deleted_at, expires_at);

-- An addressee of a document (R-E2, R-E8): when they first started a download, when one download
-- was complete (the last byte sent), and which download is sending the last bytes right now.
CREATE TABLE exchange_recipient (
    id                BIGINT PRIMARY KEY,
    document_id       BIGINT NOT NULL REFERENCES exchange_document (id),
    account_id        BIGINT NOT NULL REFERENCES user_account (id),
    first_download_at TIMESTAMP WITH TIME ZONE,
    completed_at      TIMESTAMP WITH TIME ZONE,
    finishing_ticket  BIGINT,
    finishing_since   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT exchange_recipient_unique UNIQUE (document_id, account_id)
);
CREATE INDEX exchange_recipient_account_idx ON exchange_recipient (account_id);

-- One download (a ticket, possibly served by several range requests).
CREATE TABLE exchange_download (
    id            BIGINT PRIMARY KEY,
    document_id   BIGINT NOT NULL REFERENCES exchange_document (id),
    account_id    BIGINT NOT NULL REFERENCES user_account (id),
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX exchange_download_document_idx ON exchange_download (document_id, account_id);

-- R-E7: who consented to which version of a project's consent text, and when.
CREATE TABLE exchange_consent (
    id               BIGINT PRIMARY KEY,
    project_id       BIGINT  NOT NULL REFERENCES exchange_project (id),
    account_id       BIGINT  NOT NULL REFERENCES user_account (id),
    consent_version  INTEGER NOT NULL,
    consented_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exchange_consent_unique UNIQUE (project_id, account_id, consent_version)
);
