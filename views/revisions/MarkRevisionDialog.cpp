#include "views/revisions/MarkRevisionDialog.h"

#include "views/common/DateField.h"

#include "models/FiscalYear.h"
#include "models/PlanDocument.h"
#include "models/commands/RevisionCommands.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

MarkRevisionDialog::MarkRevisionDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("markRevisionDialog"));
    setWindowTitle(tr("Mark Revision"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A revision keeps a copy of the plan as it stands now. You can open it, "
                                "compare it with later versions and restore it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("revisionName"));
    m_name->setAccessibleName(tr("Revision name"));
    m_date = new DateField(DateText::Precision::Day, this);
    m_date->setDate({ QDate::currentDate(), false });
    m_date->setObjectName(QStringLiteral("revisionDate"));
    m_date->setAccessibleName(tr("Revision date"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("revisionNote"));
    m_note->setAccessibleName(tr("Revision note"));
    m_note->setPlaceholderText(tr("What this revision changed (optional)"));
    m_note->setTabChangesFocus(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("revisionProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Mark Revision"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("markRevisionOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MarkRevisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MarkRevisionDialog::reject);
    layout->addWidget(buttons);

    connect(m_date, &DateField::dateChanged, this, &MarkRevisionDialog::onDateChanged);
    connect(m_name, &QLineEdit::textEdited, m_problem, &QLabel::hide);
    onDateChanged();
    m_name->selectAll();
    resize(460, 300);
}

QString MarkRevisionDialog::suggestedName(const PlanInfo &info, const QDate &date)
{
    // The name is part of the plan's own text, so it follows the plan's
    // language, not the language of the program.
    if (info.language == QLatin1String("ja"))
        return FiscalYear::monthLabel(date.year(), date.month(), FiscalYear::EraStyle::Reiwa)
            + QStringLiteral("改定");
    return QStringLiteral("Revised %1").arg(QLocale(QLocale::English).toString(date, QStringLiteral("MMMM yyyy")));
}

QString MarkRevisionDialog::nameProblem(const Plan &plan, const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Give the revision a name.");
    for (const Revision &r : plan.revisions)
        if (r.name.trimmed() == name.trimmed())
            return tr("The plan already has a revision named \"%1\"; choose another name.").arg(name.trimmed());
    return QString();
}

void MarkRevisionDialog::onDateChanged()
{
    const QString suggestion = suggestedName(m_document->plan().info, m_date->date().date);
    if (m_name->text().isEmpty() || m_name->text() == m_suggested)
        m_name->setText(suggestion);
    m_suggested = suggestion;
}

void MarkRevisionDialog::accept()
{
    const QString name = m_name->text().trimmed();
    QString problem = nameProblem(m_document->plan(), name);
    if (m_date->isRefused()) {
        m_problem->setText(tr("The date is not one DX Plan Studio can read: %1")
                               .arg(DateText::hint(DateText::Precision::Day)));
        m_problem->show();
        m_date->setFocus();
        return;
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        m_name->setFocus();
        m_name->selectAll();
        return;
    }
    const Revision revision =
        newRevision(m_document, name, m_date->date(), m_note->toPlainText().trimmed());
    m_document->undoStack()->push(new MarkRevision(m_document, revision, tr("Mark revision %1").arg(name)));
    QDialog::accept();
}
