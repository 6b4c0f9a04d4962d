#pragma once

#include "models/Plan.h"
#include "views/roadmap/RoadmapOptions.h"

class QPrinter;
class QWidget;

// Printing the roadmap: a print preview dialog on a printer set up from the
// options (paper, landscape); the pages are painted by RoadmapExporter, so
// they are the PDF's pages whatever paper the user picks in the dialog.
namespace RoadmapPrinter {

// Sets the printer's paper, orientation and margins from the options.
void setUp(QPrinter *printer, const RoadmapOptions &options);
// Shows the preview; printing from it prints. Returns true when printed.
bool printWithPreview(const Plan &plan, const RoadmapOptions &options, QWidget *parent);

} // namespace RoadmapPrinter
