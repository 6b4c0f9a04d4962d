#include "views/document/ComparisonReport.h"

#include "models/ItemKinds.h"
#include "views/common/PhaseText.h"
#include "views/common/PrintedText.h"
#include "views/document/ChangeMarkup.h"
#include "views/document/DocumentBuilder.h"
#include "views/document/DocumentMarks.h"

#include <QHash>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace {

using DocumentMarks::BlockRole;
using Change = PlanDifference::Change;

constexpr const char *context = "ComparisonReport";
constexpr qreal bodyPoints = 10;
constexpr qreal titlePoints = 18;

QString word(const PlanInfo &info, const char *source)
{
    return PrintedText::text(info, context, source);
}

QTextCharFormat textFormat(qreal points, bool bold = false)
{
    return DocumentBuilder::textFormat(points, bold);
}

QTextBlockFormat blockFormat(BlockRole role = BlockRole::Body)
{
    QTextBlockFormat f;
    f.setProperty(DocumentMarks::Role, int(role));
    f.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    return f;
}

// The differences of one item, in plan order.
struct ItemChanges
{
    PlanChange::Part part;
    int id;
    QString title;
    QList<PlanDifference> differences;
};

QList<ItemChanges> byItem(const QList<PlanDifference> &differences)
{
    QList<ItemChanges> items;
    QHash<QPair<int, int>, int> index;
    for (const PlanDifference &d : differences) {
        const QPair<int, int> key(int(d.part), d.id);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, int(items.size()));
            items.append({ d.part, d.id, d.title, {} });
        }
        items[*it].differences << d;
    }
    return items;
}

// Writes one side of a row: each changed field as 【label】 and its value,
// with this side's changed characters marked.
class SideWriter
{
public:
    SideWriter(QTextTableCell cell, const PlanInfo &info, FiscalYear::EraStyle era, bool before)
        : m_cursor(cell.firstCursorPosition()), m_info(info), m_era(era), m_before(before)
    {
    }

    void note(const QString &text)
    {
        startParagraph();
        m_cursor.insertText(text, textFormat(bodyPoints));
    }

    // The whole item, new or gone: its title, marked as added or removed.
    void whole(const QString &title)
    {
        startParagraph();
        const TextDiff::Segment s { m_before ? TextDiff::Segment::Kind::Removed : TextDiff::Segment::Kind::Added, title };
        ChangeMarkup::insertSegments(m_cursor, { s }, textFormat(bodyPoints));
    }

    void field(const PlanDifference &d)
    {
        startParagraph();
        m_cursor.insertText(QStringLiteral("【%1】").arg(ComparisonReport::fieldLabel(m_info, d.field, m_era)),
                            textFormat(bodyPoints, true));
        const bool prose = d.isText || d.before.contains(QLatin1Char('\n')) || d.after.contains(QLatin1Char('\n'));
        if (prose)
            m_cursor.insertText(QString(QChar::LineSeparator), textFormat(bodyPoints));
        const QList<TextDiff::Segment> all = TextDiff::compareReadable(d.before, d.after);
        QList<TextDiff::Segment> side = m_before ? TextDiff::beforeSide(all) : TextDiff::afterSide(all);
        if (side.isEmpty())
            side << TextDiff::Segment { TextDiff::Segment::Kind::Same, word(m_info, QT_TRANSLATE_NOOP("ComparisonReport", "(none)")) };
        ChangeMarkup::insertSegments(m_cursor, side, textFormat(bodyPoints));
    }

private:
    void startParagraph()
    {
        if (m_first) {
            m_first = false;
            m_cursor.setBlockFormat(blockFormat());
        } else {
            QTextBlockFormat f = blockFormat();
            f.setTopMargin(3 * DocumentBuilder::pixelsPerPoint);
            m_cursor.insertBlock(f, textFormat(bodyPoints));
        }
    }

    QTextCursor m_cursor;
    const PlanInfo &m_info;
    FiscalYear::EraStyle m_era;
    bool m_before;
    bool m_first = true;
};

} // namespace

QString ComparisonReport::title(const DocumentComparison &comparison, const Plan &after)
{
    const char *what = comparison.style == DocumentComparison::Style::Table
        ? QT_TRANSLATE_NOOP("ComparisonReport", "%1: comparison of old and new")
        : QT_TRANSLATE_NOOP("ComparisonReport", "%1: changes marked");
    return word(after.info, what).arg(after.info.title);
}

QString ComparisonReport::kindLabel(const PlanInfo &info, PlanChange::Part part)
{
    if (part == PlanChange::Part::Info)
        return word(info, QT_TRANSLATE_NOOP("ComparisonReport", "Plan"));
    QString label;
    forKind(part, [&](auto tag) {
        label = PrintedText::text(info, "ItemKind", ItemKind<typename decltype(tag)::Type>::words.name);
    });
    return label;
}

namespace {

// A field's label, with its year or date put in, translated by `translate`.
template<typename Translate>
QString labelOf(const QString &field, FiscalYear::EraStyle era, Translate translate)
{
    // One year's target or one actual: the year or date is part of the name.
    if (field.startsWith(QLatin1String("targets.")))
        return translate(QT_TRANSLATE_NOOP("ComparisonReport", "%1 target"))
            .arg(FiscalYear::shortLabel(field.mid(8).toInt(), era));
    if (field.startsWith(QLatin1String("actuals.")))
        return translate(QT_TRANSLATE_NOOP("ComparisonReport", "Actual %1")).arg(field.mid(8));
    static const QHash<QString, const char *> labels {
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("ComparisonReport", "Title") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("ComparisonReport", "Name") },
        { QStringLiteral("overview"), QT_TRANSLATE_NOOP("ComparisonReport", "Overview") },
        { QStringLiteral("effect"), QT_TRANSLATE_NOOP("ComparisonReport", "Expected effect") },
        { QStringLiteral("text"), QT_TRANSLATE_NOOP("ComparisonReport", "Text") },
        { QStringLiteral("description"), QT_TRANSLATE_NOOP("ComparisonReport", "Description") },
        { QStringLiteral("audiences"), QT_TRANSLATE_NOOP("ComparisonReport", "For") },
        { QStringLiteral("allDepartments"), QT_TRANSLATE_NOOP("ComparisonReport", "All departments") },
        { QStringLiteral("departments"), QT_TRANSLATE_NOOP("ComparisonReport", "Departments") },
        { QStringLiteral("principles"), QT_TRANSLATE_NOOP("ComparisonReport", "Principles") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("ComparisonReport", "Status") },
        { QStringLiteral("phases"), QT_TRANSLATE_NOOP("ComparisonReport", "Schedule") },
        { QStringLiteral("milestones"), QT_TRANSLATE_NOOP("ComparisonReport", "Milestones") },
        { QStringLiteral("futureCandidates"), QT_TRANSLATE_NOOP("ComparisonReport", "Future candidates") },
        { QStringLiteral("section"), QT_TRANSLATE_NOOP("ComparisonReport", "Section") },
        { QStringLiteral("theme"), QT_TRANSLATE_NOOP("ComparisonReport", "Theme") },
        { QStringLiteral("themeId"), QT_TRANSLATE_NOOP("ComparisonReport", "Theme") },
        { QStringLiteral("position"), QT_TRANSLATE_NOOP("ComparisonReport", "Order") },
        { QStringLiteral("unit"), QT_TRANSLATE_NOOP("ComparisonReport", "Unit") },
        { QStringLiteral("direction"), QT_TRANSLATE_NOOP("ComparisonReport", "Direction") },
        { QStringLiteral("baselineValue"), QT_TRANSLATE_NOOP("ComparisonReport", "Baseline") },
        { QStringLiteral("baselineDate"), QT_TRANSLATE_NOOP("ComparisonReport", "Baseline date") },
        { QStringLiteral("source"), QT_TRANSLATE_NOOP("ComparisonReport", "Source") },
        { QStringLiteral("measures"), QT_TRANSLATE_NOOP("ComparisonReport", "Measures") },
        { QStringLiteral("targetRevisions"), QT_TRANSLATE_NOOP("ComparisonReport", "Target revisions") },
        { QStringLiteral("date"), QT_TRANSLATE_NOOP("ComparisonReport", "Date") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("ComparisonReport", "Kind") },
        { QStringLiteral("summary"), QT_TRANSLATE_NOOP("ComparisonReport", "Note") },
        { QStringLiteral("author"), QT_TRANSLATE_NOOP("ComparisonReport", "Marked by") },
        { QStringLiteral("organisation"), QT_TRANSLATE_NOOP("ComparisonReport", "Organisation") },
        { QStringLiteral("organisationKind"), QT_TRANSLATE_NOOP("ComparisonReport", "Kind of organisation") },
        { QStringLiteral("language"), QT_TRANSLATE_NOOP("ComparisonReport", "Language") },
        { QStringLiteral("startYear"), QT_TRANSLATE_NOOP("ComparisonReport", "First year") },
        { QStringLiteral("endYear"), QT_TRANSLATE_NOOP("ComparisonReport", "Last year") },
        { QStringLiteral("vision"), QT_TRANSLATE_NOOP("ComparisonReport", "Basic vision") },
        { QStringLiteral("goal"), QT_TRANSLATE_NOOP("ComparisonReport", "Goal") },
        { QStringLiteral("numbering"), QT_TRANSLATE_NOOP("ComparisonReport", "Numbering") },
        { QStringLiteral("phaseKinds"), QT_TRANSLATE_NOOP("ComparisonReport", "Phase names") },
        { QStringLiteral("documentParts"), QT_TRANSLATE_NOOP("ComparisonReport", "Document parts") },
        { QStringLiteral("termStyle"), QT_TRANSLATE_NOOP("ComparisonReport", "Glossary terms") },
        { QStringLiteral("number"), QT_TRANSLATE_NOOP("ComparisonReport", "Number") },
        { QStringLiteral("business"), QT_TRANSLATE_NOOP("ComparisonReport", "Business") },
        { QStringLiteral("system"), QT_TRANSLATE_NOOP("ComparisonReport", "Current system") },
        { QStringLiteral("owner"), QT_TRANSLATE_NOOP("ComparisonReport", "Owning department") },
        { QStringLiteral("term"), QT_TRANSLATE_NOOP("ComparisonReport", "Term") },
        { QStringLiteral("reading"), QT_TRANSLATE_NOOP("ComparisonReport", "Reading") },
        { QStringLiteral("row"), QT_TRANSLATE_NOOP("ComparisonReport", "Kana row") },
        { QStringLiteral("explanation"), QT_TRANSLATE_NOOP("ComparisonReport", "Explanation") },
        { QStringLiteral("caption"), QT_TRANSLATE_NOOP("ComparisonReport", "Caption") },
        { QStringLiteral("alt"), QT_TRANSLATE_NOOP("ComparisonReport", "Alternative text") },
        { QStringLiteral("type"), QT_TRANSLATE_NOOP("ComparisonReport", "File type") },
        { QStringLiteral("data"), QT_TRANSLATE_NOOP("ComparisonReport", "Picture") },
    };
    const char *source = labels.value(field);
    return source ? translate(source) : field;
}

} // namespace

QString ComparisonReport::fieldLabel(const PlanInfo &info, const QString &field, FiscalYear::EraStyle era)
{
    return labelOf(field, era, [&](const char *source) { return word(info, source); });
}

QString ComparisonReport::fieldLabel(const QString &field, FiscalYear::EraStyle era)
{
    return labelOf(field, era, [](const char *source) { return QCoreApplication::translate(context, source); });
}

PlanDiff::Words ComparisonReport::words()
{
    PlanDiff::Words w;
    w.phaseKind = [](const PlanInfo &info, Phase::Kind kind) { return PhaseText::kindName(info, kind); };
    w.status = [](const PlanInfo &info, MeasureStatus status) {
        static const char *const names[] = { QT_TRANSLATE_NOOP("ComparisonReport", "Planned"),
                                             QT_TRANSLATE_NOOP("ComparisonReport", "In progress"),
                                             QT_TRANSLATE_NOOP("ComparisonReport", "Done"),
                                             QT_TRANSLATE_NOOP("ComparisonReport", "On hold") };
        return word(info, names[qBound(0, int(status), 3)]);
    };
    return w;
}

std::unique_ptr<QTextDocument> ComparisonReport::buildTable(const DocumentComparison &comparison, const Plan &after,
                                                            const DocumentOptions &options)
{
    const PlanInfo &info = after.info;
    const FiscalYear::EraStyle era = info.language == QLatin1String("ja") ? options.era : FiscalYear::EraStyle::Western;
    auto document = DocumentBuilder::emptyDocument(options.paper, title(comparison, after), bodyPoints);
    const qreal width = document->textWidth();

    QTextCursor cursor(document.get());
    cursor.beginEditBlock();
    QTextBlockFormat titleFormat = blockFormat(BlockRole::DocumentTitle);
    titleFormat.setAlignment(Qt::AlignCenter);
    titleFormat.setBottomMargin(8 * DocumentBuilder::pixelsPerPoint);
    cursor.setBlockFormat(titleFormat);
    cursor.insertText(title(comparison, after), textFormat(titlePoints, true));
    QTextBlockFormat line = blockFormat(BlockRole::CoverLine);
    line.setAlignment(Qt::AlignRight);
    cursor.insertBlock(line, textFormat(bodyPoints));
    cursor.insertText(word(info, QT_TRANSLATE_NOOP("ComparisonReport", "Before: %1　After: %2"))
                          .arg(comparison.beforeLabel, comparison.afterLabel));
    QTextBlockFormat legend = blockFormat();
    legend.setBottomMargin(6 * DocumentBuilder::pixelsPerPoint);
    cursor.insertBlock(legend, textFormat(bodyPoints - 1));
    cursor.insertText(word(info, QT_TRANSLATE_NOOP("ComparisonReport", "Changed parts are underlined in red after the revision and struck through in red before it.")));

    const QList<PlanDifference> differences = PlanDiff::compare(comparison.before, after, comparison.revisions, words());
    const QList<ItemChanges> items = byItem(differences);
    if (items.isEmpty()) {
        cursor.insertBlock(blockFormat(), textFormat(bodyPoints));
        cursor.insertText(word(info, QT_TRANSLATE_NOOP("ComparisonReport", "The two versions are the same.")));
        cursor.endEditBlock();
        return document;
    }
    QTextTableFormat tf;
    tf.setHeaderRowCount(1);
    tf.setBorderCollapse(true);
    tf.setBorder(0.75);
    tf.setBorderBrush(QColor(0x55, 0x55, 0x55));
    tf.setCellPadding(3 * DocumentBuilder::pixelsPerPoint);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const qreal inner = width - 2;
    tf.setColumnWidthConstraints({ QTextLength(QTextLength::FixedLength, inner * 0.18),
                                   QTextLength(QTextLength::FixedLength, inner * 0.41),
                                   QTextLength(QTextLength::FixedLength, inner * 0.41) });
    QTextTable *table = cursor.insertTable(int(items.size()) + 1, 3, tf);
    const QStringList headers { word(info, QT_TRANSLATE_NOOP("ComparisonReport", "Item")),
                                word(info, QT_TRANSLATE_NOOP("ComparisonReport", "Before revision")),
                                word(info, QT_TRANSLATE_NOOP("ComparisonReport", "After revision")) };
    for (int c = 0; c < 3; ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        QTextCharFormat shade = cell.format();
        shade.setBackground(QColor(0xE8, 0xEC, 0xF2));
        cell.setFormat(shade);
        QTextCursor at = cell.firstCursorPosition();
        QTextBlockFormat centred = blockFormat();
        centred.setAlignment(Qt::AlignCenter);
        at.setBlockFormat(centred);
        at.insertText(headers[c], textFormat(bodyPoints, true));
    }
    for (int r = 0; r < items.size(); ++r) {
        const ItemChanges &item = items[r];
        QTextCursor label = table->cellAt(r + 1, 0).firstCursorPosition();
        label.setBlockFormat(blockFormat());
        label.insertText(kindLabel(info, item.part), textFormat(bodyPoints - 1));
        if (item.part != PlanChange::Part::Info) {
            label.insertBlock(blockFormat(), textFormat(bodyPoints, true));
            label.insertText(item.title);
        }
        SideWriter before(table->cellAt(r + 1, 1), info, era, true);
        SideWriter now(table->cellAt(r + 1, 2), info, era, false);
        for (const PlanDifference &d : item.differences) {
            switch (d.change) {
            case Change::Added:
                before.note(word(info, QT_TRANSLATE_NOOP("ComparisonReport", "(new)")));
                now.whole(d.title);
                break;
            case Change::Removed:
                before.whole(d.title);
                now.note(word(info, QT_TRANSLATE_NOOP("ComparisonReport", "(removed)")));
                break;
            case Change::Moved:
            case Change::Changed:
                before.field(d);
                now.field(d);
                break;
            }
        }
    }
    cursor.endEditBlock();
    return document;
}
