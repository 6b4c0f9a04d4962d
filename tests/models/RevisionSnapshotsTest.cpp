#include "models/DatabaseConnection.h"
#include "models/PlanDiff.h"
#include "models/PlanDocument.h"
#include "models/PlanFileReader.h"
#include "models/PlanGenerator.h"
#include "models/PlanSource.h"
#include "models/RevisionSnapshots.h"
#include "models/commands/ItemCommands.h"
#include "models/commands/RevisionCommands.h"
#include "tests/support/TestSupport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

// Marked revisions: their snapshots survive saving and reopening, restore
// in one undoable step, share what they have in common, and refuse to be
// read when damaged.
namespace {

// The plan as a snapshot keeps it: without the revision list.
Plan withoutRevisions(Plan plan)
{
    plan.revisions.clear();
    return plan;
}

std::unique_ptr<PlanDocument> newDocument(const Plan &plan)
{
    QString error;
    std::unique_ptr<PlanDocument> doc = PlanDocument::create(plan, &error);
    EXPECT_TRUE(doc) << error.toStdString();
    return doc;
}

void mark(PlanDocument *doc, const QString &name, const QDate &date = QDate(2025, 3, 31))
{
    doc->undoStack()->push(new MarkRevision(doc, newRevision(doc, name, { date, false }, QStringLiteral("note")),
                                            QStringLiteral("Mark revision")));
    ASSERT_FALSE(doc->lastEditFailed());
}

void renameFirstMeasure(PlanDocument *doc, const QString &title)
{
    Measure after = doc->plan().themes[1].measures[0];
    const Measure before = after;
    after.title = title;
    doc->undoStack()->push(new ReplaceItem<Measure>(doc, before, after, QStringLiteral("Rename")));
}

int rowCount(const QString &databasePath, const QString &table)
{
    DatabaseConnection c;
    EXPECT_TRUE(c.open(databasePath, DatabaseConnection::Mode::ReadOnly));
    QSqlQuery q(c.database());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next());
    return q.value(0).toInt();
}

} // namespace

TEST(RevisionSnapshots, AMarkedRevisionKeepsThePlanAsItWasThroughSaveAndReopen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.dxplan"));
    auto doc = newDocument(samplePlan());
    const Plan atMark = doc->plan();
    mark(doc.get(), QStringLiteral("令和7年3月改定"));
    ASSERT_EQ(doc->plan().revisions.size(), atMark.revisions.size() + 1);
    const Revision marked = doc->plan().revisions.last();
    EXPECT_TRUE(marked.hasSnapshot);
    EXPECT_EQ(marked.name, QStringLiteral("令和7年3月改定"));
    EXPECT_EQ(marked.date.toString(), QStringLiteral("2025-03-31"));
    renameFirstMeasure(doc.get(), QStringLiteral("名前を変えた施策"));
    QString error;
    ASSERT_EQ(doc->save(path, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    doc->closeCleanly();

    auto reopened = PlanDocument::open(path, true, &error);
    ASSERT_TRUE(reopened) << error.toStdString();
    EXPECT_EQ(reopened->plan().themes[1].measures[0].title, QStringLiteral("名前を変えた施策"));
    Plan snapshot;
    ASSERT_TRUE(reopened->revisionPlan(marked.id, &snapshot, &error)) << error.toStdString();
    EXPECT_TRUE(snapshot == withoutRevisions(atMark));
    // The same through FILE@NAME, as dxplan-cli diff reads it.
    Plan viaSpec;
    ASSERT_TRUE(PlanSource::read(PlanSource::parse(path + QStringLiteral("@令和7年3月改定")), &viaSpec, &error)) << error.toStdString();
    EXPECT_TRUE(viaSpec == snapshot);
    const QList<PlanDifference> since = PlanDiff::compare(snapshot, reopened->plan(), false);
    ASSERT_EQ(since.size(), 1);
    EXPECT_EQ(since[0].field, QStringLiteral("title"));
    reopened->closeCleanly();
}

TEST(RevisionSnapshots, MarkingIsUndoneAndRestoringIsOneUndoableStep)
{
    auto doc = newDocument(samplePlan());
    const Plan original = doc->plan();
    mark(doc.get(), QStringLiteral("R7"));
    doc->undoStack()->undo();
    EXPECT_TRUE(doc->plan() == original);
    doc->undoStack()->redo();
    const int revisionId = doc->plan().revisions.last().id;
    renameFirstMeasure(doc.get(), QStringLiteral("後の名前"));
    const Plan edited = doc->plan();

    Plan snapshot;
    QString error;
    ASSERT_TRUE(doc->revisionPlan(revisionId, &snapshot, &error)) << error.toStdString();
    doc->undoStack()->push(new RestoreRevision(doc.get(), snapshot, QStringLiteral("Restore")));
    EXPECT_EQ(doc->plan().themes[1].measures[0].title, original.themes[1].measures[0].title);
    // The history stays: the restored plan still lists the revision.
    EXPECT_EQ(doc->plan().revisions, edited.revisions);
    EXPECT_TRUE(storedPlan(doc->workingCopyPath()) == doc->plan());
    doc->undoStack()->undo();
    EXPECT_TRUE(doc->plan() == edited);
    EXPECT_TRUE(storedPlan(doc->workingCopyPath()) == edited);
    doc->closeCleanly();
}

TEST(RevisionSnapshots, TwentyYearlyRevisionsShareWhatTheyHaveInCommon)
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.dxplan"));
    const QString revised = dir.filePath(QStringLiteral("revised.dxplan"));
    auto doc = newDocument(PlanGenerator::generate(1000));
    QString error;
    ASSERT_EQ(doc->save(plain, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    int items = 1 + int(doc->plan().themes.size()) + doc->plan().measureCount() + int(doc->plan().kpis.size());
    // Each year a revision, then a few measures (2%) rewritten.
    for (int year = 0; year < 20; ++year) {
        mark(doc.get(), QStringLiteral("FY%1").arg(2025 + year), QDate(2025 + year, 3, 31));
        int n = 0;
        for (const Theme &t : doc->plan().themes)
            for (const Measure &m : t.measures)
                if ((m.id + year) % 50 == 0) {
                    Measure after = m;
                    after.overview += QStringLiteral("（%1年度見直し）").arg(2025 + year);
                    doc->undoStack()->push(new ReplaceItem<Measure>(doc.get(), m, after, QStringLiteral("Edit")));
                    ++n;
                }
        items += n;
    }
    ASSERT_EQ(doc->save(revised, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    const int pieces = rowCount(doc->workingCopyPath(), QStringLiteral("snapshot_pieces"));
    // Every item and each rewritten one once, not twenty times: the plan,
    // themes, measures, KPIs and the smaller kinds.
    EXPECT_LT(pieces, items + 200);
    EXPECT_GT(pieces, doc->plan().measureCount());
    // Twenty snapshots add well under a plan's worth to the file.
    const qint64 before = QFileInfo(plain).size();
    const qint64 after = QFileInfo(revised).size();
    EXPECT_LT(after, before * 2) << before << " -> " << after;
    doc->closeCleanly();
}

TEST(RevisionSnapshots, AFileKeepsNoSnapshotOfARemovedRevisionButUndoFindsItsOwn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.dxplan"));
    auto doc = newDocument(samplePlan());
    mark(doc.get(), QStringLiteral("first"));
    const int id = doc->plan().revisions.last().id;
    doc->undoStack()->push(new RemoveItem<Revision>(doc.get(), id, QStringLiteral("Remove")));
    QString error;
    ASSERT_EQ(doc->save(path, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    // In the working copy, for undo.
    EXPECT_EQ(rowCount(doc->workingCopyPath(), QStringLiteral("revision_snapshots")), 1);
    doc->undoStack()->undo();
    Plan snapshot;
    EXPECT_TRUE(doc->revisionPlan(id, &snapshot, &error)) << error.toStdString();
    doc->closeCleanly();

    PlanFileReader reader;
    PlanFileReader::Result result;
    ASSERT_TRUE(reader.read(path, &result, PlanFileReader::Mode::KeepDatabase)) << reader.errorString().toStdString();
    EXPECT_EQ(rowCount(result.databasePath, QStringLiteral("revision_snapshots")), 0);
    EXPECT_EQ(rowCount(result.databasePath, QStringLiteral("snapshot_pieces")), 0);
}

TEST(RevisionSnapshots, ADamagedSnapshotIsRefusedWithAMessage)
{
    auto doc = newDocument(samplePlan());
    mark(doc.get(), QStringLiteral("first"));
    const int id = doc->plan().revisions.last().id;
    const QString path = doc->workingCopyPath();
    Plan plan;
    QString error;
    {
        DatabaseConnection c;
        ASSERT_TRUE(c.open(path, DatabaseConnection::Mode::ReadWrite));
        QSqlQuery q(c.database());
        // A piece that is not JSON.
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE snapshot_pieces SET data = x'00ff' WHERE id = (SELECT min(id) FROM snapshot_pieces)")));
        EXPECT_FALSE(RevisionSnapshots::load(c.database(), id, &plan, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("damaged"))) << error.toStdString();
        // A manifest naming pieces that do not exist, or no manifest at all.
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE revision_snapshots SET manifest = '{\"plan\": 999999, \"themes\": [7]}'")));
        EXPECT_FALSE(RevisionSnapshots::load(c.database(), id, &plan, &error));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE revision_snapshots SET manifest = '[1,2'")));
        EXPECT_FALSE(RevisionSnapshots::load(c.database(), id, &plan, &error));
        EXPECT_FALSE(RevisionSnapshots::load(c.database(), id + 100, &plan, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("no snapshot"))) << error.toStdString();
    }
    doc->closeCleanly();
}

TEST(PlanSource, ParsesFileAndRevisionAndFindsRevisionsByNameDateOrId)
{
    EXPECT_EQ(PlanSource::parse(QStringLiteral("a/plan.dxplan@令和7年3月改定")).revision, QStringLiteral("令和7年3月改定"));
    EXPECT_EQ(PlanSource::parse(QStringLiteral("a/plan.dxplan@令和7年3月改定")).path, QStringLiteral("a/plan.dxplan"));
    EXPECT_TRUE(PlanSource::parse(QStringLiteral("plan.dxplan")).revision.isEmpty());
    Plan plan;
    plan.revisions = { Revision { 1, { QDate(2024, 3, 1), true }, Revision::Kind::Adopted, QString(), QStringLiteral("策定"), QString(), false },
                       Revision { 2, { QDate(2025, 3, 31), false }, Revision::Kind::Revised, QString(), QStringLiteral("改定"), QString(), true } };
    EXPECT_EQ(PlanSource::findRevision(plan, QStringLiteral("改定"))->id, 2);
    EXPECT_EQ(PlanSource::findRevision(plan, QStringLiteral("2024-03"))->id, 1);
    EXPECT_EQ(PlanSource::findRevision(plan, QStringLiteral("#2"))->id, 2);
    EXPECT_EQ(PlanSource::findRevision(plan, QStringLiteral("nope")), nullptr);
    QString error;
    Plan read;
    EXPECT_FALSE(PlanSource::read(PlanSource::parse(QStringLiteral("/nonexistent/x.dxplan@a")), &read, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("/nonexistent/x.dxplan: "))) << error.toStdString();
}
