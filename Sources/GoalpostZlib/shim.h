// zlib for GoalpostCore's ZIP reader (raw inflate and CRC-32); Debian: zlib1g-dev.
#include <zlib.h>
