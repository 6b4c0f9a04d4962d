#pragma once

#include "models/PlanChecker.h"

#include <QPointer>
#include <QWidget>

class PlanDocument;
class ProblemsModel;
class QTimer;
class QTreeView;
struct PlanChange;

// The Problems dock's content: what PlanChecker finds in the open plan,
// checked again shortly after each change (many changes in a row, as an
// undo macro makes, cost one check). Double-click or Enter on a problem
// asks to go to its item.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Checks now instead of after the short wait (tests, a dock shown).
    void refresh();

signals:
    void problemActivated(const PlanChecker::Problem &problem);
    void countChanged(int problems);

private:
    void scheduleRefresh(const PlanChange &change);

    QPointer<PlanDocument> m_document;
    ProblemsModel *m_model;
    QTreeView *m_view;
    QTimer *m_timer;
};
