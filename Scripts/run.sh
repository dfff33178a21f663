#!/usr/bin/env bash
# The main job: installs prerequisites, builds a release, and runs goalpostd in the foreground on
# the default home (--home, else $GOALPOST_HOME, else ~/.local/share/goalpost). Extra arguments go
# to goalpostd, e.g. Scripts/run.sh --home /tmp/gp --log-level debug. Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/prerequisites.sh
swift build -c release
bin=$(swift build -c release --show-bin-path)
echo "goalpostd and goalpost are in $bin (add it to PATH to use the CLI)." >&2
exec "$bin/goalpostd" "$@"
