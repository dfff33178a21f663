#!/usr/bin/env python3
"""Measures how well goalpost reads the real captures in Tests/Fixtures/real (a copy of the shared
corpus): for each file, whether it is read at all, and whether region, year, as-of month and the
number of complete rows match expected.json. Prints one line per file and a summary per set.

The files are split once, by a hash of their names, into a tuning set and a held-out set of five
(HELD_OUT below). Rules are tuned on the tuning set only; the held-out figures are reported apart
and are the ones that say anything about tables nobody tuned for.

Usage: Scripts/measure-corpus.py [--bin DIR] [--set tuning|held-out|all]
The CLI is run with --db on a temporary database and no home, so it writes nothing else.
"""
import argparse, json, pathlib, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Tests/Fixtures/real"
HELD_OUT = {
    "gaoxinqu-unknown-2022-q2.txt", "yueyanglou-2017-minsheng-m8-plain.txt", "cangnan-2022-minsheng-m10.txt",
    "yueyanglou-2017-minsheng-m8.txt", "yueqing-2022-minsheng-year.txt",
}


def ingest(goalpost, path, database):
    """The CLI's JSON outcome for one file: {"result", "report", "reason"}."""
    run = subprocess.run([goalpost, "ingest", "--db", database, "--json", str(path)],
                         capture_output=True, text=True, timeout=300)
    try:
        return json.loads(run.stdout)[0]
    except (ValueError, IndexError):
        return {"result": "failed", "reason": (run.stderr or run.stdout).strip().splitlines()[-1:] or ["no output"]}


def judge(expected, outcome):
    """Which of region, year, month and rows the outcome got right (None: not stated, not counted)."""
    report = outcome.get("report") or {}
    rows = report.get("tasks")
    return {
        "read": outcome.get("result") == "ingested",
        "region": report.get("region") == expected["region"],
        "year": report.get("year") == expected["year"],
        "month": None if expected.get("asOfMonth") is None else report.get("asOfMonth") == expected["asOfMonth"],
        # A cut last row may be read as one more.
        "rows": rows in (expected["rows"], expected["rows"] + 1),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=str(ROOT / ".build/debug"))
    parser.add_argument("--set", choices=["tuning", "held-out", "all"], default="all")
    args = parser.parse_args()
    goalpost = str(pathlib.Path(args.bin) / "goalpost")
    expected = {k: v for k, v in json.loads((CORPUS / "expected.json").read_text()).items() if not k.startswith("_")}
    sets = {"tuning": sorted(n for n in expected if n not in HELD_OUT), "held-out": sorted(n for n in expected if n in HELD_OUT)}
    chosen = ["tuning", "held-out"] if args.set == "all" else [args.set]
    with tempfile.TemporaryDirectory(prefix="goalpost-corpus-") as scratch:
        for name in chosen:
            tally = {"read": 0, "region": 0, "year": 0, "month": 0, "rows": 0, "all": 0}
            stated_months = 0
            print(f"== {name} ({len(sets[name])} files)")
            for index, file in enumerate(sets[name]):
                outcome = ingest(goalpost, CORPUS / file, str(pathlib.Path(scratch) / f"{name}-{index}.sqlite"))
                verdict = judge(expected[file], outcome)
                stated_months += verdict["month"] is not None
                for key, value in verdict.items():
                    tally[key] += bool(value)
                tally["all"] += all(v is not False for v in verdict.values())
                report = outcome.get("report") or {}
                got = f"{report.get('region')} {report.get('year')}-{report.get('asOfMonth')} {report.get('tasks')} rows" \
                    if verdict["read"] else str(outcome.get("reason"))[:90]
                marks = " ".join(k for k, v in verdict.items() if v is False) or "ok"
                print(f"  {file:42} {marks:28} {got}")
            count = len(sets[name])
            print(f"  read {tally['read']}/{count}, region {tally['region']}/{count}, year {tally['year']}/{count}, "
                  f"month {tally['month']}/{stated_months}, rows {tally['rows']}/{count}, all right {tally['all']}/{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
