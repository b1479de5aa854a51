/*
 * Hunspell's time limit, counted in steps instead of processor time.
 *
 * Hunspell 1.7 bounds its compound search by `clock()`: a search that runs longer than 1/20 s of
 * process time (TIMELIMIT in atypes.hxx) gives up and rejects the word. Two things made that wrong
 * for a batch:
 *
 * - The verdict could depend on the machine's load. Process time counts every thread, so with two
 *   busy threads it runs at twice the wall rate, and a thread preempted between two steps of a search
 *   may resume past the limit and reject a word it would accept on an idle machine. QA must give the
 *   same findings on every run and for any `--jobs`. (In one run of about twenty of the 2 MB QA
 *   benchmark, Hunspell rejected a compound, "Eigenblutspende", that every other run accepted, and a
 *   finding beside it changed; the limit is the only part of a spelling check that reads the time.)
 * - `clock()` is a system call (CLOCK_PROCESS_CPUTIME_ID has no vDSO path), and the kernel sums the
 *   time of every thread under a lock to answer it. On the 2 MB QA benchmark that was 4 % of the CPU
 *   time of one thread, and a fifth of a two-thread batch's on a loaded machine (5.3 s, now 4.3 s).
 *
 * So this file defines `clock()`. The executable's definition takes precedence over the C library's
 * for every shared library that asks for it; only libhunspell does (none of ICU, libxml2, Snowball or
 * zlib imports `clock`). Each read advances a per-thread counter by `STEP` "microseconds", so a compound
 * search still stops, after TIMELIMIT / STEP = 500 nested steps, whatever the load. Measured on the
 * Debian de_DE dictionary: words of up to 98 letters built from repeated parts took at most 30 steps
 * (4 ms), and no word of the 2 MB benchmark more than 21.
 */

#include "chunspellclock.h"

#include <time.h>

/** Clock ticks per read: TIMELIMIT (CLOCKS_PER_SEC / 20 = 50,000) / 100 = 500 steps per search. */
#define STEP 100

static _Thread_local int64_t steps;

clock_t clock(void) {
    steps += 1;
    return (clock_t)(steps * STEP);
}

int64_t chunspellclock_steps(void) {
    return steps;
}
