#pragma once

#include <QWidget>

class QListWidget;

// What the window shows while no plan is open: start a new plan or one
// from a sample, open a file or a recent plan, and a way into the manual.
// The page only asks; MainWindow does the work, so a failed open leaves
// the page as it was.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    // Re-reads the recent plans (they change whenever a plan is opened).
    void refresh();
    QListWidget *recentList() const { return m_recent; }

signals:
    void newPlanRequested();
    void sampleRequested(const QString &sampleName);
    void openRequested();
    void recentRequested(const QString &path);
    void helpRequested();

private:
    QListWidget *m_recent;
};
