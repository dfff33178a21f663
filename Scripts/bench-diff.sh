#!/bin/sh
# Prints, from a release build: the time of matching + diffing two 158-task reports (2023 sample vs
# generated 2024, and the sample against itself), of matching + lineage for 100 regions x 10 periods
# (GOALPOST_BENCH_REGIONS=N to change the region count), and the time and peak memory of diffing two
# reports of about 12,000 tasks (GOALPOST_BENCH_TASKS=N). Pure core only: no database.
set -e
cd "$(dirname "$0")/.."
GOALPOST_BENCH=1 swift test -c release --filter DiffBenchmarkTests 2>&1 | grep -E "bench |error|passed|failed"
