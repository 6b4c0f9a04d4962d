#pragma once

#include "models/Plan.h"
#include "models/SamplePlan.h"

#include <QString>
#include <gtest/gtest.h>

// Prints Qt strings in gtest messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline Plan samplePlan()
{
    Plan plan;
    QString error;
    EXPECT_TRUE(SamplePlan::load(&plan, &error)) << error.toStdString();
    return plan;
}

#include "models/WorkingCopy.h"

#include <QFile>
#include <QTemporaryDir>

// The bytes of a plan database holding `plan`, made the way a save makes
// them (a working copy and VACUUM INTO).
inline QByteArray planDatabaseBytes(const Plan &plan)
{
    QString error;
    std::unique_ptr<WorkingCopy> copy = WorkingCopy::create(plan, QString(), &error);
    EXPECT_TRUE(copy) << error.toStdString();
    if (!copy)
        return {};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snapshot.sqlite"));
    EXPECT_TRUE(copy->snapshot(path, &error)) << error.toStdString();
    copy->remove();
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

#include "models/DatabaseConnection.h"
#include "models/PlanStore.h"

// The plan as a database file holds it right now (a working copy, read
// through a connection of its own).
inline Plan storedPlan(const QString &databasePath)
{
    DatabaseConnection c;
    EXPECT_TRUE(c.open(databasePath, DatabaseConnection::Mode::ReadOnly));
    Plan plan;
    PlanStore store(c.database());
    EXPECT_TRUE(store.load(&plan)) << store.errorString().toStdString();
    return plan;
}
