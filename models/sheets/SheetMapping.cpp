#include "models/sheets/SheetMapping.h"

#include "models/PlanLimits.h"

#include <QRegularExpression>

namespace {

using Field = SheetColumnRole::Field;

// Header text as compared: full-width letters and digits as ASCII
// (ＦＹ２０２４ → FY2024), no spaces.
QString normalised(const QString &text)
{
    QString n = text.normalized(QString::NormalizationForm_KC);
    n.remove(QRegularExpression(QStringLiteral("[ \\t\\x{3000}]")));
    return n;
}

// The field a header text names, by the words towns use for it.
Field fieldFromHeader(const QString &header)
{
    const QString h = normalised(header);
    if (h.isEmpty())
        return Field::Ignore;
    static const QRegularExpression number(QStringLiteral("^(No\\.?|NO\\.?|番号|項番|#|通番|施策番号|№)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (number.match(h).hasMatch())
        return Field::Number;
    if (h.contains(QStringLiteral("テーマ")) || h.contains(QStringLiteral("分野")) || h.contains(QStringLiteral("重点"))
        || h.contains(QStringLiteral("取組事項")) || h.contains(QStringLiteral("基本方針")))
        return Field::Theme;
    if (h.contains(QStringLiteral("担当")) || h.contains(QStringLiteral("所管")) || h.contains(QStringLiteral("関係課"))
        || h.contains(QStringLiteral("部署")) || h.contains(QStringLiteral("課名")) || h == QStringLiteral("課"))
        return Field::Departments;
    if (h.contains(QStringLiteral("対象")))
        return Field::Audience;
    if (h.contains(QStringLiteral("概要")) || h.contains(QStringLiteral("内容")) || h.contains(QStringLiteral("説明")))
        return Field::Overview;
    if (h.contains(QStringLiteral("施策")) || h.contains(QStringLiteral("取組")) || h.contains(QStringLiteral("項目"))
        || h.contains(QStringLiteral("名称")) || h.contains(QStringLiteral("事業")))
        return Field::Title;
    return Field::Ignore;
}

int yearFromLine(const QString &line)
{
    static const QRegularExpression western(QStringLiteral("^(?:FY)?(\\d{4})(?:年度|年)?$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression reiwa(QStringLiteral("^(?:令和|R)(\\d{1,2}|元)(?:\\((\\d{4})\\))?(?:年度|年)?(?:\\((\\d{4})\\))?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression heisei(QStringLiteral("^(?:平成|H)(\\d{1,2}|元)(?:年度|年)?$"), QRegularExpression::CaseInsensitiveOption);
    const QString l = normalised(line);
    QRegularExpressionMatch m = western.match(l);
    if (m.hasMatch())
        return m.captured(1).toInt();
    const auto eraYear = [](const QString &n) { return n == QStringLiteral("元") ? 1 : n.toInt(); };
    m = reiwa.match(l);
    if (m.hasMatch())
        return 2018 + eraYear(m.captured(1));
    m = heisei.match(l);
    if (m.hasMatch())
        return 1988 + eraYear(m.captured(1));
    return 0;
}

} // namespace

void SheetMapping::setRole(int column, const SheetColumnRole &role)
{
    if (column < 0 || column >= SheetGrid::maxColumns)
        return;
    while (columns.size() <= column)
        columns.append(SheetColumnRole());
    columns[column] = role;
}

int SheetMapping::columnOf(SheetColumnRole::Field field) const
{
    for (int c = 0; c < columns.size(); ++c)
        if (columns[c].field == field)
            return c;
    return -1;
}

bool SheetMapping::hasSchedule() const
{
    for (const SheetColumnRole &role : columns)
        if (role.isSchedule())
            return true;
    return false;
}

QString SheetMapping::roleName(const SheetColumnRole &role)
{
    switch (role.field) {
    case Field::Ignore:
        return QStringLiteral("ignore");
    case Field::Theme:
        return QStringLiteral("theme");
    case Field::Number:
        return QStringLiteral("number");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Departments:
        return QStringLiteral("departments");
    case Field::Audience:
        return QStringLiteral("audience");
    case Field::Overview:
        return QStringLiteral("overview");
    case Field::Year:
        return role.month == 0 ? QStringLiteral("year:%1").arg(role.year)
                               : QStringLiteral("year:%1-%2").arg(role.year).arg(role.month);
    }
    return QString();
}

bool SheetMapping::roleFromName(const QString &name, SheetColumnRole *role)
{
    const QString n = name.trimmed().toLower();
    static const QList<std::pair<QString, Field>> plain {
        { QStringLiteral("ignore"), Field::Ignore }, { QStringLiteral("theme"), Field::Theme },
        { QStringLiteral("number"), Field::Number }, { QStringLiteral("title"), Field::Title },
        { QStringLiteral("departments"), Field::Departments }, { QStringLiteral("audience"), Field::Audience },
        { QStringLiteral("overview"), Field::Overview },
    };
    for (const auto &[word, field] : plain)
        if (n == word) {
            *role = { field, 0, 0 };
            return true;
        }
    static const QRegularExpression year(QStringLiteral("^year:(\\d{4})(?:-(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = year.match(n);
    if (!m.hasMatch())
        return false;
    const int y = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (!PlanLimits::isValidYear(y) || month < 0 || month > 12)
        return false;
    *role = { Field::Year, y, month };
    return true;
}

namespace SheetLayout {

int yearFromHeader(const QString &text)
{
    // A two-line header (FY2024 / 令和6年度) names its year on either line.
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int year = yearFromLine(line);
        if (year != 0)
            return PlanLimits::isValidYear(year) ? year : 0;
    }
    return 0;
}

int monthFromHeader(const QString &text)
{
    static const QRegularExpression month(QStringLiteral("^(\\d{1,2})月$"));
    const QRegularExpressionMatch m = month.match(normalised(text));
    if (!m.hasMatch())
        return 0;
    const int n = m.captured(1).toInt();
    return n >= 1 && n <= 12 ? n : 0;
}

bool yearAndMonthFromHeader(const QString &text, int *year, int *month)
{
    // "令和6年度 4月", "FY2024 4月": a month column that names its year too,
    // as a sheet without merged year headers (a CSV) has them.
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{3000}]+"));
    const QStringList parts = text.normalized(QString::NormalizationForm_KC).split(spaces, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return false;
    const int m = monthFromHeader(parts.last());
    const int y = m ? yearFromHeader(parts.mid(0, parts.size() - 1).join(QLatin1Char(' '))) : 0;
    if (!m || !y)
        return false;
    *year = y;
    *month = m;
    return true;
}

SheetMapping detect(const SheetGrid &grid)
{
    SheetMapping mapping;
    const int columns = grid.columnCount();
    // The header: among the first rows, the one that names the most
    // years and known fields.
    int best = 0;
    for (int r = 0; r < qMin(grid.rowCount(), 30); ++r) {
        int years = 0;
        int fields = 0;
        for (int c = 0; c < columns; ++c) {
            int y = 0;
            int m = 0;
            if (yearFromHeader(grid.text(r, c)) != 0 || yearAndMonthFromHeader(grid.text(r, c), &y, &m))
                ++years;
            else if (fieldFromHeader(grid.text(r, c)) != Field::Ignore)
                ++fields;
        }
        const int score = years > 0 ? years * 2 + fields : 0;
        if (score > best) {
            best = score;
            mapping.headerRow = r;
        }
    }
    if (mapping.headerRow < 0)
        return mapping;
    return detect(grid, mapping.headerRow);
}

SheetMapping detect(const SheetGrid &grid, int header)
{
    SheetMapping mapping;
    const int columns = grid.columnCount();
    mapping.headerRow = header;
    mapping.firstDataRow = header + 1;

    // Years, each spanning its merge (or, for month columns, the empty
    // header cells after it).
    QList<int> yearOfColumn(columns, 0);
    for (int c = 0; c < columns; ++c) {
        const int year = yearFromHeader(grid.text(header, c));
        if (year == 0)
            continue;
        yearOfColumn[c] = year;
        if (const SheetRange *merge = grid.mergeAt(header, c))
            for (int k = c + 1; k <= merge->right && k < columns; ++k)
                yearOfColumn[k] = year;
    }
    // Month columns on the row below the header.
    int monthColumns = 0;
    for (int c = 0; c < columns; ++c)
        if (monthFromHeader(grid.text(header + 1, c)) != 0)
            ++monthColumns;
    const bool months = monthColumns >= 2;
    if (months)
        mapping.firstDataRow = header + 2;

    int lastYear = 0;
    for (int c = 0; c < columns; ++c) {
        int year = 0;
        int month = 0;
        if (yearAndMonthFromHeader(grid.text(header, c), &year, &month)) {
            mapping.setRole(c, { Field::Year, year, month });
            continue;
        }
        if (yearOfColumn[c] != 0)
            lastYear = yearOfColumn[c];
        if (months) {
            const int month = monthFromHeader(grid.text(header + 1, c));
            if (month != 0 && lastYear != 0) {
                mapping.setRole(c, { Field::Year, lastYear, month });
                continue;
            }
        } else if (yearOfColumn[c] != 0 && yearFromHeader(grid.text(header, c)) != 0) {
            mapping.setRole(c, { Field::Year, yearOfColumn[c], 0 });
            continue;
        }
        const Field field = fieldFromHeader(grid.text(header, c));
        if (field != Field::Ignore && field != Field::Year && mapping.columnOf(field) < 0)
            mapping.setRole(c, { field, 0, 0 });
    }
    // No header names the title: the first text column before the
    // schedule that nothing else claims.
    if (mapping.columnOf(Field::Title) < 0) {
        for (int c = 0; c < columns && !mapping.role(c).isSchedule(); ++c)
            if (mapping.role(c).field == Field::Ignore && !grid.text(header, c).isEmpty()) {
                mapping.setRole(c, { Field::Title, 0, 0 });
                break;
            }
    }
    return mapping;
}

int findColumn(const SheetGrid &grid, const SheetMapping &mapping, const QString &name)
{
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{1,3}$"));
    if (letters.match(name).hasMatch())
        return SheetGrid::columnFromName(name);
    if (mapping.headerRow < 0)
        return -1;
    const QString wanted = normalised(name);
    for (int c = 0; c < grid.columnCount(); ++c)
        if (normalised(grid.text(mapping.headerRow, c)) == wanted)
            return c;
    return -1;
}

} // namespace SheetLayout
