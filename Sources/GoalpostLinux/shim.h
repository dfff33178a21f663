// Linux calls Swift cannot make directly (prctl is variadic).
#include <signal.h>
#include <sys/prctl.h>

/// Asks the kernel to SIGKILL this process when the thread that started it ends (PR_SET_PDEATHSIG).
static inline int goalpost_die_with_parent(void) {
    return prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
}
