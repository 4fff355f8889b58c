#!/usr/bin/env bash
# Login benchmark (issue 3): password-step logins per second through the real login page, with
# CLIENTS concurrent visitors over ACCOUNTS accounts, on PostgreSQL, the e-mailed code off so that a
# login ends at the password step. Prints throughput, p50/p99 latency, the server's CPU use and peak
# resident memory, and the hashing parameters. Repeat it (RUNS) to see several JVM starts.
#
#   bench/login/run.sh                    # 16 clients, 200 accounts, 120 s warm-up, 60 s measured
#   CLIENTS=16 ACCOUNTS=200 WARMUP=120 MEASURE=60 RUNS=3 bench/login/run.sh
#   NMT=summary SERVER_JAVA_OPTS="-Xms512m -Xmx512m" bench/login/run.sh   # where the memory goes
#
# NMT=summary prints the JVM's native memory account at the end of each measured window beside the
# peak resident memory; SERVER_JAVA_OPTS are extra JVM options for the server (bench/lib/memory.sh).
#
# Needs: Java 17, Maven, PostgreSQL on 127.0.0.1:5432 (user postgres, trust or PGPASSWORD), psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/memory.sh
. bench/lib/server.sh

CLIENTS=${CLIENTS:-16}
ACCOUNTS=${ACCOUNTS:-200}
WARMUP=${WARMUP:-120}
MEASURE=${MEASURE:-60}
RUNS=${RUNS:-1}
PORT=${BENCH_PORT:-8190}
DB=${BENCH_DB:-portail_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER
PASSWORD=Demo-Portail-2026
WORK=$(mktemp -d /tmp/portail-login-bench.XXXX)

# server-config/run.sh builds what is missing (package: nothing is installed into ~/.m2).

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

SERVER=
# run.sh is started in its own process group (setsid): stop_server ends that group only.
start_server() {
  DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-postgres}" \
    SMTP_HOST=127.0.0.1 SMTP_PORT=1 MFA_EMAIL=false LOGIN_FAILUREMAIL=false DEMO_DATA=true \
    HTTP_PORT=$PORT DATA_DIR="$WORK/data" JAVA_OPTS="$(nmt_java_opts)" setsid server-config/run.sh >>"$WORK/server.log" 2>&1 &
  SERVER=$!
  await_ready "http://localhost:$PORT/health/ready" "$WORK/server.log" "$SERVER" || exit 1
  PID=$(server_jvm_on "$PORT") || exit 1
}

stop_server() {
  stop_group "$SERVER"
  SERVER=
}
trap stop_server EXIT

start_server
add_bench_accounts "$DB" "$ACCOUNTS"
HASH_PARAMS=$(psql -At -d "$DB" -c "SELECT split_part(password_hash, '\$', 4) FROM user_account WHERE user_code = 'mtremblay'")

for run in $(seq 1 "$RUNS"); do
  if (( run > 1 )); then stop_server; start_server; fi
  HZ=$(getconf CLK_TCK)
  cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
  PEAK_RSS=0
  java bench/login/LoginBench.java "http://localhost:$PORT" "$CLIENTS" bench "$ACCOUNTS" "$PASSWORD" \
      "$WARMUP" "$MEASURE" >"$WORK/bench.out" &
  BENCH=$!
  until grep -q MEASURE_START "$WORK/bench.out" 2>/dev/null; do sleep 0.2; done
  T0=$(date +%s.%N); C0=$(cpu_ticks)
  while ! grep -q MEASURE_END "$WORK/bench.out"; do
    RSS=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
    (( RSS > PEAK_RSS )) && PEAK_RSS=$RSS
    sleep 1
  done
  T1=$(date +%s.%N); C1=$(cpu_ticks)
  memory_report "$PID" "run $run, end of the measured window"
  wait "$BENCH"
  CPU=$(echo "scale=2; ($C1 - $C0) / $HZ / ($T1 - $T0)" | bc)
  RESULT=$(grep '^logins=' "$WORK/bench.out")
  RATE=$(sed -E 's/.*rate=([0-9.]+).*/\1/' <<<"$RESULT")
  PER_CORE=$(echo "scale=1; $RATE / $(nproc)" | bc)
  echo "run $run: $RESULT server_cpu=${CPU}cores peak_rss=$((PEAK_RSS / 1024))MiB per_core=${PER_CORE}/s argon2id=$HASH_PARAMS clients=$CLIENTS accounts=$ACCOUNTS warmup=${WARMUP}s measured=${MEASURE}s"
done
