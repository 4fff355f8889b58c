-- R-J6: every e-mail is a row written in the transaction of the change that causes it; a dispatcher
-- sends the rows over SMTP, with retries and backoff. Nothing is lost while the SMTP server is down.
CREATE SEQUENCE outbox_email_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbox_email (
    id               BIGINT PRIMARY KEY,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    recipients       VARCHAR(2000) NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body_text        VARCHAR(20000) NOT NULL,
    body_html        VARCHAR(40000),
    state            VARCHAR(12)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    CONSTRAINT outbox_email_state_check CHECK (state IN ('EN_ATTENTE', 'EN_COURS', 'ENVOYE', 'ECHEC')),
    CONSTRAINT outbox_email_attempts_check CHECK (attempts >= 0)
);
CREATE INDEX outbox_email_due_idx ON outbox_email (state, next_attempt_at);
