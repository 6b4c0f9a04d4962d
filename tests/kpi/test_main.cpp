#include "models/WorkingCopy.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// A QApplication, because Qt Charts' charts are graphics widgets; offscreen,
// with private application data so no developer's working copies or
// settings are touched.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("DX Plan Studio KPI Tests"));
    QTemporaryDir working;
    WorkingCopy::setRootDirectory(working.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
