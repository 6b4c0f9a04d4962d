#include "views/roadmap/PhaseDialog.h"

#include "views/common/PhaseText.h"
#include "views/roadmap/FiscalMonthPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

PhaseDialog::PhaseDialog(QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_label(new QComboBox(this)),
      m_start(new FiscalMonthPicker(tr("From April"), this)),
      m_end(new FiscalMonthPicker(tr("Through March"), this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Phase"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_label->setObjectName(QStringLiteral("label"));
    m_start->setObjectName(QStringLiteral("start"));
    m_end->setObjectName(QStringLiteral("end"));
    for (Phase::Kind kind : { Phase::Kind::Study, Phase::Kind::Procure, Phase::Kind::Build,
                              Phase::Kind::Operate, Phase::Kind::Other })
        m_kind->addItem(PhaseText::kindName(kind), int(kind));
    m_label->setEditable(true);
    m_label->setInsertPolicy(QComboBox::NoInsert);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &FiscalMonthPicker::changed, this, &PhaseDialog::validate);
    connect(m_end, &FiscalMonthPicker::changed, this, &PhaseDialog::validate);
}

void PhaseDialog::setChoices(int firstYear, int lastYear, FiscalYear::EraStyle style,
                             const QStringList &labels)
{
    m_start->setYears(firstYear, lastYear, style);
    m_end->setYears(firstYear, lastYear, style);
    const QString text = m_label->currentText();
    m_label->clear();
    m_label->addItems(labels);
    m_label->setEditText(text);
}

void PhaseDialog::setPhase(const Phase &phase)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(phase.kind))));
    m_label->setEditText(phase.label);
    m_start->setValue(phase.startYear, phase.startMonth);
    m_end->setValue(phase.endYear, phase.endMonth);
    validate();
}

Phase PhaseDialog::phase() const
{
    Phase p;
    p.kind = Phase::Kind(m_kind->currentData().toInt());
    p.label = m_label->currentText().trimmed();
    p.startYear = m_start->year();
    p.startMonth = m_start->month();
    p.endYear = m_end->year();
    p.endMonth = m_end->month();
    return p;
}

void PhaseDialog::validate()
{
    const Phase p = phase();
    const bool ok = p.endOffset(p.startYear) > p.startOffset(p.startYear);
    m_problem->setText(ok ? QString() : tr("The phase must end after it starts."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
