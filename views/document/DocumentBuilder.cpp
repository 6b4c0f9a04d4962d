#include "views/document/DocumentBuilder.h"

#include "models/DocumentParts.h"
#include "models/KpiStatus.h"
#include "models/Numbering.h"
#include "models/ScheduleYears.h"
#include "views/common/DocumentFont.h"
#include "views/common/PhaseText.h"
#include "views/common/PrintedText.h"
#include "views/document/ChapterMarkdown.h"
#include "views/document/DocumentMarks.h"
#include "views/document/DocumentObjects.h"
#include "views/kpi/KpiFormat.h"
#include "views/roadmap/RoadmapRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QMap>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QPainter>
#include <QTextObjectInterface>

using DocumentMarks::BlockRole;

// Lets the document lay out and paint its drawings in the flow (the PDF
// pages and the print preview), in the document's pixels. The roadmap
// takes one line in the flow: the PDF gives it pages of its own instead.
class DrawingsInFlow : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    DrawingsInFlow(const DocumentObjects *objects, QObject *parent) : QObject(parent), m_objects(objects) { }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        if (format.objectType() == DocumentMarks::RoadmapObject)
            return QSizeF(1, 1);
        return m_objects->size(format) * DocumentBuilder::pixelsPerPoint;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        if (format.objectType() == DocumentMarks::RoadmapObject)
            return;
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(DocumentBuilder::pixelsPerPoint, DocumentBuilder::pixelsPerPoint);
        m_objects->paint(painter, QRectF(QPointF(0, 0), rect.size() / DocumentBuilder::pixelsPerPoint), format);
        painter->restore();
    }

private:
    const DocumentObjects *m_objects;
};

namespace {

const char *const context = "DocumentBuilder";

// Font sizes in points; the document works in pixels (DocumentBuilder::pixelsPerPoint).
constexpr qreal bodyPoints = 10.5;
constexpr qreal headingPoints[] = { 16, 13, 11.5, 10.5 };
constexpr qreal titlePoints = 24;

// One cell of a generated table.
struct Cell
{
    QString text;
    int columns = 1;
    bool label = false; // a row's label, set in bold
};

// A year as a narrow column's heading: 令和 and Western years on lines
// of their own (R7 / (2025)), never broken inside.
QString yearHeading(int year, FiscalYear::EraStyle era)
{
    return FiscalYear::shortLabel(year, era).replace(QLatin1Char('('), QStringLiteral("\n("));
}

struct Table
{
    QString caption;
    QList<Cell> header;
    QList<QList<Cell>> rows;
    // Each column's share of the text width, in percent; empty: Qt fits
    // the columns to their text (which means measuring every cell).
    QList<qreal> shares;
};

// Writes the document at a cursor; one instance per build.
class Writer
{
public:
    Writer(const Plan &plan, const DocumentOptions &options, QTextDocument *document)
        : m_plan(plan), m_options(options), m_numbers(plan), m_document(document), m_cursor(document)
    {
    }

    QString word(const char *source) const { return PrintedText::text(m_plan.info, context, source); }
    bool japanese() const { return m_plan.info.language == QLatin1String("ja"); }
    FiscalYear::EraStyle era() const
    {
        return japanese() ? m_options.era : FiscalYear::EraStyle::Western;
    }
    const Plan &plan() const { return m_plan; }
    const PlanNumbers &numbers() const { return m_numbers; }
    const DocumentOptions &options() const { return m_options; }
    QTextCursor &cursor() { return m_cursor; }

    static qreal px(qreal points) { return points * DocumentBuilder::pixelsPerPoint; }

    static QTextCharFormat textFormat(qreal points, bool bold = false)
    {
        return DocumentBuilder::textFormat(points, bold);
    }

    // A new block (the document's first block is reused once).
    void block(const QTextBlockFormat &format, const QTextCharFormat &charFormat)
    {
        if (m_fresh) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_fresh = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
    }

    static QTextBlockFormat blockFormat(BlockRole role = BlockRole::Body)
    {
        QTextBlockFormat f;
        f.setProperty(DocumentMarks::Role, int(role));
        f.setBottomMargin(px(4));
        f.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        return f;
    }

    void paragraph(const QString &text, BlockRole role = BlockRole::Body, qreal points = bodyPoints,
                   bool bold = false, Qt::Alignment alignment = Qt::AlignLeft)
    {
        QTextBlockFormat f = blockFormat(role);
        f.setAlignment(alignment);
        const QTextCharFormat c = textFormat(points, bold);
        block(f, c);
        m_cursor.insertText(text, c);
    }

    // A heading of the document (level 1: a part, numbered 第1章). The
    // number is the plan's own where it has one (`number`), else the
    // document's: 第N章 / N. / (N) / ア by level.
    void heading(int level, const QString &title, const QString &number = QString(), bool numbered = true)
    {
        const QString label = numbered && number.isEmpty() ? nextLabel(level) : number;
        const QString text = label.isEmpty() ? title : label + QChar(0x3000) + title;
        QTextBlockFormat f = blockFormat();
        f.setHeadingLevel(level);
        f.setTopMargin(px(level == 1 ? 0 : 10));
        f.setBottomMargin(px(level == 1 ? 14 : 6));
        // Parts start on a new page (the first one too, after a cover).
        if (level == 1 && !m_fresh)
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat c = textFormat(headingPoints[qBound(1, level, 4) - 1], true);
        block(f, c);
        m_cursor.insertText(text, anchored(c, level, text));
    }

    // The next number of a level: 第N章 / N. / (N) / ア; the levels below
    // start again.
    QString nextLabel(int level)
    {
        level = qBound(1, level, 4);
        for (int deeper = level; deeper < 4; ++deeper)
            m_counters[deeper] = 0;
        const int n = ++m_counters[level - 1];
        switch (level) {
        case 1:
            return PrintedText::text(m_plan.info, context, QT_TRANSLATE_NOOP("DocumentBuilder", "Chapter %n"), n);
        case 2:
            return QString::number(n) + QLatin1Char('.');
        case 3:
            return PlanNumbers::format(LevelNumbering::Style::Parenthesised, n);
        default:
            return PlanNumbers::format(LevelNumbering::Style::Katakana, n);
        }
    }

    // The format of a heading's text with its anchor, and the heading
    // listed in the contents (levels 1 and 2).
    QTextCharFormat anchored(const QTextCharFormat &format, int level, const QString &text)
    {
        QTextCharFormat anchor = format;
        const QString name = QStringLiteral("h%1").arg(++m_anchors);
        anchor.setAnchor(true);
        anchor.setAnchorNames({ name });
        if (level <= 2 && m_contentsAt >= 0)
            m_toc << TocLine { level, text, name };
        return anchor;
    }

    // A chapter's own headings (from its Markdown, from block `first`
    // on) numbered in the document's way and anchored like the others.
    void numberHeadingsFrom(int first)
    {
        for (QTextBlock b = m_document->findBlockByNumber(first); b.isValid(); b = b.next()) {
            const int level = b.blockFormat().headingLevel();
            if (level < 2)
                continue;
            const QString label = level <= 4 ? nextLabel(level) + QChar(0x3000) : QString();
            // Set like the document's own headings of that level.
            const QTextCharFormat format = textFormat(headingPoints[qMin(level, 4) - 1], true);
            QTextCursor at(b);
            at.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            at.setCharFormat(format);
            at.setPosition(b.position());
            at.insertText(label, anchored(format, level, label + b.text()));
        }
    }

    // Anchors for glossary entries, so chapters can link to them.
    static QString glossaryAnchor(int entryId) { return QStringLiteral("term-%1").arg(entryId); }

    void table(const Table &t)
    {
        if (!t.caption.isEmpty())
            paragraph(t.caption, BlockRole::TableCaption, bodyPoints, true);
        int columns = 0;
        for (const Cell &c : t.header)
            columns += c.columns;
        const int rows = int(t.rows.size()) + (t.header.isEmpty() ? 0 : 1);
        if (columns == 0 || rows == 0)
            return;
        QTextTableFormat f;
        f.setHeaderRowCount(t.header.isEmpty() ? 0 : 1);
        f.setBorderCollapse(true);
        f.setBorder(0.75);
        f.setBorderBrush(QColor(0x55, 0x55, 0x55));
        f.setCellPadding(px(3));
        f.setCellSpacing(0);
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (!t.shares.isEmpty()) {
            // Fixed widths (Qt counts a cell's padding in its column's width).
            const qreal text = px(DocumentBuilder::bodySizePoints(m_options.paper).width()) - 2;
            QList<QTextLength> widths;
            for (qreal share : t.shares)
                widths << QTextLength(QTextLength::FixedLength, text * share / 100);
            f.setColumnWidthConstraints(widths);
        }
        f.setBottomMargin(px(8));
        if (m_fresh) {
            m_cursor.setBlockFormat(blockFormat());
            m_fresh = false;
        }
        QTextTable *table = m_cursor.insertTable(rows, columns, f);
        int row = 0;
        auto fillRow = [&](const QList<Cell> &cells, bool header) {
            int column = 0;
            for (const Cell &cell : cells) {
                if (column >= columns)
                    break;
                const int span = qMin(cell.columns, columns - column);
                if (span > 1)
                    table->mergeCells(row, column, 1, span);
                QTextTableCell tableCell = table->cellAt(row, column);
                if (header) {
                    QTextCharFormat shade = tableCell.format();
                    shade.setBackground(QColor(0xE8, 0xEC, 0xF2));
                    tableCell.setFormat(shade);
                }
                QTextCursor at = tableCell.firstCursorPosition();
                QTextBlockFormat bf = blockFormat();
                bf.setBottomMargin(0);
                bf.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
                at.setBlockFormat(bf);
                at.insertText(cell.text, textFormat(bodyPoints - 1, header || cell.label));
                column += span;
            }
            ++row;
        };
        if (!t.header.isEmpty())
            fillRow(t.header, true);
        for (const QList<Cell> &cells : t.rows)
            fillRow(cells, false);
        m_cursor.movePosition(QTextCursor::End);
    }

    // A generated drawing in a paragraph of its own. (The roadmap's part
    // holds only its heading and drawing, so they have a flow page of
    // their own: every part starts on a new page.)
    void object(int type, int itemId, const QString &altText)
    {
        QTextBlockFormat f = blockFormat();
        f.setAlignment(Qt::AlignCenter);
        block(f, textFormat(bodyPoints));
        QTextCharFormat c;
        c.setObjectType(type);
        c.setProperty(DocumentMarks::ObjectItemId, itemId);
        c.setProperty(DocumentMarks::AltText, altText);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), c);
    }

    void contents()
    {
        heading(1, word(QT_TRANSLATE_NOOP("DocumentBuilder", "Contents")), QString(), false);
        m_contentsAt = m_cursor.position(); // the headings after it are listed
    }

    // The table of contents, once every heading is known: one linked line
    // per part and second-level heading.
    void fillContents()
    {
        if (m_contentsAt < 0)
            return;
        QTextCursor at(m_document);
        at.setPosition(m_contentsAt);
        for (const TocLine &line : m_toc) {
            QTextBlockFormat f = blockFormat(BlockRole::TocEntry);
            f.setIndent(line.level - 1);
            // The page numbers are painted at the right edge (DocumentPages).
            f.setRightMargin(px(30));
            QTextCharFormat c = textFormat(bodyPoints, line.level == 1);
            at.insertBlock(f, c);
            QTextCharFormat link = c;
            link.setAnchor(true);
            link.setAnchorHref(QLatin1Char('#') + line.anchor);
            at.insertText(line.text, link);
        }
    }

private:
    struct TocLine
    {
        int level;
        QString text;
        QString anchor;
    };

    const Plan &m_plan;
    DocumentOptions m_options;
    PlanNumbers m_numbers;
    QTextDocument *m_document;
    QTextCursor m_cursor;
    bool m_fresh = true;
    int m_counters[4] = {};
    int m_anchors = 0;
    int m_contentsAt = -1;
    QList<TocLine> m_toc;
};

QString periodText(const Writer &w)
{
    const PlanInfo &info = w.plan().info;
    const QString start = FiscalYear::label(info.startYear, w.era());
    if (info.isOpenEnded())
        return PrintedText::text(info, context, QT_TRANSLATE_NOOP("DocumentBuilder", "From %1, with no end date; the plan is revised as needed.")).arg(start);
    return PrintedText::text(info, context, QT_TRANSLATE_NOOP("DocumentBuilder", "From %1 to %2 (%n years)."), info.endYear - info.startYear + 1)
        .arg(start, FiscalYear::label(info.endYear, w.era()));
}

void writeCover(Writer &w)
{
    const PlanInfo &info = w.plan().info;
    QTextBlockFormat space = Writer::blockFormat();
    space.setTopMargin(Writer::px(180));
    w.block(space, Writer::textFormat(bodyPoints));
    w.paragraph(info.title, BlockRole::DocumentTitle, titlePoints, true, Qt::AlignCenter);
    w.paragraph(periodText(w), BlockRole::CoverLine, 12, false, Qt::AlignCenter);
    if (const Revision *latest = w.plan().latestRevision()) {
        const QString date = RoadmapRenderer::dateText(latest->date, w.era());
        const char *source = latest->kind == Revision::Kind::Adopted ? QT_TRANSLATE_NOOP("DocumentBuilder", "Adopted %1")
                                                                 : QT_TRANSLATE_NOOP("DocumentBuilder", "Revised %1");
        w.paragraph(w.word(source).arg(date), BlockRole::CoverLine, 12, false, Qt::AlignCenter);
    }
    w.paragraph(info.organisation, BlockRole::CoverLine, 16, true, Qt::AlignCenter);
}

void writeChapter(Writer &w, const Chapter &chapter, int *noteNumber)
{
    w.heading(1, chapter.title);
    const int first = w.cursor().block().blockNumber() + 1;
    ChapterMarkdown::insert(w.cursor(), w.plan(), chapter, noteNumber);
    w.numberHeadingsFrom(first);
}

bool hasVision(const Plan &plan)
{
    return !plan.info.vision.isEmpty() || !plan.info.goal.isEmpty() || !plan.principles.isEmpty();
}

void writeVision(Writer &w)
{
    const Plan &plan = w.plan();
    w.heading(1, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Vision and principles")));
    if (!plan.info.vision.isEmpty()) {
        w.heading(2, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Vision")));
        w.paragraph(plan.info.vision, BlockRole::Body, 13, true, Qt::AlignCenter);
    }
    if (!plan.info.goal.isEmpty()) {
        w.heading(2, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "What we aim for")));
        w.paragraph(plan.info.goal);
    }
    if (!plan.principles.isEmpty()) {
        w.heading(2, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Principles")));
        for (const Principle &p : plan.principles) {
            w.heading(3, p.title);
            if (!p.description.isEmpty())
                w.paragraph(p.description);
        }
    }
}

void writeStructure(Writer &w)
{
    w.heading(1, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Promotion structure")));
    Table t { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Roles of the promotion structure")), { { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Role")) }, { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Responsibilities")) } }, {} };
    for (const Role &r : w.plan().roles)
        t.rows << QList<Cell> { { r.name, 1, true }, { r.description } };
    w.table(t);
}

void writePeriod(Writer &w)
{
    w.heading(1, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Plan period")));
    w.paragraph(periodText(w));
}

// The measure table towns print: 対象, 概要, 効果, 関係課, and the fiscal
// years of the plan with what happens in each (目標年度).
void writeMeasure(Writer &w, const Measure &m, const QList<int> &years)
{
    const PlanInfo &info = w.plan().info;
    const int span = int(qMax<qsizetype>(1, years.size()));
    Table t;
    const QString number = w.numbers().measure(m.id);
    t.caption = number.isEmpty() ? m.title : number + QChar(0x3000) + m.title;
    t.header << Cell { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Item")), 1, true };
    // Every measure table alike: the row labels, then the years sharing
    // the rest (fixed widths also spare Qt measuring each of a thousand
    // tables' cells: a 1,000-measure document lays out in half the time).
    t.shares << 12;
    for (int i = 0; i < years.size(); ++i)
        t.shares << 88.0 / years.size();
    for (int year : years)
        t.header << Cell { yearHeading(year, w.era()) };
    auto row = [&](const char *label, const QString &text) {
        if (!text.isEmpty())
            t.rows << QList<Cell> { { w.word(label), 1, true }, { text, span } };
    };
    row(QT_TRANSLATE_NOOP("DocumentBuilder", "Target"), w.plan().audienceNames(m).join(QStringLiteral("・")));
    row(QT_TRANSLATE_NOOP("DocumentBuilder", "Overview"), m.overview);
    row(QT_TRANSLATE_NOOP("DocumentBuilder", "Effect"), m.effect);
    row(QT_TRANSLATE_NOOP("DocumentBuilder", "Departments"),
        m.allDepartments ? w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "All departments"))
                         : w.plan().departmentNames(m).join(QStringLiteral("、")));
    QList<Cell> schedule { { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Schedule")), 1, true } };
    bool any = false;
    for (int year : years) {
        const int kind = ScheduleYears::kindInYear(m.phases, year);
        QString text;
        if (kind >= 0) {
            text = PhaseText::kindName(info, Phase::Kind(kind));
            any = true;
        }
        for (const Milestone &ms : m.milestones) {
            if (ms.year == year) {
                text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + QStringLiteral("◆") + ms.label;
                any = true;
            }
        }
        schedule << Cell { text };
    }
    if (any && !years.isEmpty())
        t.rows << schedule;
    w.table(t);
}

void writeThemes(Writer &w)
{
    const Plan &plan = w.plan();
    const auto [first, last] = plan.periodYears();
    QList<int> years;
    for (int y = first; y <= last && years.size() < 10; ++y)
        years << y;
    w.heading(1, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Measures")));
    int sectionId = -1;
    for (const Theme &t : plan.themes) {
        if (t.sectionId != sectionId) {
            sectionId = t.sectionId;
            if (const Section *s = plan.section(sectionId)) {
                w.heading(2, s->title, w.numbers().section(s->id), false);
                if (!s->overview.isEmpty())
                    w.paragraph(s->overview);
            }
        }
        const int themeLevel = plan.section(t.sectionId) ? 3 : 2;
        w.heading(themeLevel, t.title, w.numbers().theme(t.id), false);
        QStringList principles;
        for (int id : t.principleIds)
            if (const Principle *p = plan.principle(id))
                principles << p->title;
        if (!principles.isEmpty())
            w.paragraph(w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Principles served: %1")).arg(principles.join(QStringLiteral("、"))));
        if (!t.overview.isEmpty())
            w.paragraph(t.overview);
        if (!t.directions.isEmpty()) {
            // A heading of its own: it stays with its list on the page.
            w.heading(themeLevel + 1, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Directions")), QString(), false);
            for (const Direction &d : t.directions)
                w.paragraph(QStringLiteral("▷ ") + d.text);
        }
        for (const Measure &m : t.measures)
            writeMeasure(w, m, years);
    }
}

bool hasCandidates(const Plan &plan)
{
    for (const Theme &t : plan.themes)
        if (!t.futureCandidates.isEmpty())
            return true;
    return false;
}

void writeCandidates(Writer &w)
{
    w.heading(1, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Future candidates")));
    for (const Theme &t : w.plan().themes) {
        if (t.futureCandidates.isEmpty())
            continue;
        w.heading(2, t.title, w.numbers().theme(t.id), false);
        for (const QString &c : t.futureCandidates)
            w.paragraph(QStringLiteral("・") + c);
    }
}

void writeRoadmap(Writer &w)
{
    w.heading(1, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Roadmap")));
    const auto [first, last] = w.plan().periodYears();
    const QString alt = PrintedText::text(w.plan().info, context, QT_TRANSLATE_NOOP("DocumentBuilder", "Roadmap of %n measures from %1 to %2."),
                                          w.plan().measureCount())
                            .arg(FiscalYear::label(first, w.era()), FiscalYear::label(last, w.era()));
    w.object(DocumentMarks::RoadmapObject, 0, alt);
}

void writeKpis(Writer &w)
{
    const Plan &plan = w.plan();
    w.heading(1, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "KPIs")));
    QList<int> years;
    for (const Kpi &k : plan.kpis)
        for (const KpiTarget &t : k.targets)
            if (!years.contains(t.year))
                years << t.year;
    std::sort(years.begin(), years.end());
    Table t { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "KPI targets and results")), { { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Indicator")) }, { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Baseline")) } }, {} };
    for (int year : years)
        t.header << Cell { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Target %1")).arg(yearHeading(year, w.era())) };
    t.header << Cell { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Latest")) } << Cell { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Status")) };
    for (const Kpi &k : plan.kpis) {
        const KpiStatus status(k, w.options().asOf);
        QString baseline = KpiFormat::value(k.baselineValue, k);
        if (k.baselineDate.isValid())
            baseline += QStringLiteral("\n(") + RoadmapRenderer::dateText(k.baselineDate, w.era()) + QLatin1Char(')');
        QList<Cell> row { { k.name, 1, true }, { baseline } };
        for (int year : years) {
            QString target;
            for (const KpiTarget &kt : k.targets)
                if (kt.year == year)
                    target = KpiFormat::target(kt, k);
            row << Cell { target };
        }
        QString latest;
        if (const auto record = status.isQualitative() ? status.latestRecord() : status.latestActual())
            latest = KpiFormat::actual(*record, k) + QStringLiteral("\n(")
                + RoadmapRenderer::dateText(record->date, w.era()) + QLatin1Char(')');
        row << Cell { latest } << Cell { KpiFormat::statusText(status.status(), plan.info.language) };
        t.rows << row;
    }
    w.table(t);
    // Targets raised or lowered since the plan was adopted, each with its
    // first value: R7目標 100件 → 150件（令和7年3月改定）.
    for (const Kpi &k : plan.kpis)
        for (const KpiTargetRevision &r : k.targetRevisions)
            w.paragraph(w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "%1: %2")).arg(k.name, KpiFormat::targetRevision(r, k, w.era(), plan.info.language)),
                        BlockRole::Note, bodyPoints - 1);
    for (const Kpi &k : plan.kpis)
        w.object(DocumentMarks::KpiChartObject, k.id,
                 PrintedText::text(plan.info, context, QT_TRANSLATE_NOOP("DocumentBuilder", "Chart of %1: targets and results by fiscal year.")).arg(k.name));
}

void writeSystems(Writer &w)
{
    w.heading(1, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "System inventory")));
    Table t { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Systems to be standardised")),
              { { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "No.")) }, { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Business")) }, { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Current system")) }, { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Owner")) } },
              {} };
    for (const SystemEntry &s : w.plan().systems)
        t.rows << QList<Cell> { { QString::number(s.number) }, { s.business, 1, true }, { s.system }, { s.owner } };
    w.table(t);
}

// Kana rows in their order; a row the list does not know comes after.
int kanaRowOrder(const QString &row)
{
    static const QStringList rows { QStringLiteral("あ行"), QStringLiteral("か行"), QStringLiteral("さ行"),
                                    QStringLiteral("た行"), QStringLiteral("な行"), QStringLiteral("は行"),
                                    QStringLiteral("ま行"), QStringLiteral("や行"), QStringLiteral("ら行"),
                                    QStringLiteral("わ行") };
    const int at = int(rows.indexOf(row));
    return at < 0 ? int(rows.size()) : at;
}

void writeGlossary(Writer &w)
{
    w.heading(1, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Glossary")));
    QList<QString> rows;
    for (const GlossaryEntry &g : w.plan().glossary)
        if (!rows.contains(g.row))
            rows << g.row;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const QString &a, const QString &b) { return kanaRowOrder(a) < kanaRowOrder(b); });
    for (const QString &row : rows) {
        w.heading(2, row.isEmpty() ? w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Other terms")) : row, QString(), false);
        for (const GlossaryEntry &g : w.plan().glossary) {
            if (g.row != row)
                continue;
            QTextBlockFormat f = Writer::blockFormat();
            QTextCharFormat term = Writer::textFormat(bodyPoints, true);
            term.setAnchor(true);
            term.setAnchorNames({ Writer::glossaryAnchor(g.id) });
            w.block(f, term);
            w.cursor().insertText(g.term, term);
            const QTextCharFormat body = Writer::textFormat(bodyPoints);
            if (!g.reading.isEmpty())
                w.cursor().insertText(QStringLiteral("（") + g.reading + QStringLiteral("）"), body);
            if (!g.explanation.isEmpty()) {
                QTextBlockFormat indented = Writer::blockFormat();
                indented.setLeftMargin(Writer::px(14));
                w.block(indented, body);
                w.cursor().insertText(g.explanation, body);
            }
        }
    }
}

void writeRevisions(Writer &w)
{
    w.heading(1, w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Revision history")));
    Table t { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Revisions of the plan")), { { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Date")) }, { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Kind")) }, { w.word(QT_TRANSLATE_NOOP("DocumentBuilder", "Summary")) } }, {} };
    for (const Revision &r : w.plan().revisions)
        t.rows << QList<Cell> { { RoadmapRenderer::dateText(r.date, w.era()), 1, true },
                                { w.word(r.kind == Revision::Kind::Adopted ? QT_TRANSLATE_NOOP("DocumentBuilder", "Adopted")
                                                                  : QT_TRANSLATE_NOOP("DocumentBuilder", "Revised")) },
                                { r.summary } };
    w.table(t);
}

} // namespace

DocumentBuilder::DocumentBuilder(const Plan &plan, const DocumentOptions &options, const DocumentObjects *objects)
    : m_plan(plan), m_options(options), m_objects(objects)
{
}

qreal DocumentBuilder::marginPoints()
{
    return 20 * 72 / 25.4; // 20 mm
}

QSizeF DocumentBuilder::bodySizePoints(QPageSize::PageSizeId paper)
{
    const QSizeF page = QPageSize(paper).size(QPageSize::Point);
    return page - QSizeF(2 * marginPoints(), 2 * marginPoints());
}

QTextCharFormat DocumentBuilder::textFormat(qreal points, bool bold)
{
    QTextCharFormat f;
    QFont font(DocumentFont::installedFamily());
    font.setPixelSize(qRound(points * pixelsPerPoint));
    font.setBold(bold);
    f.setFont(font, QTextCharFormat::FontPropertiesAll);
    return f;
}

std::unique_ptr<QTextDocument> DocumentBuilder::emptyDocument(QPageSize::PageSizeId paper, const QString &title,
                                                              qreal points)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    QFont font(DocumentFont::installedFamily());
    font.setPixelSize(qRound(points * pixelsPerPoint));
    document->setDefaultFont(font);
    QTextOption option = document->defaultTextOption();
    // Japanese has no spaces: lines break between characters, and Qt's
    // line breaking (UAX #14) keeps 、。」) off the start of a line.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setTextWidth(bodySizePoints(paper).width() * pixelsPerPoint);
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    return document;
}

std::unique_ptr<QTextDocument> DocumentBuilder::build() const
{
    auto document = emptyDocument(m_options.paper, m_plan.info.title, bodyPoints);
    ChapterMarkdown::addFigureResources(document.get(), m_plan);

    Writer w(m_plan, m_options, document.get());
    // One edit: Qt scans the document's frames (a table is one) when an
    // edit ends, which for every table of a large plan would be quadratic.
    QTextCursor edit(document.get());
    edit.beginEditBlock();
    int noteNumber = 1;
    for (const QString &key : DocumentParts::effectiveOrder(m_plan)) {
        DocumentParts::Part part;
        int chapterId = 0;
        DocumentParts::parse(key, &part, &chapterId);
        switch (part) {
        case DocumentParts::Part::Cover:
            writeCover(w);
            break;
        case DocumentParts::Part::Contents:
            w.contents();
            break;
        case DocumentParts::Part::Chapter:
            if (const Chapter *c = findById(m_plan.chapters, chapterId))
                writeChapter(w, *c, &noteNumber);
            break;
        case DocumentParts::Part::Vision:
            if (hasVision(m_plan))
                writeVision(w);
            break;
        case DocumentParts::Part::Structure:
            if (!m_plan.roles.isEmpty())
                writeStructure(w);
            break;
        case DocumentParts::Part::Period:
            writePeriod(w);
            break;
        case DocumentParts::Part::Themes:
            if (!m_plan.themes.isEmpty())
                writeThemes(w);
            break;
        case DocumentParts::Part::Candidates:
            if (hasCandidates(m_plan))
                writeCandidates(w);
            break;
        case DocumentParts::Part::Roadmap:
            if (m_plan.measureCount() > 0 && m_objects)
                writeRoadmap(w);
            break;
        case DocumentParts::Part::Kpis:
            if (!m_plan.kpis.isEmpty())
                writeKpis(w);
            break;
        case DocumentParts::Part::Systems:
            if (!m_plan.systems.isEmpty())
                writeSystems(w);
            break;
        case DocumentParts::Part::Glossary:
            if (!m_plan.glossary.isEmpty())
                writeGlossary(w);
            break;
        case DocumentParts::Part::Revisions:
            if (!m_plan.revisions.isEmpty())
                writeRevisions(w);
            break;
        }
    }
    w.fillContents();
    edit.endEditBlock();
    // Asking for the layout makes one: only now, with the text in place.
    if (m_objects) {
        auto *drawings = new DrawingsInFlow(m_objects, document.get());
        document->documentLayout()->registerHandler(DocumentMarks::RoadmapObject, drawings);
        document->documentLayout()->registerHandler(DocumentMarks::KpiChartObject, drawings);
    }
    return document;
}

#include "DocumentBuilder.moc"
