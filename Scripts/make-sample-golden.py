#!/usr/bin/env python3
"""Writes Tests/Fixtures/golden/linan-2023-annual.json from the sample table.

An independent, deliberately simple reading of the tab-led layout (every cell line starts
with a tab; a blank line followed by a tab line starts a new row; a line without a tab
continues the previous cell), so the Swift parser is checked against a second implementation
rather than against its own output. Run: python3 Scripts/make-sample-golden.py
"""
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "Tests/Fixtures/linan-2023-annual.txt"
GOLDEN = ROOT / "Tests/Fixtures/golden/linan-2023-annual.json"


def rows(lines):
    blocks, current, blank = [], None, False
    for line in lines:
        if line.startswith("\t"):
            if current is None or blank:
                current = []
                blocks.append(current)
            current.append([line[1:]])
            blank = False
        elif not line.strip():
            blank = True
        elif current is not None:
            current[-1].append(line)
            blank = False
    return [["\n".join(p.strip() for p in cell if p.strip()) for cell in block] for block in blocks]


def main():
    tasks, section, category = [], None, None
    for cells in rows(SAMPLE.read_text(encoding="utf-8").split("\n")):
        if len(cells) == 1 and re.match(r"^[一二三四五六七八九十]+、", cells[0]):
            section = (section or 0) + 1
            continue
        if cells[0] == "序号":
            continue
        number, cat, task, progress = cells
        if cat:
            category = re.sub(r"\s+", "", cat)
        tasks.append({"number": number, "section": section, "category": category,
                      "task": task, "progress": progress})
    GOLDEN.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(tasks)} tasks to {GOLDEN.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
