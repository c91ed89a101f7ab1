#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
