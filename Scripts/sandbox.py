"""Hermetic child processes for the test and bench scripts (imported, not run).

`Sandbox` gives every process a script starts a temporary HOME, XDG_* folders and GOALPOST_HOME
(and none of the user's GOALPOST_* variables), starts each in its own process group, and on close
kills those groups and removes the folder. `exit_on_signals()` turns SIGTERM and SIGHUP into a
normal exit, so a script's `finally` / `with` blocks run when it is stopped as well as on Ctrl-C.
"""
import os, pathlib, shutil, signal, subprocess, sys, tempfile


def exit_on_signals():
    """SIGTERM/SIGHUP raise SystemExit(128 + signal) like Ctrl-C raises KeyboardInterrupt."""
    def handler(number, _frame):
        raise SystemExit(128 + number)
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, handler)


class Sandbox:
    """A temporary folder standing in for the user's home, and the processes started inside it."""

    def __init__(self, prefix="goalpost-sandbox-"):
        self.root = pathlib.Path(tempfile.mkdtemp(prefix=prefix))
        home = self.root / "home"
        home.mkdir()
        self.env = {name: value for name, value in os.environ.items() if not name.startswith("GOALPOST_")}
        self.env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
                        XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
                        XDG_STATE_HOME=str(home / ".local/state"),
                        GOALPOST_HOME=str(home / ".local/share/goalpost"))
        self.keep = False
        self._children = []

    def popen(self, command, **options):
        """Starts `command` with the sandbox environment in a process group of its own."""
        child = subprocess.Popen([str(part) for part in command], env=self.env, start_new_session=True, **options)
        self._children.append(child)
        return child

    def run(self, command, check=True, **options):
        """Runs `command` to its end with the sandbox environment (killed with its group if interrupted)."""
        child = self.popen(command, **options)
        try:
            # Waits without reaping, so `kill` can still end what the child left running.
            os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
        finally:
            self.kill(child)
        if check and child.returncode != 0:
            raise subprocess.CalledProcessError(child.returncode, command)
        return child

    def kill(self, child):
        """SIGKILLs the process group of `child` (the child and whatever it started) and reaps the child.

        Only while the child is not reaped yet: until then its pid, which is the group's id, cannot
        be reused, so the signal cannot reach a stranger's processes.
        """
        if child.returncode is None:
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        child.wait()

    def close(self):
        """Kills every process group started here; removes the folder unless `keep` was set."""
        for child in self._children:
            self.kill(child)
        self._children.clear()
        if self.keep:
            print(f"sandbox kept at {self.root}", file=sys.stderr)
        else:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.close()
