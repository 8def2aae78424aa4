#!/usr/bin/env bash
# The benchmarks' smoke database for CTest: a new demo database of a few households, made again on every
# run so that no benchmark reads what an older build left behind.
# Usage: make-demo-database.sh ANJU_CLI DATABASE HOUSEHOLDS
set -euo pipefail
cli=${1:?usage: make-demo-database.sh ANJU_CLI DATABASE HOUSEHOLDS}
db=${2:?usage: make-demo-database.sh ANJU_CLI DATABASE HOUSEHOLDS}
households=${3:?usage: make-demo-database.sh ANJU_CLI DATABASE HOUSEHOLDS}
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"
exec "$cli" --db "$db" --language en demo --households "$households" --seed 1
