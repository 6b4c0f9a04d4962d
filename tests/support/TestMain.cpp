#include "models/WorkingCopy.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// The main of every test binary: a QApplication (the views need widgets, Qt
// Charts needs the widgets application), offscreen, with private settings
// and a private folder for working copies, so tests never touch a user's
// own.
int main(int argc, char **argv)
{
    // Offscreen; a test may give the platform its screens
    // ("offscreen:configfile=…", see tests/gui/ScreenFitTest.cpp).
    if (!qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(QLatin1String("offscreen")))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("DX Plan Studio Tests"));
    QCoreApplication::setOrganizationName(QStringLiteral("DX Plan Studio Tests"));
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QTemporaryDir working;
    WorkingCopy::setRootDirectory(working.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
