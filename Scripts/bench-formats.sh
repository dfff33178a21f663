#!/bin/sh
# Prints the read + parse time per format for the 158-task sample and a 2,000-task table
# (release build). Needs python-docx, openpyxl and reportlab (pip) and poppler-utils (apt).
set -eu
cd "$(dirname "$0")/.."
dir="${1:-${TMPDIR:-/tmp}/goalpost-format-bench}"
python3 Scripts/make-format-fixtures.py --bench "$dir"
swift build -c release --product FormatBench
"$(swift build -c release --show-bin-path)/FormatBench" "$dir" --iterations "${ITERATIONS:-10}"
