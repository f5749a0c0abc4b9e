#!/usr/bin/env bash
# Fills a PostgreSQL database the server has migrated with a national installation (bench/national-data.sql).
#   bench/national-data.sh [database] [communities] [cases per community] [years]
# Defaults: database samhandling_bench, 20 communities × 10,000 cases over 10 years (≈ 200,000 cases,
# 50,000 decisions, 950,000 archive messages). CI runs it small (2 × 300) to prove it works.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-samhandling_bench}
psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "$db" -q -X \
     -v communities="${2:-20}" -v cases="${3:-10000}" -v years="${4:-10}" -f bench/national-data.sql
