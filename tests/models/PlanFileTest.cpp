#include "models/DatabaseConnection.h"
#include "models/PlanDocument.h"
#include "models/PlanFileFormat.h"
#include "models/PlanFileReader.h"
#include "models/PlanFileWriter.h"
#include "models/PlanGenerator.h"
#include "models/PlanStore.h"
#include "models/Schema.h"
#include "models/WorkingCopy.h"
#include "models/ZipListing.h"
#include "models/commands/ItemCommands.h"
#include "tests/support/TestSupport.h"
#include "ZipBuilder.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

namespace {

std::unique_ptr<PlanDocument> newSampleDocument()
{
    QString error;
    auto doc = PlanDocument::create(samplePlan(), &error);
    EXPECT_TRUE(doc) << error.toStdString();
    return doc;
}

QString writeSampleFile(const QTemporaryDir &dir, const QString &name = QStringLiteral("plan.dxplan"))
{
    auto doc = newSampleDocument();
    QString error;
    const QString path = dir.filePath(name);
    EXPECT_EQ(doc->save(path, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    doc->closeCleanly();
    return path;
}

} // namespace

TEST(PlanFile, SaveThenOpenGivesTheSamePlan)
{
    QTemporaryDir dir;
    const QString path = writeSampleFile(dir);
    QString error;
    auto doc = PlanDocument::open(path, false, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_TRUE(doc->plan() == samplePlan());
    EXPECT_FALSE(doc->isModified());
    EXPECT_FALSE(doc->isReadOnly());
    EXPECT_EQ(doc->undoStack()->count(), 0);
    doc->closeCleanly();
}

TEST(PlanFile, AWorkingCopyFilledFromAFileHoldsItsPlanAndGetsItsLargeCacheBack)
{
    // The rows are copied in with a small cache; edits afterwards have the
    // connection's own.
    QTemporaryDir dir;
    const QString path = writeSampleFile(dir);
    PlanFileReader reader;
    PlanFileReader::Result result;
    ASSERT_TRUE(reader.read(path, &result, PlanFileReader::Mode::KeepDatabase)) << reader.errorString().toStdString();
    QString error;
    std::unique_ptr<WorkingCopy> copy = WorkingCopy::createFromDatabase(result.databasePath, path, &error);
    ASSERT_TRUE(copy) << error.toStdString();
    QSqlQuery q(copy->database());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA main.cache_size")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), DatabaseConnection::cacheSizePragma);
    q.finish();
    Plan plan;
    PlanStore store(copy->database());
    ASSERT_TRUE(store.load(&plan)) << store.errorString().toStdString();
    EXPECT_TRUE(plan == samplePlan());
    copy->remove();
}

TEST(PlanFile, ArchiveHasStoredMimetypeFirstAndAManifest)
{
    QTemporaryDir dir;
    const QString path = writeSampleFile(dir);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    ZipListing listing;
    ASSERT_TRUE(listing.read(&file));
    ASSERT_EQ(listing.entries().size(), 3);
    EXPECT_EQ(listing.entries()[0].name, QStringLiteral("mimetype"));
    EXPECT_EQ(listing.entries()[0].method, 0);
    EXPECT_EQ(listing.entries()[1].name, QStringLiteral("manifest.json"));
    EXPECT_EQ(listing.entries()[2].name, QStringLiteral("plan.sqlite"));
    // The mimetype sits at a fixed place, for file-type sniffing.
    file.seek(30);
    EXPECT_EQ(file.read(8 + 26), QByteArray("mimetypeapplication/vnd.dxplan+zip"));

    PlanFileReader reader;
    PlanFileReader::Result result;
    ASSERT_TRUE(reader.read(path, &result)) << reader.errorString().toStdString();
    EXPECT_EQ(result.formatMajor, 1);
    EXPECT_EQ(result.formatMinor, PlanFileFormat::formatMinor);
    EXPECT_EQ(result.applicationVersion, QStringLiteral(DXPLAN_VERSION));
    EXPECT_TRUE(QDateTime::fromString(result.savedAt, Qt::ISODate).isValid());
}

TEST(PlanFile, SavingToAnImpossiblePlaceFailsWithAReasonAndWritesNothing)
{
    QTemporaryDir dir;
    auto doc = newSampleDocument();
    QString error;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    EXPECT_EQ(doc->save(dir.filePath(QStringLiteral("not-a-folder/plan.dxplan")), false, &error),
              PlanDocument::SaveResult::Failed);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("not-a-folder") });
    EXPECT_TRUE(doc->filePath().isEmpty());
    doc->closeCleanly();
}

TEST(PlanFile, AFileChangedOnDiskIsNotOverwrittenWithoutConsent)
{
    QTemporaryDir dir;
    const QString path = writeSampleFile(dir);
    QString error;
    auto doc = PlanDocument::open(path, false, &error);
    ASSERT_TRUE(doc);
    EXPECT_FALSE(doc->changedOnDisk());
    // Somebody else saves the file meanwhile.
    QFile other(path);
    ASSERT_TRUE(other.open(QIODevice::Append));
    other.write("x");
    other.close();
    EXPECT_TRUE(doc->changedOnDisk());
    EXPECT_EQ(doc->save(QString(), false, &error), PlanDocument::SaveResult::ChangedOnDisk);
    EXPECT_EQ(doc->save(QString(), true, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    EXPECT_FALSE(doc->changedOnDisk());
    doc->closeCleanly();
}

TEST(PlanFile, ReadOnlyDocumentRefusesToSaveOverItsFile)
{
    QTemporaryDir dir;
    const QString path = writeSampleFile(dir);
    const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    QString error;
    auto doc = PlanDocument::open(path, true, &error);
    ASSERT_TRUE(doc);
    EXPECT_TRUE(doc->isReadOnly());
    EXPECT_EQ(doc->save(QString(), true, &error), PlanDocument::SaveResult::Failed);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
    // Save As under another name is allowed and makes a normal document.
    EXPECT_EQ(doc->save(dir.filePath(QStringLiteral("copy.dxplan")), false, &error), PlanDocument::SaveResult::Saved);
    EXPECT_FALSE(doc->isReadOnly());
    doc->closeCleanly();
}

TEST(PlanFile, AFileWithTheFirstSchemaVersionOpensAndIsUpgraded)
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        DatabaseConnection c;
        ASSERT_TRUE(c.open(dbPath, DatabaseConnection::Mode::ReadWrite));
        QSqlDatabase db = c.database();
        QString error;
        ASSERT_TRUE(Schema::createVersion(db, 1, &error));
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO plan_info VALUES (1, '旧計画', '町', 'town', 2021, 2025, '', '', '', '')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO themes VALUES (1, 0, 'テーマ', '', '')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO measures VALUES (1, 1, 0, '施策', 2, '', '', 1)")));
    }
    QFile f(dbPath);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString path = dir.filePath(QStringLiteral("old.dxplan"));
    ASSERT_TRUE(ZipBuilder::planFile(f.readAll()).writeTo(path));
    QString error;
    auto doc = PlanDocument::open(path, false, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    EXPECT_EQ(doc->plan().info.title, QStringLiteral("旧計画"));
    ASSERT_EQ(doc->plan().measureCount(), 1);
    EXPECT_TRUE(doc->plan().themes[0].measures[0].allDepartments);
    doc->closeCleanly();
}

TEST(PlanFile, WorkingCopyIsRemovedOnlyOnCleanClose)
{
    QTemporaryDir dir;
    const QString path = writeSampleFile(dir);
    QString error;
    QString working;
    {
        auto doc = PlanDocument::open(path, false, &error);
        ASSERT_TRUE(doc);
        working = doc->workingCopyPath();
        EXPECT_TRUE(QFile::exists(working));
        doc->closeCleanly();
        EXPECT_FALSE(QFile::exists(working));
    }
    {
        auto doc = PlanDocument::open(path, false, &error);
        working = doc->workingCopyPath();
        Plan plan = doc->plan();
        PlanInfo info = plan.info;
        info.title = QStringLiteral("未保存の変更");
        doc->undoStack()->push(new ChangeInfo(doc.get(), info, QStringLiteral("Rename")));
        // Dropped without closeCleanly(): as after a crash.
    }
    EXPECT_TRUE(QFile::exists(working));
    const QList<WorkingCopy::Info> left = WorkingCopy::recoverable();
    const auto it = std::find_if(left.begin(), left.end(), [&](const WorkingCopy::Info &i) {
        return working.endsWith(i.id + QStringLiteral(".sqlite"));
    });
    ASSERT_NE(it, left.end());
    EXPECT_EQ(it->sourcePath, QFileInfo(path).absoluteFilePath());
    EXPECT_TRUE(it->changedAt.isValid());
    auto recovered = PlanDocument::recover(it->id, &error);
    ASSERT_TRUE(recovered) << error.toStdString();
    EXPECT_EQ(recovered->plan().info.title, QStringLiteral("未保存の変更"));
    EXPECT_TRUE(recovered->isModified());
    EXPECT_EQ(recovered->undoStack()->count(), 0);
    recovered->closeCleanly();
    EXPECT_FALSE(QFile::exists(working));
}

// A writer process killed at random moments while saving never damages the
// file on disk, and its working copy keeps the committed edit.
TEST(PlanFile, KillingTheWriterMidSaveKeepsFileAndWorkingCopy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.dxplan"));
    {
        QString error;
        auto doc = PlanDocument::create(PlanGenerator::generate(20000, 5), &error);
        ASSERT_TRUE(doc);
        ASSERT_EQ(doc->save(path, false, &error), PlanDocument::SaveResult::Saved);
        doc->closeCleanly();
    }
    for (int round = 0; round < 4; ++round) {
        QTemporaryDir working;
        QProcess victim;
        victim.start(QStringLiteral(DXPLAN_SAVE_VICTIM), { path, working.path() });
        ASSERT_TRUE(victim.waitForStarted());
        QByteArray output;
        while (!output.contains("SAVING") && victim.waitForReadyRead(20000))
            output += victim.readAllStandardOutput();
        ASSERT_TRUE(output.contains("SAVING")) << output.toStdString();
        QThread::msleep(40 + 70 * round);
        victim.kill();
        victim.waitForFinished();
        output += victim.readAllStandardOutput();

        PlanFileReader reader;
        PlanFileReader::Result result;
        ASSERT_TRUE(reader.read(path, &result)) << "round " << round << ": " << reader.errorString().toStdString();
        EXPECT_EQ(result.plan.measureCount(), 20000);

        const QString line = QString::fromUtf8(output).split(QLatin1Char('\n')).filter(QStringLiteral("EDITED ")).value(0);
        const QString workingDb = line.mid(7).trimmed();
        ASSERT_TRUE(QFile::exists(workingDb)) << output.toStdString();
        DatabaseConnection c;
        ASSERT_TRUE(c.open(workingDb, DatabaseConnection::Mode::ReadOnly));
        Plan saved;
        PlanStore store(c.database());
        ASSERT_TRUE(store.load(&saved)) << store.errorString().toStdString();
        EXPECT_EQ(saved.info.title, QStringLiteral("edited %1").arg(path));
    }
}

// A small disk (a tmpfs, where the test may mount one) fills up during a
// save: the save says so and the previous file is left exactly as it was.
TEST(PlanFile, ASaveThatRunsOutOfDiskSpaceKeepsTheOldFile)
{
    QTemporaryDir dir;
    const QString disk = dir.filePath(QStringLiteral("small-disk"));
    const SmallDisk smallDisk(disk, QStringLiteral("256k"));
    if (!smallDisk.error().isEmpty())
        GTEST_SKIP() << smallDisk.error().toStdString();

    const QString path = disk + QStringLiteral("/plan.dxplan");
    QString error;
    auto doc = PlanDocument::create(samplePlan(), &error);
    ASSERT_TRUE(doc) << error.toStdString();
    ASSERT_EQ(doc->save(path, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    const QByteArray before = old.readAll();
    old.close();

    // Thousands of measures with text that does not compress no longer fit
    // in what is left of the disk.
    Plan big = PlanGenerator::generate(3000, 2);
    QRandomGenerator random(7);
    for (const Theme &theme : big.themes) {
        Theme copy = theme;
        copy.id = doc->nextId<Theme>();
        copy.sectionId = 0;
        for (Measure &m : copy.measures) {
            m.id = doc->nextId<Measure>() + int(&m - copy.measures.data());
            m.themeId = copy.id;
            m.departmentIds.clear();
            m.principleIds.clear();
            m.audienceIds.clear();
            QByteArray noise(300, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
            m.overview = QString::fromLatin1(noise.toBase64());
        }
        copy.principleIds.clear();
        doc->undoStack()->push(new InsertItem<Theme>(doc.get(), copy, 0, QStringLiteral("Add theme")));
    }
    ASSERT_GT(doc->plan().measureCount(), 3000);
    EXPECT_EQ(doc->save(QString(), false, &error), PlanDocument::SaveResult::Failed);
    // Said in words a user understands, not "Unknown error".
    EXPECT_TRUE(error.contains(QStringLiteral("the disk is full"))) << error.toStdString();
    EXPECT_TRUE(doc->isModified());
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), before);
    EXPECT_EQ(QDir(disk).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("plan.dxplan") });
    doc->closeCleanly();
}

// Saving checks the snapshot with a reader's rules while the archive is
// packed; a refused snapshot must leave the old file and no other behind.
TEST(PlanFile, ASnapshotTheReaderWouldRefuseIsNotSavedAndTheOldFileStays)
{
    QTemporaryDir dir;
    const QString path = writeSampleFile(dir);
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    const QByteArray before = old.readAll();
    old.close();
    QString error;
    auto doc = PlanDocument::open(path, false, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    {
        // A title over the format's text limit, written past the editors.
        DatabaseConnection connection;
        ASSERT_TRUE(connection.open(doc->workingCopyPath(), DatabaseConnection::Mode::ReadWrite));
        QSqlQuery q(connection.database());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE measures SET title = hex(zeroblob(600000))"
                                          " WHERE id = (SELECT min(id) FROM measures)")));
        ASSERT_EQ(q.numRowsAffected(), 1);
    }
    EXPECT_EQ(doc->save(QString(), true, &error), PlanDocument::SaveResult::Failed);
    EXPECT_TRUE(error.contains(QStringLiteral("cannot be saved"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("measures.title"))) << error.toStdString();
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("plan.dxplan") });
    doc->closeCleanly();
}

// The command line's import writes a plan straight into the database that
// goes into the file, without a working copy.
TEST(PlanFile, APlanWrittenWithoutAWorkingCopyOpensAsTheSamePlan)
{
    for (const Plan &plan : { samplePlan(), PlanGenerator::generate(300, 5) }) {
        QBuffer buffer;
        ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
        PlanFileWriter writer;
        ASSERT_TRUE(writer.write(Plan(plan), &buffer)) << writer.errorString().toStdString();
        buffer.close();
        ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
        PlanFileReader reader;
        PlanFileReader::Result result;
        ASSERT_TRUE(reader.read(&buffer, &result)) << reader.errorString().toStdString();
        EXPECT_TRUE(result.plan == plan);
        EXPECT_FALSE(result.readOnly);
    }
}

namespace {

// `plan`, written without a working copy, is refused with an error that
// contains `reason`, and nothing reaches the device.
void expectRefusedAndNothingWritten(const Plan &plan, const QString &reason)
{
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    PlanFileWriter writer;
    EXPECT_FALSE(writer.write(Plan(plan), &buffer));
    EXPECT_TRUE(writer.errorString().contains(reason)) << writer.errorString().toStdString();
    EXPECT_TRUE(buffer.data().isEmpty());
}

} // namespace

// Written without a working copy, references are checked once over the
// finished database rather than row by row: a plan that refers to
// something it does not hold is still refused, and nothing is written.
TEST(PlanFile, APlanWithADanglingReferenceWritesNothingToTheDevice)
{
    Plan plan = PlanGenerator::generate(30, 5);
    int missing = 1;
    for (const Department &d : plan.departments)
        missing = qMax(missing, d.id + 1);
    plan.themes[0].measures[0].departmentIds << missing;
    expectRefusedAndNothingWritten(plan, QStringLiteral("measure_departments"));
}

TEST(PlanFile, APlanThatCannotBeStoredWritesNothingToTheDevice)
{
    Plan plan = PlanGenerator::generate(30, 5);
    plan.themes[0].measures[0].title = QString(1100000, QLatin1Char('x'));
    expectRefusedAndNothingWritten(plan, QStringLiteral("longer than"));
}
