#pragma once

#include "models/PlanChecker.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class PlanDocument;
class ProblemsModel;
class QTimer;
class QTreeView;
struct PlanChange;

// The Problems dock's content: what PlanChecker finds in the open plan,
// checked again shortly after each change (many changes in a row, as an
// undo macro makes, cost one check). The check runs on a worker thread, on
// a copy of the plan: with 100,000 measures it takes a third of a second,
// which neither opening a plan nor typing should wait for. Double-click or
// Enter on a problem asks to go to its item.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document);
    ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Checks now, on this thread, instead of after the short wait.
    void refresh();
    // True until the problems of the plan as it is now are shown.
    bool isChecking() const;

signals:
    void problemActivated(const PlanChecker::Problem &problem);
    void countChanged(int problems);

private:
    void scheduleRefresh(const PlanChange &change);
    void startCheck();
    void checkFinished();
    void showProblems(const QList<PlanChecker::Problem> &problems);

    QPointer<PlanDocument> m_document;
    ProblemsModel *m_model;
    QTreeView *m_view;
    QTimer *m_timer;
    QFutureWatcher<QList<PlanChecker::Problem>> *m_check;
    // Bumped by every new plan, change and synchronous refresh: a
    // background result of an older generation is stale and dropped.
    int m_generation = 0;
    int m_checkGeneration = 0;
    int m_shownGeneration = 0;
};
