# What the bench scripts that start servers share (bench/login/run.sh, bench/login/compare.sh,
# bench/exchange/run.sh, bench/cluster/run.sh, bench/officer-list/run.sh, bench/jobs/run.sh): source
# this file from the repository's root.
#
#   stop_group PGID              # ends a server started with setsid: that process group only
#   server_jvm_on PORT           # the process id of the JVM listening on PORT (the one to measure)
#   await_ready URL LOG PID      # waits for URL to answer while the server (process PID, log LOG) runs
#   await_cluster PID LOG        # waits for server-config/cluster.sh (PID, output in LOG) to be ready
#   add_bench_accounts DB N      # N partner users bench000… for the login benchmarks

# Ends the process group PGID (TERM, up to 60 s, then KILL) and reaps its leader, a child of this
# shell. Never by a name pattern: only the group the script started.
stop_group() {
  local group=$1
  [[ -n "$group" ]] || return 0
  kill -- "-$group" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 -- "-$group" 2>/dev/null || break
    sleep 1
  done
  kill -KILL -- "-$group" 2>/dev/null || true
  wait "$group" 2>/dev/null || true
}

# The JVM listening on PORT: the server whose CPU and memory a benchmark reads, whatever started it
# (run.sh, cluster.sh's instances, kc.sh). Fails, saying so, when no JVM listens there.
server_jvm_on() {
  local pid
  pid=$(ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2) || true
  if [[ -z "$pid" || "$(cat "/proc/$pid/comm" 2>/dev/null)" != java ]]; then
    echo "no server JVM listening on port $1" >&2
    return 1
  fi
  echo "$pid"
}

# Waits, up to 15 minutes (a first start builds the product), for URL (a readiness check) to answer
# 2xx. Fails with the end of LOG when the server's process PID (run.sh or kc.sh, started with setsid)
# ends first, or when time runs out.
await_ready() {
  await_until "$3" "$2" "the server" curl -fs -o /dev/null "$1"
}

# Waits, up to 15 minutes, for server-config/cluster.sh (process PID, its output in LOG) to print
# CLUSTER_READY. Fails with the end of LOG when cluster.sh stops first, or when time runs out.
await_cluster() {
  await_until "$1" "$2" "cluster.sh" grep -q CLUSTER_READY "$2"
}

# Runs CHECK… every second until it succeeds, for up to 15 minutes, while process PID lives; otherwise
# prints the end of LOG and fails, naming WHAT did not get ready.
await_until() {
  local pid=$1 log=$2 what=$3
  shift 3
  for _ in $(seq 1 900); do
    "$@" 2>/dev/null && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$log" >&2
      echo "$what stopped before it was ready (log: $log)" >&2
      return 1
    fi
    sleep 1
  done
  echo "$what not ready after 15 min (log: $log)" >&2
  return 1
}

# N partner users (bench000, bench001, …) of the demo partner, sharing the demo password's hash
# (mtremblay's): each login still computes Argon2id.
add_bench_accounts() {
  local db=$1 accounts=$2
  psql -q -d "$db" <<SQL
INSERT INTO user_account (id, partner_id, user_code, user_code_key, email, email_key, first_name,
    last_name, partial_sin, state, expiry_date, created_at, password_hash, password_changed_at)
SELECT 1000000 + n, a.partner_id, 'bench' || lpad(n::text, 3, '0'), 'bench' || lpad(n::text, 3, '0'),
    'bench' || n || '@bench.example', 'bench' || n || '@bench.example', 'Banc', 'Essai', '111111',
    'ACTIF', CURRENT_DATE + 200, now(), a.password_hash, now() - interval '30 days'
FROM generate_series(0, $accounts - 1) AS n, user_account a WHERE a.user_code = 'mtremblay';
INSERT INTO account_profile (account_id, profile)
SELECT 1000000 + n, 'UTILISATEUR_INDIVIDUS' FROM generate_series(0, $accounts - 1) AS n;
SQL
}
