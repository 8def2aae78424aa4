#!/usr/bin/env bash
# Import of a province-size roster CSV against the floor: the sqlite3 shell's .import of the same file
# into a bare table. Also the export that makes the file. Wall and CPU time (user + sys) of each: the
# machine is shared, so the CPU time is the steadier figure.
# Usage: tests/bench/bench_import.sh BUILD_DIR [HOUSEHOLDS] [RUNS] [BASELINE_CLI]
# BASELINE_CLI: another anju-cli (an older build) imported in the same runs, for a before/after.
# Needs: sqlite3 (Debian package sqlite3), /usr/bin/time (package time). Writes under ${TMPDIR:-/tmp}/anju-bench.
# Exits 1 with the reason when a step fails or the import loses persons (CTest runs it on 300 households).
set -euo pipefail
for tool in sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench_import.sh: needs $tool (Debian packages sqlite3, time)" >&2; exit 1; }
done
build=${1:?usage: bench_import.sh BUILD_DIR [HOUSEHOLDS] [RUNS] [BASELINE_CLI]}
households=${2:-280000}
runs=${3:-3}
baseline=${4:-}
cli="$build/anju-cli"
work="${TMPDIR:-/tmp}/anju-bench"
mkdir -p "$work"
source_db="$work/province-$households.anju"
csv="$work/province-$households.csv"

# Runs a command and leaves "wall cpu peak_kib" in $work/measured; a failing command stops the benchmark
# with its last lines of output, rather than being timed as if it had worked.
measure() {
    if ! /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" "$@" >/dev/null 2>"$work/stderr.txt"; then
        echo "bench_import.sh: failed: $*" >&2
        tail -n 20 "$work/stderr.txt" >&2
        exit 1
    fi
    awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/time.txt" >"$work/measured"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

if [ ! -f "$source_db" ]; then
    echo "making $households demo households…" >&2
    ANJU_USER=admin ANJU_PASSWORD=anju-demo measure "$cli" --db "$source_db" demo --households "$households" --seed 11
    read -r t c m <"$work/measured"
    echo "demo data: ${t} s wall, ${c} s CPU, peak ${m} KiB"
fi
persons=$(sqlite3 "$source_db" "SELECT COUNT(*) FROM persons")
rm -f "$csv"
# The demo database's administrator exports; each import goes into a new database with its own.
ANJU_USER=admin ANJU_PASSWORD=anju-demo measure "$cli" --db "$source_db" --language en export roster -o "$csv"
read -r t c m <"$work/measured"
export ANJU_USER=bench ANJU_PASSWORD=Xin-2026-yuan
echo "export to CSV ($persons persons): ${t} s wall, ${c} s CPU, peak ${m} KiB"

declare -A wall cpu peak
names=(floor anju)
[ -n "$baseline" ] && names+=(baseline)
for i in $(seq "$runs"); do
    rm -f "$work/floor.db" "$work/import.anju"* "$work/baseline.anju"*
    measure sqlite3 "$work/floor.db" ".mode csv" ".import '$csv' roster"
    read -r t c m <"$work/measured"
    wall[floor]+="$t "; cpu[floor]+="$c "; peak[floor]+="$m "
    "$cli" --db "$work/import.anju" init >/dev/null
    measure "$cli" --db "$work/import.anju" --language en import "$csv"
    read -r t c m <"$work/measured"
    wall[anju]+="$t "; cpu[anju]+="$c "; peak[anju]+="$m "
    if [ -n "$baseline" ]; then
        # A new database has no users until init makes its administrator, as for the import above.
        "$baseline" --db "$work/baseline.anju" init >/dev/null
        measure "$baseline" --db "$work/baseline.anju" --language en import "$csv"
        read -r t c m <"$work/measured"
        wall[baseline]+="$t "; cpu[baseline]+="$c "; peak[baseline]+="$m "
    fi
done
imported=$(sqlite3 "$work/import.anju" "SELECT COUNT(*) FROM persons")
if [ "$imported" != "$persons" ]; then
    echo "bench_import.sh: the import has $imported persons, the exported database $persons" >&2
    exit 1
fi
declare -A mw mc
for n in "${names[@]}"; do
    mw[$n]=$(printf '%s\n' ${wall[$n]} | median)
    mc[$n]=$(printf '%s\n' ${cpu[$n]} | median)
    echo "$n, median of $runs: ${mw[$n]} s wall [${wall[$n]% }], ${mc[$n]} s CPU [${cpu[$n]% }], peak $(printf '%s\n' ${peak[$n]} | median) KiB"
done
echo "anju-cli imported $imported persons"
awk -v a="${mw[anju]}" -v f="${mw[floor]}" -v ac="${mc[anju]}" -v fc="${mc[floor]}" \
    'BEGIN { printf "ratio anju / floor: %.2f wall, %.2f CPU\n", a / f, ac / fc }'
if [ -n "$baseline" ]; then
    awk -v a="${mw[baseline]}" -v f="${mw[floor]}" -v ac="${mc[baseline]}" -v fc="${mc[floor]}" \
        'BEGIN { printf "ratio baseline / floor: %.2f wall, %.2f CPU\n", a / f, ac / fc }'
fi
