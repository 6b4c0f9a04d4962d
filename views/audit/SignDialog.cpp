#include "views/audit/SignDialog.h"

#include "models/PlanDocument.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

// The folder of the last key file, offered again: an organisation keeps
// its key in one place.
const QLatin1String keyFolderSetting("audit/keyFolder");

} // namespace

SignDialog::SignDialog(PlanDocument *document, QWidget *parent) : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("signDialog"));
    setWindowTitle(tr("Sign Plan"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A signature shows that this plan is the one your organisation published: whoever opens it "
           "sees who signed it and whether it was changed since.\n"
           "The saved file \"%1\" is signed as it is on disk. Saving it again removes the signature; "
           "sign it again then.")
            .arg(QDir::toNativeSeparators(QFileInfo(document->filePath()).fileName())),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("signKeyFile"));
    m_keyFile->setAccessibleName(tr("Certificate and key file"));
    m_keyFile->setPlaceholderText(tr("A PKCS#12 file (.p12, .pfx)"));
    m_keyFile->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("signBrowse"));
    connect(browse, &QPushButton::clicked, this, &SignDialog::chooseKeyFile);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browse);
    // A layout as the field gets no buddy from the form: the label's
    // shortcut needs one.
    auto *keyLabel = new QLabel(tr("&Certificate and key:"), this);
    keyLabel->setBuddy(m_keyFile);
    form->addRow(keyLabel, keyRow);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("signPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("signProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_sign = buttons->button(QDialogButtonBox::Ok);
    m_sign->setText(tr("&Sign"));
    m_sign->setObjectName(QStringLiteral("signOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignDialog::reject);
    layout->addWidget(buttons);

    connect(m_keyFile, &QLineEdit::textChanged, this, &SignDialog::updateButton);
    updateButton();
    resize(560, sizeHint().height());
}

QString SignDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SignDialog::chooseKeyFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Certificate and Key"), settings.value(keyFolderSetting).toString(),
        tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(keyFolderSetting, QFileInfo(path).absolutePath());
    m_keyFile->setText(QDir::toNativeSeparators(path));
    m_passphrase->setFocus();
}

void SignDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void SignDialog::updateButton()
{
    m_sign->setEnabled(!m_keyFile->text().trimmed().isEmpty());
}

void SignDialog::accept()
{
    const QString path = QDir::fromNativeSeparators(m_keyFile->text().trimmed());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray pkcs12 = file.readAll();
    QString error;
    if (!m_document->signFile(pkcs12, m_passphrase->text(), &error)) {
        showProblem(tr("The plan was not signed: %1").arg(error));
        m_passphrase->selectAll();
        m_passphrase->setFocus();
        return;
    }
    showProblem(QString());
    QDialog::accept();
}
