#!/usr/bin/env bash
# Starts Portail partenaires as a two-instance cluster on this machine, behind HAProxy:
#
#   instance A and instance B  server-config/run.sh each, CLUSTER=true, the same CLUSTER_NAME, the data
#                              grid on 127.0.0.1 only, one PostgreSQL database, one documents folder
#                              and master key, TRUSTED_PROXIES=127.0.0.1 (the balancer)
#   HAProxy                    in front: round robin without stickiness, health checks on
#                              /health/ready, X-Forwarded-For / X-Forwarded-Proto set
#   GreenMail                  the SMTP server when SMTP_HOST is not given (its REST API lists the
#                              e-mails: the address is printed)
#
# It prints the balancer's address and stops everything it started, by process id, on Ctrl+C (or
# when it gets TERM). Settings (environment; defaults in brackets):
#   LB_PORT [8080], PORT_A [8081], PORT_B [8082]  HTTP ports of the balancer and of the instances
#   CLUSTER_NAME [portail-local]                  the data grid's group name
#   CLUSTER_PORT [6900]                           first data-grid port (A takes it, B the next one)
#   CLUSTER_DIR [./data/cluster]                  each instance's DATA_DIR (a/, b/), documents/,
#                                                 the master key, haproxy.cfg and the logs
#   DB_NAME [portail_cluster], PGHOST [127.0.0.1], PGPORT [5432], PGUSER [postgres], PGPASSWORD
#                                                 the PostgreSQL database, created when missing
#   SMTP_HOST, SMTP_PORT                          an SMTP server; without them GreenMail is started
#   GREENMAIL_SMTP_PORT [3025], GREENMAIL_API_PORT [8083]
#   DEMO_DATA [true]                              the demo accounts (README), loaded by A at first start
#   LB_STICKY [false]                             true: a browser stays on one instance (cookie)
#   LB_INSTANCE_HEADER [false]                    true: HAProxy names the instance that answered in an
#                                                 X-Portail-Instance response header (bench/cluster)
# Any other setting of run.sh (README "Settings") is passed to both instances.
#
# Needs: Java 17, Maven (for the first build and for fetching GreenMail once), curl, psql and HAProxy
# (Debian: apt-get install haproxy postgresql-client).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/server-config/haproxy-config.sh"
cd "$ROOT"

LB_PORT="${LB_PORT:-8080}"
PORT_A="${PORT_A:-8081}"
PORT_B="${PORT_B:-8082}"
export CLUSTER_NAME="${CLUSTER_NAME:-portail-local}"
CLUSTER_PORT="${CLUSTER_PORT:-6900}"
CLUSTER_DIR="$(mkdir -p "${CLUSTER_DIR:-$ROOT/data/cluster}" && cd "${CLUSTER_DIR:-$ROOT/data/cluster}" && pwd)"
DB_NAME="${DB_NAME:-portail_cluster}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
GREENMAIL_SMTP_PORT="${GREENMAIL_SMTP_PORT:-3025}"
GREENMAIL_API_PORT="${GREENMAIL_API_PORT:-8083}"
GREENMAIL_VERSION=2.1.5

haproxy_bin="$(command -v haproxy || true)"
[[ -z "$haproxy_bin" && -x /usr/sbin/haproxy ]] && haproxy_bin=/usr/sbin/haproxy
if [[ -z "$haproxy_bin" ]]; then
  echo "cluster.sh needs HAProxy as the load balancer (Debian: apt-get install haproxy)." >&2
  exit 2
fi
for tool in java curl psql; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "cluster.sh needs $tool (psql: apt-get install postgresql-client)." >&2
    exit 2
  fi
done
for port in "$LB_PORT" "$PORT_A" "$PORT_B"; do
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
    echo "Port $port already answers: choose other LB_PORT / PORT_A / PORT_B." >&2
    exit 2
  fi
done

# Everything started here is stopped by its process id, in reverse order.
started=()
stop_all() {
  trap - INT TERM EXIT
  local i
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    kill "${started[$i]}" 2>/dev/null || true
  done
  for pid in "${started[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  echo "Cluster stopped."
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# One PostgreSQL database for both instances; the schema is created by the first one's migration.
if ! psql -d postgres -Atqc "SELECT 1" >/dev/null; then
  echo "PostgreSQL does not answer on $PGHOST:$PGPORT as $PGUSER (set PGHOST, PGPORT, PGUSER, PGPASSWORD)." >&2
  exit 2
fi
if [[ -z "$(psql -d postgres -Atqc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]]; then
  psql -d postgres -qc "CREATE DATABASE \"$DB_NAME\""
  echo "Created the database $DB_NAME on $PGHOST:$PGPORT."
fi
export DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB_NAME"
export DB_USER="$PGUSER"
# With trust authentication any non-empty value will do (run.sh requires one).
export DB_PASSWORD="${PGPASSWORD:-trust}"

# Outgoing mail: the given SMTP server, or a GreenMail started here.
if [[ -z "${SMTP_HOST:-}" ]]; then
  greenmail_jar="${HOME}/.m2/repository/com/icegreen/greenmail-standalone/$GREENMAIL_VERSION/greenmail-standalone-$GREENMAIL_VERSION.jar"
  if [[ ! -f "$greenmail_jar" ]]; then
    greenmail_jar="$CLUSTER_DIR/greenmail-standalone-$GREENMAIL_VERSION.jar"
  fi
  if [[ ! -f "$greenmail_jar" ]]; then
    mvn -B -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
      -DoutputDirectory="$CLUSTER_DIR"
  fi
  java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$GREENMAIL_SMTP_PORT" \
    -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.hostname=127.0.0.1 \
    -Dgreenmail.api.port="$GREENMAIL_API_PORT" -Dgreenmail.auth.disabled \
    -jar "$greenmail_jar" >"$CLUSTER_DIR/greenmail.log" 2>&1 &
  started+=($!)
  export SMTP_HOST=127.0.0.1 SMTP_PORT="$GREENMAIL_SMTP_PORT"
  for _ in $(seq 1 60); do
    curl -fsS -o /dev/null "http://127.0.0.1:$GREENMAIL_API_PORT/api/service/readiness" 2>/dev/null && break
    sleep 1
  done
fi

# One documents folder and one master key for both (R-E9); on separate machines, a shared mount.
export DOCUMENTS_DIR="${DOCUMENTS_DIR:-$CLUSTER_DIR/documents}"
mkdir -p "$DOCUMENTS_DIR"
chmod 700 "$DOCUMENTS_DIR"
if [[ -z "${DOCUMENTS_MASTER_KEY:-}" ]]; then
  key_file="$CLUSTER_DIR/documents-master.key"
  if [[ ! -f "$key_file" ]]; then
    (umask 077 && head -c 32 /dev/urandom | base64 >"$key_file")
  fi
  DOCUMENTS_MASTER_KEY="$(cat "$key_file")"
  export DOCUMENTS_MASTER_KEY
fi

export CLUSTER=true CLUSTER_INTERFACES=127.0.0.1 CLUSTER_HOSTAWARE=false
export CLUSTER_MEMBERS="127.0.0.1:$CLUSTER_PORT,127.0.0.1:$((CLUSTER_PORT + 1))"
export CLUSTER_PORT
export TRUSTED_PROXIES="${TRUSTED_PROXIES:-127.0.0.1}"
export APP_BASE_URL="${APP_BASE_URL:-http://127.0.0.1:$LB_PORT}"
export DEMO_DATA="${DEMO_DATA:-true}"

# The build, once, before the instances (run.sh would otherwise build in each).
war="web-module/target/web-module.war"
if [[ ! -f "$war" || ! -f ear/target/runtime/payara-micro.jar ]] \
   || [[ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$war" -type f -print -quit)" ]]; then
  echo "Building Portail partenaires…"
  # clean: classes whose sources were deleted would otherwise stay in the WAR (a removed filter
  # still registered by its annotation, failing every page after an update).
  mvn -B -q -DskipTests clean package
fi

# start_instance NAME PORT: run.sh in the background; its output in $CLUSTER_DIR/NAME.log, its
# server's log in $CLUSTER_DIR/NAME/logs/server.log.
start_instance() {
  local name="$1" port="$2"
  HTTP_PORT="$port" DATA_DIR="$CLUSTER_DIR/$name" \
    server-config/run.sh >"$CLUSTER_DIR/$name.log" 2>&1 &
  started+=($!)
  echo "$!" >"$CLUSTER_DIR/$name.pid"
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$!" 2>/dev/null; then
      echo "Instance $name stopped before it was ready: see $CLUSTER_DIR/$name/logs/server.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "Instance $name not ready after 300 s: see $CLUSTER_DIR/$name/logs/server.log" >&2
  exit 1
}

# A first: it migrates the schema (and loads the demo data); B then joins A's data grid.
echo "Starting instance A on port $PORT_A…"
start_instance a "$PORT_A"
echo "Starting instance B on port $PORT_B…"
start_instance b "$PORT_B"

# LB_STICKY=true: each browser stays on the instance that served it first (a cookie HAProxy sets).
# Not needed: a session, its caller's roles and its pages' view-scoped beans work on either member
# (README, *Running in a cluster*); it only spares the data grid a session's moves.
sticky="" sticky_a="" sticky_b=""
if [[ "${LB_STICKY:-false}" == "true" ]]; then
  sticky="  cookie PORTAIL_INSTANCE insert indirect nocache httponly"
  sticky_a=" cookie a" sticky_b=" cookie b"
fi
instance_header=""
if [[ "${LB_INSTANCE_HEADER:-false}" == "true" ]]; then
  instance_header="  http-response set-header X-Portail-Instance %s"
fi
# No stickiness by default: each request may go to either instance (sessions are in the data grid).
haproxy_config "$LB_PORT" "$(printf '%s\n' "$instance_header" "$sticky" | sed '/^$/d')" \
  "a 127.0.0.1:$PORT_A check$sticky_a" "b 127.0.0.1:$PORT_B check$sticky_b" >"$CLUSTER_DIR/haproxy.cfg"
"$haproxy_bin" -c -q -f "$CLUSTER_DIR/haproxy.cfg"
"$haproxy_bin" -W -db -f "$CLUSTER_DIR/haproxy.cfg" >"$CLUSTER_DIR/haproxy.log" 2>&1 &
started+=($!)
echo "$!" >"$CLUSTER_DIR/haproxy.pid"
for _ in $(seq 1 30); do
  curl -fsS -o /dev/null "http://127.0.0.1:$LB_PORT/health/ready" 2>/dev/null && break
  sleep 1
done

cat <<TXT

  Portail partenaires is running as a cluster of two instances behind HAProxy:
    balancer    http://127.0.0.1:$LB_PORT/   (open this one)
    instance A  http://127.0.0.1:$PORT_A/   log $CLUSTER_DIR/a/logs/server.log
    instance B  http://127.0.0.1:$PORT_B/   log $CLUSTER_DIR/b/logs/server.log
    database    $DB_URL
    documents   $DOCUMENTS_DIR
TXT
if [[ -n "${greenmail_jar:-}" ]]; then
  echo "    e-mails     GreenMail, SMTP 127.0.0.1:$GREENMAIL_SMTP_PORT; read them at http://127.0.0.1:$GREENMAIL_API_PORT/api/user/<address>/messages/INBOX"
fi
if [[ "$DEMO_DATA" == "true" ]]; then
  echo "  Demo accounts: see the README (password Demo-Portail-2026)."
fi
echo "  Stop everything with Ctrl+C."
echo "CLUSTER_READY"

# Runs until Ctrl+C / TERM, or until one of the processes started here ends by itself.
while true; do
  for pid in "${started[@]}"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "Process $pid ended; instance A is $(cat "$CLUSTER_DIR/a.pid"), B $(cat "$CLUSTER_DIR/b.pid")." >&2
      # An instance killed on purpose (bench/cluster) leaves the others running: only a dead
      # balancer ends the cluster.
      if [[ "$pid" == "$(cat "$CLUSTER_DIR/haproxy.pid")" ]]; then exit 1; fi
      alive=()
      for other in "${started[@]}"; do if [[ "$other" != "$pid" ]]; then alive+=("$other"); fi; done
      started=("${alive[@]}")
    fi
  done
  sleep 2
done
