#include "views/sheets/MeasuresPaste.h"

#include "models/Numbering.h"
#include "models/PlanDocument.h"
#include "models/commands/ItemCommands.h"
#include "views/itemmodels/MeasuresTableModel.h"
#include "views/itemmodels/PlanText.h"
#include "views/sheets/CsvText.h"
#include "views/sheets/SheetTables.h"

#include <QRegularExpression>

namespace {

using Column = MeasuresTableModel::Column;

// Names as the table joins them: audiences with ・, departments with commas
// (a department's own name may hold a ・: 総務・企画課).
QStringList names(const QString &cell, bool audience)
{
    static const QRegularExpression commas(QStringLiteral("\\s*[,、，]\\s*"));
    static const QRegularExpression commasAndDots(QStringLiteral("\\s*[,、，・]\\s*"));
    QStringList list = cell.split(audience ? commasAndDots : commas, Qt::SkipEmptyParts);
    for (QString &name : list)
        name = name.trimmed();
    list.removeAll(QString());
    return list;
}

// The ids read from a cell, in the order the measure already has them when
// they are the same ids: the table lists principles in the plan's order.
QList<int> keepingOrder(const QList<int> &read, const QList<int> &current)
{
    const QSet<int> readSet(read.cbegin(), read.cend());
    const QSet<int> currentSet(current.cbegin(), current.cend());
    return readSet == currentSet ? current : read;
}

bool isHeader(const QStringList &row)
{
    const MeasuresTableModel model;
    int matches = 0;
    for (int c = 0; c < row.size() && c < MeasuresTableModel::ColumnCount; ++c)
        matches += row[c].trimmed().compare(model.headerData(c, Qt::Horizontal).toString(), Qt::CaseInsensitive) == 0;
    return matches >= 2;
}

} // namespace

MeasuresPaste::MeasuresPaste(PlanDocument *document) : m_document(document)
{
}

std::unique_ptr<QUndoCommand> MeasuresPaste::fail(const QString &error)
{
    m_error = error;
    m_added = m_updated = 0;
    return nullptr;
}

std::unique_ptr<QUndoCommand> MeasuresPaste::command(const QString &text)
{
    m_error.clear();
    m_added = m_updated = 0;
    if (!m_document || m_document->isReadOnly())
        return fail(tr("The plan is read-only."));
    const Plan &plan = m_document->plan();
    const PlanNumbers numbers(plan);
    QList<QStringList> rows = CsvText::parseTabSeparated(text);
    if (!rows.isEmpty() && isHeader(rows.first()))
        rows.removeFirst();

    auto group = std::make_unique<EditGroup>(m_document, tr("Paste measures"));
    int nextId = m_document->nextId<Measure>();
    QHash<int, int> addedToTheme; // theme id -> measures added to it so far
    for (int r = 0; r < rows.size(); ++r) {
        QStringList cells = rows[r];
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        const QString rowName = tr("Row %1").arg(r + 1);
        if (cells.size() < Column::TitleColumn + 1)
            return fail(tr("%1: paste rows laid out like the measures table: theme, number, measure, audience, "
                           "departments, principles, status.").arg(rowName));
        while (cells.size() < Column::ColumnCount)
            cells << QString();
        for (QString &cell : cells)
            cell = cell.trimmed();

        const QString themeCell = cells[Column::ThemeColumn];
        const Theme *theme = nullptr;
        for (const Theme &t : plan.themes) {
            const QString label = (numbers.fullTheme(t.id) + QLatin1Char(' ') + t.title).trimmed();
            if (themeCell == label || themeCell == t.title || (!themeCell.isEmpty() && themeCell == numbers.fullTheme(t.id)))
                theme = &t;
            if (theme)
                break;
        }
        if (!theme)
            return fail(themeCell.isEmpty() ? tr("%1: the theme is missing.").arg(rowName)
                                            : tr("%1: the plan has no theme \u201C%2\u201D.").arg(rowName, themeCell));

        const QString number = cells[Column::NumberColumn];
        const QString title = cells[Column::TitleColumn];
        const Measure *existing = nullptr;
        for (const Measure &m : theme->measures)
            if (!number.isEmpty() && numbers.fullMeasure(m.id) == number)
                existing = &m;
        for (const Measure &m : theme->measures)
            if (!existing && !title.isEmpty() && m.title == title)
                existing = &m;
        if (!existing && title.isEmpty())
            return fail(tr("%1: a new measure needs a title.").arg(rowName));

        Measure after;
        if (existing) {
            after = *existing;
        } else {
            after.id = nextId++;
            after.themeId = theme->id;
        }
        if (!title.isEmpty())
            after.title = title;
        if (!cells[Column::AudienceColumn].isEmpty()) {
            const QList<int> current = after.audienceIds;
            after.audienceIds.clear();
            for (const QString &name : names(cells[Column::AudienceColumn], true)) {
                const AudienceGroup *found = nullptr;
                for (const AudienceGroup &a : plan.audiences)
                    if (a.name == name)
                        found = &a;
                if (!found)
                    return fail(tr("%1: the plan has no audience \u201C%2\u201D; add it first.").arg(rowName, name));
                after.audienceIds << found->id;
            }
            after.audienceIds = keepingOrder(after.audienceIds, current);
        }
        if (!cells[Column::DepartmentsColumn].isEmpty()) {
            // The table's word (the user's language) or the exported sheet's
            // (the plan's).
            const QString &cell = cells[Column::DepartmentsColumn];
            Measure everyDepartment;
            everyDepartment.allDepartments = true;
            after.allDepartments = cell == QCoreApplication::translate("Plan", "All departments")
                || cell == SheetTables::departmentsText(plan, everyDepartment);
            const QList<int> current = after.departmentIds;
            if (!after.allDepartments) {
                after.departmentIds.clear();
                for (const QString &name : names(cells[Column::DepartmentsColumn], false)) {
                    const Department *found = nullptr;
                    for (const Department &d : plan.departments)
                        if (d.name == name)
                            found = &d;
                    if (!found)
                        return fail(tr("%1: the plan has no department \u201C%2\u201D; add it under Departments first.")
                                        .arg(rowName, name));
                    after.departmentIds << found->id;
                }
                after.departmentIds = keepingOrder(after.departmentIds, current);
            }
        }
        if (!cells[Column::PrinciplesColumn].isEmpty()) {
            const QList<int> current = after.principleIds;
            after.principleIds.clear();
            QString rest = cells[Column::PrinciplesColumn];
            rest.remove(QRegularExpression(QStringLiteral("[\\s,、]")));
            for (int i = 0; i < plan.principles.size() && !rest.isEmpty(); ++i) {
                if (rest.contains(circledNumber(i + 1))) {
                    after.principleIds << plan.principles[i].id;
                    rest.remove(circledNumber(i + 1));
                }
            }
            if (!rest.isEmpty())
                return fail(tr("%1: the plan has no principle \u201C%2\u201D.").arg(rowName, rest));
            after.principleIds = keepingOrder(after.principleIds, current);
        }
        if (!cells[Column::StatusColumn].isEmpty()) {
            int status = -1;
            for (int s = 0; s < PlanText::statusCount; ++s)
                if (PlanText::statusName(MeasureStatus(s)).compare(cells[Column::StatusColumn], Qt::CaseInsensitive) == 0)
                    status = s;
            if (status < 0)
                return fail(tr("%1: unknown status \u201C%2\u201D.").arg(rowName, cells[Column::StatusColumn]));
            after.status = MeasureStatus(status);
        }

        if (existing) {
            if (after == *existing)
                continue;
            new ReplaceItem<Measure>(m_document, *existing, after, tr("Paste measures"), -1, group.get());
            ++m_updated;
        } else {
            const int index = int(theme->measures.size()) + addedToTheme.value(theme->id);
            addedToTheme[theme->id] += 1;
            new InsertItem<Measure>(m_document, after, index, tr("Paste measures"), group.get());
            ++m_added;
        }
    }
    if (group->childCount() == 0)
        return nullptr;
    group->setText(tr("Paste measures (%1 added, %2 updated)").arg(m_added).arg(m_updated));
    return group;
}
