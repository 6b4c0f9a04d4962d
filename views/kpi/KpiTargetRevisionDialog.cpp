#include "views/kpi/KpiTargetRevisionDialog.h"

#include "views/common/DateField.h"

#include "models/FiscalYear.h"
#include "views/kpi/KpiFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

KpiTargetRevisionDialog::KpiTargetRevisionDialog(const Kpi &kpi, QWidget *parent)
    : QDialog(parent), m_kpi(kpi), m_year(new QComboBox(this)), m_current(new QLabel(this)),
      m_value(new QLineEdit(this)), m_statement(new QLineEdit(this)), m_date(new DateField(DateText::Precision::Day, this)),
      m_reason(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Revise Target"));
    auto *form = new QFormLayout;
    m_year->setObjectName(QStringLiteral("year"));
    for (const KpiTarget &t : kpi.targets)
        m_year->addItem(FiscalYear::label(t.year, FiscalYear::EraStyle::Both), t.year);
    form->addRow(tr("&Fiscal year:"), m_year);
    form->addRow(tr("Current target:"), m_current);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setPlaceholderText(kpi.unit.isEmpty() ? tr("a number") : tr("a number in %1").arg(kpi.unit));
    form->addRow(tr("New &value:"), m_value);
    m_statement->setObjectName(QStringLiteral("statement"));
    m_statement->setPlaceholderText(tr("or a statement: 改善, 維持 ..."));
    form->addRow(tr("New &statement:"), m_statement);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate({ QDate::currentDate(), false });
    form->addRow(tr("Revised &on:"), m_date);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("why the target changed"));
    form->addRow(tr("&Reason:"), m_reason);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &KpiTargetRevisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The target as first set stays in the KPI's history and in the printed KPI table."), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_year, &QComboBox::currentIndexChanged, this, &KpiTargetRevisionDialog::yearChosen);
    yearChosen();
}

void KpiTargetRevisionDialog::yearChosen()
{
    const int year = m_year->currentData().toInt();
    for (const KpiTarget &t : m_kpi.targets)
        if (t.year == year) {
            m_current->setText(KpiFormat::target(t, m_kpi));
            m_value->setText(t.value ? KpiFormat::number(*t.value) : QString());
            m_statement->setText(t.statement);
        }
}

bool KpiTargetRevisionDialog::revise(const Kpi &kpi, KpiTargetRevision revision, Kpi *result, QString *error)
{
    Kpi after = kpi;
    for (KpiTarget &t : after.targets) {
        if (t.year != revision.year)
            continue;
        if (t.value == revision.newValue && t.statement == revision.newStatement) {
            *error = tr("The new target is the same as the current one.");
            return false;
        }
        if (!revision.newValue && revision.newStatement.trimmed().isEmpty()) {
            *error = tr("Give the new target a value or a statement.");
            return false;
        }
        revision.oldValue = t.value;
        revision.oldStatement = t.statement;
        t.value = revision.newValue;
        t.statement = revision.newStatement;
        after.targetRevisions << revision;
        *result = after;
        return true;
    }
    *error = tr("The KPI has no target for that year.");
    return false;
}

void KpiTargetRevisionDialog::accept()
{
    KpiTargetRevision revision;
    revision.year = m_year->currentData().toInt();
    if (m_date->isRefused()) {
        m_error->setText(tr("The date is not one DX Plan Studio can read: %1").arg(DateText::hint(DateText::Precision::Day)));
        return;
    }
    revision.date = m_date->date();
    revision.reason = m_reason->text().trimmed();
    revision.newStatement = m_statement->text().trimmed();
    const QString valueText = m_value->text().trimmed();
    if (!valueText.isEmpty()) {
        revision.newValue = KpiFormat::parseValue(valueText, m_kpi.unit);
        if (!revision.newValue) {
            m_error->setText(tr("\"%1\" is not a number.").arg(valueText));
            return;
        }
    }
    QString error;
    if (!revise(m_kpi, revision, &m_revised, &error)) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}
