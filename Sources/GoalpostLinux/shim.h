// Linux calls Swift cannot make directly (prctl is variadic).
#include <signal.h>
#include <sys/prctl.h>

/// Asks the kernel to SIGKILL this process when the thread that started it ends (PR_SET_PDEATHSIG).
static inline int goalpost_die_with_parent(void) {
    return prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
}

/// Gives a worker the signal disposition of a fresh process: nothing blocked (the thread that
/// started it may have blocked signals, and SIGXCPU must arrive), and SIGTERM, SIGINT and SIGHUP
/// ignored, so a stop of the whole service group ends the daemon first, which then decides.
static inline int goalpost_reset_worker_signals(void) {
    sigset_t none;
    sigemptyset(&none);
    if (sigprocmask(SIG_SETMASK, &none, 0) != 0) return -1;
    signal(SIGTERM, SIG_IGN);
    signal(SIGINT, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    return 0;
}
