#!/usr/bin/env bash
# Benchmark of the nightly jobs (R-J1 expiry, R-J2 inactivity, R-J3 notice) on PostgreSQL.
#   ACCOUNTS=1000000 PARTNERS=20000 bench/jobs/run.sh
# Creates the database $BENCH_DB (dropped first), starts the product on it once to create the schema,
# loads the data (bench/jobs/data.sql) and vacuums it, times the set-based SQL floor twice
# (bench/jobs/floor.sql, rolled back, vacuumed after; the lower time counts), then starts the
# product again with the three jobs scheduled for the same minute and reads their start and end times
# from the job repository, sampling the JVM's resident memory meanwhile.
# Needs: psql, a PostgreSQL on $PGHOST:$PGPORT where $PGUSER may create databases, Maven (to build).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
. bench/lib/server.sh
ACCOUNTS="${ACCOUNTS:-1000000}"
PARTNERS="${PARTNERS:-20000}"
BENCH_DB="${BENCH_DB:-portail_bench_jobs}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGPASSWORD="${PGPASSWORD:-postgres}"
HTTP_PORT="${HTTP_PORT:-8110}"
DATA_DIR="${DATA_DIR:-/tmp/portail-bench-jobs}"
HEAP="${HEAP:-1g}"
OUT="${OUT:-$ROOT/bench/jobs/last-run.txt}"

psql -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB" -c "CREATE DATABASE $BENCH_DB"

server=
# run.sh is started in its own process group (setsid): stop_group ends that group only
# (bench/lib/server.sh), never a process found by its name.
start_server() {  # arguments: extra environment assignments NAME=value
  env HTTP_PORT="$HTTP_PORT" DATA_DIR="$DATA_DIR" DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" \
    DB_USER="$PGUSER" DB_PASSWORD="$PGPASSWORD" SMTP_HOST=127.0.0.1 SMTP_PORT=9 \
    MAIL_DISPATCH_INTERVALSECONDS=3600 JAVA_OPTS="-Xmx$HEAP" "$@" \
    setsid server-config/run.sh > "$DATA_DIR.log" 2>&1 &
  server=$!
  await_ready "http://localhost:$HTTP_PORT/health/ready" "$DATA_DIR.log" "$server" || exit 1
}
stop_server() {
  stop_group "$server"
  server=
}
trap stop_server EXIT
mkdir -p "$DATA_DIR"

echo "1. schema"; start_server; stop_server
echo "2. data: $ACCOUNTS accounts, $PARTNERS partners"
t0=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -v accounts="$ACCOUNTS" -v partners="$PARTNERS" -d "$BENCH_DB" -f bench/jobs/data.sql > /dev/null
echo "   loaded in $(echo "$(date +%s.%N) - $t0" | bc) s"
psql -At -d "$BENCH_DB" -c "SELECT 'due expiry ' || count(*) FILTER (WHERE expiry_date <= (now() AT TIME ZONE 'America/Toronto')::date) || ', due inactivity ' || count(*) FILTER (WHERE last_access_at < now() - INTERVAL '190 days') || ', due notice ' || count(*) FILTER (WHERE expiry_date BETWEEN (now() AT TIME ZONE 'America/Toronto')::date + 14 AND (now() AT TIME ZONE 'America/Toronto')::date + 21) FROM user_account"

# A freshly loaded table makes its first reader set every row's hint bits (and write the pages):
# VACUUM does it now, as the nightly autovacuum would have in production, so that neither the floor
# nor the jobs pay it.
psql -q -d "$BENCH_DB" -c "VACUUM ANALYZE"

echo "3. SQL floor (rolled back), twice: the lower time counts"
floor=""
for attempt in 1 2; do
  t0=$(date +%s.%N)
  psql -q -v ON_ERROR_STOP=1 -d "$BENCH_DB" -f bench/jobs/floor.sql > /tmp/bench-floor.txt
  took=$(echo "$(date +%s.%N) - $t0" | bc)
  echo "   floor run $attempt: $took s"; grep -E "^Time" /tmp/bench-floor.txt | sed 's/^/     /'
  floors="${floors:-}${floors:+, }$took"
  if [[ -z "$floor" ]] || (( $(echo "$took < $floor" | bc) )); then floor=$took; fi
  psql -q -d "$BENCH_DB" -c "VACUUM ANALYZE"  # the rolled-back rows, untimed
done

echo "4. jobs, scheduled together"
load_before=$(cut -d' ' -f1 /proc/loadavg)
# Start in the next minute that leaves time to deploy; the three jobs then run at once.
at=$(TZ=America/Toronto date -d "+4 minutes" +"%M %H")
cron="${at} * * *"
start_server "JOBS_ACCOUNT_EXPIRY_SCHEDULE=$cron" "JOBS_ACCOUNT_INACTIVITY_SCHEDULE=$cron" \
  "JOBS_EXPIRY_NOTICE_SCHEDULE=$cron" JOBS_REGISTRATION_CODE_EXPIRY_SCHEDULE=off JOBS_DAILY_REPORT_SCHEDULE=off
pid=$(server_jvm_on "$HTTP_PORT") || exit 1
peak=0
for _ in $(seq 1 1200); do
  rss=$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ' || echo 0); [[ -n "$rss" && "$rss" -gt "$peak" ]] && peak=$rss
  done_jobs=$(psql -At -d "$BENCH_DB" -c "SELECT count(*) FROM jbatchexecutioninstancedata WHERE batchstatus IN ('COMPLETED','FAILED','STOPPED')" 2>/dev/null || echo 0)
  [[ "$done_jobs" -ge 3 ]] && break
  sleep 0.5
done
psql -At -F ' ' -d "$BENCH_DB" -c "SELECT i.name, e.batchstatus, e.exitstatus, round(extract(epoch FROM e.endtime - e.starttime)::numeric, 1), s.readcount, s.writecount FROM jbatchexecutioninstancedata e JOIN jbatchjobinstancedata i USING (jobinstanceid) LEFT JOIN jbatchstepexecutioninstancedata s ON s.jobexecid = e.jobexecid AND s.stepname <> 'lock' ORDER BY i.name" | tee /tmp/bench-jobs.txt
wall=$(psql -At -d "$BENCH_DB" -c "SELECT round(extract(epoch FROM max(endtime) - min(starttime))::numeric, 1) FROM jbatchexecutioninstancedata")
rows=$(psql -At -d "$BENCH_DB" -c "SELECT COALESCE(sum(writecount), 0) FROM jbatchstepexecutioninstancedata WHERE stepname <> 'lock'")
changed=$(psql -At -d "$BENCH_DB" -c "SELECT count(*) FROM audit_event WHERE action IN ('ACCOUNT_EXPIRED','ACCOUNT_INACTIVATED')")
notices=$(psql -At -d "$BENCH_DB" -c "SELECT count(*) FROM expiry_notice")
mails=$(psql -At -d "$BENCH_DB" -c "SELECT count(*) FROM outbox_email")
stop_server
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GB, $(uname -sr)"
  echo "accounts: $ACCOUNTS  partners: $PARTNERS  heap: -Xmx$HEAP"
  echo "jobs wall time (first start to last end): $wall s"
  echo "items written: $rows  (accounts changed: $changed, notices: $notices, e-mails: $mails)"
  echo "rows/s: $(echo "scale=0; $rows / $wall" | bc)"
  echo "SQL floor: $floor s (runs: $floors)  (ratio $(echo "scale=2; $wall / $floor" | bc)x)"
  echo "load average (1 min) before the jobs: $load_before, after: $(cut -d' ' -f1 /proc/loadavg)"
  echo "peak JVM resident memory: $((peak / 1024)) MB"
  cat /tmp/bench-jobs.txt
} | tee "$OUT"
