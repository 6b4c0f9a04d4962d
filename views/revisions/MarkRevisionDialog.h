#pragma once

#include "models/Plan.h"

#include <QDialog>

class PlanDocument;
class DateField;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Edit > Mark Revision: a name, a date and a note for a new entry of the
// revision history, which keeps a snapshot of the plan as it stands. OK
// pushes one MarkRevision onto the plan's undo stack, so Undo takes the
// revision back. A name that is empty or already taken is refused here,
// in the dialog, with the reason under the fields.
class MarkRevisionDialog : public QDialog
{
    Q_OBJECT

public:
    MarkRevisionDialog(PlanDocument *document, QWidget *parent = nullptr);

    // 令和7年3月改定 for a Japanese plan, "Revised March 2025" for an English
    // one: how municipalities name a revision after its month.
    static QString suggestedName(const PlanInfo &info, const QDate &date);

    // Why `name` cannot be the name of a new revision of `plan`; empty
    // when it can.
    static QString nameProblem(const Plan &plan, const QString &name);

    void accept() override;

private:
    void onDateChanged();

    PlanDocument *m_document;
    QLineEdit *m_name;
    DateField *m_date;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    // The name last suggested: the date updates the name until the user
    // types one of their own.
    QString m_suggested;
};
