-- Benchmark data for the jobs (R-J1, R-J2, R-J3): :accounts accounts across :partners partners, run
-- date = today in the ministry's time zone. Account ids 1..partners are each partner's principal
-- officer (recently used, far expiry); the others are Individus users:
--   5% due to expire (expiry yesterday), 5% unused for 200 days (inactivity), 2% expiring in 14 to 21
--   days (notice), the rest used 10 days ago and expiring in 200 days. Users are spread over the
--   partners by a hash of their id, so notices go to many partners.
\set run '((now() AT TIME ZONE ''America/Toronto'')::date)'
INSERT INTO partner (id, name, neq, non_profit, created_at)
SELECT g, 'Organisme banc ' || g, (2000000000 + g)::text, false, now()
FROM generate_series(1, :partners) g;

INSERT INTO user_account (id, partner_id, user_code, user_code_key, email, email_key, first_name,
    last_name, first_name_key, last_name_key, state, expiry_date, created_at, last_access_at,
    preferred_language, version)
SELECT g, CASE WHEN g <= :partners THEN g ELSE (abs(hashint4(g)::bigint) % :partners) + 1 END, 'u' || g, 'u' || g, 'u' || g || '@banc.example',
    'u' || g || '@banc.example', 'Prénom', 'Nom' || g, 'prenom', 'nom' || g, 'ACTIF',
    CASE WHEN g <= :partners THEN :run + 300
         WHEN g % 100 < 5 THEN :run - 1
         WHEN g % 100 < 10 THEN :run + 300
         WHEN g % 100 < 12 THEN :run + 14 + (g % 8)
         ELSE :run + 200 END,
    now() - INTERVAL '3 years',
    CASE WHEN g > :partners AND g % 100 BETWEEN 5 AND 9 THEN now() - INTERVAL '200 days'
         ELSE now() - INTERVAL '10 days' END,
    'fr', 0
FROM generate_series(1, :accounts) g;

INSERT INTO account_profile (account_id, profile)
SELECT g, CASE WHEN g <= :partners THEN 'RESPONSABLE_PRINCIPAL' ELSE 'UTILISATEUR_INDIVIDUS' END
FROM generate_series(1, :accounts) g;

SELECT setval('user_account_seq', :accounts + 1000);
SELECT setval('partner_seq', :partners + 1000);
ANALYZE partner;
ANALYZE user_account;
ANALYZE account_profile;
