#!/usr/bin/env bash
# The main job: installs prerequisites, builds, and ingests the sample into ./.goalpost-home.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/prerequisites.sh
swift build -c release --product goalpost
bin=$(swift build -c release --show-bin-path)
home=${GOALPOST_HOME:-$PWD/.goalpost-home}
"$bin/goalpost" ingest --home "$home" Tests/Fixtures/linan-2023-annual.txt "$@" || true
"$bin/goalpost" reports --home "$home"
