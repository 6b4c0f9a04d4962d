#include "views/roadmap/RoadmapPrinter.h"
#include "views/common/WindowPlacement.h"

#include "views/roadmap/RoadmapExporter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace RoadmapPrinter {

void setUp(QPrinter *printer, const RoadmapOptions &options)
{
    printer->setPageLayout(options.pageLayout());
    printer->setDocName(QCoreApplication::translate("RoadmapPrinter", "Roadmap"));
}

bool printWithPreview(const Plan &plan, const RoadmapOptions &options, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(&printer, options);
    if (!plan.info.title.isEmpty())
        printer.setDocName(plan.info.title);
    QPrintPreviewDialog dialog(&printer, parent);
    // A preview at its default size shows a page too small to judge.
    WindowPlacement::fitDialog(&dialog, 1200, 900);
    dialog.setWindowTitle(QCoreApplication::translate("RoadmapPrinter", "Print Roadmap"));
    // The preview asks for the pages again whenever its page setup changes,
    // and once more for the printer itself when the user prints.
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        error.clear();
        RoadmapExporter::paintPages(target, plan, options, &error);
    });
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (printed && !error.isEmpty())
        QMessageBox::warning(parent, dialog.windowTitle(), error);
    return printed && error.isEmpty();
}

} // namespace RoadmapPrinter
