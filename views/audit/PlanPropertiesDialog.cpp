#include "views/audit/PlanPropertiesDialog.h"
#include "views/common/WindowPlacement.h"

#include "models/PlanDocument.h"
#include "views/audit/SignatureDisplay.h"
#include "views/revisions/RevisionListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

PlanPropertiesDialog::PlanPropertiesDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("planPropertiesDialog"));
    setWindowTitle(tr("Plan Properties"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("propertiesTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(Field::File, tr("File:"));
    addRow(Field::Integrity, tr("Integrity:"));
    addRow(Field::Signature, tr("Signature:"));
    addRow(Field::Signer, tr("Signer:"));
    addRow(Field::Issuer, tr("Issued by:"));
    addRow(Field::ValidUntil, tr("Valid until:"));
    addRow(Field::SignedAt, tr("Signed at:"));
    addRow(Field::Problem, tr("Problem:"));
    addRow(Field::Format, tr("File format:"));
    addRow(Field::Application, tr("Saved with:"));
    addRow(Field::SavedAt, tr("Saved at:"));
    addRow(Field::SavedBy, tr("Saved by:"));
    addRow(Field::CurrentRevision, tr("Current revision:"));
    layout->addLayout(m_form);

    // The signature's row has its icon, the one the status bar shows.
    QLabel *signature = m_values.value(Field::Signature);
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(signature, &row, &role);
    m_form->removeWidget(signature);
    m_signatureIcon = new QLabel(this);
    auto *signatureRow = new QWidget(this);
    auto *signatureLayout = new QHBoxLayout(signatureRow);
    signatureLayout->setContentsMargins(0, 0, 0, 0);
    signatureLayout->addWidget(m_signatureIcon, 0, Qt::AlignTop);
    signatureLayout->addWidget(signature, 1);
    m_form->setWidget(row, QFormLayout::FieldRole, signatureRow);

    m_unsavedNote = new QLabel(tr("The plan has unsaved changes: these facts are of the file as last saved."), this);
    m_unsavedNote->setObjectName(QStringLiteral("propertiesUnsavedNote"));
    m_unsavedNote->setWordWrap(true);
    m_unsavedNote->setStyleSheet(QStringLiteral("QLabel { color: #5a4500; }"));
    layout->addWidget(m_unsavedNote);

    auto *historyLabel = new QLabel(tr("Revision history:"), this);
    layout->addWidget(historyLabel);
    m_model = new RevisionListModel(this);
    m_model->setDocument(document);
    m_revisions = new QTreeView(this);
    m_revisions->setObjectName(QStringLiteral("propertiesRevisions"));
    m_revisions->setAccessibleName(tr("Revision history"));
    m_revisions->setRootIsDecorated(false);
    m_revisions->setModel(m_model);
    m_revisions->setColumnHidden(RevisionListModel::Snapshot, true);
    m_revisions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_revisions->header()->setStretchLastSection(true);
    historyLabel->setBuddy(m_revisions);
    layout->addWidget(m_revisions, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("propertiesCopy"));
    copy->setToolTip(tr("Put everything this panel shows on the clipboard as text"));
    connect(copy, &QPushButton::clicked, this, &PlanPropertiesDialog::copyAll);
    QPushButton *trust = buttons->addButton(tr("&Trusted Certificates..."), QDialogButtonBox::ActionRole);
    trust->setObjectName(QStringLiteral("propertiesTrustedCertificates"));
    connect(trust, &QPushButton::clicked, this, &PlanPropertiesDialog::trustedCertificatesRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanPropertiesDialog::reject);
    layout->addWidget(buttons);

    connect(document, &PlanDocument::fileFactsChanged, this, &PlanPropertiesDialog::refresh);
    connect(document, &PlanDocument::modifiedChanged, this, &PlanPropertiesDialog::refresh);
    // Revisions are what the panel shows of the plan itself (and its title).
    connect(document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (change.part == PlanChange::Part::Revision || change.part == PlanChange::Part::Info
            || change.part == PlanChange::Part::Everything)
            refresh();
    });
    refresh();
    WindowPlacement::fitDialog(this, 640, 540);
}

void PlanPropertiesDialog::addRow(Field field, const QString &label)
{
    auto *value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *name = new QLabel(label, this);
    name->setBuddy(value);
    m_form->addRow(name, value);
    m_values.insert(field, value);
    m_labels.insert(field, name);
}

void PlanPropertiesDialog::setValue(Field field, const QString &value)
{
    QLabel *label = m_values.value(field);
    label->setText(value);
    m_form->setRowVisible(m_labels.value(field), !value.isEmpty());
}

QString PlanPropertiesDialog::value(Field field) const
{
    return m_values.value(field)->text();
}

void PlanPropertiesDialog::refresh()
{
    const PlanDocument::FileFacts &facts = m_document->fileFacts();
    const bool saved = !m_document->filePath().isEmpty();
    m_title->setText(m_document->plan().info.title);
    const QString unknown = tr("not recorded (saved by an older version)");

    setValue(Field::File, saved ? QDir::toNativeSeparators(m_document->filePath()) : tr("Not saved yet"));
    if (!saved)
        setValue(Field::Integrity, tr("Not saved yet"));
    else if (facts.verified)
        setValue(Field::Integrity, tr("Intact: every entry's size and SHA-256 checked"));
    else
        setValue(Field::Integrity, tr("Not verified"));

    const SignatureInfo &signature = facts.signature;
    const bool signedFile = signature.state != SignatureInfo::State::Unsigned;
    setValue(Field::Signature, signature.summary());
    m_signatureIcon->setPixmap(SignatureDisplay::icon(signature.state).pixmap(style()->pixelMetric(QStyle::PM_SmallIconSize)));
    setValue(Field::Signer, signedFile ? signature.signerSubject : QString());
    setValue(Field::Issuer, signedFile ? signature.issuer : QString());
    setValue(Field::ValidUntil, signedFile ? SignatureDisplay::dateTimeText(signature.validUntil) : QString());
    setValue(Field::SignedAt, signedFile ? SignatureDisplay::dateTimeText(signature.signedAt) : QString());
    setValue(Field::Problem, signature.problem);

    setValue(Field::Format, saved && facts.formatMajor > 0
                 ? tr("DX Plan Studio plan, format %1.%2").arg(facts.formatMajor).arg(facts.formatMinor)
                 : QString());
    setValue(Field::Application, !saved ? QString()
                 : facts.applicationVersion.isEmpty() ? unknown
                                                      : tr("DX Plan Studio %1").arg(facts.applicationVersion));
    const QDateTime savedAt = QDateTime::fromString(facts.savedAt, Qt::ISODate);
    setValue(Field::SavedAt, !saved ? QString()
                 : savedAt.isValid() ? SignatureDisplay::dateTimeText(savedAt)
                                     : (facts.savedAt.isEmpty() ? unknown : facts.savedAt));
    m_values.value(Field::SavedAt)->setToolTip(facts.savedAt);
    setValue(Field::SavedBy, !saved ? QString() : facts.savedBy.isEmpty() ? unknown : facts.savedBy);

    const Revision *latest = m_document->plan().latestRevision();
    if (!latest) {
        setValue(Field::CurrentRevision, tr("None marked"));
    } else {
        const QString kind = latest->kind == Revision::Kind::Adopted ? tr("adopted") : tr("revised");
        const QString date = m_model->data(m_model->indexFromRevision(latest->id, RevisionListModel::Date)).toString();
        QString text = latest->name.isEmpty() ? tr("%1, %2").arg(date, kind) : tr("%1 (%2, %3)").arg(latest->name, date, kind);
        if (!latest->author.isEmpty())
            text += QLatin1Char(' ') + tr("marked by %1").arg(latest->author);
        setValue(Field::CurrentRevision, text);
    }
    m_unsavedNote->setVisible(saved && m_document->isModified());
}

QString PlanPropertiesDialog::text() const
{
    QStringList lines;
    lines << m_title->text();
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        const Field field = m_labels.key(label);
        const QString value = m_values.value(field)->text();
        if (!value.isEmpty())
            lines << label->text() + QLatin1Char(' ') + value;
    }
    if (!m_unsavedNote->isHidden())
        lines << m_unsavedNote->text();
    lines << QString() << tr("Revision history:");
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (!m_revisions->isColumnHidden(column))
            header << m_model->headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            if (!m_revisions->isColumnHidden(column))
                cells << m_model->data(m_model->index(row, column)).toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void PlanPropertiesDialog::copyAll()
{
    QApplication::clipboard()->setText(text());
}
