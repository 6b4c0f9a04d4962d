#include "views/document/PdfFinisher.h"
