#pragma once

#include "models/Plan.h"
#include "models/SamplePlan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariantList>
#include <gtest/gtest.h>

// Prints Qt strings in gtest messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

// `at` with the value at `path` (object keys and array indexes, in
// order) replaced by `value`, for tests that break one thing in a JSON plan.
inline QJsonValue jsonWith(const QJsonValue &at, const QVariantList &path, const QJsonValue &value,
                           qsizetype depth = 0)
{
    if (depth == path.size())
        return value;
    if (path[depth].typeId() == QMetaType::Int) {
        QJsonArray a = at.toArray();
        a[path[depth].toInt()] = jsonWith(a[path[depth].toInt()], path, value, depth + 1);
        return a;
    }
    QJsonObject o = at.toObject();
    o[path[depth].toString()] = jsonWith(o[path[depth].toString()], path, value, depth + 1);
    return o;
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

#include "models/PlanDocument.h"

#include <QFileInfo>

// The Nishinoshima sample (under another title if given) saved as a plan
// file at `file`, the way the application saves one.
inline QString writeSamplePlan(const QString &file, const QString &title = {})
{
    Plan plan = samplePlan();
    if (!title.isEmpty())
        plan.info.title = title;
    QString error;
    auto doc = PlanDocument::create(plan, &error);
    EXPECT_TRUE(doc) << error.toStdString();
    if (doc) {
        EXPECT_EQ(doc->save(file, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
        doc->closeCleanly();
    }
    return QFileInfo(file).absoluteFilePath();
}

#include <QDir>
#include <QProcess>

// A small disk for tests that fill one: a tmpfs of `size` (e.g. "64k")
// mounted on the folder `path`, unmounted again when this goes away.
// Mounting needs root; error() says why it did not happen, and the test
// skips then.
class SmallDisk
{
public:
    SmallDisk(const QString &path, const QString &size) : m_path(path)
    {
        QDir().mkpath(path);
        QProcess mount;
        mount.start(QStringLiteral("mount"), { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                               QStringLiteral("size=") + size, QStringLiteral("dxplan-test"), path });
        m_mounted = mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
        if (!m_mounted)
            m_error = QStringLiteral("cannot mount a small tmpfs here (needs root): ")
                + QString::fromLocal8Bit(mount.readAllStandardError());
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { m_path });
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;
    QString error() const { return m_error; }

private:
    QString m_path;
    QString m_error;
    bool m_mounted = false;
};
