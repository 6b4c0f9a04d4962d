// A DX Plan Studio process that edits a plan and then saves it over and
// over, for the test that kills it in the middle of a save.
//   dxplan_save_victim PLAN.dxplan WORKING-DIR
#include "models/PlanDocument.h"
#include "models/WorkingCopy.h"
#include "models/commands/ItemCommands.h"

#include <QGuiApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    WorkingCopy::setRootDirectory(QString::fromLocal8Bit(argv[2]));
    QString error;
    auto doc = PlanDocument::open(path, false, &error);
    if (!doc) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    PlanInfo info = doc->plan().info;
    info.title = QStringLiteral("edited %1").arg(path);
    doc->undoStack()->push(new ChangeInfo(doc.get(), info, QStringLiteral("Rename")));
    printf("EDITED %s\n", qPrintable(doc->workingCopyPath()));
    fflush(stdout);
    for (;;) {
        printf("SAVING\n");
        fflush(stdout);
        if (doc->save(QString(), true, &error) != PlanDocument::SaveResult::Saved) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
}
