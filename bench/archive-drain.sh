#!/usr/bin/env bash
# The archive relay's benchmark (issue 18), on demand, never in CI's test run: on PostgreSQL with the national data
# (bench/run.sh --data-only makes it), every archive offline, N archive messages over every party's queue become
# unsent in one commit. Measures the relay's drain rate against a raw Artemis durable send of the same messages, the
# heap after a full collection with all of them waiting (paged to disk), and one archive that then connects and must
# get all of its messages in order (integration-tests/.../ArchiveDrainBenchmark.java, run inside the test server).
# Appends the result to docs/performance.md.
#   bench/archive-drain.sh [messages (100000)] [database (samhandling_bench)] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
messages=${1:-100000} db=${2:-samhandling_bench} build=true
[ "${3:-}" = "--no-build" ] && build=false
psql -h 127.0.0.1 -U postgres -X -At -d "$db" -c "SELECT 1" >/dev/null 2>&1 \
  || { echo "no database $db: bench/run.sh --data-only makes the national data"; exit 2; }
cases=$(psql -h 127.0.0.1 -U postgres -X -At -d "$db" -c "SELECT count(*) FROM case_file")
outbox=$(psql -h 127.0.0.1 -U postgres -X -At -d "$db" -c "SELECT count(*) FROM archive_outbox")
$build && ./mvnw -B -q install -DskipTests
log=server/target/server/standalone/log/archive-drain.txt
rm -f "$log"
DRAIN_MESSAGES=$messages ./mvnw -B -pl integration-tests verify -Dit.test=ArchiveDrainBenchmark -DskipBrowserTests=true \
    -Ddb=postgresql -Ddb.url="jdbc:postgresql://127.0.0.1:5432/$db" | grep -E "Tests run:|FAIL|ERROR\]" || true
[ -s "$log" ] || { echo "the benchmark wrote no result ($log)"; exit 1; }
{
  echo
  echo "### Archive relay drain, $(date -u +%Y-%m-%d)"
  echo
  echo "Command: \`bench/archive-drain.sh $messages $db\`. Database: PostgreSQL, $cases cases, $outbox archive messages already"
  echo "in the outbox. Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo),"
  echo "$(java -version 2>&1 | head -1); test server heap -Xmx768m."
  echo
  echo "> $(tail -1 "$log")"
} | tee -a docs/performance.md
