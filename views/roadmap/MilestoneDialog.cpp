#include "views/roadmap/MilestoneDialog.h"

#include "views/roadmap/FiscalMonthPicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

MilestoneDialog::MilestoneDialog(QWidget *parent)
    : QDialog(parent), m_label(new QLineEdit(this)),
      m_when(new FiscalMonthPicker(tr("Some time in the year"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Milestone"));
    m_label->setObjectName(QStringLiteral("label"));
    m_when->setObjectName(QStringLiteral("when"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&When:"), m_when);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_label, &QLineEdit::textChanged, this, &MilestoneDialog::validate);
    validate();
}

void MilestoneDialog::setYears(int firstYear, int lastYear, FiscalYear::EraStyle style)
{
    m_when->setYears(firstYear, lastYear, style);
}

void MilestoneDialog::setMilestone(const Milestone &milestone)
{
    m_label->setText(milestone.label);
    m_when->setValue(milestone.year, milestone.month);
}

Milestone MilestoneDialog::milestone() const
{
    return { m_label->text().trimmed(), m_when->year(), m_when->month() };
}

void MilestoneDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_label->text().trimmed().isEmpty());
}
