#include "views/revisions/ComparisonModel.h"

#include "models/FiscalYear.h"
#include "models/ItemKinds.h"
#include "views/common/ViewSettings.h"
#include "views/document/ComparisonReport.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {

using Part = PlanChange::Part;

// The kinds in the order of the tree: the plan's own fields first.
QList<Part> partOrder()
{
    QList<Part> parts { Part::Info };
    forEachKind([&](auto tag) { parts << ItemKind<typename decltype(tag)::Type>::part; });
    return parts;
}

// A value on one line of the list; the detail pane shows it whole.
QString oneLine(const QString &text)
{
    constexpr int shown = 60;
    QString line = QString(text).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return line.size() > shown ? line.left(shown) + QStringLiteral("…") : line;
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractItemModel(parent) { }

void ComparisonModel::setDifferences(const QList<PlanDifference> &differences)
{
    beginResetModel();
    m_differences = differences;
    regroup();
    endResetModel();
}

void ComparisonModel::setChangeShown(PlanDifference::Change change, bool shown)
{
    if (shown == isChangeShown(change))
        return;
    beginResetModel();
    if (shown)
        m_hiddenChanges.remove(int(change));
    else
        m_hiddenChanges.insert(int(change));
    regroup();
    endResetModel();
}

void ComparisonModel::setPartShown(std::optional<PlanChange::Part> part)
{
    if (part == m_part)
        return;
    beginResetModel();
    m_part = part;
    regroup();
    endResetModel();
}

QList<PlanChange::Part> ComparisonModel::parts() const
{
    QSet<int> present;
    for (const PlanDifference &d : m_differences)
        present.insert(int(d.part));
    QList<Part> parts;
    for (Part part : partOrder())
        if (present.contains(int(part)))
            parts << part;
    return parts;
}

void ComparisonModel::regroup()
{
    m_groups.clear();
    for (Part part : partOrder()) {
        if (m_part && *m_part != part)
            continue;
        Group group { part, {} };
        for (int i = 0; i < m_differences.size(); ++i)
            if (m_differences[i].part == part && isChangeShown(m_differences[i].change))
                group.positions << i;
        if (!group.positions.isEmpty())
            m_groups << group;
    }
}

int ComparisonModel::shownCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.positions.size());
    return count;
}

const PlanDifference *ComparisonModel::differenceFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Group &group = m_groups[int(index.internalId()) - 1];
    return &m_differences[group.positions[index.row()]];
}

QModelIndex ComparisonModel::indexFromDifference(int position, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        if (const int row = int(m_groups[g].positions.indexOf(position)); row >= 0)
            return createIndex(row, column, quintptr(g + 1));
    return QModelIndex();
}

QString ComparisonModel::changeText(PlanDifference::Change change)
{
    switch (change) {
    case PlanDifference::Change::Added: return tr("Added");
    case PlanDifference::Change::Removed: return tr("Removed");
    case PlanDifference::Change::Moved: return tr("Moved");
    case PlanDifference::Change::Changed: break;
    }
    return tr("Changed");
}

QString ComparisonModel::itemText(PlanChange::Part part)
{
    QString text = tr("Plan");
    forKind(part, [&](auto tag) {
        const ItemWords &words = ItemKind<typename decltype(tag)::Type>::words;
        text = words.tr(words.name);
    });
    return text;
}

QString ComparisonModel::groupText(PlanChange::Part part)
{
    QString text = tr("The plan itself");
    forKind(part, [&](auto tag) {
        const ItemWords &words = ItemKind<typename decltype(tag)::Type>::words;
        text = words.tr(words.group);
    });
    return text;
}

QString ComparisonModel::fieldText(PlanChange::Part, const QString &field)
{
    // The labels the 新旧対照表 prints, in the user's language.
    return ComparisonReport::fieldLabel(field, ViewSettings::instance()->eraStyle());
}

QModelIndex ComparisonModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return QModelIndex();
    if (row >= m_groups[parent.row()].positions.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ComparisonModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return QModelIndex();
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].positions.size());
}

int ComparisonModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    if (const PlanDifference *d = differenceFromIndex(index))
        return differenceData(*d, index.column(), role);
    const Group &group = m_groups[index.row()];
    if (role == Qt::DisplayRole && index.column() == Change)
        return tr("%1 (%2)").arg(groupText(group.part)).arg(group.positions.size());
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QVariant();
}

QVariant ComparisonModel::differenceData(const PlanDifference &d, int column, int role) const
{
    const bool hasValues = d.change == PlanDifference::Change::Changed || d.change == PlanDifference::Change::Moved;
    if (role == Qt::ForegroundRole && column == Change) {
        switch (d.change) {
        case PlanDifference::Change::Added: return QBrush(QColor(0x1b, 0x6e, 0x20));
        case PlanDifference::Change::Removed: return QBrush(QColor(0xb0, 0x00, 0x20));
        default: return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && hasValues && (column == Before || column == After))
        return column == Before ? d.before : d.after;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (column) {
    case Change: return changeText(d.change);
    case Item: return itemText(d.part);
    case Title: return d.title;
    case Field: return hasValues ? fieldText(d.part, d.field) : QString();
    case Before: return hasValues ? oneLine(d.before) : QString();
    case After: return hasValues ? oneLine(d.after) : QString();
    default: return QVariant();
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Change: return tr("Change");
    case Item: return tr("Item");
    case Title: return tr("Title");
    case Field: return tr("Field");
    case Before: return tr("Before");
    case After: return tr("After");
    default: return QVariant();
    }
}
