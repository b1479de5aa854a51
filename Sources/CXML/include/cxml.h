#ifndef CXML_H
#define CXML_H

/*
 * A narrow C surface over libxml2's streaming reader (xmlTextReader) for Swift.
 *
 * Why a shim: FoundationXML links its own view of libxml2 and, on Linux, a Clang module exposing
 * libxml2's types next to it invites clashes; and the parser options that make reading hostile files
 * safe must be set in one place. So this header names no libxml2 type: an opaque handle, fixed-width
 * integers and `cxml_*` functions. Strings returned are UTF-8, owned by the reader, and valid until the
 * next call that moves it.
 *
 * Options, fixed here: no network (XML_PARSE_NONET), no DTD loading, no entity substitution, no
 * XML_PARSE_HUGE (so libxml2 keeps its limits on nesting depth, name and text sizes and entity
 * amplification). Entity references are reported as nodes (in attributes: cxml_attribute_entity), which
 * the Swift side refuses.
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cxml_reader cxml_reader;

/** Node kinds (the values of libxml2's xmlReaderTypes). */
enum {
    CXML_ELEMENT = 1,
    CXML_TEXT = 3,
    CXML_CDATA = 4,
    CXML_ENTITY_REFERENCE = 5,
    CXML_WHITESPACE = 13,
    CXML_SIGNIFICANT_WHITESPACE = 14,
    CXML_END_ELEMENT = 15
};

/** Reads from an open file descriptor (not closed by the reader). `name` is used in messages only. */
cxml_reader *cxml_open_fd(int32_t fd, const char *name);
/** Reads `length` bytes at `bytes`, which must stay alive until `cxml_close`. */
cxml_reader *cxml_open_memory(const uint8_t *bytes, int32_t length, const char *name);
void cxml_close(cxml_reader *reader);

/** Moves to the next node: 1 a node, 0 the end of the document, -1 an error (see cxml_error_*). */
int32_t cxml_read(cxml_reader *reader);

int32_t cxml_node_type(cxml_reader *reader);
/** Qualified name ("xml:lang", "sdl:seg-defs"). */
const char *cxml_name(cxml_reader *reader);
const char *cxml_local_name(cxml_reader *reader);
/** Namespace URI of the node, or NULL. */
const char *cxml_namespace(cxml_reader *reader);
/** Text of a text node or an attribute; NULL for elements. */
const char *cxml_value(cxml_reader *reader);
/** 1 for `<x/>`: no end-element node follows. */
int32_t cxml_is_empty_element(cxml_reader *reader);
int32_t cxml_depth(cxml_reader *reader);
/** Line of the current node (where its start tag is). */
int64_t cxml_line(cxml_reader *reader);
/** Moves to the next attribute of the current element: 1 moved, 0 none left. */
int32_t cxml_next_attribute(cxml_reader *reader);
/** On an attribute: the name of the first entity it refers to (not one of the five predefined ones nor
    a character reference), or NULL. libxml2 expands such references when it hands out an attribute's
    value, whatever the parser options; the Swift side refuses them, as it does in text. */
const char *cxml_attribute_entity(cxml_reader *reader);
/** Moves back from an attribute to its element. */
void cxml_move_to_element(cxml_reader *reader);

/** The first error: message (no trailing newline), line and column (1-based; 0 if unknown). */
const char *cxml_error_message(cxml_reader *reader);
int64_t cxml_error_line(cxml_reader *reader);
int64_t cxml_error_column(cxml_reader *reader);

#ifdef __cplusplus
}
#endif

#endif
