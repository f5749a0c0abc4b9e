#!/usr/bin/env bash
# The benchmark (issue 18), on demand, never in CI's test run: starts the server on PostgreSQL with the national data
# (bench/national-data.sh) and measures, in one run, the API and the pages at 1, 10 and 50 concurrent users with wrk
# (Debian's package: apt-get install wrk): throughput, p50/p95/p99, errors; startup to ready; heap after the run.
# Writes a table to docs/performance.md (appended, with the machine, the date and the command).
#   bench/run.sh [--scale cases-per-community] [--communities n] [--duration seconds] [--no-build] [--reuse-data]
#                [--data-only]   (make the national data in samhandling_bench and stop: bench/archive-drain.sh uses it)
#                [--writes-only] (only the write rows: archived against non-archived writes)
set -euo pipefail
cd "$(dirname "$0")/.."
arguments="$*"
cases=10000 communities=20 duration=15 build=true reuse=false data_only=false writes_only=false
while [ $# -gt 0 ]; do
  case $1 in
    --scale) cases=$2; shift 2;; --communities) communities=$2; shift 2;;
    --duration) duration=$2; shift 2;; --no-build) build=false; shift;;
    --reuse-data) reuse=true; shift;; # the database of the last run, its national data already there
    --data-only) data_only=true; shift;;
    --writes-only) writes_only=true; shift;;
    *) echo "unknown option $1"; exit 2;;
  esac
done
$data_only || command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }
db=samhandling_bench
base=http://127.0.0.1:8080/samhandling
work=target/bench
psql_db() { psql -h 127.0.0.1 -U postgres -X -q "$@"; }

$build && ./mvnw -B -q package -DskipTests
$reuse || psql_db -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
export SAMHANDLING_DB_DRIVER=postgresql SAMHANDLING_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db \
       SAMHANDLING_DB_USER=postgres SAMHANDLING_DB_PASSWORD=postgres

start_server() {
  rm -rf "$work" && mkdir -p "$work"
  cp -r server/target/server/standalone "$work/standalone"
  cp ear/target/samhandling.ear "$work/standalone/deployments/"
  local began=$(date +%s%N)
  server/target/server/bin/standalone.sh -Djboss.server.base.dir="$PWD/$work/standalone" -Dsamhandling.demo=true \
      > "$work/server.out" 2>&1 &
  server_pid=$!
  until curl -sf -o /dev/null "$base/public/index.xhtml"; do
    sleep 0.5
    kill -0 $server_pid 2>/dev/null || { echo "server died: $work/server.out"; exit 1; }
  done
  ready_ms=$(( ($(date +%s%N) - began) / 1000000 ))
}
stop_server() {
  pkill -f "jboss.server.base.dir=$PWD/$work/standalone" || true
  for _ in $(seq 1 60); do
    pgrep -f "jboss.server.base.dir=$PWD/$work/standalone" >/dev/null || return 0
    sleep 0.5
  done
  pkill -9 -f "jboss.server.base.dir=$PWD/$work/standalone" || true
}
trap stop_server EXIT

gen_s="? (reused from an earlier run)"
if ! $reuse; then
  echo "== first start: migrations and demo data on an empty database"
  start_server
  stop_server
  echo "== national data: $communities communities × $cases cases"
  gen_began=$(date +%s)
  bench/national-data.sh $db "$communities" "$cases" 10
  gen_s=$(( $(date +%s) - gen_began ))
fi
$data_only && { echo "== national data in $db (generated in $gen_s s)"; exit 0; }
echo "== start with the national data"
start_server
echo "   ready after $ready_ms ms"

# a session for the pages (the login form posts to itself)
session() {
  local jar=$work/$1.cookies
  local page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
  local state=$(sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" --data-urlencode "j_username=$1" \
       --data-urlencode "j_password=samhandling-demo" --data-urlencode "login-submit=Logg inn" \
       --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
  awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1
}
# every simulated user has a session of their own, as people do (one shared session would serialise requests in
# the page state): the secretariats of the communities, and 50 municipal administrators across them
headers_of() { # file, then user names: one "Cookie:" line per user's session
  local file=$1; shift
  : > "$file"
  for user in "$@"; do echo "Cookie: JSESSIONID=$(session "$user")" >> "$file"; done
}
secretariats=$(for c in $(seq 1 "$communities"); do printf 'sekretariat-%02d ' "$c"; done)
administrators=$(for c in $(seq 1 "$communities"); do for m in $(seq 1 18); do printf 'kommune-%02d-%02d\n' "$c" "$m"; done; done \
                 | awk 'NR % 7 == 1' | head -n 50 | tr '\n' ' ')
headers_of "$work/secretariats.headers" $secretariats
headers_of "$work/administrators.headers" $administrators
echo "Authorization: Basic $(printf 'sekretariat-01:samhandling-demo' | base64)" > "$work/basic.headers"
key_owner=$(psql_db -d $db -Atc "SELECT id FROM user_account WHERE username = 'sekretariat-01'")
key=$(curl -s -u sekretariat-01:samhandling-demo -H 'Content-Type: application/json' -d '{"name":"benchmark"}' \
      "$base/api/users/$key_owner/api-keys" | sed -n 's/.*"key":"\([^"]*\)".*/\1/p')
echo "Authorization: Bearer $key" > "$work/key.headers"
community=$(psql_db -d $db -Atc "SELECT id FROM health_community WHERE code = 'national-01'")
total=$(psql_db -d $db -Atc "SELECT count(*) FROM case_file WHERE community_id = $community")
deep=$(( total / 50 - 1 ))
year=$(( $(date +%Y) - 4 ))

cat > "$work/report.lua" <<'LUA'
-- each request with the next user's headers (a file of "Name: value" lines), and the figures at the end
local users = {}
for line in io.lines(os.getenv("BENCH_HEADERS")) do
  local name, value = line:match("^([^:]+):%s*(.*)$")
  users[#users + 1] = {[name] = value}
end
local next_user = math.random(#users)
request = function()
  next_user = next_user % #users + 1
  return wrk.format(nil, nil, users[next_user])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end
LUA

declare -a rows
measure() { # name, file of users' headers, path
  $writes_only && return 0
  local name=$1 headers=$2 path=$3
  for users in 1 10 50; do
    local out=$(BENCH_HEADERS="$headers" wrk -t $(( users < 2 ? 1 : 2 )) -c $users -d "${duration}s" --timeout 30s \
                -s "$work/report.lua" "$base/$path" | grep RESULT)
    read -r _ rps p50 p95 p99 errors requests <<<"$out"
    echo "   $name @ $users: $rps req/s, p50 $p50 ms, p95 $p95 ms, p99 $p99 ms, $errors errors"
    rows+=("| $name | $users | $rps | $p50 | $p95 | $p99 | $errors / $requests |")
  done
}
s=$work/secretariats.headers
echo "== measuring (${duration} s per row)"
measure "trivial endpoint (GET /api/bodies, session)" "$s" "api/bodies"
measure "trivial endpoint, HTTP Basic (remembered)" "$work/basic.headers" "api/bodies"
measure "trivial endpoint, API key (Bearer)" "$work/key.headers" "api/bodies"
measure "case list, page 1" "$s" "api/cases?page=1&size=50"
measure "case list, page $deep (of $total cases)" "$s" "api/cases?page=$deep&size=50"
measure "filtered list (decided in $year)" "$s" "api/cases?status=DECIDED&year=$year&page=1&size=50"
measure "search, common word (legemiddelsamstemming)" "$s" "api/search?q=legemiddelsamstemming"
measure "search, rare word (trykksårforebygging)" "$s" "api/search?q=trykks%C3%A5rforebygging"
measure "start page, secretariat" "$s" "index.xhtml"
measure "start page, municipal administrator" "$work/administrators.headers" "index.xhtml"
measure "case export (CSV, every case)" "$s" "api/exports/cases.csv"

# writes, one user at a time (numbers given as MAX+1 collide under concurrent writers: issue 20): a case registered
# (no archive message) against a dispute opened (an archive message to each party it concerns), through an API key
cat > "$work/post.lua" <<'LUA'
local headers = {}
for line in io.lines(os.getenv("BENCH_HEADERS")) do
  local name, value = line:match("^([^:]+):%s*(.*)$")
  headers[name] = value
end
headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", nil, headers, (os.getenv("BENCH_BODY"):gsub("#N#", tostring(n))))
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end
LUA
write_row() { # name, path, JSON body (#N# numbered)
  local before=$(psql_db -d $db -Atc "SELECT count(*) FROM archive_outbox")
  local out=$(BENCH_HEADERS="$work/key.headers" BENCH_BODY="$3" wrk -t 1 -c 1 -d "${duration}s" --timeout 30s \
              -s "$work/post.lua" "$base/$2" | grep RESULT)
  read -r _ rps p50 p95 p99 errors requests <<<"$out"
  local messages=$(( $(psql_db -d $db -Atc "SELECT count(*) FROM archive_outbox") - before ))
  echo "   $1: $rps req/s, p50 $p50 ms, p95 $p95 ms, $errors errors, $messages archive messages"
  rows+=("| $1 ($messages archive messages in all) | 1 | $rps | $p50 | $p95 | $p99 | $errors / $requests |")
}
ssu=$(psql_db -d $db -Atc "SELECT id FROM body WHERE community_id = $community AND code = 'SSU'")
municipality=$(psql_db -d $db -Atc "SELECT partner_id FROM community_party WHERE community_id = $community AND region_id IS NOT NULL ORDER BY partner_id LIMIT 1")
write_row "write: register a case" "api/cases" "{\"bodyId\":$ssu,\"text\":{\"title\":\"Målesak #N#\"}}"
write_row "write: open a dispute (archived)" "api/disputes" "{\"kind\":\"PATIENT_CASE\",\"municipalityId\":$municipality,\"raisedByPartnerId\":$municipality,\"openedOn\":\"$(date +%F)\",\"title\":\"Måletvist #N#\"}"

pid=$(pgrep -f "Standalone.*jboss.server.base.dir=$PWD/$work/standalone" | head -1) # the JVM, not standalone.sh
jcmd "$pid" GC.run >/dev/null 2>&1 || true
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' || true)
heap_mb=$(( ${heap:-0} / 1024 ))
counts=$(psql_db -d $db -Atc "SELECT (SELECT count(*) FROM case_file) || ' cases, ' || (SELECT count(*) FROM decision) || ' decisions, ' || (SELECT count(*) FROM archive_outbox) || ' archive messages'")

{
  echo
  echo "## $(date -u +%Y-%m-%d) — $counts"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)."
  echo "Command: \`bench/run.sh $arguments\`; wrk (1–2 threads), ${duration} s per row,"
  echo "each request as the next of $(wc -l < "$work/secretariats.headers") secretariats' or $(wc -l < "$work/administrators.headers") administrators' own sessions;"
  echo "PostgreSQL $(psql_db -d $db -Atc 'SHOW server_version'); data generated in $gen_s s; startup to ready $ready_ms ms;"
  echo "heap used after the run (after a full GC): $heap_mb MB."
  echo
  echo "| What | Users | Requests/s | p50 ms | p95 ms | p99 ms | Errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} | tee -a docs/performance.md
