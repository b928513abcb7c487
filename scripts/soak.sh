#!/usr/bin/env bash
# The test suite on a busy machine, started from a background job.
#
# Runs the README's test command (scripts/test.sh) RUNS times in a row (default 3). Each run is a
# background job with SIGINT ignored, as `cmd &` in a script or nohup leaves it, beside BURNERS
# CPU-bound processes at normal priority (default 3) that keep the load average of a 2-core
# machine above 4. The load average is logged every 30 s; the summary says each run's exit code,
# its wall time and the lowest and highest load seen while it ran.
#
# Usage: bash scripts/soak.sh [RUNS] [BURNERS]     logs: out/soak/<UTC time>/
set -uo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
burners="${2:-3}"
dir="out/soak/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$dir"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; }
trap cleanup EXIT

for _ in $(seq "$burners"); do
    python3 -c 'while True: pass' &
    pids+=("$!")
done
( while true; do echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 30; done ) >"$dir/load.log" &
pids+=("$!")

{
    echo "commit $(git rev-parse HEAD 2>/dev/null || echo unknown)"
    echo "cores $(nproc), burners $burners, runs $runs"
} >"$dir/summary.txt"

failed=0
for i in $(seq "$runs"); do
    start=$(date +%s)
    lines_before=$(wc -l <"$dir/load.log")
    # A background job of a non-interactive shell: SIGINT is ignored in it, as under nohup.
    ( trap '' INT; exec bash scripts/test.sh ) >"$dir/run-$i.log" 2>&1 &
    wait "$!"
    rc=$?
    secs=$(( $(date +%s) - start ))
    loads=$(tail -n +"$((lines_before + 1))" "$dir/load.log" | awk '{print $2}' | sort -n)
    tail_line=$(grep -E "passed|failed|error" "$dir/run-$i.log" | tail -1)
    echo "run $i: exit $rc, ${secs} s, 1-min load $(echo "$loads" | head -1)..$(echo "$loads" | tail -1): $tail_line" \
        | tee -a "$dir/summary.txt"
    [ "$rc" = 0 ] || failed=1
done
echo "logs: $dir"
exit "$failed"
