#pragma once

#include <QDir>
#include <QString>
#include <QStringList>
#include <cctype>
#include <gtest/gtest.h>
#include <string>
#include <vector>

// The spreadsheets of a folder of tests/data, one parameterised case each.
inline std::vector<std::string> sheetFilesIn(const QString &folder)
{
    std::vector<std::string> names;
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.xlsx"), QStringLiteral("*.ods"), QStringLiteral("*.csv") },
                                                     QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.push_back(file.toStdString());
    return names;
}

// A file name as a test name: "merged-themes.xlsx" -> "merged_themes_xlsx".
inline std::string sheetTestName(const ::testing::TestParamInfo<std::string> &info)
{
    std::string name = info.param;
    for (char &c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}
