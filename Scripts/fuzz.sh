#!/usr/bin/env bash
# Long fuzz runs on a release build (-O keeps Swift's bounds and overflow checks, so traps still trap):
#   Scripts/fuzz.sh [--seconds 3600] [--kinds all|formats|history|text,csv,tsv,html,docx,xlsx] [--seed N]
#                   [--out DIR] [--timeout S] [--memory-mb M]
# Prints what it tried per kind (inputs, outcomes, slowest input, peak memory) and every finding
# (trap, hang, memory) with its saved input and the command that replays it; exits 1 on findings.
# The CI run is `goalpost-fuzz ci` on the debug build (see README, Fuzzing).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product goalpost-fuzz >&2
exec "$(swift build -c release --show-bin-path)/goalpost-fuzz" run "$@"
