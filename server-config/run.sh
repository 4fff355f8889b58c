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
  export DB_URL="jdbc:h2:file:$DATA_DIR/db/portail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
  export DB_USER="${DB_USER:-portail}"
  # Local file database only: the password guards nothing but must not be empty for the JDBC pool.
  export DB_PASSWORD="${DB_PASSWORD:-portail-local}"
  export DB_DATASOURCE_CLASS="org.h2.jdbcx.JdbcDataSource"
  export DEMO_DATA="${DEMO_DATA:-true}"
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
  mvn -B -q -DskipTests package
fi

cluster_opts=(--nocluster)
if [[ "${CLUSTER:-false}" == "true" ]]; then
  cluster_opts=(--clusterName "${CLUSTER_NAME:-portail}")
fi

# Payara's runtime folder holds no data of the product (the database and mail are elsewhere): it is
# made anew at each start so the server configuration always comes from the current settings.
rm -rf "$DATA_DIR/payara"

# Bouncy Castle's Argon2 (R-P6) sometimes misses the JIT's inlining of its round function and then
# hashes 2.3 times slower for the life of the JVM: inlining its hot methods is forced.
argon2_jit=(
  -XX:CompileCommand=quiet
  -XX:CompileCommand=inline,org.bouncycastle.crypto.generators.Argon2BytesGenerator::*
  -XX:CompileCommand=inline,org.bouncycastle.crypto.generators.Argon2BytesGenerator\$FillBlock::*
  -XX:CompileCommand=inline,org.bouncycastle.util.Longs::rotateRight
)
java_opts=(-Xss1m "${argon2_jit[@]}" ${JAVA_OPTS:-})
java "${java_opts[@]}" -jar ear/target/runtime/payara-micro.jar \
  --port "$HTTP_PORT" \
  --addLibs ear/target/runtime/postgresql.jar \
  --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --postbootcommandfile server-config/post-boot-commands.asadmin \
  --rootDir "$DATA_DIR/payara" \
  "${cluster_opts[@]}" \
  --contextroot / \
  --deploy "$war" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' INT TERM

for _ in $(seq 1 180); do
  if curl -fsS -o /dev/null "http://localhost:$HTTP_PORT/health/ready" 2>/dev/null; then
    cat <<TXT

  Portail partenaires is running ($mode database): $APP_BASE_URL/
TXT
    if [[ "$DEMO_DATA" == "true" ]]; then
      cat <<TXT
  Demo accounts (password for all: Demo-Portail-2026)
    jlabonte     principal security officer, CÉGEP DE SHERBROOKE (Actif)
    rdespres     auxiliary security officer, CÉGEP DE SHERBROOKE (Actif)
    mtremblay    Individus user with extraction (Actif)
    gcaron, fdubois  Individus users (Actif)
    sgagnon      Individus user (Verrouillé for 15 minutes after first start)
    pbouchard    Individus user (Expiré)
    lcote        Individus user (Inactif)
    agirard      principal officer + Entreprise, 9301-9461 Québec inc. (Actif)
    agentcentral central security agent · operateur batch operator · personnel ministry staff
    (Nathalie Pelletier, partial SIN 999222, waits to register: her code is in $APP_BASE_URL/dev/courriels.xhtml)
TXT
    fi
    if [[ -n "${MAIL_CAPTURE_DIR:-}" ]]; then
      echo "  Outgoing e-mails are captured in $MAIL_CAPTURE_DIR and listed at $APP_BASE_URL/dev/courriels.xhtml"
    fi
    echo "  Stop with Ctrl+C."
    break
  fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "Payara Micro stopped before the application was ready." >&2
    exit 1
  fi
  sleep 1
done
wait "$server"
