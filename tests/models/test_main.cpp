#include "models/WorkingCopy.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// Every test binary runs with a private application-data folder, so tests
// never see a developer's own working copies.
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("DX Plan Studio Tests"));
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir working;
    WorkingCopy::setRootDirectory(working.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
