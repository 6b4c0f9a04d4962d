#include "views/document/DocumentOdtWriter.h"
