#!/bin/sh
# Prints the time of matching + diffing two 158-task reports (2023 sample vs generated 2024), release build.
set -e
cd "$(dirname "$0")/.."
GOALPOST_BENCH=1 swift test -c release --filter DiffBenchmarkTests 2>&1 | grep -E "bench |error|passed|failed"
