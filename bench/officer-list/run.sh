#!/usr/bin/env bash
# R-S2 list benchmark (issue 4): a partner of ACCOUNTS accounts (CÉGEP DE SHERBROOKE of the demo data
# plus generated people), OFFICERS concurrent signed-in officers asking for the list's first page
# sorted on each column (both ways) and filtered by name, through the real page's AJAX requests, on
# PostgreSQL. Prints p50/p95/max per operation twice: as the client saw them (on the server's host,
# loopback), and as the server took them (its access log's time taken, run.sh's ACCESS_LOG).
#
#   bench/officer-list/run.sh          # 5000 accounts, 8 officers, 10 warm-up rounds then 5 measured
#   ACCOUNTS=5000 OFFICERS=8 WARMUP_ROUNDS=10 ROUNDS=15 bench/officer-list/run.sh
# A round is one officer's 15 requests (each column sorted both ways, one filter); the warm-up rounds
# (1,200 requests with 8 officers) let the JIT compile the page's hot paths, as on a server in use.
#
# Needs: Java 17, Maven, PostgreSQL on 127.0.0.1:5432 (user postgres, trust or PGPASSWORD), psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/server.sh

ACCOUNTS=${ACCOUNTS:-5000}
OFFICERS=${OFFICERS:-8}
ROUNDS=${ROUNDS:-15}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-10}
PORT=${BENCH_PORT:-8120}
DB=${BENCH_DB:-portail_bench_officer}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER
WORK=$(mktemp -d /tmp/portail-officer-bench.XXXX)

[[ -f ear/target/runtime/payara-micro.jar ]] || mvn -B -q install -DskipTests

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

SERVER=
stop_server() {
  # run.sh was started in its own process group: end that group only (bench/lib/server.sh).
  stop_group "$SERVER"
  SERVER=
}
trap stop_server EXIT

DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-postgres}" \
  SMTP_HOST=127.0.0.1 SMTP_PORT=1 MFA_EMAIL=false LOGIN_FAILUREMAIL=false DEMO_DATA=true \
  HTTP_PORT=$PORT DATA_DIR="$WORK/data" ACCESS_LOG="$WORK/access" \
  ACCESS_LOG_FORMAT='%client.name% %datetime% %request% %status% %response.length% %time-taken% "%header.x-bench%"' \
  setsid server-config/run.sh >"$WORK/server.log" 2>&1 &
SERVER=$!
await_ready "http://localhost:$PORT/health/ready" "$WORK/server.log" "$SERVER" || exit 1

# ACCOUNTS people in the officer's partner: varied names, states, profiles, expiry dates; one in 20
# has only a registration code (no user code yet).
EXTRA=$(( ACCOUNTS - $(psql -At -d "$DB" -c "SELECT COUNT(*) FROM user_account a JOIN partner p ON p.id = a.partner_id WHERE p.name = 'CÉGEP DE SHERBROOKE'") ))
psql -q -d "$DB" <<SQL
WITH names(last_names, first_names) AS (SELECT
    ARRAY['Tremblay','Gagnon','Roy','Côté','Bouchard','Gauthier','Morin','Lavoie','Fortin','Gagné',
          'Ouellet','Pelletier','Bélanger','Lévesque','Bergeron','Leblanc','Paquette','Girard','Simard','Boucher'],
    ARRAY['Marie','Jean','Sophie','Luc','Isabelle','Marc','Julie','Pierre','Nathalie','Éric'])
INSERT INTO user_account (id, partner_id, user_code, user_code_key, email, email_key, first_name,
    last_name, partial_sin, state, expiry_date, created_at, password_hash, password_changed_at)
SELECT 2000000 + n, p.id,
    CASE WHEN n % 20 = 0 THEN NULL ELSE 'banc' || n END,
    CASE WHEN n % 20 = 0 THEN NULL ELSE 'banc' || n END,
    'banc' || n || '@banc.example', 'banc' || n || '@banc.example',
    first_names[1 + n % 10], last_names[1 + (n / 10) % 20] || '-' || n, '111111',
    (ARRAY['ACTIF','ACTIF','ACTIF','ACTIF','EXPIRE','INACTIF','VERROUILLE'])[1 + n % 7],
    CURRENT_DATE + (n % 365), now(), NULL, NULL
FROM generate_series(1, GREATEST($EXTRA, 0)) AS n, names, partner p WHERE p.name = 'CÉGEP DE SHERBROOKE';
INSERT INTO account_profile (account_id, profile)
SELECT 2000000 + n, (ARRAY['UTILISATEUR_INDIVIDUS','UTILISATEUR_ENTREPRISE','RESPONSABLE_AUXILIAIRE'])[1 + n % 3]
FROM generate_series(1, GREATEST($EXTRA, 0)) AS n;
INSERT INTO registration_code (id, account_id, code_hash, issued_at, valid_until, extended, state, mismatch_count, version)
SELECT 3000000 + n, 2000000 + n, md5(n::text) || md5(n::text), now(), CURRENT_DATE + 4, FALSE,
    (ARRAY['ACTIF','SUSPENDU','EXPIRE'])[1 + (n / 20) % 3], 0, 0
FROM generate_series(1, GREATEST($EXTRA, 0)) AS n WHERE n % 20 = 0;
-- OFFICERS principal officers of that partner (each signs in once; same password as the demo).
INSERT INTO user_account (id, partner_id, user_code, user_code_key, email, email_key, first_name,
    last_name, partial_sin, state, expiry_date, created_at, password_hash, password_changed_at)
SELECT 1000000 + n, a.partner_id, 'bancoff' || n, 'bancoff' || n, 'bancoff' || n || '@banc.example',
    'bancoff' || n || '@banc.example', 'Officier', 'Banc', '222222', 'ACTIF', CURRENT_DATE + 200, now(),
    a.password_hash, now() - interval '30 days'
FROM generate_series(1, $OFFICERS) AS n, user_account a WHERE a.user_code = 'jlabonte';
INSERT INTO account_profile (account_id, profile)
SELECT 1000000 + n, 'RESPONSABLE_PRINCIPAL' FROM generate_series(1, $OFFICERS) AS n;
-- The profile bits the application keeps with each account (ca.qc.portail.account.ProfileMask).
UPDATE user_account a SET profile_mask = (SELECT COALESCE(SUM(CASE ap.profile
    WHEN 'RESPONSABLE_PRINCIPAL' THEN 1 WHEN 'RESPONSABLE_AUXILIAIRE' THEN 2 WHEN 'UTILISATEUR_INDIVIDUS' THEN 4
    WHEN 'EXTRACTION_INDIVIDUS' THEN 8 WHEN 'UTILISATEUR_ENTREPRISE' THEN 16 ELSE 0 END), 0)
  FROM account_profile ap WHERE ap.account_id = a.id) WHERE a.id >= 1000000;
-- The names as the list searches them (ca.qc.portail.account.SearchKey; migration V93 folds alike).
UPDATE user_account SET
  first_name_key = TRANSLATE(LOWER(first_name), 'àâçéèêëîïôöùûüÉÈÊÀÇÔ', 'aaceeeeiioouuueeeaco'),
  last_name_key = TRANSLATE(LOWER(last_name), 'àâçéèêëîïôöùûüÉÈÊÀÇÔ', 'aaceeeeiioouuueeeaco')
  WHERE id >= 1000000;
ANALYZE;
SQL
echo "partner accounts: $(psql -At -d "$DB" -c "SELECT COUNT(*) FROM security_file_entry e JOIN partner p ON p.id = e.partner_id WHERE p.name = 'CÉGEP DE SHERBROOKE'")"

java bench/officer-list/OfficerListBench.java "http://localhost:$PORT" bancoff Demo-Portail-2026 \
  "$OFFICERS" "$ROUNDS" Berg "$WARMUP_ROUNDS" | tee "$WORK/bench.out"
echo "Measured on the client (loopback), above; by the server (its access log's time taken), below:"
java bench/officer-list/OfficerListBench.java --access-log "$WORK"/access/*.txt | tee -a "$WORK/bench.out"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); parameters: accounts=$ACCOUNTS officers=$OFFICERS rounds=$ROUNDS (the first $WARMUP_ROUNDS not measured)"
