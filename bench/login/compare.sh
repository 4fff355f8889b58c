#!/usr/bin/env bash
# Login throughput side by side with Keycloak (issue 14, point 3). Both systems hash with Argon2id
# m=7168 KiB, t=5, p=1, both store in the same PostgreSQL (a database each), both have their second
# step off (the product's e-mailed code; Keycloak's OTP and required actions), and both are driven by
# the same client, bench/login/LoginBench.java: CLIENTS threads of new visitors (a fresh cookie jar
# each), GET the login form, POST the credentials, a login counted only when it succeeds:
#   - the product: /connexion.xhtml, success = the redirect to /app/accueil.xhtml;
#   - Keycloak: its browser login, the authorization-code flow's login form (GET
#     /realms/bench/protocol/openid-connect/auth?response_type=code…, POST to the form's action),
#     success = the 302 to the client's redirect_uri with a code (not followed).
# The systems alternate (odd runs product first, even runs Keycloak first), each run on a fresh JVM,
# WARMUP seconds of load, then MEASURE seconds measured. For each run: logins/s, p50/p99 of the
# password POST, the server JVM's CPU (user + system, /proc/PID/stat, over the measured window) per
# login, and its peak resident memory (VmHWM, reset when the measured window starts).
#
#   bench/login/compare.sh                   # 16 clients, 200 accounts, 120 s warm-up, 60 s, 3 runs
#   WARMUP=10 MEASURE=10 RUNS=1 CLIENTS=4 bench/login/compare.sh      # smoke test of the script
#   INSTANCES=2 RUNS=1 bench/login/compare.sh                         # each system as two instances
#
# INSTANCES=2 runs each system as two instances behind HAProxy on this one machine (round robin, no
# stickiness, health checks), the client talking to the balancer: the product as
# server-config/cluster.sh starts it (CLUSTER=true, sessions in Payara's data grid), Keycloak as two
# `kc.sh start` with its embedded Infinispan cluster (--cache=ispn, members found through the
# database, the default jdbc-ping stack). The server CPU and the peak RSS are then both JVMs' summed.
# On one machine the two instances share its cores: the figure shows what clustering costs, not how
# it scales.
#
# Keycloak is org.keycloak:keycloak-quarkus-dist (KEYCLOAK_VERSION) from Maven Central, downloaded
# once into bench/.cache/ (git-ignored), checked against Central's SHA-1, unpacked and built there
# (`kc.sh build`, PostgreSQL, local caches: one instance alone, as the product's run.sh runs without
# its data grid). It runs in production mode (`kc.sh start --optimized`, HTTP enabled, hostname not
# strict) with its default JVM settings (kc.sh: G1, -Xms64m -Xmx512m): JAVA_OPTS, which kc.sh would take
# in place of those defaults, is for the product only (run.sh appends it to its own); options for
# Keycloak's JVM go in KEYCLOAK_JAVA_OPTS_APPEND (kc.sh's JAVA_OPTS_APPEND). Keycloak 26 needs Java 21 or
# later: KEYCLOAK_JAVA_HOME, else the first /usr/lib/jvm/*25* or *21*. The product runs on the Java of
# server-config/run.sh (17).
#
# Needs: Java 17 and 21+, Maven, curl, unzip, sha1sum, bc, PostgreSQL on 127.0.0.1:5432 (user
# postgres, trust or PGPASSWORD), psql. Every process it starts is stopped by its process group.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/server.sh
. server-config/haproxy-config.sh

CLIENTS=${CLIENTS:-16}
ACCOUNTS=${ACCOUNTS:-200}
WARMUP=${WARMUP:-120}
MEASURE=${MEASURE:-60}
RUNS=${RUNS:-3}
INSTANCES=${INSTANCES:-1}
[[ "$INSTANCES" == 1 || "$INSTANCES" == 2 ]] || { echo "INSTANCES is 1 or 2" >&2; exit 2; }
PORT=${BENCH_PORT:-8192}
KC_PORT=${KEYCLOAK_PORT:-8193}
KC_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9193}
DB=${BENCH_DB:-portail_bench_compare}
KC_DB=${KEYCLOAK_DB:-keycloak_bench}
KC_VERSION=${KEYCLOAK_VERSION:-26.7.3}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER
DB_PASS=${PGPASSWORD:-postgres}
PASSWORD=Demo-Portail-2026
REALM=bench
KC_CLIENT=bench-web
# Never contacted: the login's answer is a redirect to it, which the client does not follow.
REDIRECT_URI=http://127.0.0.1:9/callback
CACHE=bench/.cache
KC_HOME="$CACHE/keycloak-$KC_VERSION"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/portail-login-compare.XXXX")
CLUSTER_STARTS=1
HZ=$(getconf CLK_TCK)
STARTED=$(date +%s)

# With INSTANCES=2, PORT and KC_PORT are the balancers'; the instances listen on PORT + 100 and + 101
# (the product), KC_PORT + 200 and + 201 (Keycloak, management KC_MANAGEMENT_PORT + 1 and + 2).
for port in "$PORT" "$KC_PORT" "$KC_MANAGEMENT_PORT" $(( PORT + 100 )) $(( PORT + 101 )) \
    $(( KC_PORT + 200 )) $(( KC_PORT + 201 )) $(( KC_MANAGEMENT_PORT + 1 )) $(( KC_MANAGEMENT_PORT + 2 )); do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is in use: set BENCH_PORT, KEYCLOAK_PORT or KEYCLOAK_MANAGEMENT_PORT" >&2
    exit 2
  fi
done

KC_JAVA_HOME=${KEYCLOAK_JAVA_HOME:-}
if [[ -z "$KC_JAVA_HOME" ]]; then
  for candidate in /usr/lib/jvm/*25* /usr/lib/jvm/*21*; do
    [[ -x "$candidate/bin/java" ]] && { KC_JAVA_HOME=$candidate; break; }
  done
fi
[[ -n "$KC_JAVA_HOME" ]] || { echo "Keycloak needs Java 21+: set KEYCLOAK_JAVA_HOME" >&2; exit 2; }
# kc.sh is run through "${keycloak_env[@]}": Keycloak's Java and none of the product's JVM options
# (kc.sh reads JAVA_OPTS, JAVA_OPTS_APPEND and JAVA_OPTS_KC_HEAP; a diagnostic JAVA_OPTS meant for the
# product once gave Keycloak the JVM's default heap instead of its own settings). env execs kc.sh, so
# a server started as `setsid "${keycloak_env[@]}" kc.sh …` keeps setsid's process id and group.
keycloak_env=(env -u JAVA_OPTS -u JAVA_OPTS_KC_HEAP "JAVA_HOME=$KC_JAVA_HOME"
  "JAVA_OPTS_APPEND=${KEYCLOAK_JAVA_OPTS_APPEND:-}")

# ---- Keycloak: download (once), check, unpack, build for PostgreSQL --------------------------------
mkdir -p "$CACHE"
zip="$CACHE/keycloak-quarkus-dist-$KC_VERSION.zip"
if [[ ! -f "$zip" ]]; then
  url="https://repo1.maven.org/maven2/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
  echo "downloading keycloak-quarkus-dist $KC_VERSION from Maven Central…"
  curl -fsSL -o "$zip.part" "$url"
  expected=$(curl -fsSL "$url.sha1" | cut -c1-40)
  actual=$(sha1sum "$zip.part" | cut -c1-40)
  [[ "$expected" == "$actual" ]] || { echo "SHA-1 mismatch for $url" >&2; rm -f "$zip.part"; exit 1; }
  mv "$zip.part" "$zip"
fi
[[ -x "$KC_HOME/bin/kc.sh" ]] || (cd "$CACHE" && unzip -q -o "$(basename "$zip")")
kc_build_options=(--db=postgres --health-enabled=true)
if [[ "$(cat "$KC_HOME/.bench-build" 2>/dev/null)" != "${kc_build_options[*]}" ]]; then
  echo "building Keycloak for PostgreSQL (kc.sh build, a few minutes)…"
  "${keycloak_env[@]}" "$KC_HOME/bin/kc.sh" build "${kc_build_options[@]}" >"$WORK/keycloak-build.log" 2>&1 \
    || { echo "kc.sh build failed; see $WORK/keycloak-build.log" >&2; exit 1; }
  echo "${kc_build_options[*]}" >"$KC_HOME/.bench-build"
fi

# The realm: a public client of the authorization-code flow, Argon2 hashing (the provider's
# parameters are set at start below), no brute-force detection, no OTP, no required actions, and
# ACCOUNTS users with every attribute the default user profile asks for (else Keycloak would ask
# for them at login). Imported at the first start (--import-realm), kept in the database after.
realm_json="$WORK/bench-realm.json"
{
  cat <<JSON
{"realm": "$REALM", "enabled": true, "sslRequired": "none",
 "passwordPolicy": "hashAlgorithm(argon2)", "bruteForceProtected": false,
 "clients": [{"clientId": "$KC_CLIENT", "protocol": "openid-connect", "publicClient": true,
   "standardFlowEnabled": true, "directAccessGrantsEnabled": false, "implicitFlowEnabled": false,
   "redirectUris": ["$REDIRECT_URI"]}],
 "users": [
JSON
  for ((n = 0; n < ACCOUNTS; n++)); do
    user=$(printf 'bench%03d' "$n")
    (( n > 0 )) && echo ","
    printf '  {"username": "%s", "enabled": true, "email": "%s@bench.example", "emailVerified": true,' "$user" "$user"
    printf ' "firstName": "Banc", "lastName": "Essai", "credentials": [{"type": "password", "value": "%s", "temporary": false}]}' "$PASSWORD"
  done
  echo "]}"
} >"$realm_json"
mkdir -p "$KC_HOME/data/import"
rm -f "$KC_HOME/data/import/"*.json
cp "$realm_json" "$KC_HOME/data/import/$REALM-realm.json"

# ---- databases ------------------------------------------------------------------------------------
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" \
  -c "DROP DATABASE IF EXISTS $KC_DB WITH (FORCE)" -c "CREATE DATABASE $KC_DB"

# ---- servers --------------------------------------------------------------------------------------
# Each server (or cluster.sh, or HAProxy) is started with setsid: its process group is its own, and is
# what stop_server ends. JAVA_PIDS: the server JVMs measured.
GROUPS_STARTED=()
JAVA_PIDS=()

measure_jvm_on() { # adds the JVM listening on port $1 to those measured
  local pid
  pid=$(server_jvm_on "$1") || exit 1
  JAVA_PIDS+=("$pid")
}

portail_env=(DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" DB_USER="$PGUSER" DB_PASSWORD="$DB_PASS"
  SMTP_HOST=127.0.0.1 SMTP_PORT=1 MFA_EMAIL=false LOGIN_FAILUREMAIL=false DEMO_DATA=true)

start_portail() { # $1: instances (the first start is always one)
  if [[ "${1:-1}" == 1 ]]; then
    env "${portail_env[@]}" HTTP_PORT=$PORT DATA_DIR="$WORK/portail-data" \
      setsid server-config/run.sh >>"$WORK/portail.log" 2>&1 &
    GROUPS_STARTED+=($!)
    await_ready "http://127.0.0.1:$PORT/health/ready" "$WORK/portail.log" "$!" || exit 1
    JAVA_PIDS=()
    measure_jvm_on "$PORT"
  else
    # With SMTP_HOST given, cluster.sh starts no GreenMail (no e-mail is sent with these settings).
    env "${portail_env[@]}" DB_NAME="$DB" CLUSTER_DIR="$WORK/portail-cluster" LB_PORT=$PORT \
      PORT_A=$(( PORT + 100 )) PORT_B=$(( PORT + 101 )) CLUSTER_NAME=portail-login-bench \
      CLUSTER_PORT=${BENCH_CLUSTER_PORT:-6920} \
      setsid server-config/cluster.sh >"$WORK/portail-cluster-$CLUSTER_STARTS.log" 2>&1 &
    GROUPS_STARTED+=($!)
    # A log per start: await_cluster reads CLUSTER_READY, which an earlier start's log already holds.
    await_cluster "$!" "$WORK/portail-cluster-$CLUSTER_STARTS.log" || exit 1
    CLUSTER_STARTS=$(( CLUSTER_STARTS + 1 ))
    JAVA_PIDS=()
    measure_jvm_on $(( PORT + 100 ))
    measure_jvm_on $(( PORT + 101 ))
  fi
}

start_keycloak_instance() { # $1 HTTP port, $2 management port, then kc.sh options
  local http=$1 management=$2
  shift 2
  # The database password through the environment, not the command line (ps shows that).
  KC_DB_PASSWORD="$DB_PASS" setsid "${keycloak_env[@]}" "$KC_HOME/bin/kc.sh" start --optimized \
      --http-enabled=true --http-host=127.0.0.1 --http-port="$http" --hostname-strict=false \
      --http-management-port="$management" \
      --db-url="jdbc:postgresql://$PGHOST:5432/$KC_DB" --db-username="$PGUSER" \
      --spi-password-hashing--argon2--type=id --spi-password-hashing--argon2--version=1.3 \
      --spi-password-hashing--argon2--memory=7168 --spi-password-hashing--argon2--iterations=5 \
      --spi-password-hashing--argon2--parallelism=1 "$@" \
      >>"$WORK/keycloak-$http.log" 2>&1 &
  GROUPS_STARTED+=($!)
  await_ready "http://127.0.0.1:$management/health/ready" "$WORK/keycloak-$http.log" "$!" || exit 1
  measure_jvm_on "$http"
}

start_keycloak() { # $1: instances (the first start, which imports the realm, is always one)
  JAVA_PIDS=()
  if [[ "${1:-1}" == 1 ]]; then
    # Local caches: one instance alone, as the product's run.sh runs without its data grid.
    start_keycloak_instance "$KC_PORT" "$KC_MANAGEMENT_PORT" --cache=local --import-realm
  else
    local n
    for n in 1 2; do
      start_keycloak_instance $(( KC_PORT + 199 + n )) $(( KC_MANAGEMENT_PORT + n )) --cache=ispn \
        --cache-embedded-network-bind-address=127.0.0.1 \
        --cache-embedded-network-bind-port=$(( ${BENCH_KEYCLOAK_CLUSTER_PORT:-7900} + n ))
    done
    # The same balancing as cluster.sh's (server-config/haproxy-config.sh); Keycloak answers its
    # health checks on its management port.
    haproxy_config "$KC_PORT" "" \
      "k1 127.0.0.1:$(( KC_PORT + 200 )) check port $(( KC_MANAGEMENT_PORT + 1 ))" \
      "k2 127.0.0.1:$(( KC_PORT + 201 )) check port $(( KC_MANAGEMENT_PORT + 2 ))" \
      >"$WORK/keycloak-haproxy.cfg"
    setsid "$(command -v haproxy || echo /usr/sbin/haproxy)" -W -db -f "$WORK/keycloak-haproxy.cfg" \
      >>"$WORK/keycloak-haproxy.log" 2>&1 &
    GROUPS_STARTED+=($!)
    await_ready "http://127.0.0.1:$KC_PORT/realms/$REALM" "$WORK/keycloak-haproxy.log" "$!" || exit 1
  fi
}

stop_server() {
  local group
  for group in "${GROUPS_STARTED[@]}"; do
    stop_group "$group"
  done
  GROUPS_STARTED=()
  JAVA_PIDS=()
}

BENCH=
cleanup() {
  [[ -n "$BENCH" ]] && kill "$BENCH" 2>/dev/null || true
  stop_server
  rm -f "$KC_HOME/data/import/$REALM-realm.json"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- one measured run -----------------------------------------------------------------------------
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" bench/login/LoginBench.java

ROWS="$WORK/rows"
: >"$ROWS"
cpu_ticks() { # user + system ticks of the server JVMs, summed
  local pid total=0
  for pid in "${JAVA_PIDS[@]}"; do total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat") )); done
  echo "$total"
}
status_kib() { # $1 VmRSS or VmHWM, summed over the server JVMs
  local pid total=0
  for pid in "${JAVA_PIDS[@]}"; do total=$(( total + $(awk -v k="$1:" '$1 == k {print $2}' "/proc/$pid/status") )); done
  echo "$total"
}

measure() { # $1 run, $2 system name, $3 base URL, then LoginBench's arguments of that system
  local run=$1 system=$2 base=$3
  shift 3
  local out="$WORK/bench-$system-$run.out"
  java -cp "$WORK/classes" LoginBench "$base" "$CLIENTS" bench "$ACCOUNTS" "$PASSWORD" "$WARMUP" "$MEASURE" \
    "$@" >"$out" 2>"$out.err" &
  BENCH=$!
  until grep -q MEASURE_START "$out" 2>/dev/null; do
    kill -0 "$BENCH" 2>/dev/null || { echo "the client stopped: $(cat "$out.err")" >&2; exit 1; }
    sleep 0.2
  done
  # Peak resident memory of the measured window: the high-water mark is reset, then read at its end.
  local sampled=0 rss hwm
  local pid
  for pid in "${JAVA_PIDS[@]}"; do echo 5 >"/proc/$pid/clear_refs" 2>/dev/null || true; done
  local t0 c0 t1 c1
  t0=$(date +%s.%N)
  c0=$(cpu_ticks)
  while ! grep -q MEASURE_END "$out"; do
    rss=$(status_kib VmRSS)
    (( rss > sampled )) && sampled=$rss
    sleep 1
  done
  t1=$(date +%s.%N)
  c1=$(cpu_ticks)
  hwm=$(status_kib VmHWM)
  (( hwm > sampled )) || hwm=$sampled
  wait "$BENCH"
  BENCH=
  local result logins failed rate p50 p99 cores cpu_ms per_core
  result=$(grep '^logins=' "$out")
  logins=$(sed -E 's/^logins=([0-9]+).*/\1/' <<<"$result")
  failed=$(sed -E 's/.*failed=([0-9]+).*/\1/' <<<"$result")
  rate=$(sed -E 's/.*rate=([0-9.]+).*/\1/' <<<"$result")
  p50=$(sed -E 's/.*p50=([0-9]+)ms.*/\1/' <<<"$result")
  p99=$(sed -E 's/.*p99=([0-9]+)ms.*/\1/' <<<"$result")
  cores=$(echo "scale=2; ($c1 - $c0) / $HZ / ($t1 - $t0)" | bc)
  if (( logins > 0 )); then
    cpu_ms=$(echo "scale=0; ($c1 - $c0) * 1000 / $HZ / $logins" | bc)
  else
    cpu_ms=-
  fi
  per_core=$(echo "scale=1; $rate / $(nproc)" | bc)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$system" "$rate" "$per_core" "$p50" "$p99" \
    "$cores" "$cpu_ms" "$((hwm / 1024))" "$failed" >>"$ROWS"
  echo "run $run $system: $result server_cpu=${cores}cores cpu_per_login=${cpu_ms}ms peak_rss=$((hwm / 1024))MiB"
  [[ "$logins" -gt 0 ]] || { echo "no successful login for $system: $(cat "$out.err")" >&2; exit 1; }
}

run_portail() {
  start_portail "$INSTANCES"
  measure "$1" product "http://127.0.0.1:$PORT"
  stop_server
}

run_keycloak() {
  start_keycloak "$INSTANCES"
  measure "$1" keycloak "http://127.0.0.1:$KC_PORT" keycloak "$REALM" "$KC_CLIENT" "$REDIRECT_URI"
  stop_server
}

# ---- first starts: the product's schema, demo data and bench accounts; Keycloak's realm -----------
echo "first start of the product (schema, demo data), then ACCOUNTS=$ACCOUNTS bench accounts…"
start_portail
add_bench_accounts "$DB" "$ACCOUNTS"
PORTAIL_HASH=$(psql -At -d "$DB" -c "SELECT split_part(password_hash, '\$', 4) FROM user_account WHERE user_code = 'bench000'")
stop_server

echo "first start of Keycloak (realm import: $ACCOUNTS users hashed with Argon2)…"
start_keycloak
KC_HASH=$(psql -At -d "$KC_DB" -c "SELECT c.credential_data FROM credential c JOIN user_entity u ON u.id = c.user_id WHERE u.username = 'bench000' AND c.type = 'password'")
stop_server
echo "product hash: argon2id $PORTAIL_HASH; Keycloak hash: $KC_HASH"
[[ "$KC_HASH" == *'"memory":["7168"]'* && "$KC_HASH" == *'"hashIterations":5'* \
  && "$KC_HASH" == *'"parallelism":["1"]'* && "$KC_HASH" == *'"type":["id"]'* ]] \
  || { echo "Keycloak's stored hash is not Argon2id m=7168, t=5, p=1" >&2; exit 1; }
[[ "$PORTAIL_HASH" == "m=7168,t=5,p=1" ]] \
  || { echo "the product's stored hash is not Argon2id m=7168, t=5, p=1" >&2; exit 1; }

# ---- alternating runs -----------------------------------------------------------------------------
for run in $(seq 1 "$RUNS"); do
  if (( run % 2 == 1 )); then
    run_portail "$run"
    run_keycloak "$run"
  else
    run_keycloak "$run"
    run_portail "$run"
  fi
done

# ---- the table, in bench/RESULTS.md's format ------------------------------------------------------
echo
echo "Argon2id m=7168 KiB, t=5, p=1 on both; $INSTANCES instance(s) each; $CLIENTS clients; $ACCOUNTS accounts; ${WARMUP} s warm-up, ${MEASURE} s measured; $RUNS JVM start(s) each; $(nproc) cores; Keycloak $KC_VERSION on $("$KC_JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2)."
echo
echo "| run | system | logins/s | per core | p50 | p99 | server CPU | CPU per login | peak RSS | refused |"
echo "|---|---|---|---|---|---|---|---|---|---|"
awk -F'\t' '
  function th(n) { n = sprintf("%d", n); while (n ~ /[0-9]{4}/) sub(/[0-9]{3}($|,)/, ",&", n); return n }
  { printf "| %s | %s | %.1f | %.1f | %s ms | %s ms | %.2f cores | %s ms | %s MiB | %s |\n",
      $1, ($2 == "product" ? "product" : "Keycloak"), $3, $4, th($5), th($6), $7, $8, th($9), $10 }' "$ROWS"
echo
awk -F'\t' '
  { rate[$2] += $3; n[$2]++; if ($9 > rss[$2]) rss[$2] = $9 }
  END {
    p = rate["product"] / n["product"]; k = rate["keycloak"] / n["keycloak"]
    printf "mean logins/s: product %.1f, Keycloak %.1f: %.2f× Keycloak (target ≥ 1.3×)\n", p, k, (k > 0 ? p / k : 0)
    printf "highest peak RSS: product %d MiB, Keycloak %d MiB (target: no higher than Keycloak)\n", rss["product"], rss["keycloak"]
  }' "$ROWS"
echo "whole comparison: $(( ($(date +%s) - STARTED) / 60 )) min; logs in $WORK"
