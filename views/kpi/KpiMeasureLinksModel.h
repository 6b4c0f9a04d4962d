#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QSet>

class PlanDocument;

// The measures a KPI can be linked to: one checkable row per measure of the
// plan, in plan order, showing its number and title. Rows are worked out
// when a view asks for them, so a plan of 100,000 measures is listed at
// once and a link toggled without touching the other rows. A toggle is
// reported, not applied: the KPI editor pushes it as an undoable edit, and
// the changed KPI comes back through setLinked().
class KpiMeasureLinksModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // The measure id of a row.
    static constexpr int MeasureIdRole = Qt::UserRole;

    explicit KpiMeasureLinksModel(QObject *parent = nullptr);

    // The document's measures as they are now (again after any change of
    // its themes or measures), linked as `linkedIds` says; rows of a
    // read-only document cannot be toggled.
    void reset(const PlanDocument *document, const QList<int> &linkedIds);
    // Empties the list.
    void clear();
    // The KPI's links changed: only the check marks are repainted.
    void setLinked(const QList<int> &linkedIds);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void linkToggled(int measureId, bool linked);

private:
    // The theme and index in it of a row's measure, or {-1, -1}.
    std::pair<int, int> measureAt(int row) const;

    QPointer<const PlanDocument> m_document;
    // The first row of each theme's measures, and the row count at the end:
    // a row's theme is found by binary search.
    QList<int> m_themeStarts;
    QSet<int> m_linked;
    bool m_editable = false;
};
