#pragma once

#include <QDialog>

class PlanDocument;
class QPushButton;
class QTreeView;
class RevisionListModel;
struct Revision;

// Edit > Revision History: the plan's revisions, with what can be done
// with the selected ones. The dialog only asks; the main window opens,
// compares and restores (and puts any question to the user), so that
// every change to the plan goes through one place.
class RevisionHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionHistoryDialog(PlanDocument *document, QWidget *parent = nullptr);

    RevisionListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Selects the revision `revisionId` (and only it).
    void selectRevision(int revisionId);

signals:
    void openRequested(int revisionId);
    void compareWithCurrentRequested(int revisionId);
    // Two revisions, the older first.
    void compareRequested(int beforeRevisionId, int afterRevisionId);
    void restoreRequested(int revisionId);
    void markRequested();

private:
    QList<const Revision *> selectedRevisions() const;
    void updateButtons();
    void openSelected();
    void compareSelected();

    PlanDocument *m_document;
    RevisionListModel *m_model;
    QTreeView *m_view;
    QPushButton *m_open;
    QPushButton *m_compareWithCurrent;
    QPushButton *m_compareTwo;
    QPushButton *m_restore;
    QPushButton *m_mark;
};
