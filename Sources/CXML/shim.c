#include "cxml.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>

struct cxml_reader {
    xmlTextReaderPtr reader;
    char message[512];
    int64_t error_line;
    int64_t error_column;
    int has_error;
};

/* No DTD loading, no entity substitution, no XML_PARSE_HUGE: see cxml.h. NOCDATA merges CDATA into
   text; BIG_LINES keeps line numbers past 65535. */
static const int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING;

/* An error met while libxml2 checks an entity's replacement text (an entity reference loop, a
   billion-laughs amplification) comes from a parser of that text alone, with no file name, and is
   placed in it: line 1 of the entity, not of the file. Every document is opened with its name, so an
   error without one is moved to where the reader is in the file: just past the reference. */
static void place_in_document(struct cxml_reader *r, xmlErrorPtr error) {
    if (error->file != NULL) return;
    r->error_line = xmlTextReaderGetParserLineNumber(r->reader);
    r->error_column = xmlTextReaderGetParserColumnNumber(r->reader);
}

static void record(void *context, xmlErrorPtr error) {
    struct cxml_reader *r = context;
    if (r->has_error || error == NULL || error->level < XML_ERR_ERROR) return;
    r->has_error = 1;
    r->error_line = error->line;
    r->error_column = error->int2;
    place_in_document(r, error);
    const char *text = error->message ? error->message : "malformed XML";
    strncpy(r->message, text, sizeof r->message - 1);
    r->message[sizeof r->message - 1] = 0;
    /* libxml2 names its own override for its limits; bitext offers none. */
    char *huge = strstr(r->message, " use XML_PARSE_HUGE");
    if (huge != NULL) *huge = 0;
    size_t n = strlen(r->message);
    while (n > 0 && (r->message[n - 1] == '\n' || r->message[n - 1] == ' ')) r->message[--n] = 0;
    /* Some messages run over two lines ("Input is not proper UTF-8, indicate encoding !\nBytes: ..."):
       diagnostics are one line. */
    for (size_t i = 0; i < n; i++) {
        if (r->message[i] == '\n') r->message[i] = ' ';
    }
}

/* libxml2 also reports some errors through its global handler; the reader's own handler has them. */
static void silent(void *context, const char *format, ...) {
    (void)context;
    (void)format;
}

static cxml_reader *wrap(xmlTextReaderPtr reader) {
    if (reader == NULL) return NULL;
    struct cxml_reader *r = calloc(1, sizeof *r);
    if (r == NULL) {
        xmlFreeTextReader(reader);
        return NULL;
    }
    r->reader = reader;
    xmlTextReaderSetStructuredErrorHandler(reader, record, r);
    return r;
}

cxml_reader *cxml_open_fd(int32_t fd, const char *name) {
    xmlSetGenericErrorFunc(NULL, silent);
    return wrap(xmlReaderForFd(fd, name, NULL, options));
}

cxml_reader *cxml_open_memory(const uint8_t *bytes, int32_t length, const char *name) {
    xmlSetGenericErrorFunc(NULL, silent);
    return wrap(xmlReaderForMemory((const char *)bytes, length, name, NULL, options));
}

void cxml_close(cxml_reader *r) {
    if (r == NULL) return;
    xmlFreeTextReader(r->reader);
    free(r);
}

int32_t cxml_read(cxml_reader *r) {
    int result = xmlTextReaderRead(r->reader);
    if (result < 0 || r->has_error) {
        if (!r->has_error) {
            r->has_error = 1;
            strcpy(r->message, "malformed XML");
            r->error_line = xmlTextReaderGetParserLineNumber(r->reader);
            r->error_column = xmlTextReaderGetParserColumnNumber(r->reader);
        }
        return -1;
    }
    return result;
}

int32_t cxml_node_type(cxml_reader *r) { return xmlTextReaderNodeType(r->reader); }
const char *cxml_name(cxml_reader *r) { return (const char *)xmlTextReaderConstName(r->reader); }
const char *cxml_local_name(cxml_reader *r) { return (const char *)xmlTextReaderConstLocalName(r->reader); }
const char *cxml_namespace(cxml_reader *r) { return (const char *)xmlTextReaderConstNamespaceUri(r->reader); }
const char *cxml_value(cxml_reader *r) { return (const char *)xmlTextReaderConstValue(r->reader); }
int32_t cxml_is_empty_element(cxml_reader *r) { return xmlTextReaderIsEmptyElement(r->reader) == 1; }
int32_t cxml_depth(cxml_reader *r) { return xmlTextReaderDepth(r->reader); }

int64_t cxml_line(cxml_reader *r) {
    xmlNodePtr node = xmlTextReaderCurrentNode(r->reader);
    long line = node ? xmlGetLineNo(node) : -1;
    /* Elements store at most 65535; past that, the parser's position is the nearest we have. */
    if (line < 0 || line >= 65535) line = xmlTextReaderGetParserLineNumber(r->reader);
    return line;
}

int32_t cxml_next_attribute(cxml_reader *r) { return xmlTextReaderMoveToNextAttribute(r->reader) == 1; }
void cxml_move_to_element(cxml_reader *r) { xmlTextReaderMoveToElement(r->reader); }

const char *cxml_attribute_entity(cxml_reader *r) {
    /* Without entity substitution the parser keeps "&name;" in an attribute's value as an entity
       reference child; xmlTextReaderConstValue would expand it (recursively: 100 KB of declarations
       gave a 10 MB attribute). Predefined entities and character references are already text here. */
    xmlNodePtr attribute = xmlTextReaderCurrentNode(r->reader);
    if (attribute == NULL || attribute->type != XML_ATTRIBUTE_NODE) return NULL;
    for (xmlNodePtr child = attribute->children; child != NULL; child = child->next) {
        if (child->type == XML_ENTITY_REF_NODE) return (const char *)child->name;
    }
    return NULL;
}

const char *cxml_error_message(cxml_reader *r) { return r->message; }
int64_t cxml_error_line(cxml_reader *r) { return r->error_line; }
int64_t cxml_error_column(cxml_reader *r) { return r->error_column; }
