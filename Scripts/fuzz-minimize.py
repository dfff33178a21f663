#!/usr/bin/env python3
"""Shrinks a saved fuzz finding while it still traps the same way (greedy delta debugging).

    Scripts/fuzz-minimize.py INPUT [--bin .build/debug/goalpost-fuzz] [--out SMALLER]

History scenarios (history-*.json) lose operations, then lines of the files they ingest; text inputs (.txt, .md, .csv,
.tsv, .html) lose blocks of lines. A candidate is kept when a worker replaying it still dies by
the same signal with the same fatal-error line. Archives (.docx/.xlsx) are not shrunk.
"""
import argparse, json, os, pathlib, subprocess, sys, tempfile

def outcome(binary, path, fixtures):
    env = dict(os.environ, SWIFT_BACKTRACE="enable=no")
    try:
        run = subprocess.run([binary, "worker", "--replay", str(path), "--fixtures", fixtures],
                             capture_output=True, text=True, env=env, timeout=60)
    except subprocess.TimeoutExpired:
        return ("hang", "")
    fatal = next((l for l in run.stderr.splitlines() if "Fatal error" in l), "")
    return (run.returncode, fatal) if run.returncode < 0 else None

def shrink(items, still_fails):
    """Greedy: remove chunks (halving the chunk size) while the result still fails."""
    chunk = max(1, len(items) // 2)
    while chunk >= 1:
        index = 0
        while index < len(items):
            candidate = items[:index] + items[index + chunk:]
            if candidate and still_fails(candidate):
                items = candidate
            else:
                index += chunk
        chunk //= 2
    return items

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("--bin", default=".build/debug/goalpost-fuzz")
    parser.add_argument("--fixtures", default="Tests/Fixtures")
    parser.add_argument("--out")
    args = parser.parse_args()
    source = pathlib.Path(args.input)
    target = pathlib.Path(args.out or source.with_name(source.stem + "-min" + source.suffix))
    expected = outcome(args.bin, source, args.fixtures)
    if expected is None:
        sys.exit(f"{source} does not trap; nothing to minimise")
    work = pathlib.Path(tempfile.mkdtemp()) / source.name

    def fails(write):
        write(work)
        return outcome(args.bin, work, args.fixtures) == expected

    if source.name.startswith("history") and source.suffix == ".json":
        scenario = json.loads(source.read_text())
        dump = lambda s: (lambda p: p.write_text(json.dumps(s, ensure_ascii=False, indent=1)))
        scenario["operations"] = shrink(scenario["operations"], lambda ops: fails(dump({**scenario, "operations": ops})))
        used = {op["ingest"]["file"] for op in scenario["operations"] if "ingest" in op}
        for index, file in enumerate(scenario["files"]):
            if index not in used:
                file["text"] = ""
                continue
            def with_lines(lines, index=index):
                files = [dict(f) for f in scenario["files"]]
                files[index]["text"] = "\n".join(lines)
                return dump({**scenario, "files": files})
            file["text"] = "\n".join(shrink(file["text"].split("\n"), lambda ls: fails(with_lines(ls))))
        target.write_text(json.dumps(scenario, ensure_ascii=False, indent=1))
    elif source.suffix in (".txt", ".md", ".csv", ".tsv", ".html", ".htm"):
        lines = source.read_bytes().split(b"\n")
        lines = shrink(lines, lambda ls: fails(lambda p: p.write_bytes(b"\n".join(ls))))
        target.write_bytes(b"\n".join(lines))
    else:
        sys.exit(f"{source.suffix} inputs are not shrunk")
    print(f"{source} ({source.stat().st_size} bytes) -> {target} ({target.stat().st_size} bytes), still {expected}")

if __name__ == "__main__":
    main()
