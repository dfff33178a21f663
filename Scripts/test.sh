#!/usr/bin/env bash
# The one test command: installs prerequisites, builds everything, runs the whole suite
# (Swift Testing suites, then the seeded goalpostd crash test against the real binary),
# and ends with a "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/prerequisites.sh
swift build --build-tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Serial: the end-to-end suites block while real binaries run, and on two cores parallel suites
# would starve the timing-sensitive watcher tests of the concurrency pool's two threads.
if ! swift test --skip-build --no-parallel 2>&1 | tee "$log"; then
    echo "Swift tests failed: $(grep -cE '^✘ Test .* failed' "$log" || true) failing tests (see above)." >&2
    exit 1
fi
python3 Scripts/crash-test.py --bin "$(swift build --show-bin-path)"
passed=$(grep -oE 'Test run with [0-9]+ tests' "$log" | grep -oE '[0-9]+' | tail -1)
echo "$(( ${passed:-0} + 1 )) passed, 0 failed"
