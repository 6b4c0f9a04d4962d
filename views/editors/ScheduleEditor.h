#pragma once

#include "models/Measure.h"
#include "models/PlanChange.h"

#include <optional>

#include <QPointer>
#include <QWidget>

class PlanDocument;
class QHBoxLayout;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

// The schedule of a measure, or a theme's own bars (a theme with no
// measures below it on the roadmap). The year row has one button per fiscal year of the
// plan: a click cycles that year through none, study, operation, ... and
// neighbouring years of one kind become one phase. Below it, the precise
// tables list the phases (kind, label, start and end year and month) and
// the milestones; phases outside the plan period are marked in red with a
// tooltip. Every change is one undo command.
class ScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    enum PhaseColumn { KindColumn, LabelColumn, StartYearColumn, StartMonthColumn, EndYearColumn,
                       EndMonthColumn, PhaseColumnCount };
    enum MilestoneColumn { MilestoneLabelColumn, MilestoneYearColumn, MilestoneMonthColumn,
                           MilestoneColumnCount };

    explicit ScheduleEditor(QWidget *parent = nullptr);

    // `part` is Measure or Theme: the kinds that have phases and milestones.
    void setItem(PlanDocument *document, PlanChange::Part part, int id);
    void setReadOnly(bool readOnly);
    // The year button of a fiscal year, for tests and keyboard users.
    QPushButton *yearButton(int fiscalYear) const;

public slots:
    void refresh();

private:
    struct Bars
    {
        QList<Phase> phases;
        QList<Milestone> milestones;
    };
    std::optional<Bars> bars() const;
    void push(const Bars &after, const QString &text);
    // The last year of the year row: the plan's, or for an open-ended
    // plan a few years on from its start.
    int firstYear() const;
    int lastYear() const;
    void cycleYear(int fiscalYear);
    void rebuildYearRow();
    void refreshYearRow();
    void refreshPhases();
    void refreshMilestones();
    void phaseEdited(QTableWidgetItem *item);
    void milestoneEdited(QTableWidgetItem *item);
    void addPhase();
    void removePhase();
    void addMilestone();
    void removeMilestone();
    static void setCell(QTableWidget *table, int row, int column, const QVariant &value,
                        const QString &text);

    QPointer<PlanDocument> m_document;
    PlanChange::Part m_part = PlanChange::Part::Measure;
    int m_id = 0;
    bool m_readOnly = false;
    bool m_refreshing = false;
    int m_yearsFrom = 0;
    int m_yearsTo = -1;
    QHBoxLayout *m_yearRow;
    QList<QPushButton *> m_yearButtons;
    QTableWidget *m_phases;
    QTableWidget *m_milestones;
    QList<QPushButton *> m_editButtons;
};
