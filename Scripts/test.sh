#!/usr/bin/env bash
# The one test command: installs prerequisites, builds everything, runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/prerequisites.sh
swift build --build-tests
swift test --skip-build
