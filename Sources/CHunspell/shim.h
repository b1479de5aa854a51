/* Hunspell's C API (Debian libhunspell-dev), for the QA pass's spelling and compound checks. */
#include <hunspell/hunspell.h>
