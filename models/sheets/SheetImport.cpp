#include "models/sheets/SheetImport.h"

#include "models/Plan.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace {

using Field = SheetColumnRole::Field;

// Characters that draw an arrow or a line continuing the phase before:
// → ⇒ ➡ ー ― - ～ and the like, with spaces between them.
bool isArrowChar(QChar c)
{
    static const QString arrows = QStringLiteral("→⇒⟶➡➔➜⇨↦-‐‑–—―─━ー－~～〜…‥>＞=＝〃・ \t\n\u3000");
    return arrows.contains(c);
}

bool isArrow(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isArrowChar);
}

// A label without the arrows drawn before or after it: 検討→ → 検討.
QString stripArrows(const QString &text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && isArrowChar(text[start]) && text[start] != QChar(u'・'))
        ++start;
    while (end > start && isArrowChar(text[end - 1]) && text[end - 1] != QChar(u'・'))
        --end;
    return text.mid(start, end - start).simplified();
}

// Names in one cell: 総務課、企画課 / 総務課・企画課 / one per line.
QStringList splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、,，/／・\\n;；]"));
    QStringList names;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = part.simplified();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

// A title broken over lines in its cell, on one line: Japanese lines join
// as they are, Latin ones with a space.
// A theme row's title without the number in front of it (重点的に取り組む事項1,
// (1), 1., ア, (ア), ①, 第2章): numbers are the plan's numbering's to give, and a
// sheet DX Plan Studio wrote carries them in the same cell.
QString withoutNumber(const QString &title)
{
    static const QRegularExpression number(QStringLiteral(
        "^(?:\\S*?[0-9０-９]+[)）.．、]?|[(（][0-9０-９ア-ン]+[)）]|[ア-ン][.．、]?|[①-⑳]|第[0-9０-９一二三四五六七八九十]+[章節項])"
        "\\s+(?=\\S)"));
    return QString(title).remove(number);
}

QString oneLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString joined;
    for (const QString &part : lines) {
        const QString line = part.trimmed();
        if (line.isEmpty())
            continue;
        if (!joined.isEmpty() && joined.back().unicode() < 0x3000 && line.front().unicode() < 0x3000)
            joined += QLatin1Char(' ');
        joined += line;
    }
    return joined.simplified();
}

bool meansAllDepartments(const QString &name)
{
    static const QStringList all { QStringLiteral("全課"), QStringLiteral("全部署"), QStringLiteral("全庁"),
                                   QStringLiteral("全所属"), QStringLiteral("各課"), QStringLiteral("全部局") };
    return all.contains(name);
}

struct ScheduleColumn
{
    int column;
    int year;
    int month; // 0 = whole year
};

QString phaseRange(const Phase &p)
{
    const auto point = [](int year, int month) {
        return month == 0 ? QString::number(year) : QStringLiteral("%1/%2").arg(year).arg(month);
    };
    return point(p.startYear, p.startMonth) + QStringLiteral("..") + point(p.endYear, p.endMonth);
}

QString kindWord(Phase::Kind kind)
{
    switch (kind) {
    case Phase::Kind::Study:
        return QStringLiteral("study");
    case Phase::Kind::Procure:
        return QStringLiteral("procure");
    case Phase::Kind::Build:
        return QStringLiteral("build");
    case Phase::Kind::Operate:
        return QStringLiteral("operate");
    case Phase::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

template<typename T>
int nextId(const QList<T> &items)
{
    int id = 0;
    for (const T &item : items)
        id = qMax(id, item.id);
    return id + 1;
}

} // namespace

int SheetImport::measureCount() const
{
    int count = 0;
    for (const ImportedTheme &theme : themes)
        count += int(theme.measures.size());
    return count;
}

bool SheetImport::kindFromLabel(const QString &label, Phase::Kind *kind)
{
    static const QList<std::pair<Phase::Kind, QStringList>> words {
        { Phase::Kind::Study, { QStringLiteral("検討"), QStringLiteral("準備"), QStringLiteral("調査"), QStringLiteral("研究"),
                                QStringLiteral("計画"), QStringLiteral("設計"), QStringLiteral("協議"), QStringLiteral("study") } },
        { Phase::Kind::Procure, { QStringLiteral("調達"), QStringLiteral("契約"), QStringLiteral("入札"), QStringLiteral("公募"),
                                  QStringLiteral("procure") } },
        { Phase::Kind::Build, { QStringLiteral("構築"), QStringLiteral("導入"), QStringLiteral("移行"), QStringLiteral("開発"),
                                QStringLiteral("整備"), QStringLiteral("改修"), QStringLiteral("実装"), QStringLiteral("試行"),
                                QStringLiteral("実証"), QStringLiteral("build") } },
        { Phase::Kind::Operate, { QStringLiteral("運用"), QStringLiteral("実施"), QStringLiteral("稼働"), QStringLiteral("継続"),
                                  QStringLiteral("推進"), QStringLiteral("展開"), QStringLiteral("拡大"), QStringLiteral("本格"),
                                  QStringLiteral("operat") } },
    };
    // The first kind whose word appears first in the label: 検討・準備 is
    // study, 調達・移行準備 is procurement.
    qsizetype best = -1;
    for (const auto &[k, list] : words)
        for (const QString &word : list) {
            const qsizetype at = label.indexOf(word, 0, Qt::CaseInsensitive);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                *kind = k;
            }
        }
    return best >= 0;
}

SheetImport SheetImport::convert(const SheetGrid &grid, const SheetMapping &mapping)
{
    SheetImport result;
    QList<ScheduleColumn> schedule;
    for (int c = 0; c < mapping.columns.size(); ++c)
        if (mapping.columns[c].isSchedule())
            schedule.append({ c, mapping.columns[c].year, mapping.columns[c].month });
    // In time order, whatever the order of the columns.
    std::stable_sort(schedule.begin(), schedule.end(), [](const ScheduleColumn &a, const ScheduleColumn &b) {
        const int am = a.month == 0 ? 0 : (a.month + 8) % 12;
        const int bm = b.month == 0 ? 0 : (b.month + 8) % 12;
        return a.year != b.year ? a.year < b.year : am < bm;
    });
    for (const ScheduleColumn &s : schedule) {
        result.firstYear = result.firstYear == 0 ? s.year : qMin(result.firstYear, s.year);
        result.lastYear = qMax(result.lastYear, s.year);
    }
    const int titleColumn = mapping.columnOf(Field::Title);
    const int themeColumn = mapping.columnOf(Field::Theme);
    const int departmentColumn = mapping.columnOf(Field::Departments);
    const int audienceColumn = mapping.columnOf(Field::Audience);
    const int overviewColumn = mapping.columnOf(Field::Overview);
    const int columns = qMax(grid.columnCount(), int(mapping.columns.size()));

    const auto currentTheme = [&]() -> ImportedTheme & {
        if (result.themes.isEmpty())
            result.themes.append({ grid.name.isEmpty() ? QCoreApplication::translate("SheetImport", "Imported measures") : grid.name, {}, -1 });
        return result.themes.last();
    };

    for (int r = mapping.firstDataRow; r < grid.rowCount(); ++r) {
        int textCells = 0;
        int loneColumn = -1;
        bool scheduleFilled = false;
        bool anything = false;
        for (int c = 0; c < columns; ++c) {
            const SheetCell cell = grid.cell(r, c);
            if (cell.isEmpty())
                continue;
            anything = true;
            if (!cell.text.trimmed().isEmpty()) {
                ++textCells;
                loneColumn = c;
            }
            if (mapping.role(c).isSchedule())
                scheduleFilled = true;
        }
        if (!anything)
            continue;

        // A theme row: one cell merged across the table, or a lone title.
        QString themeTitle;
        for (int c = 0; c < columns && themeTitle.isEmpty(); ++c) {
            const SheetRange *merge = grid.mergeAt(r, c);
            if (merge && merge->bottom == r && merge->right - merge->left >= 2 && !grid.text(r, c).isEmpty()
                && (merge->right >= titleColumn || mapping.role(merge->right).isSchedule()))
                themeTitle = grid.text(r, c);
        }
        if (themeTitle.isEmpty() && textCells == 1 && !scheduleFilled)
            themeTitle = grid.text(r, loneColumn);
        if (!themeTitle.isEmpty()) {
            result.themes.append({ withoutNumber(oneLine(themeTitle)), {}, r });
            continue;
        }
        const QString themeCell = themeColumn >= 0 ? withoutNumber(oneLine(grid.text(r, themeColumn))) : QString();
        if (!themeCell.isEmpty() && (result.themes.isEmpty() || themeCell != result.themes.last().title))
            result.themes.append({ themeCell, {}, r });

        ImportedMeasure measure;
        measure.row = r;
        measure.title = titleColumn >= 0 ? oneLine(grid.text(r, titleColumn)) : QString();
        if (measure.title.isEmpty()) {
            if (textCells > 0 || scheduleFilled)
                result.doubts.append({ grid.reference(r, qMax(0, titleColumn)), QCoreApplication::translate("SheetImport", "the row has no title; it was skipped") });
            continue;
        }
        if (overviewColumn >= 0)
            measure.overview = grid.text(r, overviewColumn);
        if (departmentColumn >= 0)
            for (const QString &name : splitNames(grid.text(r, departmentColumn))) {
                if (meansAllDepartments(name))
                    measure.allDepartments = true;
                else
                    measure.departments << name;
            }
        if (audienceColumn >= 0)
            measure.audiences = splitNames(grid.text(r, audienceColumn));

        // The schedule: a label starts a phase, an arrow or a filled cell
        // without text continues it, an empty cell ends it.
        bool open = false;
        Phase phase;
        const auto close = [&]() {
            if (open)
                measure.phases.append(phase);
            open = false;
        };
        for (const ScheduleColumn &s : schedule) {
            const SheetCell cell = grid.cell(r, s.column);
            const QString text = cell.text.trimmed();
            const bool arrow = isArrow(text);
            const QString label = arrow ? QString() : stripArrows(text);
            const auto extend = [&]() {
                phase.endYear = s.year;
                phase.endMonth = s.month == 3 ? 0 : s.month;
            };
            if (text.isEmpty() && !cell.filled) {
                close();
            } else if (label.isEmpty() || (open && label == phase.label)) {
                if (!open) {
                    phase = Phase();
                    phase.kind = Phase::Kind::Other;
                    phase.startYear = s.year;
                    phase.startMonth = s.month == 4 ? 0 : s.month;
                    open = true;
                    if (arrow)
                        result.doubts.append({ grid.reference(r, s.column),
                                               QCoreApplication::translate("SheetImport", "an arrow with no phase before it; read as the start of a phase without a label") });
                }
                extend();
            } else {
                close();
                phase = Phase();
                phase.label = label;
                if (!kindFromLabel(label, &phase.kind)) {
                    phase.kind = Phase::Kind::Other;
                    result.doubts.append({ grid.reference(r, s.column),
                                           QCoreApplication::translate("SheetImport", "「%1」 is not a phase DX Plan Studio knows; read as a phase labelled so").arg(label) });
                }
                phase.startYear = s.year;
                phase.startMonth = s.month == 4 ? 0 : s.month;
                open = true;
                extend();
            }
        }
        close();
        currentTheme().measures.append(measure);
    }
    // Headings with nothing under them (a note below the table, a theme
    // row repeated) are no themes.
    result.themes.removeIf([](const ImportedTheme &t) { return t.measures.isEmpty(); });
    return result;
}

void SheetImport::addTo(Plan *plan, const FirstIds &first) const
{
    int themeId = first.theme > 0 ? first.theme : nextId(plan->themes);
    int measureId = first.measure;
    if (measureId <= 0) {
        measureId = 1;
        for (const Theme &t : plan->themes)
            measureId = qMax(measureId, nextId(t.measures));
    }
    int newDepartment = first.department > 0 ? first.department : nextId(plan->departments);
    int newAudience = first.audience > 0 ? first.audience : nextId(plan->audiences);
    const auto departmentId = [plan, &newDepartment](const QString &name) {
        for (const Department &d : plan->departments)
            if (d.name == name)
                return d.id;
        plan->departments.append({ newDepartment, name });
        return newDepartment++;
    };
    const auto audienceId = [plan, &newAudience](const QString &name) {
        for (const AudienceGroup &a : plan->audiences)
            if (a.name == name)
                return a.id;
        plan->audiences.append({ newAudience, name });
        return newAudience++;
    };
    for (const ImportedTheme &imported : themes) {
        Theme theme;
        theme.id = themeId++;
        theme.title = imported.title;
        for (const ImportedMeasure &m : imported.measures) {
            Measure measure;
            measure.id = measureId++;
            measure.themeId = theme.id;
            measure.title = m.title;
            measure.overview = m.overview;
            measure.allDepartments = m.allDepartments;
            for (const QString &name : m.departments)
                measure.departmentIds << departmentId(name);
            for (const QString &name : m.audiences)
                measure.audienceIds << audienceId(name);
            measure.phases = m.phases;
            theme.measures.append(measure);
        }
        plan->themes.append(theme);
    }
}

Plan SheetImport::toPlan(const QString &title) const
{
    Plan plan;
    plan.info.title = title;
    if (firstYear != 0) {
        plan.info.startYear = firstYear;
        plan.info.endYear = lastYear;
    }
    addTo(&plan);
    return plan;
}

QString SheetImport::scheduleText() const
{
    QString text;
    for (const ImportedTheme &theme : themes) {
        text += QStringLiteral("theme %1\n").arg(theme.title);
        for (const ImportedMeasure &m : theme.measures) {
            text += QStringLiteral("  measure %1").arg(m.title);
            QStringList departments = m.departments;
            if (m.allDepartments)
                departments.prepend(QStringLiteral("*all*"));
            if (!departments.isEmpty())
                text += QStringLiteral(" | departments: %1").arg(departments.join(QStringLiteral(", ")));
            if (!m.audiences.isEmpty())
                text += QStringLiteral(" | audience: %1").arg(m.audiences.join(QStringLiteral(", ")));
            if (!m.overview.isEmpty())
                text += QStringLiteral(" | overview: %1").arg(m.overview.simplified());
            text += QLatin1Char('\n');
            for (const Phase &p : m.phases)
                text += QStringLiteral("    %1 %2 \"%3\"\n").arg(kindWord(p.kind), phaseRange(p), p.label);
        }
    }
    return text;
}
