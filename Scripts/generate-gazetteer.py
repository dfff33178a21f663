#!/usr/bin/env python3
"""Generates Sources/GoalpostCore/Text/GazetteerTable.swift: the names of China's provinces,
prefectures and county-level divisions (省, 市, 州, 盟, 区, 县, 旗), from the adcodes table of the
PyPI package cpca (MIT licence), so region inference knows where a name starts (岳阳楼区, not 阳楼区). One-character names
(和县, 城区) are left out: in running text they are mostly words (市和县两级).

Run by a developer with network access to PyPI; the generated file is committed:
    pip download cpca --no-deps -d /tmp/cpca && Scripts/generate-gazetteer.py /tmp/cpca/cpca-*.whl
"""
import csv, io, pathlib, sys, zipfile

from swift_table import write_string_table

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Sources/GoalpostCore/Text/GazetteerTable.swift"
SUFFIXES = ("省", "市", "州", "盟", "区", "县", "旗")

with zipfile.ZipFile(sys.argv[1]) as wheel:
    table = wheel.read("cpca/resources/adcodes.csv").decode("utf-8")
names = sorted({row["name"] for row in csv.DictReader(io.StringIO(table))
                if row["name"].endswith(SUFFIXES) and len(row["name"]) >= 3})
write_string_table(OUT, "Scripts/generate-gazetteer.py from the adcodes table of cpca (MIT licence)", "Gazetteer",
                   "joinedNames", f"{len(names)} names of provinces, prefectures and county-level divisions, separated by |.",
                   "|".join(names))
print(f"{len(names)} names written to {OUT.relative_to(ROOT)}")
