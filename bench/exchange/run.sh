#!/usr/bin/env bash
# R-E9 transfer benchmark (issue 11): uploads (tus) and downloads (the page's click, then the ranged
# GET) of 100 MB, 1 GB and 2 GB files over HTTP on loopback, 1 and 4 at a time, on PostgreSQL with
# the demo data (PROJET001: `personnel` deposits for `mtremblay`, who downloads). For each run it
# prints MB/s each way and the server's peak resident memory during that run (VmHWM, reset before
# each run); then the floor of this machine for the same bytes: sha256sum and openssl's AES-256-CTR
# (its enc has no GCM; CTR is the same cipher work without the tag), from and to the same disk.
# While four 1 GB files go up and down, an officer asks for the security file's list page
# (bench/officer-list's requests) and its p95 is printed, next to the same officer's p95 idle.
#
#   bench/exchange/run.sh                     # sizes 100 MB, 1 GB, 2 GB; concurrency 1 and 4
#   SIZES_MB="100 1000" CONCURRENCY="1 4" bench/exchange/run.sh
#   FRESH_JVM=true NMT=summary SIZES_MB="100 2000" CONCURRENCY=1 bench/exchange/run.sh
#
# FRESH_JVM=true starts a new server JVM (and warm-up) for each size, so that a size's peak resident
# memory is not the earlier sizes' (issue 11); NMT=summary adds the JVM's native memory account after
# each run, SERVER_JAVA_OPTS extra JVM options for the server (bench/lib/memory.sh).
#
# Needs: Java 17, Maven, PostgreSQL on 127.0.0.1:5432 (user postgres, trust or PGPASSWORD), psql,
# openssl, and about 20 GB free on the disk of $TMPDIR (files, and the encrypted store).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/memory.sh
. bench/lib/server.sh

SIZES_MB=${SIZES_MB:-100 1000 2000}
FRESH_JVM=${FRESH_JVM:-false}
CONCURRENCY=${CONCURRENCY:-1 4}
PORT=${BENCH_PORT:-8121}
DB=${BENCH_DB:-portail_bench_exchange}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
PASSWORD=Demo-Portail-2026
export PGHOST PGUSER
WORK=$(mktemp -d "${TMPDIR:-/tmp}/portail-exchange-bench.XXXX")

[[ -f ear/target/runtime/payara-micro.jar ]] || mvn -B -q install -DskipTests
mkdir -p "$WORK/classes" "$WORK/files"
javac -d "$WORK/classes" bench/officer-list/OfficerListBench.java bench/exchange/ExchangeBench.java

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

SERVER=
LIST=
cleanup() {
  [[ -n "$LIST" ]] && kill "$LIST" 2>/dev/null || true
  # run.sh was started in its own process group: end that group only.
  [[ -n "$SERVER" ]] && kill -- "-$SERVER" 2>/dev/null || true
  rm -rf "$WORK/files" "$WORK/data/documents" "$WORK/floor.out"
}
trap cleanup EXIT

start_server() {
  DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-postgres}" \
    SMTP_HOST=127.0.0.1 SMTP_PORT=1 MFA_EMAIL=false LOGIN_FAILUREMAIL=false DEMO_DATA=true \
    EXCHANGE_QUOTA_DOWNLOADS=100000 EXCHANGE_QUOTA_UPLOADS=100000 \
    HTTP_PORT=$PORT DATA_DIR="$WORK/data" ACCESS_LOG="$WORK/access" JAVA_OPTS="$(nmt_java_opts)" \
    ACCESS_LOG_FORMAT='%client.name% %datetime% %request% %status% %response.length% %time-taken% "%header.x-bench%"' \
    setsid server-config/run.sh >>"$WORK/server.log" 2>&1 &
  SERVER=$!
  await_ready "http://localhost:$PORT/health/ready" "$WORK/server.log" "$SERVER" || exit 1
  JAVA_PID=$(server_jvm_on "$PORT") || exit 1
}

stop_server() {
  stop_group "$SERVER"
  SERVER=
}

start_server
# One more principal officer of the demo partner, for the list page measured during the transfers.
psql -q -d "$DB" <<'SQL'
INSERT INTO user_account (id, partner_id, user_code, user_code_key, email, email_key, first_name,
    last_name, partial_sin, state, expiry_date, created_at, password_hash, password_changed_at, profile_mask)
SELECT 1000001, a.partner_id, 'bancoff1', 'bancoff1', 'bancoff1@banc.example', 'bancoff1@banc.example',
    'Officier', 'Banc', '222222', 'ACTIF', CURRENT_DATE + 200, now(), a.password_hash,
    now() - interval '30 days', 1
FROM user_account a WHERE a.user_code = 'jlabonte';
INSERT INTO account_profile (account_id, profile) VALUES (1000001, 'RESPONSABLE_PRINCIPAL');
SQL
PROJECT=$(psql -At -d "$DB" -c "SELECT id FROM exchange_project WHERE code = 'PROJET001'")
RECIPIENT=$(psql -At -d "$DB" -c "SELECT id FROM user_account WHERE user_code = 'mtremblay'")

bench() { java ${BENCH_JAVA_OPTS:-} -cp "$WORK/classes" ExchangeBench "http://localhost:$PORT" personnel mtremblay "$PASSWORD" "$PROJECT" "$RECIPIENT" "$@"; }
peak_mib() { awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$JAVA_PID/status"; }

# The warm-up must reach the JIT's steady state of AES-GCM: JDK 17 runs GHASH's plain Java body
# (about 70-150 MB/s here) until C2 compiles its caller with the intrinsic (4 GB/s here), which took
# about 800 MB of encryption in a standalone test. 20 uploads and downloads of 100 MB (2 GB each way).
# Each server JVM does the same before its measured runs: the warm-up, then the list page idle.
warm_up() {
  echo "== warm-up: 20 uploads and downloads of 100 MB, then the list page idle"
  head -c 100000000 /dev/urandom >"$WORK/files/warm.bin"
  for _ in $(seq 1 5); do bench 4 "$WORK/files/warm.bin" >/dev/null; done
  officer_list_idle=$(java -cp "$WORK/classes" OfficerListBench "http://localhost:$PORT" bancoff "$PASSWORD" 1 15 Berg 5 | tail -3)
  memory_report "$JAVA_PID" "after warm-up"
}
warm_up

echo "== transfers"
first=true
for mb in $SIZES_MB; do
  if [[ "$FRESH_JVM" == "true" && "$first" != "true" ]]; then
    echo "== a fresh server JVM for $mb MB"
    stop_server
    start_server
    warm_up
  fi
  first=false
  file="$WORK/files/$mb.bin"
  head -c "$((mb * 1000000))" /dev/urandom >"$file"
  sync
  for c in $CONCURRENCY; do
    echo 5 >"/proc/$JAVA_PID/clear_refs"
    if [[ "$mb" == 1000 && "$c" == 4 ]]; then
      java -cp "$WORK/classes" OfficerListBench "http://localhost:$PORT" bancoff "$PASSWORD" 1 40 Berg 0 \
        >"$WORK/list-busy.out" 2>&1 &
      LIST=$!
    fi
    echo "$(bench "$c" "$file") server-peak-rss=$(peak_mib) MiB"
    memory_report "$JAVA_PID" "$mb MB x $c"
    if [[ -n "$LIST" ]]; then wait "$LIST" || true; LIST=; fi
  done
  echo "floor ($mb MB): sha256sum $( { /usr/bin/time -f %e sha256sum "$file" >/dev/null; } 2>&1 ) s," \
    "openssl aes-256-ctr $( { /usr/bin/time -f %e openssl enc -aes-256-ctr -K "$(openssl rand -hex 32)" \
      -iv "$(openssl rand -hex 16)" -in "$file" -out "$WORK/floor.out"; } 2>&1 ) s"
  rm -f "$file" "$WORK/floor.out"
done

echo "== officer list page (1 officer), idle:"
echo "$officer_list_idle"
if [[ -f "$WORK/list-busy.out" ]]; then
  echo "== the same, during four 1 GB transfers:"
  tail -3 "$WORK/list-busy.out"
fi
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); disk: $(df -h --output=source,fstype "$WORK" | tail -1)"
