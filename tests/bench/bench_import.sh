#!/usr/bin/env bash
# Import of a province-size roster CSV against the floor: the sqlite3 shell's .import of the same file
# into a bare table. Also the export that makes the file, and anju-cli search timings.
# Usage: tests/bench/bench_import.sh BUILD_DIR [HOUSEHOLDS] [RUNS]
# Needs: sqlite3 (Debian package sqlite3), /usr/bin/time. Writes under ${TMPDIR:-/tmp}/anju-bench.
set -euo pipefail
build=${1:?usage: bench_import.sh BUILD_DIR [HOUSEHOLDS] [RUNS]}
households=${2:-280000}
runs=${3:-3}
cli="$build/anju-cli"
work="${TMPDIR:-/tmp}/anju-bench"
mkdir -p "$work"
source_db="$work/province-$households.anju"
csv="$work/province-$households.csv"

seconds() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

if [ ! -f "$source_db" ]; then
    echo "making $households demo households…" >&2
    read -r t m <<<"$(seconds "$cli" --db "$source_db" demo --households "$households" --seed 11)"
    echo "demo data: ${t} s, peak ${m} KiB"
fi
persons=$(sqlite3 "$source_db" "SELECT COUNT(*) FROM persons")
rm -f "$csv"
# The demo database's administrator exports; each import goes into a new database with its own.
read -r t m <<<"$(ANJU_USER=admin ANJU_PASSWORD=anju-demo seconds "$cli" --db "$source_db" --language en export roster -o "$csv")"
export ANJU_USER=bench ANJU_PASSWORD=Xin-2026-yuan
echo "export to CSV ($persons persons): ${t} s, peak ${m} KiB"

floor=()
anju=()
peak=()
for i in $(seq "$runs"); do
    rm -f "$work/floor.db" "$work/import.anju"*
    read -r t m <<<"$(seconds sqlite3 "$work/floor.db" ".mode csv" ".import '$csv' roster")"
    floor+=("$t")
    "$cli" --db "$work/import.anju" init >/dev/null
    read -r t m <<<"$(seconds "$cli" --db "$work/import.anju" --language en import "$csv")"
    anju+=("$t")
    peak+=("$m")
done
f=$(printf '%s\n' "${floor[@]}" | median)
a=$(printf '%s\n' "${anju[@]}" | median)
imported=$(sqlite3 "$work/import.anju" "SELECT COUNT(*) FROM persons")
echo "sqlite3 .import (floor), median of $runs: ${f} s  [${floor[*]}]"
echo "anju-cli import, median of $runs: ${a} s  [${anju[*]}], peak $(printf '%s\n' "${peak[@]}" | median) KiB, $imported persons"
awk -v a="$a" -v f="$f" 'BEGIN { printf "ratio anju / floor: %.2f\n", a / f }'
