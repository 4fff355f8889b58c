#!/usr/bin/env bash
# Deploys portail.ear on a full Payara Server 6, as a government operator's application server runs
# it (issue 14, point 4).
#
#   server-config/payara-server.sh          start, print the address, stop on Ctrl+C
#   server-config/payara-server.sh start    start and return, the domain left running
#   server-config/payara-server.sh stop     stop the domain started by either
#
# It takes the Payara Server distribution from Maven Central (fish.payara.distributions:payara, zip,
# the version of Payara Micro in pom.xml unless PAYARA_SERVER_VERSION says otherwise), unpacks it once
# under $DATA_DIR, creates the domain "portail" anew (its own ports: HTTP_PORT, ADMIN_PORT and the
# six after HTTP_PORT), configures it with asadmin from the same environment variables as run.sh —
# server-config/pre-boot-commands.asadmin and post-boot-commands.asadmin, the files Payara Micro
# reads, with ${ENV=…} resolved here — restarts it, deploys ear/target/portail.ear and waits for
# /health/ready. PostgreSQL only (DB_URL, DB_USER, DB_PASSWORD) and an SMTP server (SMTP_HOST,
# SMTP_PORT): the embedded H2 default is run.sh's. The README's "Deploying the EAR on Payara Server"
# gives the same commands for an existing domain.
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

action="${1:-run}"
case "$action" in run | start | stop) ;; *)
  echo "Usage: $0 [start|stop]" >&2
  exit 2
  ;;
esac

export HTTP_PORT="${HTTP_PORT:-8080}"
ADMIN_PORT="${ADMIN_PORT:-4848}"
export DATA_DIR="$(mkdir -p "${DATA_DIR:-$ROOT/data/payara-server}" && cd "${DATA_DIR:-$ROOT/data/payara-server}" && pwd)"
version="${PAYARA_SERVER_VERSION:-$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)}"
server_home="$DATA_DIR/payara-$version/payara6"
domains="$DATA_DIR/domains"
domain="portail"
domain_dir="$domains/$domain"
# The domain's administrator and master passwords: random, made with the domain, readable by this
# user only, never printed. asadmin reads them from this file (AS_ADMIN_PASSWORD, AS_ADMIN_MASTERPASSWORD).
admin_passwords="$DATA_DIR/admin.passwordfile"

# Every file written from here on (domain.xml, logs, passwords) is readable by this user only.
umask 077

asadmin() {
  asadmin_with "$admin_passwords" "$@"
}

# asadmin with another password file (the administrator's passwords and more).
asadmin_with() {
  local passwords="$1"
  shift
  "$server_home/bin/asadmin" --interactive=false --host 127.0.0.1 --port "$ADMIN_PORT" \
    --user admin --passwordfile "$passwords" "$@"
}

domain_pid() {
  local pid
  pid="$(cat "$domain_dir/config/pid" 2>/dev/null)" || return 1
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

stop_domain() {
  if domain_pid >/dev/null; then
    echo "Stopping Payara Server (domain $domain)…" >&2
    asadmin stop-domain --domaindir "$domains" "$domain" >/dev/null
  fi
}

if [[ "$action" == "stop" ]]; then
  if [[ ! -x "$server_home/bin/asadmin" ]] || ! domain_pid >/dev/null; then
    echo "No Payara Server domain of $DATA_DIR is running."
    exit 0
  fi
  stop_domain
  exit 0
fi

if [[ -x "$server_home/bin/asadmin" ]] && domain_pid >/dev/null; then
  echo "The domain of $DATA_DIR is already running: '$0 stop' first." >&2
  exit 2
fi

# The settings, checked as run.sh checks them on PostgreSQL.
if [[ "${DB_URL:-}" != jdbc:postgresql:* ]]; then
  echo "Set DB_URL to a jdbc:postgresql: URL (the embedded H2 default is for run.sh only)." >&2
  exit 2
fi
export DB_USER="${DB_USER:-postgres}"
if [[ -z "${DB_PASSWORD:-}" ]]; then
  echo "Set DB_PASSWORD for $DB_USER (with trust authentication any non-empty value will do)." >&2
  exit 2
fi
if [[ -z "${SMTP_HOST:-}" ]]; then
  echo "Set SMTP_HOST (and SMTP_PORT) for outgoing e-mail." >&2
  exit 2
fi
export SMTP_PORT="${SMTP_PORT:-25}"
export APP_BASE_URL="${APP_BASE_URL:-http://localhost:$HTTP_PORT}"
export MAIL_FROM="${MAIL_FROM:-Portail partenaires <ne-pas-repondre@portail.example>}"
export DEMO_DATA="${DEMO_DATA:-false}"
export DB_DATASOURCE_CLASS="org.postgresql.ds.PGSimpleDataSource"
# The password goes only into the domain's password alias (below): the server's environment, which
# it is started with, does not hold it.
db_password="$DB_PASSWORD"
unset DB_PASSWORD
# The JDBC pool's password property names a password alias of the domain, never the password
# (finding #5 of issue 12): domain.xml and the server log hold only this reference.
export DB_PASSWORD_REFERENCE='${ALIAS=portail-db-password}'

# The other listeners get the ports after HTTP_PORT (none of Payara's defaults, so that two servers
# on one machine do not collide): HTTPS +2, IIOP +3 +4 +5, JMX +6, JMS +7, data grid +8 and +9 (the
# debugger and OSGi shell, +8 and +9 too, listen only when asked for).
https_port=$((HTTP_PORT + 2))
domain_ports="http.ssl.port=$https_port:orb.listener.port=$((HTTP_PORT + 3))"
domain_ports+=":orb.ssl.port=$((HTTP_PORT + 4)):orb.mutualauth.port=$((HTTP_PORT + 5))"
domain_ports+=":domain.jmxPort=$((HTTP_PORT + 6)):jms.port=$((HTTP_PORT + 7))"
domain_ports+=":java.debugger.port=$((HTTP_PORT + 8)):osgi.shell.telnet.port=$((HTTP_PORT + 9))"

# The distribution, from Maven Central (through Maven, like every other artefact), unpacked once.
if [[ ! -x "$server_home/bin/asadmin" ]]; then
  echo "Getting Payara Server $version (fish.payara.distributions:payara:$version:zip)…"
  mvn -B -q dependency:copy -Dartifact="fish.payara.distributions:payara:$version:zip" \
    -Dmdep.stripVersion=false -DoutputDirectory="$DATA_DIR/cache"
  rm -rf "$DATA_DIR/payara-$version.partial"
  mkdir -p "$DATA_DIR/payara-$version.partial"
  unzip -q "$DATA_DIR/cache/payara-$version.zip" -d "$DATA_DIR/payara-$version.partial"
  rm -rf "$DATA_DIR/payara-$version"
  mv "$DATA_DIR/payara-$version.partial" "$DATA_DIR/payara-$version"
fi

# The EAR (and the PostgreSQL driver beside it), built when missing or older than the sources.
ear="ear/target/portail.ear"
driver="ear/target/runtime/postgresql.jar"
if [[ ! -f "$ear" || ! -f "$driver" ]] \
   || [[ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$ear" -type f -print -quit)" ]]; then
  echo "Building Portail partenaires…"
  # clean: classes whose sources were deleted would otherwise stay in the WAR (a removed filter
  # still registered by its annotation, failing every page after an update).
  mvn -B -q -DskipTests clean package
fi

# The domain is made anew at each start, as run.sh makes Payara Micro's runtime folder anew: its
# configuration always comes from the current settings. It holds none of the product's data.
rm -rf "$domain_dir"
mkdir -p "$domains"
{
  printf 'AS_ADMIN_PASSWORD=%s\n' "$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
  printf 'AS_ADMIN_MASTERPASSWORD=%s\n' "$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
} >"$admin_passwords"
echo "Creating the Payara Server domain $domain (HTTP $HTTP_PORT, administration 127.0.0.1:$ADMIN_PORT)…"
asadmin create-domain --domaindir "$domains" --adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT" \
  --domainproperties "$domain_ports" "$domain" >"$DATA_DIR/create-domain.log" 2>&1 \
  || { tail -5 "$DATA_DIR/create-domain.log" >&2; exit 1; }

# The server inherits this script's environment: the application's settings (SMTP_HOST, MAIL_FROM,
# APP_BASE_URL, DEMO_DATA, DATA_DIR, MFA_…, JOBS_…) are read through MicroProfile Config from it, as
# on Payara Micro. Startup can take minutes on a loaded machine.
export AS_START_TIMEOUT="${AS_START_TIMEOUT:-900000}"
echo "Starting it to configure it…"
asadmin start-domain --domaindir "$domains" "$domain" >/dev/null

# From here until the application is ready, a failed command (set -E: inside functions too) or an
# interruption stops the domain: none is left running half set up.
cleanup_on_failure() {
  trap - ERR
  echo "Payara Server could not be set up; see $DATA_DIR/configure.log and $domain_dir/logs/server.log" >&2
  stop_domain
}
trap cleanup_on_failure ERR
trap 'trap - ERR INT TERM; stop_domain; exit 130' INT TERM

# The asadmin command files Payara Micro reads, with ${ENV=NAME} replaced by the variable's value (a
# variable that is not set stops here) and their comments left out. Payara Server names its HTTP
# listener's protocol http-listener-1 where Payara Micro names it http-listener.
resolve() {
  perl -ne 'next if /^\s*(#|$)/;
    s/\$\{ENV=(\w+)\}/defined $ENV{$1} ? $ENV{$1} : die "$1 is not set\n"/ge;
    s/protocol\.http-listener\.http\./protocol.http-listener-1.http./g; print' "$@"
}
commands="$DATA_DIR/configure.asadmin"
{
  resolve server-config/pre-boot-commands.asadmin server-config/post-boot-commands.asadmin
  # Alone (no cluster) sessions stay in memory, as run.sh does without CLUSTER=true.
  echo "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false"
  # The data grid's ports after HTTP_PORT (its defaults 4900 and 5900 would collide with another
  # server's); it listens on the loopback (pre-boot-commands.asadmin) and binds nothing else.
  echo "set hazelcast-runtime-configuration.das-port=$((HTTP_PORT + 8))"
  echo "set hazelcast-runtime-configuration.start-port=$((HTTP_PORT + 9))"
  # Administration and JMX on the loopback only.
  echo "set configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address=127.0.0.1"
  echo "set configs.config.server-config.admin-service.jmx-connector.system.address=127.0.0.1"
  # The embedded JMS broker, which the product does not use, binds to its host's address when that
  # is not "localhost" (imq.hostname): the loopback.
  echo "set configs.config.server-config.jms-service.jms-host.default_JMS_host.host=127.0.0.1"
  # The domain's own H2 databases (the EJB timer store, jdbc/__default) are opened with
  # AUTO_SERVER=TRUE, which makes H2 serve them over TCP on a random port of every address: without
  # it they are files that only this server opens.
  echo 'set resources.jdbc-connection-pool.__TimerPool.property.URL=jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/ejbtimer'
  echo 'set resources.jdbc-connection-pool.H2Pool.property.URL=jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/embedded_default'
  # The product calls no remote EJB: the ORB's listeners (IIOP) on the loopback only too.
  for listener in orb-listener-1 SSL SSL_MUTUALAUTH; do
    echo "set configs.config.server-config.iiop-service.iiop-listener.$listener.address=127.0.0.1"
  done
  # The JVM options run.sh gives Payara Micro (Argon2's inlining, R-P6; Hazelcast bound to its
  # interface, finding #1 of issue 12) and JAVA_OPTS; a heap of 1 GiB instead of the domain's 512 MiB.
  echo 'delete-jvm-options "-Xmx512m"'
  for option in -Xmx1g -Xss1m -Dhazelcast.socket.bind.any=false \
    -XX:CompileCommand=quiet \
    '-XX:CompileCommand=inline,org.bouncycastle.crypto.generators.Argon2BytesGenerator::*' \
    '-XX:CompileCommand=inline,org.bouncycastle.crypto.generators.Argon2BytesGenerator$FillBlock::*' \
    -XX:CompileCommand=inline,org.bouncycastle.util.Longs::rotateRight ${JAVA_OPTS:-}; do
    echo "create-jvm-options \"${option//:/\\:}\""
  done
  # The PostgreSQL driver, in the domain's common class path (lib/), read at the restart.
  echo "add-library --type common $ROOT/$driver"
} >"$commands"

echo "Configuring it (JDBC pool and resource, batch repository, listener, data grid, JVM)…"
# The database password becomes the alias portail-db-password, stored encrypted in the domain's
# password store: it goes to asadmin through a pipe, never in a file, an argument or a log.
asadmin_with <(
  cat "$admin_passwords"
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "${db_password//\\/\\\\}"
) create-password-alias portail-db-password >/dev/null
asadmin multimode --file "$commands" >"$DATA_DIR/configure.log"

echo "Restarting it with that configuration…"
asadmin restart-domain --domaindir "$domains" "$domain" >/dev/null
asadmin ping-connection-pool portail-pool >/dev/null

echo "Deploying $ear…"
asadmin deploy --name portail --force=true "$ROOT/$ear" >/dev/null
trap - ERR

ready=false
for _ in $(seq 1 600); do
  if curl -fsS -o /dev/null "http://localhost:$HTTP_PORT/health/ready" 2>/dev/null; then
    ready=true
    break
  fi
  if ! domain_pid >/dev/null; then
    break
  fi
  sleep 1
done
if [[ "$ready" != true ]]; then
  echo "The application did not become ready; the log: $domain_dir/logs/server.log" >&2
  stop_domain
  exit 1
fi

cat <<TXT

  Portail partenaires is running on Payara Server $version (PostgreSQL): $APP_BASE_URL/
  Administration: http://127.0.0.1:$ADMIN_PORT/ (user admin, password in $admin_passwords)
  Server log: $domain_dir/logs/server.log
TXT
if [[ "$DEMO_DATA" == "true" ]]; then
  echo "  Demo accounts: the README's table (password Demo-Portail-2026 unless it says otherwise)."
fi
if [[ "$action" == "start" ]]; then
  trap - INT TERM
  echo "  Stop with: $0 stop"
  exit 0
fi
echo "  Stop with Ctrl+C."
trap 'trap - INT TERM; stop_domain; exit 0' INT TERM
while domain_pid >/dev/null; do
  sleep 2 &
  wait $! || true
done
echo "Payara Server stopped." >&2
