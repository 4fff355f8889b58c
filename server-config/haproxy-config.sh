# The load balancer's configuration (HAProxy), for server-config/cluster.sh and for
# bench/login/compare.sh, which balances two Keycloak instances the same way (issue 14): source this
# file, then
#
#   haproxy_config LISTEN_PORT BACKEND_EXTRA SERVER...     # prints haproxy.cfg
#
# SERVER is "name address check[ options]" (e.g. "a 127.0.0.1:8081 check", "k1 127.0.0.1:8393 check
# port 9194"); each is health-checked every 2 s, out after 2 failures and back after 2 successes.
# BACKEND_EXTRA: lines added to the backend (stickiness, a response header), or "".
# Round robin without stickiness unless BACKEND_EXTRA asks for it; health checks on /health/ready.

haproxy_config() {
  local port=$1 backend_extra=$2 server
  shift 2
  cat <<CFG
global
  # No maxconn: HAProxy sizes it from its file-descriptor limit (ulimit -n 20000: 9,985). A fixed
  # 2,000 was reached under load (issue 14): HAProxy then stops accepting, and new visitors wait.

defaults
  mode http
  timeout connect 5s
  timeout client 5m
  # A client's connection idle for 30 s between two requests is closed; without this it is held for
  # timeout http-request, 5 minutes: at 40 new visitors a second, each leaving its browser's
  # connection open, 12,000 connections. Longer than the instances' 5 s (pre-boot-commands.asadmin):
  # the balancer is where TLS ends in production, and a person reading a page for a few seconds keeps
  # the connection (no new handshake); its own connections to the instances are reused.
  timeout http-keep-alive 30s
  # An upload or download may last hours (server-config/pre-boot-commands.asadmin).
  timeout server 4h
  timeout http-request 5m
  # A request that could not reach an instance (e.g. one just killed) goes to the other.
  retries 2
  option redispatch 1
  retry-on conn-failure empty-response

frontend balancer
  bind 127.0.0.1:$port
  # The balancer is the edge: what a client claims is dropped, then the real values are set.
  http-request del-header X-Forwarded-For
  http-request del-header X-Forwarded-Proto
  http-request set-header X-Forwarded-Proto https if { ssl_fc }
  http-request set-header X-Forwarded-Proto http unless { ssl_fc }
  option forwardfor
  # A client asking to upgrade to cleartext HTTP/2 (h2c; Java's HttpClient does, browsers do not):
  # the request goes on as plain HTTP/1.1, balanced like any other. The instances do not speak h2c
  # (pre-boot-commands.asadmin) and would refuse a chunked body sent with that header (RequestBodies);
  # an instance that did would have had HAProxy tunnel the connection to it, unbalanced.
  http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
  http-request del-header HTTP2-Settings
  default_backend instances

backend instances
  balance roundrobin
  option httpchk
  http-check send meth GET uri /health/ready
  http-check expect status 200
CFG
  [[ -n "$backend_extra" ]] && printf '%s\n' "$backend_extra"
  for server in "$@"; do
    echo "  server $server inter 2s fall 2 rise 2"
  done
}
