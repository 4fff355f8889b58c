-- Finding #12 of issue 12: throttling per client address. One row per counted event from an
-- address (a failed password, a wrong security code, an audited refusal of an anonymous visitor),
-- so the limits are shared by every cluster member through the database. Rows older than the
-- throttling window are deleted as new ones arrive; an address never has more than its ceiling
-- plus one row of a kind within the window.
CREATE SEQUENCE client_attempt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE client_attempt (
    id              BIGINT PRIMARY KEY,
    kind            VARCHAR(10)  NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT client_attempt_kind_check CHECK (kind IN ('LOGIN', 'CODE', 'REFUSAL'))
);
CREATE INDEX client_attempt_address_idx ON client_attempt (client_address, kind, attempted_at);
CREATE INDEX client_attempt_time_idx ON client_attempt (attempted_at);
