#!/usr/bin/env bash
# The one test command: installs prerequisites, builds everything, runs the whole suite
# (Swift Testing suites, then the seeded goalpostd crash test against the real binary).
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/prerequisites.sh
swift build --build-tests
swift test --skip-build
python3 Scripts/crash-test.py --bin "$(swift build --show-bin-path)"
