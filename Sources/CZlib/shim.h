/* zlib (Debian zlib1g-dev), for FreeDict's dictzip (.dict.dz = gzip) dictionaries. */
#include <zlib.h>
