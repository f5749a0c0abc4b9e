#!/usr/bin/env bash
# Two Samhandling nodes on one PostgreSQL behind a load balancer, all on loopback (README "Operations: two nodes"):
#
#   ./run-cluster.sh           build (-Pcluster), make the nodes, start them and the balancer with demo data
#   ./run-cluster.sh start     start again what was made (no build)
#   ./run-cluster.sh stop      stop the balancer and both nodes
#   ./run-cluster.sh status    which node's broker is live
#   ./run-cluster.sh kill N    SIGKILL node N's JVM (0 = node-a, 1 = node-b), as a crash would
#   ./run-cluster.sh restart N start node N again after it died, and wait until it answers
#
# http://localhost:8080/samhandling/ is HAProxy (Debian's package, installed when missing and run as root): sticky
# sessions by its own cookie, and a request for a node that is down goes to the other (the session is replicated).
# node-a: HTTP 8180, management 10090; node-b: HTTP 8280, management 10190. Database: SAMHANDLING_CLUSTER_DB
# (default samhandling_cluster, created when missing) on 127.0.0.1:5432 as user postgres.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
WORK=$ROOT/target/cluster
DB=${SAMHANDLING_CLUSTER_DB:-samhandling_cluster}
NODES=(node-a node-b)
OFFSETS=(100 200)
export SAMHANDLING_DB_DRIVER=postgresql
export SAMHANDLING_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
export SAMHANDLING_DB_USER=postgres
export SAMHANDLING_DB_PASSWORD=${SAMHANDLING_DB_PASSWORD:-postgres}
export SAMHANDLING_CLUSTER_HOSTS="127.0.0.1[7700],127.0.0.1[7800]"
# the nodes' broker account (cluster/cluster.cli): its password is made once and kept with the nodes
broker_password() {
  [ -f "$WORK/broker-password" ] || { mkdir -p "$WORK"; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$WORK/broker-password"; }
  cat "$WORK/broker-password"
}

http_port() { echo $((8080 + $1)); }

database() {
  psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $DB"
  # the broker's journal and the EJB timers each in a schema of their own, beside the application's (cluster/cluster.cli)
  psql -h 127.0.0.1 -U postgres -d "$DB" -qc "CREATE SCHEMA IF NOT EXISTS artemis" -c "CREATE SCHEMA IF NOT EXISTS ejb_timers" 2>/dev/null
}

make_nodes() {
  ./mvnw -B -q clean package -Pcluster -DskipTests
  rm -rf "$WORK" && mkdir -p "$WORK"
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" # made anew: a fresh cluster with demo data
  for i in "${!NODES[@]}"; do
    node=${NODES[$i]}
    cp -r cluster/target/server "$WORK/$node"
    cp ear/target/samhandling.ear "$WORK/$node/standalone/deployments/"
    echo "samhandling-node=$(broker_password)" >>"$WORK/$node/standalone/configuration/samhandling-node-users.properties"
    if [ "$i" -gt 0 ]; then # every node but the first: its broker is the backup
      { echo "embed-server --std-out=discard"; cat cluster/backup.cli; echo "stop-embedded-server"; } >"$WORK/backup-$node.cli"
      "$WORK/$node/bin/jboss-cli.sh" --file="$WORK/backup-$node.cli" >/dev/null
    fi
  done
}

start_node() {
  local i=$1 node=${NODES[$1]}
  SAMHANDLING_BROKER_PASSWORD=$(broker_password) nohup "$WORK/$node/bin/standalone.sh" -Dsamhandling.broker.user=samhandling-node -Djboss.node.name="$node" -Djboss.tx.node.id="$node" \
    -Djboss.socket.binding.port-offset="${OFFSETS[$i]}" -Dsamhandling.demo=true -Duser.timezone=Europe/Oslo \
    -Djava.net.preferIPv4Stack=true >"$WORK/$node.out" 2>&1 &
  echo $! >"$WORK/$node.pid"
}

await_node() {
  local i=$1 port
  port=$(http_port "${OFFSETS[$1]}")
  for _ in $(seq 1 180); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/samhandling/login.xhtml"; then
      echo "== ${NODES[$i]} answers on $port"
      return 0
    fi
    sleep 1
  done
  echo "!! ${NODES[$i]} did not come up: $WORK/${NODES[$i]}.out" >&2
  return 1
}

balancer() {
  if ! command -v haproxy >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
  fi
  cat >"$WORK/haproxy.cfg" <<EOF
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    option redispatch
    retries 3
frontend samhandling
    bind 127.0.0.1:8080
    default_backend nodes
backend nodes
    balance roundrobin
    cookie SAMHANDLING_NODE insert indirect nocache httponly
    option httpchk GET /samhandling/login.xhtml
    http-check expect status 200
    server node-a 127.0.0.1:$(http_port "${OFFSETS[0]}") check inter 1s fall 2 rise 2 cookie node-a
    server node-b 127.0.0.1:$(http_port "${OFFSETS[1]}") check inter 1s fall 2 rise 2 cookie node-b
EOF
  haproxy -D -f "$WORK/haproxy.cfg" -p "$WORK/haproxy.pid"
  echo "== balancer on http://localhost:8080/samhandling/"
}

stop() {
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
  for node in "${NODES[@]}"; do
    if [ -f "$WORK/$node.pid" ]; then
      # the launcher's child is the server JVM
      pkill -TERM -P "$(cat "$WORK/$node.pid")" 2>/dev/null || true
      kill "$(cat "$WORK/$node.pid")" 2>/dev/null || true
    fi
  done
  echo "== stopped"
}

status() {
  for i in "${!NODES[@]}"; do
    port=$((9990 + ${OFFSETS[$i]}))
    live=$("$WORK/${NODES[$i]}/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$port" \
      --command="/subsystem=messaging-activemq/server=default:read-attribute(name=active)" 2>/dev/null \
      | grep -o '"result" => [a-z]*' || echo "not answering")
    echo "${NODES[$i]}: broker active: $live"
  done
}

start() {
  database
  start_node 0
  await_node 0 # demo data are written once, by the first node
  start_node 1
  await_node 1
  balancer
}

node_jvm() { # the JVM of node $1 (the launcher script's java child)
  pgrep -f "jboss.node.name=${NODES[$1]}" | while read -r p; do [ "$(ps -o comm= -p "$p")" = java ] && echo "$p"; done | head -n 1
}

case "${1:-all}" in
  kill) kill -9 "$(node_jvm "$2")" && echo "== SIGKILL ${NODES[$2]}" ;;
  restart) start_node "$2"; await_node "$2" ;;
  all) stop >/dev/null 2>&1 || true; make_nodes; start ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
