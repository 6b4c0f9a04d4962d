#include "views/document/DocumentHtmlWriter.h"
