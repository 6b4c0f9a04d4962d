#include "models/WorkingCopy.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// The roadmap tests need widgets (the view, its dialogs) and fonts; they
// run offscreen with a private application-data folder.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("DX Plan Studio Tests"));
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir working;
    WorkingCopy::setRootDirectory(working.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
