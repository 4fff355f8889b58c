# Where the server JVM's memory goes (issues 11 and 14), for the bench scripts that start it
# (bench/exchange/run.sh, bench/login/run.sh): source this file, then
#
#   SERVER_JAVA_OPTS="$(nmt_java_opts)"     # JAVA_OPTS for server-config/run.sh; NMT=summary adds tracking
#   memory_report PID LABEL                 # VmHWM/VmRSS and, with NMT on, the JVM's own account
#
# NMT=summary turns on the JVM's native memory tracking (-XX:NativeMemoryTracking=summary, a few per
# cent of CPU); memory_report then prints `jcmd PID VM.native_memory summary` reduced to one line per
# category (committed MiB), beside the process's peak and current resident sizes, so that what the
# JVM accounts for can be compared with what the kernel counts (the difference is memory the JVM does
# not track: glibc's malloc arenas of native libraries, the JDK's own zip and NIO code). The full
# summary is kept in $MEMORY_REPORT_DIR when that is set. SERVER_JAVA_OPTS given to the script is
# passed on to run.sh as JAVA_OPTS (e.g. a heap or collector to compare).

nmt_java_opts() {
  local opts="${SERVER_JAVA_OPTS:-}"
  if [[ "${NMT:-}" == "summary" ]]; then opts="-XX:NativeMemoryTracking=summary $opts"; fi
  echo "$opts"
}

memory_report() {
  local pid=$1 label=$2 out
  # RssFile: pages of files mapped in (libjvm.so, the JDK's modules, the CDS archive), which the
  # kernel counts as resident; RssAnon: the rest, what heaps, stacks and arenas hold.
  printf '%s: peak RSS %d MiB, RSS %d MiB (anonymous %d, files %d)\n' "$label" \
    "$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status")" \
    "$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")" \
    "$(awk '/RssAnon/ {print int($2 / 1024)}' "/proc/$pid/status")" \
    "$(awk '/RssFile/ {print int($2 / 1024)}' "/proc/$pid/status")"
  [[ "${NMT:-}" == "summary" ]] || return 0
  out=$(jcmd "$pid" VM.native_memory summary scale=KB 2>&1) || { echo "  (jcmd failed: $out)"; return 0; }
  if [[ -n "${MEMORY_REPORT_DIR:-}" ]]; then
    mkdir -p "$MEMORY_REPORT_DIR"
    echo "$out" >"$MEMORY_REPORT_DIR/nmt-$(date +%H%M%S)-${label// /_}.txt"
  fi
  # "-  Java Heap (reserved=524288KB, committed=524288KB)" -> "Java Heap 512"
  echo "$out" | awk '
    /^Total:/ { match($0, /committed=[0-9]+KB/); t = substr($0, RSTART + 10, RLENGTH - 12) }
    /^-/ {
      name = $0; sub(/^- */, "", name); sub(/ *\(.*$/, "", name)
      if (match($0, /committed=[0-9]+KB/)) {
        kb = substr($0, RSTART + 10, RLENGTH - 12)
        if (kb >= 1024) { line = line sprintf("%s%s %d", sep, name, kb / 1024); sep = ", " }
      }
    }
    END { printf "  NMT committed MiB: total %d = %s\n", t / 1024, line }'
}
