#include "views/itemmodels/MeasuresTableModel.h"

#include "views/itemmodels/ItemLabels.h"

#include "models/commands/ItemCommands.h"
#include "views/common/ViewSettings.h"
#include "views/itemmodels/PlanText.h"

MeasuresTableModel::MeasuresTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(ViewSettings::instance(), &ViewSettings::eraStyleChanged, this,
            [this] { columnChanged(ScheduleColumn); });
}

void MeasuresTableModel::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    resetFromPlan();
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, &MeasuresTableModel::onChanged);
}

QList<int> MeasuresTableModel::planOrder() const
{
    QList<int> ids;
    if (!m_document)
        return ids;
    ids.reserve(m_document->plan().measureCount());
    for (const Theme &theme : m_document->plan().themes)
        for (const Measure &m : theme.measures)
            ids << m.id;
    return ids;
}

void MeasuresTableModel::locate()
{
    m_location.clear();
    m_rowOf.clear();
    m_numbers = PlanNumbers();
    if (!m_document)
        return;
    m_numbers = m_document->numbers();
    const QList<Theme> &themes = m_document->plan().themes;
    for (int t = 0; t < themes.size(); ++t)
        for (int i = 0; i < themes[t].measures.size(); ++i)
            m_location.insert(themes[t].measures[i].id, { t, i });
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows[row], row);
}

void MeasuresTableModel::resetFromPlan()
{
    beginResetModel();
    m_rows = planOrder();
    locate();
    endResetModel();
}

const Measure *MeasuresTableModel::measureAt(int row) const
{
    if (!m_document || row < 0 || row >= m_rows.size())
        return nullptr;
    const auto it = m_location.constFind(m_rows[row]);
    if (it == m_location.constEnd())
        return nullptr;
    return &m_document->plan().themes[it->first].measures[it->second];
}

int MeasuresTableModel::measureIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : 0;
}

QModelIndex MeasuresTableModel::indexOfMeasure(int measureId, int column) const
{
    const auto it = m_rowOf.constFind(measureId);
    return it == m_rowOf.constEnd() ? QModelIndex() : index(*it, column);
}

int MeasuresTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int MeasuresTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasuresTableModel::displayData(const Measure &m, int column) const
{
    const Plan &plan = m_document->plan();
    const auto loc = m_location.value(m.id);
    switch (column) {
    case ThemeColumn:
        return (m_numbers.fullTheme(m.themeId) + QLatin1Char(' ') + plan.themes[loc.first].title).trimmed();
    case NumberColumn:
        return m_numbers.fullMeasure(m.id);
    case TitleColumn:
        return m.title;
    case AudienceColumn:
        return plan.audienceNames(m).join(QStringLiteral("・"));
    case DepartmentsColumn:
        return plan.departmentNames(m).join(QStringLiteral(", "));
    case PrinciplesColumn:
        return PlanText::principleNumbers(plan, m.principleIds);
    case StatusColumn:
        return PlanText::statusName(m.status);
    case ScheduleColumn:
        return PlanText::scheduleSummary(m, ViewSettings::instance()->eraStyle());
    }
    return {};
}

QVariant MeasuresTableModel::data(const QModelIndex &index, int role) const
{
    const Measure *m = index.isValid() ? measureAt(index.row()) : nullptr;
    if (!m)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayData(*m, index.column());
    case Qt::EditRole:
        if (index.column() == StatusColumn)
            return int(m->status);
        return displayData(*m, index.column());
    case MeasureIdRole:
        return m->id;
    case SortRole:
        if (index.column() == NumberColumn || index.column() == ThemeColumn) {
            const auto loc = m_location.value(m->id);
            return loc.first * 100000 + loc.second;
        }
        if (index.column() == StatusColumn)
            return int(m->status);
        return displayData(*m, index.column());
    default:
        return {};
    }
}

QVariant MeasuresTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ThemeColumn: return tr("Theme");
    case NumberColumn: return tr("No.");
    case TitleColumn: return tr("Measure");
    case AudienceColumn: return tr("Audience");
    case DepartmentsColumn: return tr("Departments");
    case PrinciplesColumn: return tr("Principles");
    case StatusColumn: return tr("Status");
    case ScheduleColumn: return tr("Schedule");
    }
    return {};
}

Qt::ItemFlags MeasuresTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const bool editableColumn = index.column() == TitleColumn || index.column() == StatusColumn;
    if (index.isValid() && editableColumn && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool MeasuresTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Measure *m = index.isValid() ? measureAt(index.row()) : nullptr;
    if (!m || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Measure after = *m;
    QString text;
    switch (index.column()) {
    case TitleColumn:
        after.title = value.toString();
        text = tr("Edit measure title");
        break;
    case StatusColumn:
        if (value.toInt() < 0 || value.toInt() >= PlanText::statusCount)
            return false;
        after.status = MeasureStatus(value.toInt());
        text = tr("Change status");
        break;
    default:
        return false;
    }
    if (after == *m)
        return true;
    m_document->undoStack()->push(
        new ReplaceItem<Measure>(m_document, *m, after, ItemLabels::undoText(text, *m_document, *m)));
    return true;
}

void MeasuresTableModel::columnChanged(Column column)
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, column), index(m_rows.size() - 1, column));
}

void MeasuresTableModel::onChanged(const PlanChange &change)
{
    using P = PlanChange::Part;
    using A = PlanChange::Action;
    if (change.part == P::Department)
        return columnChanged(DepartmentsColumn);
    if (change.part == P::Principle)
        return columnChanged(PrinciplesColumn);
    if (change.part == P::Audience)
        return columnChanged(AudienceColumn);
    // Numbering settings, a theme's section or title: numbers and theme
    // labels may change everywhere.
    if (change.part == P::Info || change.part == P::Section || (change.part == P::Theme && change.action == A::Changed)) {
        locate();
        columnChanged(ThemeColumn);
        return columnChanged(NumberColumn);
    }
    if (change.part == P::Theme) {
        if (change.action == A::Inserted && planOrder() == m_rows) {
            // Themes after the new one renumber.
            locate();
            columnChanged(ThemeColumn);
            return columnChanged(NumberColumn);
        }
        return resetFromPlan();
    }
    if (change.part == P::Everything)
        return resetFromPlan();
    if (change.part != P::Measure)
        return;
    if (change.action == A::Changed) {
        const QModelIndex first = indexOfMeasure(change.id, 0);
        if (first.isValid())
            emit dataChanged(first, index(first.row(), ColumnCount - 1));
        return;
    }
    const QList<int> order = planOrder();
    const int from = m_rows.indexOf(change.id);
    const int to = order.indexOf(change.id);
    // Locations first, so that rows still shown read the plan as it is now.
    locate();
    if (change.action == A::Inserted && from < 0 && to >= 0) {
        beginInsertRows({}, to, to);
        m_rows.insert(to, change.id);
        endInsertRows();
    } else if (change.action == A::Removed && from >= 0 && to < 0) {
        beginRemoveRows({}, from, from);
        m_rows.removeAt(from);
        endRemoveRows();
    } else if (change.action == A::Moved && from >= 0 && to >= 0 && from != to) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows.move(from, to);
        endMoveRows();
    }
    if (m_rows != order)
        return resetFromPlan();
    // Numbers follow positions, so the measure's neighbours renumber.
    locate();
    columnChanged(NumberColumn);
}
