/* Snowball stemmers from Debian's libstemmer-dev; the header has no types that clash with Foundation. */
#include <libstemmer.h>
