-- Scheduled jobs (R-J1–R-J7): the single-runner lock, and what makes the notice and report jobs
-- idempotent. Portable SQL (PostgreSQL and H2).

-- One row per scheduled job: the execution that holds it and until when. An execution takes the row
-- with one conditional UPDATE (free, expired, or already its own), renews it after every chunk, and
-- frees it at its end; an execution left STARTED by a crashed instance stops renewing, so its lease
-- runs out and the operations console shows it as stale.
CREATE TABLE job_lock (
    job_name      VARCHAR(100) PRIMARY KEY,
    execution_id  BIGINT,
    holder        VARCHAR(200),
    acquired_at   TIMESTAMP WITH TIME ZONE,
    expires_at    TIMESTAMP WITH TIME ZONE
);
INSERT INTO job_lock (job_name) VALUES ('account-expiry');
INSERT INTO job_lock (job_name) VALUES ('account-inactivity');
INSERT INTO job_lock (job_name) VALUES ('expiry-notice');
INSERT INTO job_lock (job_name) VALUES ('registration-code-expiry');
INSERT INTO job_lock (job_name) VALUES ('daily-report');

-- R-J3: one row per account and expiry date for which the officers were notified, written in the
-- transaction of the e-mail: never the same notice twice, a new one when the date changes.
CREATE SEQUENCE expiry_notice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE expiry_notice (
    id           BIGINT PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES user_account (id),
    expiry_date  DATE   NOT NULL,
    partner_id   BIGINT NOT NULL REFERENCES partner (id),
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT expiry_notice_unique UNIQUE (account_id, expiry_date)
);
CREATE INDEX expiry_notice_partner_idx ON expiry_notice (partner_id);

-- R-J7: each daily report's window (fixed by its first run, so a restart reports the same thing) and
-- the central agents it was e-mailed to (never twice).
CREATE TABLE daily_report (
    report_date   DATE PRIMARY KEY,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE daily_report_recipient (
    report_date  DATE   NOT NULL REFERENCES daily_report (report_date),
    account_id   BIGINT NOT NULL REFERENCES user_account (id),
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_date, account_id)
);

-- R-J2 reads Actif accounts by last use.
CREATE INDEX user_account_last_access_idx ON user_account (state, last_access_at);
