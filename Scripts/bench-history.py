#!/usr/bin/env python3
"""Benchmarks the history features (release build) and prints the figures:
`goalpost diff` on two 158-task reports, the ingest of 10 years x 100 regions with digests and
lineage, and `history` / `trace` latency on that database.

Usage: Scripts/bench-history.py [--regions 100] [--years 10]
goalpost runs with a temporary HOME/GOALPOST_HOME (Scripts/sandbox.py).
"""
import argparse, pathlib, statistics, subprocess, time

from sandbox import Sandbox, exit_on_signals

ROOT = pathlib.Path(__file__).resolve().parent.parent
YEARS = ROOT / "Tests/Fixtures/years"
SOURCES = ["linan-2021-annual.txt", "linan-2022-annual.txt", "linan-2023-annual.txt", "linan-2024-annual.txt"]


def table(region_index, year_index):
    """A generated year: one of the fixture years, retitled to its own year and renamed to its own region."""
    text = (YEARS / SOURCES[year_index % len(SOURCES)]).read_text(encoding="utf-8")
    original_year = SOURCES[year_index % len(SOURCES)][6:10]
    region = chr(0x4E00 + 500 + region_index // 40) + chr(0x4E00 + 3000 + region_index % 40) + "区"
    return region, text.replace("临安区", region).replace(f"{original_year}年政府工作报告", f"{2010 + year_index}年政府工作报告", 1)


def timed(sandbox, command, runs=1):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        sandbox.run(command, stdout=subprocess.DEVNULL)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--regions", type=int, default=100)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    bindir = pathlib.Path(subprocess.check_output(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, text=True).strip())
    goalpost = str(bindir / "goalpost")
    exit_on_signals()
    with Sandbox(prefix="goalpost-history-") as sandbox:
        work = sandbox.root
        pair = work / "pair"
        sandbox.run([goalpost, "ingest", "--home", pair, YEARS / "linan-2023-annual.txt", YEARS / "linan-2022-annual.txt"],
                    stdout=subprocess.DEVNULL)
        diff = timed(sandbox, [goalpost, "diff", "--home", str(pair), "临安区/2022", "临安区/2023", "--json"], runs=10)
        print(f"goalpost diff of two ~155-task reports (process start included): median {statistics.median(diff):.0f} ms")
        home = work / "goalpost"
        files = work / "files"
        files.mkdir()
        batches = []
        for r in range(args.regions):
            batch = []
            for y in range(args.years):
                region, text = table(r, y)
                path = files / f"r{r:03d}-y{y:02d}.txt"
                path.write_text(text, encoding="utf-8")
                batch.append(str(path))
            batches.append((region, batch))
        start = time.perf_counter()
        for _, batch in batches:
            sandbox.run([goalpost, "ingest", "--home", home] + batch, stdout=subprocess.DEVNULL)
        total = time.perf_counter() - start
        count = args.regions * args.years
        print(f"ingest of {args.years} years x {args.regions} regions ({count} reports, digests and lineage written): "
              f"{total:.1f} s ({total / count * 1000:.0f} ms per report)")
        region = batches[len(batches) // 2][0]
        history = timed(sandbox, [goalpost, "history", "拓展发展空间", "--region", region, "--home", str(home), "--json"], runs=5)
        print(f"history CATEGORY --region on that database: median {statistics.median(history):.0f} ms")
        trace = timed(sandbox, [goalpost, "trace", f"{region}/2019#4", "--home", str(home), "--json"], runs=5)
        print(f"trace TASK on that database: median {statistics.median(trace):.0f} ms")


if __name__ == "__main__":
    main()
