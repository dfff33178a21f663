#!/usr/bin/env bash
# The one test command: installs prerequisites, builds everything, runs the whole suite
# (Swift Testing suites, the seeded goalpostd crash test against the real binary, then the
# fuzzers' fixed-seed CI run),
# and ends with a "N passed, N failed" line.
#
# Hermetic: after the build (which needs the real SwiftPM caches) the tests run with HOME, XDG_*,
# TMPDIR and GOALPOST_HOME in a temporary sandbox and without the user's GOALPOST_* variables, and
# the run fails if it created or changed ~/.local/share/goalpost ($XDG_DATA_HOME/goalpost,
# $GOALPOST_HOME). It leaves no process behind: on every exit (end, failure, Ctrl-C, SIGTERM) it
# kills each phase's process group and any process that carries the sandbox in its environment.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/sandbox.sh
Scripts/prerequisites.sh
swift build --build-tests
bin=$(swift build --show-bin-path)

mapfile -t user_homes < <(user_goalpost_homes)
home_before=$(home_fingerprint "${user_homes[@]}")
sandbox=$(mktemp -d "${TMPDIR:-/tmp}/goalpost-test-XXXXXX")
phase=""  # the process group of the phase running now
home_checked=""

stop_everything() {
    local round pids
    if [ -n "$phase" ]; then kill -TERM -- "-$phase" 2>/dev/null || true; fi
    for round in $(seq 50); do  # up to 5 s for a graceful end, then SIGKILL what is left
        [ -z "$(processes_in_sandbox "$sandbox")" ] && break
        sleep 0.1
    done
    for round in 1 2 3; do
        pids=$(processes_in_sandbox "$sandbox")
        [ -z "$pids" ] && break
        echo "test.sh: killing leftover processes:" $pids >&2
        kill -KILL $pids 2>/dev/null || true
        sleep 0.2
    done
}

check_user_home() {
    local dir daemons=""
    home_checked=1
    [ "$(home_fingerprint "${user_homes[@]}")" = "$home_before" ] && return 0
    for dir in "${user_homes[@]}"; do daemons+=$(home_daemon "$dir"); done
    if [ -n "$daemons" ]; then
        echo "test.sh: warning: ${user_homes[*]} changed during the run, but a goalpostd (pid $daemons) runs on it." >&2
        return 0
    fi
    echo "test.sh: FAIL: the run created or changed ${user_homes[*]}: a test or script wrote to the user's home." >&2
    return 1
}

finish() {
    local status=$?
    trap - EXIT INT TERM HUP
    stop_everything
    if [ -z "$home_checked" ] && ! check_user_home && [ "$status" -eq 0 ]; then status=1; fi
    rm -rf "$sandbox"
    exit "$status"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

enter_sandbox "$sandbox"
log=$sandbox/swift-test.log

# run_phase COMMAND...: runs COMMAND as a background job in a process group of its own (set -m)
# and waits for it, so a signal to this script interrupts the wait and reaches `finish` at once.
set -m
run_phase() {
    local status=0
    "$@" </dev/null &
    phase=$!
    wait "$phase" || status=$?
    phase=""
    return "$status"
}
swift_tests() {
    # Serial: the end-to-end suites block while real binaries run, and on two cores parallel suites
    # would starve the watcher tests of the concurrency pool's two threads.
    swift test --skip-build --no-parallel 2>&1 | tee "$log"
}

if ! run_phase swift_tests; then
    if grep -qE '^✘ Test run with' "$log"; then
        failing=$(grep -E '^✘ Test .* failed after' "$log" | grep -cv '^✘ Test run with' || true)
        echo "Swift tests failed: $failing failing tests (see above)." >&2
    else
        echo "Swift tests did not finish: the test process stopped or crashed (see above)." >&2
    fi
    exit 1
fi
run_phase python3 Scripts/crash-test.py --bin "$bin"
# The fuzzers' CI run: replays every finding in Tests/Fixtures/fuzz, then a fixed seed over every
# input kind and the history (about a minute); any trap, hang or memory blow-up fails the run.
run_phase "$bin/goalpost-fuzz" ci
stop_everything
check_user_home
passed=$(grep -oE 'Test run with [0-9]+ tests' "$log" | grep -oE '[0-9]+' | tail -1)
echo "$(( ${passed:-0} + 2 )) passed, 0 failed"
