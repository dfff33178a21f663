# Sourced by the test and bench scripts (not run): hermetic environments for what they start, and
# the check that the user's goalpost home was left alone. Scripts/sandbox.py does the same for Python.

# enter_sandbox DIR: points this shell's HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME,
# XDG_STATE_HOME and GOALPOST_HOME into DIR/home and TMPDIR to DIR/tmp, and unsets every other
# GOALPOST_* variable (GOALPOST_CONFIG, GOALPOST_DB, …): nothing started from this shell afterwards
# reads or writes the user's home. Call it after `swift build`, which needs the real caches.
enter_sandbox() {
    local dir=$1 name
    mkdir -p "$dir/home" "$dir/tmp"
    for name in $(compgen -e); do
        if [[ $name == GOALPOST_* ]]; then unset "$name"; fi
    done
    export HOME="$dir/home" TMPDIR="$dir/tmp"
    export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
    export XDG_CACHE_HOME="$HOME/.cache" XDG_STATE_HOME="$HOME/.local/state"
    export GOALPOST_HOME="$XDG_DATA_HOME/goalpost"
}

# user_goalpost_homes: the user's goalpost homes a stray process could write to, one per line:
# ~/.local/share/goalpost, and $XDG_DATA_HOME/goalpost and $GOALPOST_HOME when set.
user_goalpost_homes() {
    {
        echo "$HOME/.local/share/goalpost"
        if [ -n "${XDG_DATA_HOME:-}" ]; then echo "$XDG_DATA_HOME/goalpost"; fi
        if [ -n "${GOALPOST_HOME:-}" ]; then echo "$GOALPOST_HOME"; fi
    } | sort -u
}

# home_fingerprint DIR...: a hash of whether each DIR exists and of every path below it with its
# size and modification time; any file created, removed, written or renamed changes it.
home_fingerprint() {
    local dir
    for dir in "$@"; do
        if [ -e "$dir" ]; then
            echo "present $dir"
            find "$dir" -printf '%p %s %T@\n' 2>/dev/null | LC_ALL=C sort
        else
            echo "absent $dir"
        fi
    done | sha256sum | cut -d' ' -f1
}

# home_daemon DIR: the pid of a goalpostd running on DIR (from its lock file), if any.
home_daemon() {
    local pid
    pid=$(head -n1 "$1/goalpostd.lock" 2>/dev/null || true)
    if [[ $pid =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q goalpostd; then
        echo "$pid"
    fi
}

# processes_in_sandbox DIR: pids of live processes whose environment mentions DIR (everything
# started after enter_sandbox DIR, however it detached), except this shell.
processes_in_sandbox() {
    local entry pid
    for entry in /proc/[0-9]*; do
        pid=${entry#/proc/}
        [ "$pid" = "$$" ] && continue
        [ "$pid" = "${BASHPID:-$$}" ] && continue
        if grep -qsF -- "$1" "$entry/environ" 2>/dev/null; then echo "$pid"; fi
    done
}
