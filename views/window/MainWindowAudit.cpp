// MainWindow's audit and trust: the signature of the open plan in the
// status bar (and a banner when something is wrong with it), File > Sign,
// Trusted Certificates and Properties, Edit > Your Name, and the question
// before saving removes a signature.
#include "views/window/MainWindow.h"

#include "models/PlanDocument.h"
#include "views/audit/PlanPropertiesDialog.h"
#include "views/audit/SignatureDisplay.h"
#include "views/audit/SignDialog.h"
#include "views/audit/TrustedCertificatesDialog.h"
#include "views/audit/UserNameDialog.h"
#include "views/window/Prompter.h"

#include <QBoxLayout>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>

void MainWindow::createSignatureBanner(QBoxLayout *layout)
{
    // Like the read-only banner, but only when a signature needs a look:
    // a valid one or none says so in the status bar alone.
    m_signatureBanner = new QLabel(this);
    m_signatureBanner->setObjectName(QStringLiteral("signatureBanner"));
    m_signatureBanner->setWordWrap(true);
    m_signatureBanner->setMargin(6);
    m_signatureBanner->setTextFormat(Qt::RichText);
    m_signatureBanner->hide();
    connect(m_signatureBanner, &QLabel::linkActivated, this, [this] { showProperties(); });
    layout->addWidget(m_signatureBanner);

    m_signatureStatus = new QToolButton(this);
    m_signatureStatus->setObjectName(QStringLiteral("signatureStatus"));
    m_signatureStatus->setAutoRaise(true);
    m_signatureStatus->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_signatureStatus->hide();
    connect(m_signatureStatus, &QToolButton::clicked, this, [this] { showProperties(); });
    statusBar()->addPermanentWidget(m_signatureStatus);
}

void MainWindow::createAuditActions(QMenu *fileMenu)
{
    fileMenu->addSeparator();
    QAction *sign = addAction(fileMenu, QStringLiteral("actionSign"), tr("Si&gn..."));
    sign->setStatusTip(tr("Sign the saved plan with your organisation's certificate"));
    connect(sign, &QAction::triggered, this, [this] { signPlan(); });
    QAction *trusted = addAction(fileMenu, QStringLiteral("actionTrustedCertificates"), tr("&Trusted Certificates..."));
    trusted->setStatusTip(tr("The root certificates that signed plans are checked against"));
    connect(trusted, &QAction::triggered, this, [this] { showTrustedCertificates(); });
    // Alt+Return is Properties on most desktops, and nothing else here.
    QAction *properties = addAction(fileMenu, QStringLiteral("actionProperties"), tr("Propert&ies..."),
                                    QKeySequence(Qt::ALT | Qt::Key_Return));
    properties->setStatusTip(tr("Integrity, signature, who saved the plan and when, and its revisions"));
    connect(properties, &QAction::triggered, this, [this] { showProperties(); });
    m_editActions << sign;
    m_documentActions << properties;
}

void MainWindow::createUserNameAction(QMenu *editMenu)
{
    QAction *name = addAction(editMenu, QStringLiteral("actionUserName"), tr("Your &Name..."));
    name->setStatusTip(tr("The name saved plans record as who saved them"));
    connect(name, &QAction::triggered, this, [this] { editUserName(); });
}

void MainWindow::updateSignatureState()
{
    if (!m_document) {
        m_signatureStatus->hide();
        m_signatureBanner->hide();
        return;
    }
    const SignatureInfo &signature = m_document->fileFacts().signature;
    const QString summary = signature.summary();
    m_signatureStatus->setIcon(SignatureDisplay::icon(signature.state));
    m_signatureStatus->setText(SignatureDisplay::shortText(signature));
    m_signatureStatus->setToolTip(summary + QLatin1Char('\n') + tr("Click for the plan's properties."));
    m_signatureStatus->setAccessibleName(summary);
    m_signatureStatus->show();

    const bool attention = SignatureDisplay::needsAttention(signature.state);
    m_signatureBanner->setVisible(attention);
    if (!attention)
        return;
    // Changed or damaged: the file is not what was signed (red); untrusted:
    // intact, but nobody here vouches for the signer (yellow).
    const bool broken = signature.state != SignatureInfo::State::Untrusted;
    m_signatureBanner->setStyleSheet(
        broken ? QStringLiteral("QLabel { background: #fde2e1; color: #7a1010; border-bottom: 1px solid #e0a5a3; }")
               : QStringLiteral("QLabel { background: #fff3c4; color: #5a4500; border-bottom: 1px solid #d9c27a; }"));
    m_signatureBanner->setText(QStringLiteral("%1 <a href=\"properties\">%2</a>")
                                   .arg(summary.toHtmlEscaped(), tr("Details...")));
    m_signatureBanner->setAccessibleName(summary);
}

void MainWindow::closeAuditWindows()
{
    delete m_properties;
    for (auto *dialog : findChildren<SignDialog *>())
        delete dialog;
}

bool MainWindow::confirmSignatureRemoval(const QString &path)
{
    if (!m_document || m_document->fileFacts().signature.state == SignatureInfo::State::Unsigned)
        return true;
    const SignatureInfo &signature = m_document->fileFacts().signature;
    const QString signer = signature.signer.isEmpty() ? tr("a certificate") : signature.signer;
    return m_prompter->question(
        this, tr("Remove Signature"),
        tr("%1 is signed by %2. Saving changes the file, so the signature is removed; "
           "you can sign the plan again with File > Sign.\nSave and remove the signature?")
            .arg(QDir::toNativeSeparators(path), signer));
}

PlanPropertiesDialog *MainWindow::showProperties()
{
    if (!m_document)
        return nullptr;
    if (!m_properties) {
        m_properties = new PlanPropertiesDialog(m_document.get(), this);
        m_properties->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_properties, &PlanPropertiesDialog::trustedCertificatesRequested, this,
                &MainWindow::showTrustedCertificates);
    }
    m_properties->show();
    m_properties->raise();
    m_properties->activateWindow();
    return m_properties;
}

SignDialog *MainWindow::signPlan()
{
    if (!m_document || m_document->isReadOnly())
        return nullptr;
    // A signature covers the file on disk: what is not saved would not be
    // signed, and the file would not be what the window shows.
    if (m_document->filePath().isEmpty() || m_document->isModified()) {
        const QString why = m_document->filePath().isEmpty()
            ? tr("The plan has not been saved yet. A signature covers the saved file, so it is saved first.")
            : tr("The plan has unsaved changes. A signature covers the saved file, so they are saved first.");
        if (!m_prompter->question(this, tr("Sign Plan"), why + QLatin1Char('\n') + tr("Save the plan now?")))
            return nullptr;
        if (!save() || m_document->isModified())
            return nullptr;
    }
    auto *dialog = new SignDialog(m_document.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TrustedCertificatesDialog *MainWindow::showTrustedCertificates()
{
    if (!m_trustedCertificates) {
        QWidget *parent = m_properties && m_properties->isVisible() ? static_cast<QWidget *>(m_properties) : this;
        m_trustedCertificates = new TrustedCertificatesDialog(parent);
        m_trustedCertificates->setAttribute(Qt::WA_DeleteOnClose);
        // Trust is the user's, not one plan's: every window judges again.
        connect(m_trustedCertificates, &TrustedCertificatesDialog::trustedCertificatesChanged, this, [] {
            for (MainWindow *window : windows())
                if (window->m_document)
                    window->m_document->reverifySignature();
        });
    }
    m_trustedCertificates->show();
    m_trustedCertificates->raise();
    m_trustedCertificates->activateWindow();
    return m_trustedCertificates;
}

UserNameDialog *MainWindow::editUserName()
{
    auto *dialog = new UserNameDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
