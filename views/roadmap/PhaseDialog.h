#pragma once

#include "models/FiscalYear.h"
#include "models/Measure.h"

#include <QDialog>

class FiscalMonthPicker;
class QComboBox;
class QDialogButtonBox;
class QLabel;

// Edits one phase of a measure's schedule: its kind, its label and its
// span in fiscal years and months. OK stays off while the end comes
// before the start.
class PhaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PhaseDialog(QWidget *parent = nullptr);

    // Years offered, labelled in `style`; labels offered for the label field.
    void setChoices(int firstYear, int lastYear, FiscalYear::EraStyle style, const QStringList &labels);
    void setPhase(const Phase &phase);
    Phase phase() const;

private:
    void validate();

    QComboBox *m_kind;
    QComboBox *m_label;
    FiscalMonthPicker *m_start;
    FiscalMonthPicker *m_end;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
