#pragma once

#include "models/PlanItems.h"

#include <QAbstractTableModel>
#include <QPointer>

class PlanDocument;
struct PlanChange;

// The revision history of the open plan, one row per revision in the
// plan's order, for the Revision History dialog. Read-only: marking and
// restoring go through undo commands.
class RevisionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Date, Kind, Author, Note, Snapshot, ColumnCount };

    explicit RevisionListModel(QObject *parent = nullptr);

    void setDocument(PlanDocument *document);

    // The revision of a row; nullptr for an invalid index.
    const Revision *revisionFromIndex(const QModelIndex &index) const;
    QModelIndex indexFromRevision(int revisionId, int column = Name) const;

    // How a revision is called where there is room for one name only.
    static QString displayName(const Revision &revision);
    // Why nothing can be done with a revision without a snapshot.
    static QString noSnapshotReason();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onChanged(const PlanChange &change);
    const QList<Revision> &revisions() const;

    QPointer<PlanDocument> m_document;
};
