// The 新旧対照表 and the marked-up plan document: what changed is marked
// in the document (added, removed, changed cells) and written as what it
// means in HTML (<ins>, <del>, a changed cell) and ODT (red, underlined,
// struck, yellow cells); a KPI's revised target prints with its first value.
#include "models/SamplePlan.h"
#include "tests/support/TestSupport.h"
#include "views/document/ChangeMarkup.h"
#include "views/document/ComparisonReport.h"
#include "views/document/DocumentExporter.h"
#include "views/document/DocumentMarks.h"

#include <KZip>
#include <QBuffer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace {

Plan sample(const QString &name)
{
    Plan plan;
    QString error;
    EXPECT_TRUE(SamplePlan::load(name, &plan, &error)) << error.toStdString();
    return plan;
}

QByteArray written(const Plan &before, const Plan &after, DocumentComparison::Style style, DocumentExporter::Format format)
{
    DocumentOptions options;
    options.asOf = QDate(2026, 11, 30);
    DocumentExporter exporter(after, options);
    exporter.setComparison({ before, QStringLiteral("令和6年3月策定"), QStringLiteral("令和7年3月改定"), style, true });
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(exporter.write(&buffer, format)) << exporter.errorString().toStdString();
    return bytes;
}

QByteArray odtContent(const QByteArray &odt)
{
    QBuffer buffer(const_cast<QByteArray *>(&odt));
    KZip zip(&buffer);
    EXPECT_TRUE(zip.open(QIODevice::ReadOnly));
    const KArchiveFile *content = zip.directory()->file(QStringLiteral("content.xml"));
    return content ? content->data() : QByteArray();
}

// A small document: a heading, a paragraph, and a table of two cells.
std::unique_ptr<QTextDocument> smallDocument(const QString &paragraph, const QString &cell)
{
    auto document = std::make_unique<QTextDocument>();
    QTextCursor c(document.get());
    QTextBlockFormat heading;
    heading.setHeadingLevel(2);
    c.setBlockFormat(heading);
    c.insertText(QStringLiteral("①　電子申請"));
    c.insertBlock(QTextBlockFormat());
    c.insertText(paragraph);
    QTextTable *table = c.insertTable(1, 2);
    table->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("目標年度"));
    table->cellAt(0, 1).firstCursorPosition().insertText(cell);
    return document;
}

QList<QPair<DocumentMarks::TextChange, QString>> marks(const QTextDocument &document)
{
    QList<QPair<DocumentMarks::TextChange, QString>> found;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (const auto change = DocumentMarks::textChangeOf(it.fragment().charFormat()); change != DocumentMarks::TextChange::None)
                found.append({ change, it.fragment().text() });
    return found;
}

} // namespace

TEST(ChangeMarkup, MarksChangedCharactersAndCells)
{
    const auto before = smallDocument(QStringLiteral("令和7年度に導入する。"), QStringLiteral("検討"));
    auto after = smallDocument(QStringLiteral("令和8年度に全庁導入する。"), QStringLiteral("運用"));
    EXPECT_EQ(ChangeMarkup::markChanges(after.get(), *before), 2);
    using DocumentMarks::TextChange;
    const QList<QPair<TextChange, QString>> expected {
        { TextChange::Removed, QStringLiteral("7") }, { TextChange::Added, QStringLiteral("8") },
        { TextChange::Added, QStringLiteral("全庁") },
        { TextChange::Removed, QStringLiteral("検討") }, { TextChange::Added, QStringLiteral("運用") },
    };
    EXPECT_EQ(marks(*after), expected);
    QTextTable *table = QTextCursor(after->findBlock(after->toPlainText().indexOf(QStringLiteral("運用")))).currentTable();
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->cellAt(0, 1).format().boolProperty(DocumentMarks::ChangedCell));
    EXPECT_FALSE(table->cellAt(0, 0).format().boolProperty(DocumentMarks::ChangedCell));
    // The same document has nothing to mark.
    auto same = smallDocument(QStringLiteral("令和7年度に導入する。"), QStringLiteral("検討"));
    EXPECT_EQ(ChangeMarkup::markChanges(same.get(), *before), 0);
    EXPECT_TRUE(marks(*same).isEmpty());
}

TEST(ChangeMarkup, WritesARemovedParagraphStruckWhereItStood)
{
    auto before = smallDocument(QStringLiteral("なくなる段落"), QStringLiteral("検討"));
    QTextCursor c(before.get());
    c.movePosition(QTextCursor::End);
    auto after = smallDocument(QString(), QStringLiteral("検討"));
    ChangeMarkup::markChanges(after.get(), *before);
    const auto found = marks(*after);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].first, DocumentMarks::TextChange::Removed);
    EXPECT_TRUE(found[0].second.contains(QStringLiteral("なくなる段落")));
}

TEST(ComparisonReport, TheTableHasOneRowPerChangedItemInPlanOrder)
{
    const Plan before = sample(QStringLiteral("nishinoshima"));
    Plan after = before;
    after.themes[1].measures[0].title = QStringLiteral("電子申請サービスの拡充");
    after.themes[1].measures[0].overview += QStringLiteral("あわせて手数料の電子納付を進める。");
    after.themes[0].title += QStringLiteral("等");
    const DocumentComparison comparison { before, QStringLiteral("旧"), QStringLiteral("新"), DocumentComparison::Style::Table, true };
    const std::unique_ptr<QTextDocument> document = ComparisonReport::buildTable(comparison, after, DocumentOptions());
    QTextTable *table = nullptr;
    for (QTextBlock b = document->begin(); b.isValid() && !table; b = b.next())
        table = QTextCursor(b).currentTable();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->columns(), 3);
    ASSERT_EQ(table->rows(), 3); // the header, the theme, the measure
    auto cellText = [&](int row, int column) {
        QTextCursor c = table->cellAt(row, column).firstCursorPosition();
        c.setPosition(table->cellAt(row, column).lastCursorPosition().position(), QTextCursor::KeepAnchor);
        return c.selectedText();
    };
    EXPECT_TRUE(cellText(1, 0).contains(after.themes[0].title));
    EXPECT_TRUE(cellText(2, 0).contains(QStringLiteral("電子申請サービスの拡充")));
    EXPECT_TRUE(cellText(2, 2).contains(QStringLiteral("あわせて手数料の電子納付を進める。")));
    EXPECT_FALSE(cellText(2, 1).contains(QStringLiteral("あわせて")));
}

TEST(ComparisonReport, TheMarkedUpDocumentMarksTextAndScheduleCells)
{
    const Plan before = sample(QStringLiteral("nishinoshima"));
    Plan after = before;
    Measure &m = after.themes[1].measures[0];
    m.overview.replace(QStringLiteral("電子申請"), QStringLiteral("スマート申請"));
    ASSERT_FALSE(m.phases.isEmpty());
    m.phases[0].endYear += 1;
    const QString html = QString::fromUtf8(written(before, after, DocumentComparison::Style::Markup, DocumentExporter::Format::Html));
    EXPECT_TRUE(html.contains(QStringLiteral("<ins>スマート</ins>"))) << "added characters";
    EXPECT_TRUE(html.contains(QStringLiteral("<del>電子</del>"))) << "removed characters";
    EXPECT_TRUE(html.contains(QStringLiteral("td class=\"changed\""))) << "the changed schedule cell";
    const QString odt = QString::fromUtf8(odtContent(written(before, after, DocumentComparison::Style::Markup, DocumentExporter::Format::Odt)));
    EXPECT_TRUE(odt.contains(QStringLiteral("fo:color=\"#c00000\"")));
    EXPECT_TRUE(odt.contains(QStringLiteral("style:text-line-through-style=\"solid\"")));
    EXPECT_TRUE(odt.contains(QStringLiteral("fo:background-color=\"#fff299\"")));
    EXPECT_TRUE(odt.contains(QStringLiteral("table:style-name=\"ChangedCell\"")));
}

TEST(ComparisonReport, IdenticalPlansSayTheyAreTheSame)
{
    const Plan plan = sample(QStringLiteral("okayama"));
    const QString html = QString::fromUtf8(written(plan, plan, DocumentComparison::Style::Table, DocumentExporter::Format::Html));
    EXPECT_FALSE(html.contains(QStringLiteral("<table")));
    EXPECT_FALSE(html.contains(QStringLiteral("<ins>")));
    EXPECT_TRUE(html.contains(QStringLiteral("新旧対照表"))) << "the title, in the plan's language";
}

TEST(ComparisonReport, ARevisedKpiTargetPrintsWithItsFirstValue)
{
    Plan plan = sample(QStringLiteral("nishinoshima"));
    Kpi &kpi = plan.kpis[0];
    kpi.targets = { { 2025, 150.0, QString() } };
    kpi.targetRevisions = { { 2025, { QDate(2025, 3, 1), true }, 100.0, QString(), 150.0, QString(), QString() } };
    DocumentOptions options;
    options.era = FiscalYear::EraStyle::Reiwa;
    DocumentExporter exporter(plan, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(exporter.write(&buffer, DocumentExporter::Format::Html));
    const QString expected = QStringLiteral("R7目標 100%1 → 150%1（令和7年3月改定）").arg(kpi.unit);
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(expected)) << expected.toStdString();
}
