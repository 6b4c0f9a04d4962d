#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class PlanDocument;
class QUndoCommand;

// Rows pasted into the measures table (from Excel or from the table
// itself), laid out like its columns: theme, number, measure, audience,
// departments, principles, status, schedule. A first row of column names
// is recognised and skipped. Each row updates the measure of its theme
// with that number, else with that title, else adds a new measure at the
// end of the theme. An empty cell leaves the field as it is; the schedule
// column is not read (the roadmap edits schedules). Names the plan does not
// know (a theme, a department, an audience, a status, a principle) refuse
// the whole paste with a message naming the row: nothing is created behind
// the user's back.
class MeasuresPaste
{
    Q_DECLARE_TR_FUNCTIONS(MeasuresPaste)

public:
    explicit MeasuresPaste(PlanDocument *document);

    // The one undo command of the whole paste; nullptr when the text
    // changes nothing, or, with errorString() set, when it is refused.
    std::unique_ptr<QUndoCommand> command(const QString &text);
    QString errorString() const { return m_error; }
    int added() const { return m_added; }
    int updated() const { return m_updated; }

private:
    std::unique_ptr<QUndoCommand> fail(const QString &error);

    PlanDocument *m_document;
    QString m_error;
    int m_added = 0;
    int m_updated = 0;
};
