-- R-U1 on the embedded database: H2 has no PL/pgSQL, so the append-only rule is kept by the product
-- (no update or delete of audit_event anywhere) and by PostgreSQL's trigger in production.
SELECT 1;
