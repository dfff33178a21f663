#!/usr/bin/env bash
# Installs the Debian packages goalpost needs to build and test, when any is missing.
set -euo pipefail

# Build: SQLite, zlib (the .docx/.xlsx ZIP reader; ZIPFoundation in tests), libxml2 (FoundationXML). Converters: pdftotext for PDF, antiword for .doc.
packages=(libsqlite3-dev zlib1g-dev libxml2-dev pkg-config poppler-utils antiword)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "Installing missing prerequisites: ${missing[*]}" >&2
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi
if ! command -v swift >/dev/null; then
    echo "swift is not on PATH: install Swift 6 (https://www.swift.org/install/linux/) first." >&2
    exit 1
fi
