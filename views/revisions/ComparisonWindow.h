#pragma once

#include "models/PlanDiff.h"
#include "views/document/ComparisonReport.h"
#include "views/itemmodels/OutlineNode.h"
#include "views/revisions/ComparisonSource.h"

#include <QPointer>
#include <optional>
#include <QWidget>

class ComparisonModel;
class PlanDocument;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeView;

// Edit > Compare: what changed from one version of a plan to another. Each
// side is the open plan, one of its revisions or another plan file. The
// differences are listed by kind of item, filtered by kind of change and of
// item; the one selected shows its old and new text with the characters
// that differ marked. Activating a difference (double-click, Enter, Go to
// Item) selects its item in the main window, when the item is in the open
// plan.
class ComparisonWindow : public QWidget
{
    Q_OBJECT

public:
    ComparisonWindow(PlanDocument *document, QWidget *parent = nullptr);

    // Compares the plans of `before` and `after`; false when one cannot be
    // read (the window says why).
    bool setSources(const ComparisonSource &before, const ComparisonSource &after);
    ComparisonSource before() const { return m_before; }
    ComparisonSource after() const { return m_after; }
    QString beforeLabel() const;
    QString afterLabel() const;
    const Plan &beforePlan() const { return m_beforePlan; }
    const Plan &afterPlan() const { return m_afterPlan; }

    ComparisonModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Whether activating `difference` has an item to go to.
    bool canGoTo(const PlanDifference &difference) const;
    // Selects the item of the difference at `index` in the main window
    // (itemActivated); false when there is none to go to.
    bool activate(const QModelIndex &index);

    // Asks for a file (PDF, ODT or HTML) and writes the comparison as a
    // 新旧対照表 or as the marked-up plan document (Export Comparison's menu).
    void exportComparison(DocumentComparison::Style style);
    // Writes the report of the two plans compared, headed by both sides'
    // labels; false with `error` saying why.
    bool writeReport(const QString &path, DocumentComparison::Style style, QString *error) const;

signals:
    void itemActivated(const OutlineNode &node);

private:
    QWidget *createSourceRow();
    QWidget *createFilterRow();
    QWidget *createDetailPane();
    void fillSourceCombos();
    void onSourceChosen(QComboBox *combo);
    void compareAgain();
    void onDocumentChanged();
    void updateFilterKinds();
    void updateCount();
    void rememberSelected();
    void restoreSelected();
    void showSelected();
    void updateGoTo();
    const PlanDifference *selectedDifference() const;

    QPointer<PlanDocument> m_document;
    ComparisonSource m_before;
    ComparisonSource m_after;
    Plan m_beforePlan;
    Plan m_afterPlan;
    QList<ComparisonSource> m_files;   // other plan files chosen so far
    QList<ComparisonSource> m_options; // what the side combos offer, in their order

    ComparisonModel *m_model;
    QComboBox *m_beforeCombo;
    QComboBox *m_afterCombo;
    QList<QCheckBox *> m_changeBoxes; // by PlanDifference::Change
    QComboBox *m_partFilter;
    QLabel *m_count;
    QLabel *m_problem;
    QTreeView *m_view;
    QLabel *m_detailTitle;
    QGroupBox *m_beforeBox;
    QGroupBox *m_afterBox;
    QTextBrowser *m_beforeText;
    QTextBrowser *m_afterText;
    QPushButton *m_goTo;
    QPushButton *m_export;
    QTimer *m_refresh;
    // The difference selected before the list was made again (a filter, an
    // edit of the plan), found again by what it is about.
    std::optional<PlanDifference> m_selected;
};
