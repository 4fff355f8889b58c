-- Finding #4 of issue 12: wrong e-mailed security codes (R-L4) are counted per account across logins,
-- not only per login: typing the password again no longer gives a fresh allowance. The count goes
-- back to zero when a code is accepted and when it locks or deactivates the account (R-L3).
ALTER TABLE user_account ADD COLUMN wrong_code_count INTEGER DEFAULT 0 NOT NULL;
