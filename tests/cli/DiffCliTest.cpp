#include "models/PlanJson.h"
#include "tests/support/ExternalTools.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// dxplan-cli diff and dxplan-cli revision as a user runs them: marking
// revisions in a file, comparing files and revisions, exit codes, JSON and
// the two reports.
namespace {

class DiffCliTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun run(const QStringList &arguments)
    {
        return runCli(arguments);
    }

    // The sample, and the sample with its first theme's first measure
    // renamed and its second measure moved to the next theme, both as files.
    void makePair()
    {
        m_old = path(QStringLiteral("old.dxplan"));
        ASSERT_EQ(run({ QStringLiteral("new"), m_old, QStringLiteral("--sample") }).exitCode, 0);
        Plan plan = samplePlan();
        Theme &from = plan.themes[1];
        m_renamed = from.measures[0].id;
        from.measures[0].title = QStringLiteral("電子申請サービスの拡充");
        Measure moved = from.measures.takeAt(1);
        m_moved = moved.id;
        moved.themeId = plan.themes[2].id;
        plan.themes[2].measures.append(moved);
        QFile json(path(QStringLiteral("new.json")));
        ASSERT_TRUE(json.open(QIODevice::WriteOnly));
        json.write(PlanJson::write(plan));
        json.close();
        m_new = path(QStringLiteral("new.dxplan"));
        ASSERT_EQ(run({ QStringLiteral("import"), json.fileName(), QStringLiteral("-o"), m_new }).exitCode, 0);
    }

    QJsonArray changes(const QStringList &arguments, int expectedExit)
    {
        const CliRun r = run(QStringList { QStringLiteral("diff") } + arguments + QStringList { QStringLiteral("--json") });
        EXPECT_EQ(r.exitCode, expectedExit) << r.err.toStdString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        return doc.object().value(QStringLiteral("changes")).toArray();
    }

    QTemporaryDir m_dir;
    QString m_old;
    QString m_new;
    int m_renamed = 0;
    int m_moved = 0;
};

} // namespace

TEST_F(DiffCliTest, ExitsZeroForEqualPlansOneForDifferentTwoForUnreadable)
{
    makePair();
    EXPECT_EQ(run({ QStringLiteral("diff"), m_old, m_old }).exitCode, 0);
    EXPECT_TRUE(changes({ m_old, m_old }, 0).isEmpty());
    EXPECT_EQ(run({ QStringLiteral("diff"), m_old, m_new }).exitCode, 1);
    const CliRun missing = run({ QStringLiteral("diff"), m_old, path(QStringLiteral("missing.dxplan")) });
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.err.count(QLatin1Char('\n')), 1) << missing.err.toStdString();
    QFile junk(path(QStringLiteral("junk.dxplan")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("PK\x03\x04 not really a plan");
    junk.close();
    EXPECT_EQ(run({ QStringLiteral("diff"), junk.fileName(), m_new }).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("diff"), m_old }).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("diff"), m_old, m_new, QStringLiteral("--style"), QStringLiteral("fancy"),
                    QStringLiteral("-o"), path(QStringLiteral("r.pdf")) }).exitCode, 2);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("r.pdf"))));
}

TEST_F(DiffCliTest, JsonNamesEachChangeItsItemAndFieldAsDocumented)
{
    makePair();
    const QJsonArray list = changes({ m_old, m_new }, 1);
    ASSERT_EQ(list.size(), 2);
    QJsonObject moved;
    QJsonObject renamed;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const char *key : { "change", "item", "id", "title" })
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
        if (o.value(QStringLiteral("change")) == QStringLiteral("moved"))
            moved = o;
        else
            renamed = o;
    }
    EXPECT_EQ(moved.value(QStringLiteral("item")).toString(), QStringLiteral("measure"));
    EXPECT_EQ(moved.value(QStringLiteral("id")).toInt(), m_moved);
    EXPECT_EQ(moved.value(QStringLiteral("field")).toString(), QStringLiteral("theme"));
    EXPECT_EQ(renamed.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
    EXPECT_EQ(renamed.value(QStringLiteral("id")).toInt(), m_renamed);
    EXPECT_EQ(renamed.value(QStringLiteral("field")).toString(), QStringLiteral("title"));
    EXPECT_EQ(renamed.value(QStringLiteral("new")).toString(), QStringLiteral("電子申請サービスの拡充"));
    EXPECT_EQ(renamed.value(QStringLiteral("old")).toString(), samplePlan().themes[1].measures[0].title);
    // The plan's own fields have a null id.
    const QString titled = path(QStringLiteral("titled.dxplan"));
    ASSERT_EQ(run({ QStringLiteral("new"), titled }).exitCode, 0);
    const QJsonArray info = changes({ titled, m_old }, 1);
    ASSERT_FALSE(info.isEmpty());
    EXPECT_EQ(info[0].toObject().value(QStringLiteral("item")).toString(), QStringLiteral("plan"));
    EXPECT_TRUE(info[0].toObject().value(QStringLiteral("id")).isNull());
}

TEST_F(DiffCliTest, RevisionsAreMarkedListedAndComparedByName)
{
    makePair();
    const CliRun add = run({ QStringLiteral("revision"), QStringLiteral("add"), m_new, QStringLiteral("--name"),
                             QStringLiteral("令和7年3月改定"), QStringLiteral("--date"), QStringLiteral("2025-03-31"),
                             QStringLiteral("--note"), QStringLiteral("施策を見直し") });
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    // A second revision of the same name is refused, and the file is unchanged.
    const CliRun twice = run({ QStringLiteral("revision"), QStringLiteral("add"), m_new, QStringLiteral("--name"),
                               QStringLiteral("令和7年3月改定") });
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("already"))) << twice.err.toStdString();
    EXPECT_EQ(run({ QStringLiteral("revision"), QStringLiteral("add"), m_new, QStringLiteral("--name"), QStringLiteral("x"),
                    QStringLiteral("--date"), QStringLiteral("2025-02-30") }).exitCode, 2);
    const CliRun list = run({ QStringLiteral("revision"), QStringLiteral("list"), m_new });
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QStringList lines = list.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), samplePlan().revisions.size() + 1);
    const QStringList fields = lines.last().split(QLatin1Char('\t'));
    ASSERT_GE(fields.size(), 7);
    EXPECT_EQ(fields[1], QStringLiteral("2025-03-31"));
    EXPECT_EQ(fields[3], QStringLiteral("令和7年3月改定"));
    EXPECT_EQ(fields[4], QStringLiteral("snapshot"));
    EXPECT_EQ(fields[6], QStringLiteral("施策を見直し"));

    // The revision equals the file as it was marked; the old file differs
    // from it as it differs from the file.
    EXPECT_TRUE(changes({ m_new + QStringLiteral("@令和7年3月改定"), m_new }, 0).isEmpty());
    EXPECT_EQ(changes({ m_old, m_new + QStringLiteral("@令和7年3月改定") }, 1).size(), 2);
    const CliRun unknown = run({ QStringLiteral("diff"), m_new + QStringLiteral("@令和9年3月改定"), m_new });
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("令和9年3月改定"))) << unknown.err.toStdString();
}

TEST_F(DiffCliTest, WritesTheTableAndTheMarkedUpDocumentInEveryFormat)
{
    makePair();
    for (const QString &style : { QStringLiteral("table"), QStringLiteral("markup") })
        for (const QString &extension : { QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html") }) {
            const QString out = path(style + QLatin1Char('.') + extension);
            const CliRun r = run({ QStringLiteral("diff"), m_old, m_new, QStringLiteral("-o"), out, QStringLiteral("--style"), style });
            EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
            EXPECT_GT(QFileInfo(out).size(), 1000) << out.toStdString();
        }
    QFile html(path(QStringLiteral("table.html")));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(html.readAll());
    EXPECT_TRUE(table.contains(QStringLiteral("<ins>拡充</ins>"))) << "the added characters, and only those";
    EXPECT_TRUE(table.contains(QStringLiteral("<del>活用</del>")));
    if (havePdfToText()) {
        const QString text = pdfText(path(QStringLiteral("table.pdf")));
        EXPECT_TRUE(text.contains(QStringLiteral("改定前"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("改定後")));
        EXPECT_TRUE(text.contains(QStringLiteral("電子申請サービスの拡充")));
        EXPECT_GT(pdfPages(path(QStringLiteral("markup.pdf"))).size(), 10);
    }
}
