#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

// The small named parts of a plan. Every item has an id that is unique in
// its own collection and never reused while the plan is open, so undo
// commands, cross-references and the SQLite rows can all name it.

// How one level of the hierarchy (section, theme, measure) is numbered:
// 1 / (1) / ア / (ア) / ① / 第1 / no number, after an optional prefix
// (重点的に取り組む事項). `restart` starts again at 1 under each parent;
// otherwise numbers run on through the plan.
struct LevelNumbering
{
    enum class Style { Arabic, Parenthesised, Katakana, ParenthesisedKatakana, Circled, Dai, None };
    static constexpr int styleCount = 7;
    Style style = Style::Arabic;
    QString prefix;
    bool restart = true;
    bool operator==(const LevelNumbering &o) const
    {
        return style == o.style && prefix == o.prefix && restart == o.restart;
    }
};

struct PlanInfo
{
    enum Level { SectionLevel, ThemeLevel, MeasureLevel, LevelCount };

    QString title;
    QString organisation;
    QString organisationKind = QStringLiteral("town"); // see PlanLimits::organisationKinds()
    int startYear = 2024;
    int endYear = 2028; // 0: open-ended (対象期間を定めず)
    // The language the plan's printed text is in ("ja", "en"), whatever
    // the language of the PC that prints it.
    QString language = QStringLiteral("ja");
    QString vision;     // 基本理念: one sentence
    QString goal;       // 目指す姿
    LevelNumbering numbering[LevelCount] = {
        { LevelNumbering::Style::Arabic, QString(), true },
        { LevelNumbering::Style::Parenthesised, QString(), true },
        { LevelNumbering::Style::Circled, QString(), true },
    };
    // The plan's own names for the phase kinds, by Phase::Kind; an empty
    // name means the standard word in the plan's language.
    QStringList phaseKindNames;
    // The plan document's parts in the user's order (DocumentParts names
    // them: "cover", "chapter:12", "themes" ...); empty: the standard order.
    QStringList documentParts;
    // How glossary terms marked in chapters print: as numbered notes, or
    // as links to the glossary.
    enum class TermStyle { Footnotes, Links };
    static constexpr int termStyleCount = 2;
    TermStyle termStyle = TermStyle::Footnotes;

    bool isOpenEnded() const { return endYear == 0; }

    bool operator==(const PlanInfo &o) const
    {
        return title == o.title && organisation == o.organisation
            && organisationKind == o.organisationKind && startYear == o.startYear
            && endYear == o.endYear && language == o.language && vision == o.vision
            && goal == o.goal && numbering[0] == o.numbering[0] && numbering[1] == o.numbering[1]
            && numbering[2] == o.numbering[2] && phaseKindNames == o.phaseKindNames
            && documentParts == o.documentParts && termStyle == o.termStyle;
    }
};

struct Principle
{
    int id = 0;
    QString title;
    QString description;
    bool operator==(const Principle &o) const
    {
        return id == o.id && title == o.title && description == o.description;
    }
};

// A role of the promotion structure (推進体制): CIO, DX promotion leaders, ...
struct Role
{
    int id = 0;
    QString name;
    QString description;
    bool operator==(const Role &o) const
    {
        return id == o.id && name == o.name && description == o.description;
    }
};

struct Department
{
    int id = 0;
    QString name;
    bool operator==(const Department &o) const { return id == o.id && name == o.name; }
};

// One row of the system inventory (標準化対象業務).
struct SystemEntry
{
    int id = 0;
    int number = 0;
    QString business;
    QString system;
    QString owner;
    bool operator==(const SystemEntry &o) const
    {
        return id == o.id && number == o.number && business == o.business && system == o.system
            && owner == o.owner;
    }
};

// A narrative chapter of the plan document (背景, 国の動向, 推進体制 ...):
// Markdown (CommonMark with GitHub tables). Its own headings (#, ##) are
// the chapter's sections; `![...](figure:ID)` places a figure and
// `[term](glossary:ID)` marks a glossary term.
struct Chapter
{
    int id = 0;
    QString title;
    QString text;
    bool operator==(const Chapter &o) const { return id == o.id && title == o.title && text == o.text; }
};

// A picture kept inside the plan file for chapters to show: the original
// PNG, JPEG or SVG bytes with the caption printed under it and the
// alternative text read out in its place.
struct Figure
{
    int id = 0;
    QString caption;
    QString altText;
    QString mediaType; // image/png, image/jpeg or image/svg+xml
    QByteArray data;
    bool operator==(const Figure &o) const
    {
        return id == o.id && caption == o.caption && altText == o.altText && mediaType == o.mediaType
            && data == o.data;
    }
};

struct GlossaryEntry
{
    int id = 0;
    QString term;
    QString reading;
    QString row; // 五十音行: あ行, か行, ...
    QString explanation;
    bool operator==(const GlossaryEntry &o) const
    {
        return id == o.id && term == o.term && reading == o.reading && row == o.row
            && explanation == o.explanation;
    }
};

// A date the plan states to the day or only to the month (令和7年3月末):
// a month-only date keeps day 1 and says so, so no day is invented.
struct PlanDate
{
    QDate date;
    bool monthOnly = false;
    bool isValid() const { return date.isValid(); }
    // "2025-03-31", "2025-03" for a month-only date, "" when not set.
    QString toString() const
    {
        return isValid() ? date.toString(monthOnly ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd")) : QString();
    }
    // The last day the date may mean, for comparisons with "a year ago".
    QDate latestDay() const { return monthOnly ? date.addMonths(1).addDays(-1) : date; }
    bool operator==(const PlanDate &o) const { return date == o.date && monthOnly == o.monthOnly; }
    bool operator<(const PlanDate &o) const { return date < o.date; }
};

// One entry of the plan's revision history (策定, 令和7年3月改定). A
// revision marked in DX Plan Studio also keeps a snapshot of the whole plan
// as it stood then (RevisionSnapshots), which can be opened, compared and
// restored; entries typed in from a printed history have none.
struct Revision
{
    enum class Kind { Adopted, Revised };
    int id = 0;
    PlanDate date; // 令和8年3月改定: often stated to the month only
    Kind kind = Kind::Revised;
    QString summary; // the note: what the revision changed
    QString name;    // 令和7年3月改定; empty for entries known by date alone
    QString author;  // who marked it
    bool hasSnapshot = false;
    bool operator==(const Revision &o) const
    {
        return id == o.id && date == o.date && kind == o.kind && summary == o.summary
            && name == o.name && author == o.author && hasSnapshot == o.hasSnapshot;
    }
};
