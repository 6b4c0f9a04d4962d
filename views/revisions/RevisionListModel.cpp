#include "views/revisions/RevisionListModel.h"

#include "models/PlanDocument.h"
#include "views/common/ViewSettings.h"
#include "views/roadmap/RoadmapRenderer.h"

RevisionListModel::RevisionListModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(ViewSettings::instance(), &ViewSettings::eraStyleChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, Date), index(rowCount() - 1, Date));
    });
}

void RevisionListModel::setDocument(PlanDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, &RevisionListModel::onChanged);
    endResetModel();
}

void RevisionListModel::onChanged(const PlanChange &change)
{
    // Revisions are few: the list is read again whenever one changes.
    if (change.part == PlanChange::Part::Revision || change.part == PlanChange::Part::Everything) {
        beginResetModel();
        endResetModel();
    }
}

const QList<Revision> &RevisionListModel::revisions() const
{
    static const QList<Revision> none;
    return m_document ? m_document->plan().revisions : none;
}

const Revision *RevisionListModel::revisionFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= revisions().size())
        return nullptr;
    return &revisions()[index.row()];
}

QModelIndex RevisionListModel::indexFromRevision(int revisionId, int column) const
{
    for (int row = 0; row < revisions().size(); ++row)
        if (revisions()[row].id == revisionId)
            return index(row, column);
    return QModelIndex();
}

QString RevisionListModel::displayName(const Revision &revision)
{
    if (!revision.name.isEmpty())
        return revision.name;
    return RoadmapRenderer::dateText(revision.date, ViewSettings::instance()->eraStyle());
}

QString RevisionListModel::noSnapshotReason()
{
    return tr("This entry of the history was typed in: DX Plan Studio has no copy of the plan as it "
              "was then, so it cannot be opened, compared or restored.");
}

int RevisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(revisions().size());
}

int RevisionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionListModel::data(const QModelIndex &index, int role) const
{
    const Revision *r = revisionFromIndex(index);
    if (!r)
        return QVariant();
    if (role == Qt::ToolTipRole) {
        if (!r->hasSnapshot)
            return noSnapshotReason();
        return r->summary.isEmpty() ? QVariant() : QVariant(r->summary);
    }
    if (role == Qt::UserRole)
        return r->id;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Name: return r->name;
    case Date: return RoadmapRenderer::dateText(r->date, ViewSettings::instance()->eraStyle());
    case Kind: return r->kind == Revision::Kind::Adopted ? tr("Adopted") : tr("Revised");
    case Author: return r->author;
    case Note: return QString(r->summary).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Snapshot: return r->hasSnapshot ? tr("Kept") : tr("None");
    default: return QVariant();
    }
}

QVariant RevisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name: return tr("Name");
    case Date: return tr("Date");
    case Kind: return tr("Kind");
    case Author: return tr("Marked by");
    case Note: return tr("Note");
    case Snapshot: return tr("Snapshot");
    default: return QVariant();
    }
}
