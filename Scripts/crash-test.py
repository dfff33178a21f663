#!/usr/bin/env python3
"""Crash test for goalpostd: drops a batch of files, SIGKILLs the daemon at random moments,
restarts it, and proves every file was ingested exactly once.

Seeded and replayable: `Scripts/crash-test.py [--seed N] [--kills K] [--files F] [--bin DIR]`.
Checks: one report per distinct content, every dropped file archived, nothing left in the inbox
or in failed/, a digest for every report, and PRAGMA integrity_check == ok.
"""
import argparse, json, os, pathlib, random, shutil, signal, sqlite3, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "Tests/Fixtures/linan-2023-annual.txt").read_text(encoding="utf-8")


def variants(count, rng):
    """Distinct tables (other years) plus byte-identical copies under other names."""
    distinct = max(1, count * 3 // 4)
    files = []
    for index in range(distinct):
        year = 1990 + index
        files.append((f"linan-{year}.txt", SAMPLE.replace("2023年政府工作报告", f"{year}年政府工作报告", 1)))
    for index in range(count - distinct):
        name, text = files[rng.randrange(distinct)]
        files.append((f"copy{index}-{name}", text))
    rng.shuffle(files)
    return files, distinct


def start(bindir, home):
    log = open(home / "daemon.log", "ab")
    return subprocess.Popen([str(bindir / "goalpostd"), "--home", str(home), "--quiet-period", "0",
                             "--poll-interval", "0.1", "--reconcile-interval", "1"], stderr=log)


def drop(home, files):
    staging = home / "staging"
    staging.mkdir(exist_ok=True)
    for name, text in files:
        (staging / name).write_text(text, encoding="utf-8")
        os.rename(staging / name, home / "inbox" / name)


def wait_drained(home, expected, timeout=120):
    deadline = time.time() + timeout
    archive = home / "archive"
    while time.time() < deadline:
        archived = sum(1 for p in archive.rglob("*") if p.is_file()) if archive.exists() else 0
        waiting = [p for p in (home / "inbox").rglob("*") if p.is_file()]
        if archived >= expected and not waiting:
            return
        time.sleep(0.1)
    raise SystemExit(f"FAIL: not drained after {timeout}s")


def wait_ready(home, pid, timeout=30):
    """Waits until the daemon `pid` has scanned once (its signal handlers are installed by then)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if json.loads((home / "goalpostd.status.json").read_text())["pid"] == pid:
                return
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.05)
    raise SystemExit(f"FAIL: daemon {pid} never became ready")


def check(home, files, distinct):
    db = sqlite3.connect(home / "goalpost.sqlite")
    problems = []
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        problems.append("integrity_check is not ok")
    reports = db.execute("SELECT year, sha256, (SELECT COUNT(*) FROM task t WHERE t.reportId = r.id) FROM report r").fetchall()
    if len(reports) != distinct or len({r[1] for r in reports}) != distinct:
        problems.append(f"{len(reports)} reports for {distinct} distinct contents")
    if any(r[2] != 158 for r in reports):
        problems.append("a report without its 158 tasks")
    archived = [p for p in (home / "archive").rglob("*") if p.is_file()]
    if len(archived) != len(files):
        problems.append(f"{len(archived)} archived files for {len(files)} dropped")
    if any((home / "inbox").rglob("*.txt")) or any((home / "failed").iterdir()):
        problems.append("files left in the inbox or in failed/")
    digests = [p for p in (home / "digests").rglob("*.md")]
    if len(digests) != distinct:
        problems.append(f"{len(digests)} digests for {distinct} reports")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=int(os.environ.get("GOALPOST_CRASH_SEED", "20231231")))
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument("--files", type=int, default=60)
    parser.add_argument("--bin", default=str(ROOT / ".build/debug"))
    args = parser.parse_args()
    print(f"crash test: seed {args.seed}, {args.files} files, {args.kills} kills (replay with --seed {args.seed})")
    rng = random.Random(args.seed)
    files, distinct = variants(args.files, rng)
    home = pathlib.Path(tempfile.mkdtemp(prefix="goalpost-crash-"))
    try:
        (home / "inbox").mkdir(parents=True)
        daemon = start(pathlib.Path(args.bin), home)
        drop(home, files)
        for kill in range(args.kills):
            time.sleep(rng.uniform(0.02, 0.3))
            daemon.send_signal(signal.SIGKILL)
            daemon.wait()
            archived = sum(1 for p in (home / "archive").rglob("*") if p.is_file()) if (home / "archive").exists() else 0
            print(f"  kill {kill + 1}: SIGKILL with {archived}/{len(files)} files archived")
            daemon = start(pathlib.Path(args.bin), home)
        wait_drained(home, len(files))
        wait_ready(home, daemon.pid)
        daemon.send_signal(signal.SIGTERM)
        code = daemon.wait(timeout=30)
        problems = check(home, files, distinct)
        if code != 0:
            problems.append(f"daemon exited {code} on SIGTERM")
        if problems:
            print("FAIL: " + "; ".join(problems) + f" (home kept at {home})")
            sys.exit(1)
        print(f"crash test passed: {distinct} reports, {len(files)} files archived exactly once, integrity ok")
        shutil.rmtree(home)
    except BaseException:
        print(f"home kept at {home}")
        raise


if __name__ == "__main__":
    main()
