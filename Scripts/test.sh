#!/usr/bin/env bash
# The one test command: installs prerequisites, builds everything, runs the whole suite
# (Swift Testing suites, then the seeded goalpostd crash test against the real binary).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/prerequisites.sh
swift build --build-tests
# Serial: the end-to-end suites block while real binaries run, and on two cores parallel suites
# would starve the timing-sensitive watcher tests of the concurrency pool's two threads.
swift test --skip-build --no-parallel
python3 Scripts/crash-test.py --bin "$(swift build --show-bin-path)"
