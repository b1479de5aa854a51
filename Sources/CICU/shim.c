/*
 * Implementation of cicu.h. This is the only file that includes ICU headers; each function
 * exists to keep ICU's types and versioned symbol names out of Swift's sight.
 */
#include "cicu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

/* The header promises fixed-width types in place of ICU's; make sure they really match. */
_Static_assert(sizeof(UChar) == 2, "UChar must be 2 bytes to pass as uint16_t");
_Static_assert(sizeof(UErrorCode) == 4, "UErrorCode must be 4 bytes to pass as int32_t");

struct cicu_breaker {
    UBreakIterator *iterator;
    UText *text; /* owned: the UTF-8 UText the iterator currently reads */
};

cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error)) {
        return NULL;
    }
    cicu_breaker *breaker = calloc(1, sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void cicu_breaker_set_utf8(cicu_breaker *breaker, const uint8_t *text, int64_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    /* Reading UTF-8 in place avoids a UTF-16 copy and yields byte offsets the caller can slice with. */
    UText *opened = utext_openUTF8(breaker->text, (const char *)text, length, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return;
    }
    breaker->text = opened;
    ubrk_setUText(breaker->iterator, breaker->text, &error);
    *status = (int32_t)error;
}

int32_t cicu_breaker_next_batch(cicu_breaker *breaker, int64_t *offsets, int32_t *rule_status, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(breaker->iterator);
        if (boundary == UBRK_DONE) {
            break;
        }
        offsets[count] = boundary;
        if (rule_status != NULL) {
            rule_status[count] = ubrk_getRuleStatus(breaker->iterator);
        }
        count += 1;
    }
    return count;
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (breaker == NULL) {
        return;
    }
    ubrk_close(breaker->iterator);
    if (breaker->text != NULL) {
        utext_close(breaker->text);
    }
    free(breaker);
}

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *error) {
    return form == CICU_NFKC ? unorm2_getNFKCInstance(error) : unorm2_getNFCInstance(error);
}

int32_t cicu_is_normalized(int32_t form, const uint16_t *source, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    UBool result = unorm2_isNormalized(normalizer, (const UChar *)source, length, &error);
    *status = (int32_t)error;
    return U_FAILURE(error) ? -1 : (result ? 1 : 0);
}

int32_t cicu_normalize(int32_t form, const uint16_t *source, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return 0;
    }
    int32_t needed = unorm2_normalize(normalizer, (const UChar *)source, length, (UChar *)dest, capacity, &error);
    *status = (int32_t)error;
    return needed;
}

cicu_transliterator *cicu_transliterator_open(const uint16_t *id, int32_t id_length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UTransliterator *transliterator =
        utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, NULL, &error);
    *status = (int32_t)error;
    return U_FAILURE(error) ? NULL : (cicu_transliterator *)transliterator;
}

int32_t cicu_transliterate(cicu_transliterator *transliterator, uint16_t *buffer, int32_t length,
                           int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t text_length = length;
    int32_t limit = length;
    utrans_transUChars((UTransliterator *)transliterator, (UChar *)buffer, &text_length, capacity, 0, &limit, &error);
    *status = (int32_t)error;
    return text_length;
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
    if (transliterator != NULL) {
        utrans_close((UTransliterator *)transliterator);
    }
}

const char *cicu_error_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
