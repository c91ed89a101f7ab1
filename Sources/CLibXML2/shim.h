// Debian's libxml2 is built with ICU, so <libxml/encoding.h> includes <unicode/ucnv.h>. The
// system ICU headers clash with the copy Foundation ships (_FoundationICU: "'UErrorCode' has
// different definitions in different modules"), so they are kept out: Banhui never uses libxml2's
// ICU converters, and the two ICU types encoding.h names are declared opaquely here.
#define UCNV_H 1
#include <stdint.h>
typedef struct UConverter UConverter;
typedef uint16_t UChar;

#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
