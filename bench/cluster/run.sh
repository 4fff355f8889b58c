#!/usr/bin/env bash
# The cluster checks of issue 14, in one command: starts server-config/cluster.sh (instances A and B,
# HAProxy, GreenMail as the SMTP server, one PostgreSQL database made anew), runs
# bench/cluster/ClusterChecks.java against it, stops everything it started (by process id) and exits
# with the number of failed checks. Each check prints PASS or FAIL with what it saw.
#
#   bench/cluster/run.sh              # every check
#   CHECKS=a,c bench/cluster/run.sh   # only those whose names start so (a, c, d, e, f, g; b, h, i
#                                     # and j share the kill of A)
#
# Ports (env): LB_PORT 3380, PORT_A 3381, PORT_B 3382, CLUSTER_PORT 3390 (data grid), SMTP 3307,
# GreenMail API 3371. Needs what cluster.sh needs (Java 17, Maven, curl, psql, HAProxy) and PostgreSQL
# on 127.0.0.1:5432 whose user postgres may create databases (trust authentication, or PGPASSWORD).
# Not part of `mvn -B verify`: two instances take minutes to start.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/server.sh

export LB_PORT="${LB_PORT:-3380}" PORT_A="${PORT_A:-3381}" PORT_B="${PORT_B:-3382}"
export CLUSTER_PORT="${CLUSTER_PORT:-3390}"
export GREENMAIL_SMTP_PORT="${GREENMAIL_SMTP_PORT:-3307}" GREENMAIL_API_PORT="${GREENMAIL_API_PORT:-3371}"
export CLUSTER_NAME="${CLUSTER_NAME:-portail-bench}"
export DB_NAME="${DB_NAME:-portail_cluster_bench}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export CLUSTER_DIR="${CLUSTER_DIR:-$(mktemp -d /tmp/portail-cluster.XXXX)}"
export LB_INSTANCE_HEADER=true DEMO_DATA=true
# The dispatchers of both instances poll the outbox every 2 s (the checks count e-mails).
export MAIL_DISPATCH_INTERVALSECONDS=2
# Every scheduled job fires every minute on both instances (check g).
for job in REGISTRATION_CODE_EXPIRY ACCOUNT_EXPIRY ACCOUNT_INACTIVITY EXPIRY_NOTICE EXCHANGE_EXPIRY DAILY_REPORT; do
  export "JOBS_${job}_SCHEDULE=* * * * *"
done
# Check j: the operator starts a slow rehearsal run (itemDelayMillis, jobs.faultInjection) that A is
# killed in; a dead holder's job lock is taken for stale one minute after its last chunk instead of
# ten, so the check need not wait that long.
export JOBS_FAULTINJECTION=true JOBS_LOCK_LEASEMINUTES=1
unset SMTP_HOST SMTP_PORT

psql -q -d postgres -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)"

setsid server-config/cluster.sh >"$CLUSTER_DIR/cluster.out" 2>&1 &
CLUSTER=$!
stop() {
  # cluster.sh stops, by process id, what it started when it gets TERM.
  kill "$CLUSTER" 2>/dev/null || true
  wait "$CLUSTER" 2>/dev/null || true
}
trap stop EXIT

echo "Starting the cluster (log: $CLUSTER_DIR/cluster.out)…"
await_cluster "$CLUSTER" "$CLUSTER_DIR/cluster.out" || exit 1
sed -n '/running as a cluster/,/Stop everything/p' "$CLUSTER_DIR/cluster.out"

# Both instances must have joined one data grid before anything is asserted.
# B's server log (run.sh writes it under its DATA_DIR) names the data grid's size.
grid='Members \{size:2|DG Size: 2'
b_log="$CLUSTER_DIR/b/logs/server.log"
for _ in $(seq 1 60); do
  grep -Eq "$grid" "$b_log" && break
  sleep 1
done
grep -Eq "$grid" "$b_log" || { echo "B never saw 2 members in its data grid (see $b_log)" >&2; exit 1; }
echo "Data grid: B sees 2 members ($(grep -Eo "$grid" "$b_log" | tail -1))."

set +e
java -cp ear/target/runtime/postgresql.jar bench/cluster/ClusterChecks.java \
  "http://127.0.0.1:$LB_PORT" "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B" \
  "http://127.0.0.1:$GREENMAIL_API_PORT" "jdbc:postgresql://$PGHOST:$PGPORT/$DB_NAME" "$CLUSTER_DIR" \
  ${CHECKS:-} | tee "$CLUSTER_DIR/checks.out"
failed=${PIPESTATUS[0]}
set -e
echo "Logs: $CLUSTER_DIR (a/logs/server.log, b/logs/server.log, a.log, b.log, haproxy.log, greenmail.log, checks.out)"
exit "$failed"
