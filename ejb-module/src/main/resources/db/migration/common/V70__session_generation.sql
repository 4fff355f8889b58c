-- Finding #3 of issue 12: a session ends when its account is deactivated, locked, expired, or its
-- password changes or is reset. Each such change adds one to the account's session generation; a
-- signed-in session keeps the generation it started with and the web tier compares it with this
-- column on each request (one primary-key read), so the check holds across a cluster.
ALTER TABLE user_account ADD COLUMN session_generation BIGINT DEFAULT 0 NOT NULL;
