#ifndef CICU_H
#define CICU_H

/*
 * A narrow C surface over system ICU for Swift.
 *
 * Why a shim at all: ICU's own headers rename every function to a versioned symbol through macros
 * (ubrk_open -> ubrk_open_72) that Swift cannot import, and any Clang module exposing ICU types
 * collides with the ICU that Foundation bundles. So this header names no ICU type: opaque handles,
 * fixed-width integers, and `cicu_*` functions only. Status codes follow ICU: > 0 is a failure,
 * <= 0 success (negative values are warnings).
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Break iteration over UTF-8 text ------------------------------------------------------ */

/** Which ICU break iterator to open. */
enum {
    CICU_BREAK_SENTENCE = 0,
    CICU_BREAK_WORD = 1
};

typedef struct cicu_breaker cicu_breaker;

/** Opens a sentence or word break iterator for `locale` (e.g. "de", "en"). NULL on failure. */
cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *status);

/**
 * Points the iterator at `length` bytes of UTF-8 text. The text is not copied: it must stay alive
 * and unchanged until the next call to this function or `cicu_breaker_close`.
 */
void cicu_breaker_set_utf8(cicu_breaker *breaker, const uint8_t *text, int64_t length, int32_t *status);

/**
 * Fills `offsets` with up to `capacity` following boundaries (UTF-8 byte offsets, ascending) and,
 * when `rule_status` is not NULL, each boundary's rule status (word breaks: number, letter, ...).
 * Returns how many were written; 0 means the text is exhausted. Batching keeps the per-boundary
 * call cost negligible on the hot path.
 */
int32_t cicu_breaker_next_batch(cicu_breaker *breaker, int64_t *offsets, int32_t *rule_status, int32_t capacity);

void cicu_breaker_close(cicu_breaker *breaker);

/* ---- Unicode normalization ----------------------------------------------------------------- */

enum {
    CICU_NFC = 0,
    CICU_NFKC = 1
};

/** 1 if `source` (UTF-16) is already in the form, 0 if not, -1 on error. Lets callers skip copies. */
int32_t cicu_is_normalized(int32_t form, const uint16_t *source, int32_t length, int32_t *status);

/**
 * Normalizes UTF-16 `source` into `dest`. Returns the length needed; if it exceeds `capacity`,
 * status is a buffer-overflow failure and the caller retries with a larger buffer.
 */
int32_t cicu_normalize(int32_t form, const uint16_t *source, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *status);

/* ---- Transliteration ----------------------------------------------------------------------- */

typedef struct cicu_transliterator cicu_transliterator;

/** Opens a transliterator by compound ID (UTF-16), e.g. "Any-Latin; Latin-ASCII". */
cicu_transliterator *cicu_transliterator_open(const uint16_t *id, int32_t id_length, int32_t *status);

/**
 * Transliterates `buffer` in place. `length` is the used length, `capacity` the room available.
 * Returns the new length; when it would exceed `capacity`, status is a failure and the caller
 * retries with more room from the original text.
 */
int32_t cicu_transliterate(cicu_transliterator *transliterator, uint16_t *buffer, int32_t length,
                           int32_t capacity, int32_t *status);

void cicu_transliterator_close(cicu_transliterator *transliterator);

/** The error name for a status code ("U_ILLEGAL_ARGUMENT_ERROR"), for diagnostics. */
const char *cicu_error_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
