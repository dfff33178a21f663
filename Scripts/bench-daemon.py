#!/usr/bin/env python3
"""Benchmarks goalpostd (release build) and prints the figures:
drop-to-digest latency of atomic moves (median and worst), time to drain a burst of files,
idle CPU over a period, and resident memory after the burst.

Usage: Scripts/bench-daemon.py [--drops 50] [--burst 1000] [--idle 60]
The daemon runs with a temporary HOME/GOALPOST_HOME (Scripts/sandbox.py) and is killed on any exit.
"""
import argparse, os, pathlib, signal, statistics, subprocess, time

from sandbox import Sandbox, exit_on_signals

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "Tests/Fixtures/linan-2023-annual.txt").read_text(encoding="utf-8")


def variant(index):
    """A distinct table: its own region name (a generated 2-character district) and year."""
    region = chr(0x4E00 + 300 + index // 40) + chr(0x4E00 + 2000 + index % 40) + "区"
    year = 1950 + index % 150
    return region, year, SAMPLE.replace("临安区", region).replace("2023年政府工作报告", f"{year}年政府工作报告", 1)


def cpu_seconds(pid):
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mib(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait_for(path, timeout=30):
    deadline = time.perf_counter() + timeout
    while not path.exists():
        if time.perf_counter() > deadline:
            raise SystemExit(f"timed out waiting for {path}")
        time.sleep(0.0005)
    return time.perf_counter()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--drops", type=int, default=50)
    parser.add_argument("--burst", type=int, default=1000)
    parser.add_argument("--idle", type=float, default=60)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    bindir = pathlib.Path(subprocess.check_output(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, text=True).strip())
    exit_on_signals()
    with Sandbox(prefix="goalpost-bench-") as sandbox:
        home = sandbox.root / "goalpost"
        staging = sandbox.root / "staging"
        staging.mkdir()
        daemon = sandbox.popen([bindir / "goalpostd", "--home", home, "--log-level", "warning"])
        while not (home / "goalpostd.status.json").exists():
            if daemon.poll() is not None:
                raise SystemExit(f"goalpostd exited {daemon.returncode} before it was ready")
            time.sleep(0.01)
        measure(args, home, staging, daemon)
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=30)


def measure(args, home, staging, daemon):
    latencies = []
    for index in range(args.drops):
        region, year, text = variant(index)
        (staging / f"d{index}.txt").write_text(text, encoding="utf-8")
        start = time.perf_counter()
        os.rename(staging / f"d{index}.txt", home / "inbox" / f"d{index}.txt")
        latencies.append((wait_for(home / "digests" / region / f"{year:04d}-12.md") - start) * 1000)
    print(f"drop-to-digest latency, atomic mv, {args.drops} drops: median {statistics.median(latencies):.1f} ms, "
          f"worst {max(latencies):.1f} ms")
    for index in range(args.drops, args.drops + args.burst):
        (staging / f"b{index}.txt").write_text(variant(index)[2], encoding="utf-8")
    start = time.perf_counter()
    for index in range(args.drops, args.drops + args.burst):
        os.rename(staging / f"b{index}.txt", home / "inbox" / f"b{index}.txt")
    archive = home / "archive"
    while sum(1 for p in archive.rglob("*") if p.is_file()) < args.drops + args.burst:
        time.sleep(0.05)
    drain = time.perf_counter() - start
    print(f"drain of {args.burst} files: {drain:.1f} s ({args.burst / drain:.1f} files/s)")
    print(f"resident memory after the burst: {rss_mib(daemon.pid):.1f} MiB")
    before = cpu_seconds(daemon.pid)
    time.sleep(args.idle)
    used = cpu_seconds(daemon.pid) - before
    print(f"idle CPU over {args.idle:.0f} s: {used:.2f} CPU-seconds ({used / args.idle * 100:.2f}% of one core)")


if __name__ == "__main__":
    main()
