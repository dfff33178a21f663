#!/usr/bin/env python3
"""Crash test for goalpostd: drops a batch of files, SIGKILLs the daemon at random moments (every
other kill after it archived a file, so kills land mid-work even on a busy machine),
restarts it, and proves every file was ingested exactly once.

While it kills, a sender also works the inbox the way real ones do: it moves a file in and
50 ms later moves a corrected version onto the same name, or writes one over it in place; it
writes files slowly, chunk by chunk with pauses under the quiet period (each append closes the
file, as SMB copies and scanners do); and, while the daemon is up, it writes a file in place and
replaces it by a move before it settled.

Seeded and replayable: `Scripts/crash-test.py [--seed N] [--kills K] [--files F] [--bin DIR] [--stall S]`.
Checks: one report per distinct content that was claimed, each with all its tasks (no partial
or mixed content); every archived file is byte for byte a stored report's content (archived as
read); every dropped file archived and every slow or replacing version stored; a version replaced
before it settled is logged; nothing left in the inbox or in failed/; a digest for every report;
and PRAGMA integrity_check == ok.

Load-proof: it judges progress, not wall time. A wait fails only when nothing moved (no file left
the inbox, no report, archive, digest or log line added) for --stall seconds (300), or when the
daemon died; a busy machine only makes the run longer. Hermetic: the daemon runs with a temporary
HOME/XDG_*/GOALPOST_HOME and none of the user's GOALPOST_* variables, in its own process group,
which is killed on every way out (end, failed check, exception, Ctrl-C, SIGTERM, SIGHUP).
"""
import argparse, contextlib, hashlib, json, os, pathlib, random, signal, sqlite3, sys, threading, time

from sandbox import Sandbox, exit_on_signals

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "Tests/Fixtures/linan-2023-annual.txt").read_text(encoding="utf-8")
QUIET_PERIOD = 2  # seconds; the slow sender pauses far less between chunks


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def table(year):
    """The sample as the table of another year: a distinct content."""
    return SAMPLE.replace("2023年政府工作报告", f"{year}年政府工作报告", 1)


class Failure(Exception):
    """A failed check or a wait that saw no progress; the message says which."""


def variants(count, rng):
    """Distinct tables (other years) plus byte-identical copies under other names."""
    distinct = max(1, count * 3 // 4)
    files = []
    for index in range(distinct):
        year = 1950 + index
        files.append((f"linan-{year}.txt", table(year)))
    for index in range(count - distinct):
        name, text = files[rng.randrange(distinct)]
        files.append((f"copy{index}-{name}", text))
    rng.shuffle(files)
    return files, distinct


def start(sandbox, bindir, home):
    log = open(home / "daemon.log", "ab")
    try:
        return sandbox.popen([bindir / "goalpostd", "--home", home, "--quiet-period", str(QUIET_PERIOD),
                              "--poll-interval", "0.1", "--reconcile-interval", "1"], stderr=log)
    finally:
        log.close()


def drop(home, files):
    staging = home / "staging"
    staging.mkdir(exist_ok=True)
    for name, text in files:
        (staging / name).write_text(text, encoding="utf-8")
        os.rename(staging / name, home / "inbox" / name)


class Sender:
    """Works the inbox like real senders while the daemon is killed: replacements and slow writers.

    `must_store` collects the contents that must end up stored (the versions a sender left in
    place); `replaced` the names whose unsettled version was replaced while the daemon was up (each
    must be logged). Its years follow the batch's, so no content equals one of the batch.
    """

    def __init__(self, home, first_year):
        self.home = home
        self.staging = home / "sender"
        self.staging.mkdir(exist_ok=True)
        self.must_store, self.replaced = set(), []
        self.year = first_year - 1
        self.slow_threads = []

    def next_table(self):
        self.year += 1
        if self.year > 2100:
            raise Failure("too many files for distinct years (the parser reads 1949-2100): lower --files or --kills")
        return table(self.year)

    def stage(self, name, text):
        path = self.staging / name
        path.write_text(text, encoding="utf-8")
        return path

    def replace_by_move(self, index):
        """A version moved in, then a corrected one moved onto its name 50 ms later."""
        target = self.home / "inbox" / f"moved-{index}.txt"
        first, second = self.next_table(), self.next_table()
        os.rename(self.stage("a", first), target)
        time.sleep(0.05)
        os.rename(self.stage("b", second), target)
        self.must_store.add(sha(second))

    def replace_in_place(self, index):
        """A version moved in, then a corrected one written over its name 50 ms later."""
        target = self.home / "inbox" / f"written-{index}.txt"
        first, second = self.next_table(), self.next_table()
        os.rename(self.stage("a", first), target)
        time.sleep(0.05)
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(second)
        self.must_store.add(sha(second))

    def write_slowly(self, index):
        """A file appended in 10 chunks 0.1 s apart, each append closing it; in a thread of its own."""
        text = self.next_table()
        data = text.encode("utf-8")
        self.must_store.add(sha(text))

        def run():
            target = self.home / "inbox" / f"slow-{index}.txt"
            step = len(data) // 10 + 1
            open(target, "wb").close()
            for start in range(0, len(data), step):
                with open(target, "ab") as handle:
                    handle.write(data[start:start + step])
                time.sleep(0.1)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        self.slow_threads.append(thread)

    def replace_before_settled(self, index):
        """A version written in place, replaced by a moved-in one 50 ms later (before it settled)."""
        name = f"unsettled-{index}.txt"
        target = self.home / "inbox" / name
        (target).write_text(self.next_table(), encoding="utf-8")
        time.sleep(0.05)
        second = self.next_table()
        os.rename(self.stage("c", second), target)
        self.must_store.add(sha(second))
        self.replaced.append(name)

    def act(self, index):
        [self.replace_by_move, self.replace_in_place, self.write_slowly][index % 3](index)

    def finish(self):
        for thread in self.slow_threads:
            thread.join()


def logged(home, text):
    try:
        return text in (home / "daemon.log").read_text(errors="replace")
    except OSError:
        return False


def count_files(folder, pattern="*"):
    try:
        return sum(1 for p in folder.rglob(pattern) if p.is_file())
    except OSError:  # a folder the daemon is moving right now
        return -1


def count_reports(home):
    """Reports committed so far, read-only (never creates the database), None while unreadable."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{home / 'goalpost.sqlite'}?mode=ro", uri=True, timeout=0.5)) as db:
            return db.execute("SELECT COUNT(*) FROM report").fetchone()[0]
    except sqlite3.Error:
        return None


class Progress:
    """Waits for conditions on the daemon's home, failing only after `stall` seconds without progress."""

    def __init__(self, home, stall):
        self.home = home
        self.stall = stall
        self.reports = 0

    def snapshot(self):
        log = self.home / "daemon.log"
        # The last count read stays while the database is busy, so a flapping read is no progress.
        self.reports = count_reports(self.home) or self.reports
        return {"inbox": count_files(self.home / "inbox"), "archived": count_files(self.home / "archive"),
                "failed": count_files(self.home / "failed"), "digests": count_files(self.home / "digests", "*.md"),
                "reports": self.reports, "log bytes": log.stat().st_size if log.exists() else 0}

    def wait(self, what, done, daemon=None):
        """Polls `done` every 0.1 s; fails when `daemon` exits meanwhile or nothing moved for `stall` s."""
        last, since = None, time.monotonic()
        while not done():
            if daemon is not None and daemon.poll() is not None:
                raise Failure(f"daemon {daemon.pid} exited {daemon.returncode} while waiting for {what}")
            now = self.snapshot()
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since > self.stall:
                state = ", ".join(f"{key} {value}" for key, value in now.items())
                raise Failure(f"no progress for {self.stall:g} s while waiting for {what} ({state})")
            time.sleep(0.1)


def drained(home, expected):
    """At least `expected` files archived and nothing waiting in the inbox or its claim folder."""
    return count_files(home / "archive") >= expected and count_files(home / "inbox") == 0


def ready(home, pid):
    """Whether the daemon `pid` has scanned once (its signal handlers are installed by then)."""
    try:
        return json.loads((home / "goalpostd.status.json").read_text())["pid"] == pid
    except (OSError, ValueError, KeyError):
        return False


def check(home, files, sender):
    db = sqlite3.connect(home / "goalpost.sqlite")
    problems = []
    if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        problems.append("integrity_check is not ok")
    reports = db.execute("SELECT year, sha256, (SELECT COUNT(*) FROM task t WHERE t.reportId = r.id) FROM report r").fetchall()
    stored = {r[1] for r in reports}
    written = {sha(text) for _, text in files} | sender.must_store
    archived = [p for p in (home / "archive").rglob("*") if p.is_file()]
    archived_hashes = [hashlib.sha256(p.read_bytes()).hexdigest() for p in archived]
    # One report per distinct content that was claimed: every claimed file is archived (or failed).
    if stored != set(archived_hashes) or len(reports) != len(stored):
        problems.append(f"{len(reports)} reports for {len(set(archived_hashes))} distinct archived contents")
    if any(r[2] != 158 for r in reports):
        problems.append("a report without its 158 tasks (a partial or mixed read)")
    if not stored >= written:
        problems.append(f"{len(written - stored)} contents dropped or left in place by a sender were never stored")
    if not set(archived_hashes) <= stored:
        problems.append("an archived file is not byte for byte a stored report's content")
    batch_archived = sum(1 for p in archived if p.name.startswith(("linan-", "copy")))
    if batch_archived != len(files):
        problems.append(f"{batch_archived} archived batch files for {len(files)} dropped")
    if any(p.is_file() for p in (home / "inbox").rglob("*")) or any((home / "failed").iterdir()):
        problems.append("files left in the inbox (or its claim folder) or in failed/")
    digests = [p for p in (home / "digests").rglob("*.md")]
    if len(digests) != len(stored):
        problems.append(f"{len(digests)} digests for {len(stored)} reports")
    unlogged = [name for name in sender.replaced if not logged(home, f"'{name}' was replaced")]
    if unlogged:
        problems.append(f"versions replaced before they settled but not logged: {', '.join(unlogged)}")
    return problems


def log_tail(home, lines=20):
    try:
        return "".join((home / "daemon.log").read_text(errors="replace").splitlines(keepends=True)[-lines:])
    except OSError:
        return ""


def run(args, sandbox, home):
    rng = random.Random(args.seed)
    files, distinct = variants(args.files, rng)
    bindir = pathlib.Path(args.bin)
    progress = Progress(home, args.stall)
    (home / "inbox").mkdir(parents=True)
    daemon = start(sandbox, bindir, home)
    drop(home, files)
    sender = Sender(home, first_year=1950 + distinct)
    for kill in range(args.kills):
        sender.act(kill)
        if kill % 2 == 0:  # the other half of the kills may land during start-up
            progress.wait("the daemon to be ready", lambda: ready(home, daemon.pid), daemon)
            sender.replace_before_settled(kill)
            name = sender.replaced[-1]
            progress.wait(f"the daemon to log that {name} was replaced", lambda: logged(home, f"'{name}' was replaced"), daemon)
        # Every other kill waits for the daemon to archive a file first, so that on a busy machine
        # kills still land while files are being processed, not only during start-up.
        if kill % 2 == 1:
            archived = count_files(home / "archive")
            progress.wait("the daemon to archive a file", lambda: count_files(home / "archive") > archived
                          or drained(home, len(files)), daemon)
        time.sleep(rng.uniform(0.02, 0.3))
        daemon.send_signal(signal.SIGKILL)
        daemon.wait()
        print(f"  kill {kill + 1}: SIGKILL with {max(count_files(home / 'archive'), 0)}/{len(files)} files archived")
        daemon = start(sandbox, bindir, home)
    sender.finish()
    progress.wait("the inbox to drain", lambda: drained(home, len(files)), daemon)
    progress.wait("the daemon to be ready", lambda: ready(home, daemon.pid), daemon)
    daemon.send_signal(signal.SIGTERM)
    progress.wait("the daemon to exit on SIGTERM", lambda: daemon.poll() is not None)
    problems = check(home, files, sender)
    if daemon.returncode != 0:
        problems.append(f"daemon exited {daemon.returncode} on SIGTERM")
    if problems:
        raise Failure("; ".join(problems))
    print(f"crash test passed: {distinct} batch contents and {len(sender.must_store)} sender versions stored, "
          f"{len(files)} batch files archived exactly once, {len(sender.replaced)} unsettled replacements logged, integrity ok")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=int(os.environ.get("GOALPOST_CRASH_SEED", "20231231")))
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument("--files", type=int, default=60)
    parser.add_argument("--bin", default=str(ROOT / ".build/debug"))
    parser.add_argument("--stall", type=float, default=300, help="seconds without progress before a wait fails")
    args = parser.parse_args()
    print(f"crash test: seed {args.seed}, {args.files} files, {args.kills} kills (replay with --seed {args.seed})", flush=True)
    exit_on_signals()
    with Sandbox(prefix="goalpost-crash-") as sandbox:
        home = sandbox.root / "goalpost"
        try:
            run(args, sandbox, home)
        except Failure as failure:
            sandbox.keep = True
            print(f"FAIL: {failure} (seed {args.seed}; home kept at {home})\nlast daemon log lines:\n{log_tail(home)}", flush=True)
            sys.exit(1)
        except KeyboardInterrupt:
            print(f"crash test interrupted (seed {args.seed})", flush=True)
            sys.exit(130)
        except SystemExit:
            print(f"crash test stopped (seed {args.seed})", flush=True)
            raise
        except BaseException:
            sandbox.keep = True
            print(f"crash test broke (seed {args.seed}); home kept at {home}", flush=True)
            raise


if __name__ == "__main__":
    main()
