#!/usr/bin/env python3
"""Generates Sources/GoalpostCore/Text/SimplifiedTable.swift: every CJK character that OpenCC's
t2s configuration maps to one other character, and that simplified text does not use as it is
(it is not in GB 2312), as pairs in one string literal.

Needs the Debian package `opencc` (run once by a developer; the generated file is committed, so
neither building nor running goalpost needs OpenCC). OpenCC's dictionaries are Apache-2.0.
"""
import pathlib, subprocess

from swift_table import write_string_table

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Sources/GoalpostCore/Text/SimplifiedTable.swift"
RANGES = [(0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)]

chars = [chr(c) for start, end in RANGES for c in range(start, end)]
mapped = subprocess.run(["opencc", "-c", "t2s"], input="\n".join(chars), capture_output=True, text=True,
                        check=True).stdout.split("\n")
def in_gb2312(character):
    """True for a character of GB 2312, the simplified character set (著, 乾, 于 stay as written)."""
    try:
        character.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


pairs = [(t, s) for t, s in zip(chars, mapped) if t != s and len(s) == 1 and not in_gb2312(t)]
write_string_table(OUT, "Scripts/generate-simplified-table.py from OpenCC's t2s dictionary (Apache-2.0)",
                   "SimplifiedChinese", "pairs", f"{len(pairs)} traditional characters, each followed by its simplified form.",
                   "".join(t + s for t, s in pairs))
print(f"{len(pairs)} pairs written to {OUT.relative_to(ROOT)}")
