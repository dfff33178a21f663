#!/usr/bin/env bash
# Prints the time to ingest the sample table with a release build (fresh database each run).
# The runs get a temporary HOME/GOALPOST_HOME (with --db alone, ingest writes no digests).
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/sandbox.sh
runs=${1:-20}
swift build -c release --product goalpost >/dev/null
bin=$(swift build -c release --show-bin-path)/goalpost
sample=Tests/Fixtures/linan-2023-annual.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
enter_sandbox "$work/sandbox"
times=()
for i in $(seq "$runs"); do
    start=$(date +%s%N)
    "$bin" ingest --db "$work/$i.sqlite" "$sample" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
echo "ingest of the 158-task sample (release, new database, process start included), $runs runs:"
echo "  median $(( median / 1000 )).$(( median % 1000 / 100 )) ms, best $(( sorted[0] / 1000 )) ms, worst $(( sorted[runs-1] / 1000 )) ms"
