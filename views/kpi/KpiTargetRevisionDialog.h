#pragma once

#include "models/Kpi.h"

#include <QDialog>

class QComboBox;
class DateField;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Revising one of a KPI's targets after the plan was adopted (上方修正):
// the year, the new value or statement, the date and the reason. The KPI
// keeps the old target in its revision history.
class KpiTargetRevisionDialog : public QDialog
{
    Q_OBJECT

public:
    KpiTargetRevisionDialog(const Kpi &kpi, QWidget *parent = nullptr);

    // The KPI with the target revised and the revision recorded; valid
    // once the dialog was accepted.
    Kpi revised() const { return m_revised; }

    // `kpi` with its target for `revision.year` set to the revision's new
    // value and statement, and the revision (its old value and statement
    // taken from the target) appended to its history. False with `error`
    // when the year has no target or nothing would change.
    static bool revise(const Kpi &kpi, KpiTargetRevision revision, Kpi *result, QString *error);

    void accept() override;

private:
    void yearChosen();

    Kpi m_kpi;
    Kpi m_revised;
    QComboBox *m_year;
    QLabel *m_current;
    QLineEdit *m_value;
    QLineEdit *m_statement;
    DateField *m_date;
    QLineEdit *m_reason;
    QLabel *m_error;
};
