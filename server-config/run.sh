#!/usr/bin/env bash
# Starts Portail partenaires on Payara Micro.
#
# Without DB_URL: the embedded default — an H2 database in $DATA_DIR/db, e-mails captured as files in
# $DATA_DIR/mail (listed at /dev/courriels.xhtml), demo data loaded.
# With DB_URL=jdbc:postgresql://…: the same product on PostgreSQL (DB_USER, DB_PASSWORD), no demo data
# unless DEMO_DATA=true. Every setting is an environment variable: see the README.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export HTTP_PORT="${HTTP_PORT:-8080}"
export DATA_DIR="$(mkdir -p "${DATA_DIR:-$ROOT/data}" && cd "${DATA_DIR:-$ROOT/data}" && pwd)"
export APP_BASE_URL="${APP_BASE_URL:-http://localhost:$HTTP_PORT}"
export MAIL_FROM="${MAIL_FROM:-Portail partenaires <ne-pas-repondre@portail.example>}"
export SMTP_PORT="${SMTP_PORT:-25}"

if [[ -z "${DB_URL:-}" ]]; then
  mode="embedded"
  mkdir -p "$DATA_DIR/db" "$DATA_DIR/mail"
  export DB_URL="jdbc:h2:file:$DATA_DIR/db/portail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  export DB_USER="${DB_USER:-portail}"
  # Local file database only: the password guards nothing but must not be empty for the JDBC pool.
  export DB_PASSWORD="${DB_PASSWORD:-portail-local}"
  export DB_DATASOURCE_CLASS="org.h2.jdbcx.JdbcDataSource"
  export DEMO_DATA="${DEMO_DATA:-true}"
  # Jakarta Batch's job repository: a second H2 file (see post-boot-commands-embedded.asadmin).
  export BATCH_DB_URL="jdbc:h2:file:$DATA_DIR/db/batch"
  export JOBS_REPOSITORY_DATASOURCE="jdbc/portail-batch"
  # No SMTP server given: e-mails are written to $DATA_DIR/mail instead of being sent.
  if [[ -z "${SMTP_HOST:-}" ]]; then export MAIL_CAPTURE_DIR="$DATA_DIR/mail"; fi
elif [[ "$DB_URL" == jdbc:postgresql:* ]]; then
  mode="postgresql"
  export DB_USER="${DB_USER:-postgres}"
  if [[ -z "${DB_PASSWORD:-}" ]]; then
    echo "Set DB_PASSWORD for $DB_USER (with trust authentication any non-empty value will do)." >&2
    exit 2
  fi
  export DB_DATASOURCE_CLASS="org.postgresql.ds.PGSimpleDataSource"
  export DEMO_DATA="${DEMO_DATA:-false}"
  if [[ -z "${SMTP_HOST:-}" ]]; then
    echo "DB_URL points at PostgreSQL: set SMTP_HOST (and SMTP_PORT) for outgoing e-mail." >&2
    exit 2
  fi
else
  echo "DB_URL must be a jdbc:postgresql: URL (or unset for the embedded H2 default)." >&2
  exit 2
fi

# Build what is missing or older than its sources.
war="web-module/target/web-module.war"
if [[ ! -f "$war" || ! -f ear/target/runtime/payara-micro.jar ]] \
   || [[ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$war" -type f -print -quit)" ]]; then
  echo "Building Portail partenaires…"
  # clean: classes whose sources were deleted would otherwise stay in the WAR (a removed filter
  # still registered by its annotation, failing every page after an update).
  mvn -B -q -DskipTests clean package
fi

# Pre-boot commands: the shared file, and alone (no cluster) session persistence in memory. The web
# application is distributable, so in a cluster each request's session is stored in the data grid
# for fail-over; an instance alone has no one to hand it to, and storing it anyway costs a fifth of
# each page's time (serialising and re-reading the session; bench/officer-list).
preboot="$DATA_DIR/pre-boot-commands.asadmin"
cp server-config/pre-boot-commands.asadmin "$preboot"
# The data grid listens on the loopback alone (the shared file), or in a cluster on the interfaces of
# CLUSTER_INTERFACES only (finding #1 of issue 12): never on every address.
cluster_opts=(--nocluster)
if [[ "${CLUSTER:-false}" == "true" ]]; then
  if [[ -z "${CLUSTER_INTERFACES:-}" ]]; then
    echo "CLUSTER=true: set CLUSTER_INTERFACES to the cluster network's interface (e.g. 10.0.1.*)." >&2
    exit 2
  fi
  cluster_opts=(--clusterName "${CLUSTER_NAME:-portail}")
  echo "set hazelcast-runtime-configuration.interface=$CLUSTER_INTERFACES" >> "$preboot"
  # Member discovery: the listed members (host:port, comma-separated) instead of multicast;
  # CLUSTER_PORT, the first data-grid port tried; CLUSTER_HOSTAWARE=false lets members on one host
  # keep each other's session backups (server-config/cluster.sh). See README "Running in a cluster".
  if [[ -n "${CLUSTER_MEMBERS:-}" ]]; then cluster_opts+=(--clustermode "tcpip:$CLUSTER_MEMBERS"); fi
  if [[ -n "${CLUSTER_PORT:-}" ]]; then cluster_opts+=(--startport "$CLUSTER_PORT"); fi
  if [[ "${CLUSTER_HOSTAWARE:-true}" == "false" ]]; then cluster_opts+=(--nohostaware); fi
else
  echo "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false" >> "$preboot"
fi

# ACCESS_LOG=<directory>: one line per HTTP request, with the time the server took (milliseconds);
# ACCESS_LOG_FORMAT changes its fields (Payara's access-log tokens).
access_opts=()
if [[ -n "${ACCESS_LOG:-}" ]]; then
  mkdir -p "$ACCESS_LOG"
  access_opts=(--accesslog "$ACCESS_LOG" --accessloginterval 0
    --accesslogformat "${ACCESS_LOG_FORMAT:-%client.name% %datetime% %request% %status% %response.length% %time-taken%}")
fi

# Finding #5 of issue 12: the JDBC pools are given the reference ${ENV=DB_PASSWORD}, never the password
# (post-boot-commands.asadmin), and every file the server writes (domain.xml, logs) is its user's only.
export DB_PASSWORD_REFERENCE='${ENV=DB_PASSWORD}'
umask 077

# Payara's runtime folder holds no data of the product (the database and mail are elsewhere): it is
# made anew at each start so the server configuration always comes from the current settings.
rm -rf "$DATA_DIR/payara"
post_boot="server-config/post-boot-commands.asadmin"
if [[ "$mode" == "embedded" ]]; then
  post_boot="$DATA_DIR/post-boot-commands.asadmin"
  cat server-config/post-boot-commands.asadmin server-config/post-boot-commands-embedded.asadmin >"$post_boot"
fi

# Passwords are hashed by libsodium, else libargon2 (Argon2Engine); Bouncy Castle's Java Argon2 (R-P6)
# is the fallback where neither native library can be loaded. It sometimes misses the JIT's inlining
# of its round function and then hashes 2.3 times slower for the life of the JVM: inlining its hot
# methods is forced.
argon2_jit=(
  -XX:CompileCommand=quiet
  -XX:CompileCommand=inline,org.bouncycastle.crypto.generators.Argon2BytesGenerator::*
  -XX:CompileCommand=inline,org.bouncycastle.crypto.generators.Argon2BytesGenerator\$FillBlock::*
  -XX:CompileCommand=inline,org.bouncycastle.util.Longs::rotateRight
)
# Issue 13, point 10: the server's output (Payara's boot-command echoes, then its log) goes to a file,
# the terminal gets a few lines of progress and the summary. The previous start's log is kept beside
# it; both are the server user's only (umask 077 above).
log_dir="$DATA_DIR/logs"
mkdir -p "$log_dir"
log="$log_dir/server.log"
if [[ -f "$log" ]]; then mv -f "$log" "$log.1"; fi
: >"$log"
echo "Starting Payara Micro ($mode database); its output goes to $log"

# The log's last lines, to see why the server did not start or stopped.
show_log_tail() {
  echo "  Last lines of $log:" >&2
  tail -n "${1:-40}" "$log" | sed 's/^/    /' >&2
}

# Hazelcast binds to the configured interface, not to every address (finding #1 of issue 12).
# Memory (issues 11 and 14), chosen by measurement with the JVM's native memory tracking (bench/exchange
# and bench/login with NMT=summary, bench/RESULTS.md "Where the server's memory goes"):
# - a fixed heap (-Xms = -Xmx, so it does not grow with what the server has done: with G1 free to size
#   a 512 MiB heap, the peak after a 100 MB transfer was 923 MiB on one JVM and 732 MiB on another);
# - the serial collector (G1 kept 51-58 MiB of its own tables beside a 512 MiB heap, Serial under 1);
# - 256 MiB, of which 48 MiB young: the old generation (208 MiB) holds the application's own 110-120
#   MiB, about 5 KiB per signed-in session until its idle timeout (9,000 sessions, three minutes of 16
#   concurrent new visitors at 50 logins/s: 46 MiB) and the connections kept alive. Argon2id's 7 MiB per
#   hash are no longer on the heap (libsodium or libargon2 allocates and wipes them itself): with
#   Bouncy Castle's hashing, 320 MiB with 16 MiB survivor spaces were needed to keep two running
#   hashes' blocks from being promoted (a full collection every two seconds in 256 MiB), and its
#   allocation brought a young collection every 0.2 s under login load; now one every 0.5-1.5 s
#   (bench/RESULTS.md 2026-12-06).
# - AlwaysPreTouch: the heap's pages are touched at start, so the resident memory is what it will be
#   and does not creep up as the collector first reaches them (+86 MiB over a bench/exchange run
#   without it, +10 MiB with it: bench/RESULTS.md 2026-12-06 06:35-06:40);
# - glibc's malloc limited to two arenas (it otherwise opens up to 8 per core for the JVM's native
#   threads), and what it holds free given back to the system every 10 s (TrimNativeHeapInterval, in
#   Java 17.0.9 and later: `jcmd System.trim_native_heap` after a login run gave back 39 MiB).
# JAVA_OPTS with its own -Xms/-Xmx/-Xmn or collector overrides them (the last given wins;
# -XX:-UseSerialGC with another collector).
heap=(-XX:+UseSerialGC -Xms256m -Xmx256m -Xmn48m -XX:+AlwaysPreTouch)
# The JVM's version from its release file (not by running it): TrimNativeHeapInterval came with
# 17.0.9, 21.0.1 and 22; an older JVM would refuse to start with it.
java_release="$(dirname "$(readlink -f "$(command -v java)")")/../release"
java_version="$(sed -n 's/^JAVA_VERSION="\([0-9.]*\)".*/\1/p' "$java_release" 2>/dev/null || true)"
version_at_least() { printf "%s\n" "$2" "$1" | sort -V -C; }
case "${java_version%%.*}" in
  17) version_at_least "$java_version" 17.0.9 && heap+=(-XX:TrimNativeHeapInterval=10000) ;;
  21) version_at_least "$java_version" 21.0.1 && heap+=(-XX:TrimNativeHeapInterval=10000) ;;
  '' | 1[0-9] | 20) ;;
  *) heap+=(-XX:TrimNativeHeapInterval=10000) ;;
esac
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
java_opts=(-Xss1m "${heap[@]}" "${argon2_jit[@]}" -Dhazelcast.socket.bind.any=false ${JAVA_OPTS:-})
java "${java_opts[@]}" -jar ear/target/runtime/payara-micro.jar \
  --port "$HTTP_PORT" \
  --addLibs ear/target/runtime/postgresql.jar \
  --prebootcommandfile "$preboot" \
  --postbootcommandfile "$post_boot" \
  --rootDir "$DATA_DIR/payara" \
  "${cluster_opts[@]}" \
  "${access_opts[@]}" \
  --contextroot / \
  --deploy "$war" >>"$log" 2>&1 &
server=$!
stopping=false
trap 'stopping=true; kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' INT TERM

ready=false
started=$SECONDS
progress=0
while (( SECONDS - started < 600 )); do
  if curl -fsS -o /dev/null "http://localhost:$HTTP_PORT/health/ready" 2>/dev/null; then
    ready=true
    break
  fi
  if ! kill -0 "$server" 2>/dev/null; then
    [[ -t 1 ]] && echo
    echo "Payara Micro stopped before the application was ready." >&2
    show_log_tail
    exit 1
  fi
  # A few lines of progress: the milestones the log shows, and the time so far.
  if (( progress == 0 )) && grep -q "Deployed 1 archive" "$log" 2>/dev/null; then
    progress=1
    [[ -t 1 ]] && echo
    echo "  application deployed after $((SECONDS - started)) s; waiting until it answers…"
  elif [[ -t 1 ]]; then
    printf '\r  starting… %d s' "$((SECONDS - started))"
  elif (( (SECONDS - started) % 30 == 0 && SECONDS > started )); then
    echo "  starting… $((SECONDS - started)) s"
  fi
  sleep 1
done
[[ -t 1 ]] && printf '\r\033[K'
if [[ "$ready" != "true" ]]; then
  echo "Portail partenaires did not answer within 600 s: stopping Payara Micro." >&2
  show_log_tail
  kill "$server" 2>/dev/null
  wait "$server" 2>/dev/null
  exit 1
fi

cat <<TXT

  Portail partenaires is running ($mode database) after $((SECONDS - started)) s: $APP_BASE_URL/
TXT
if [[ "$DEMO_DATA" == "true" ]]; then
  cat <<TXT
  Demo accounts (password Demo-Portail-2026 unless said otherwise; the README's table says more)
    jlabonte          Joseph Labonté, principal security officer + Individus, CÉGEP DE SHERBROOKE (Actif)
    rdespres          Rose Des Prés, auxiliary security officer, CÉGEP DE SHERBROOKE (Actif)
    mtremblay         Marie Tremblay, Individus with extraction (Actif)
    gcaron / fdubois  Geneviève Caron / François Dubois, Individus (Actif)
    sgagnon           Sylvie Gagnon, Individus (Verrouillé for 15 minutes after the first start)
    slapointe         Simon Lapointe, Individus, to try Mot de passe oublié ? (Actif)
    hleblanc          Hélène Leblanc, Individus, to try 5 failed logins (Actif)
    ebeaulieu         Émilie Beaulieu, Individus, temporary password Temporaire-2026! (Actif)
    pbouchard         Pierre Bouchard, Individus (Expiré)
    lcote             Luc Côté, Individus (Inactif)
    ebergeron         Émilie Bergeron, Individus, after failed logins: an officer may reactivate (Inactif)
    cgagne / mlavoie  Chantal Gagné / Martin Lavoie, Individus (mlavoie also Entreprise), for the officers' security file (Actif)
    hmartel           Hélène Martel, Individus, deactivated by central (Inactif)
    agirard           André Girard, principal officer + Entreprise, 9301-9461 Québec inc. (Actif)
    mleblanc          Martin Leblanc, only officer of Carrefour jeunesse-emploi de l'Estrie (Inactif)
    agentcentral      Nadia Lavoie, central security group, authenticator app key DEMOPORTAILPARTENAIRESAGENTSDEMO (Actif)
    operateur         Olivier Roy, batch operator, same authenticator app key (Actif)
    personnel         Julie Morin, ministry staff (Actif)
    (no code yet)     Nathalie Pelletier, partial SIN 999222, to register: her code is at $APP_BASE_URL/dev/courriels.xhtml (Actif)
TXT
  echo "  Échange sécurisé: PROJET001 and PROJET002 of the CÉGEP DE SHERBROOKE, for mtremblay and jlabonte (personnel sends)"
fi
if [[ -n "${MAIL_CAPTURE_DIR:-}" ]]; then
  echo "  Outgoing e-mails are captured in $MAIL_CAPTURE_DIR and listed at $APP_BASE_URL/dev/courriels.xhtml"
fi
echo "  Server log: $log (the previous start's: $log.1)"
echo "  Stop with Ctrl+C."

status=0
wait "$server" || status=$?
if [[ "$stopping" != "true" && "$status" -ne 0 ]]; then
  echo "Payara Micro stopped (exit status $status)." >&2
  show_log_tail
  exit "$status"
fi
