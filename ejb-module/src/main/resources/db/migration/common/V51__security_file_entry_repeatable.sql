-- The view security_file_entry was created by V20 and created again by V50. Its one definition now
-- lives in the repeatable migration R__security_file_entry.sql, which Flyway runs after the
-- versioned migrations (and again whenever its text changes). Dropped here so that, on a database
-- already at V50, the repeatable migration creates it as on a new database. Applied migrations are
-- never edited (Flyway checks their checksums). Portable SQL: PostgreSQL and H2.

DROP VIEW security_file_entry;
