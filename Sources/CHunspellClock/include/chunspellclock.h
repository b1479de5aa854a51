#ifndef CHUNSPELLCLOCK_H
#define CHUNSPELLCLOCK_H

/*
 * Hunspell's clock, replaced by a count of steps (see hunspell_clock.c for why).
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** How many times this thread has read the clock (each read advances it by one step). */
int64_t chunspellclock_steps(void);

#ifdef __cplusplus
}
#endif

#endif
