#pragma once

#include "models/FiscalYear.h"
#include "models/Measure.h"

#include <QDialog>

class FiscalMonthPicker;
class QDialogButtonBox;
class QLineEdit;

// Edits one milestone: its label and its fiscal year and month ("some
// time in the year" allowed). OK stays off while the label is empty.
class MilestoneDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MilestoneDialog(QWidget *parent = nullptr);

    void setYears(int firstYear, int lastYear, FiscalYear::EraStyle style);
    void setMilestone(const Milestone &milestone);
    Milestone milestone() const;

private:
    void validate();

    QLineEdit *m_label;
    FiscalMonthPicker *m_when;
    QDialogButtonBox *m_buttons;
};
