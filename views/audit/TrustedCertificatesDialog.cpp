#include "views/audit/TrustedCertificatesDialog.h"

#include "models/PlanSignature.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QLatin1String certificateFolderSetting("audit/certificateFolder");

} // namespace

TrustedCertificatesDialog::TrustedCertificatesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("trustedCertificatesDialog"));
    setWindowTitle(tr("Trusted Certificates"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A signed plan is trusted when its signer's certificate was issued by one of "
                                "these root certificates, such as your prefecture's or LGPKI's. Import the "
                                "root certificate (a PEM or DER file) that your IT department gives you."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("trustedCertificatesList"));
    m_list->setAccessibleName(tr("Trusted certificates"));
    m_list->setWordWrap(true);
    row->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    auto *import = new QPushButton(tr("&Import..."), this);
    import->setObjectName(QStringLiteral("importCertificate"));
    connect(import, &QPushButton::clicked, this, &TrustedCertificatesDialog::chooseFile);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeCertificate"));
    connect(m_remove, &QPushButton::clicked, this, &TrustedCertificatesDialog::removeSelected);
    side->addWidget(import);
    side->addWidget(m_remove);
    side->addStretch(1);
    row->addLayout(side);
    layout->addLayout(row, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("certificateProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrustedCertificatesDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &TrustedCertificatesDialog::updateButtons);
    reload();
    resize(600, 360);
}

void TrustedCertificatesDialog::reload()
{
    m_list->clear();
    m_list->addItems(PlanSignature::trustedCertificateNames());
    updateButtons();
}

void TrustedCertificatesDialog::updateButtons()
{
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

QString TrustedCertificatesDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void TrustedCertificatesDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void TrustedCertificatesDialog::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Trusted Certificate"), settings.value(certificateFolderSetting).toString(),
        tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(certificateFolderSetting, QFileInfo(path).absolutePath());
    importFile(path);
}

bool TrustedCertificatesDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QString error;
    if (!PlanSignature::addTrustedCertificate(file.readAll(), &error)) {
        showProblem(tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    showProblem(QString());
    // Kept in the order of their fingerprints: select the new one by name.
    QStringList before;
    for (int row = 0; row < m_list->count(); ++row)
        before << m_list->item(row)->text();
    reload();
    for (int row = 0; row < m_list->count(); ++row)
        if (!before.contains(m_list->item(row)->text()))
            m_list->setCurrentRow(row);
    emit trustedCertificatesChanged();
    return true;
}

bool TrustedCertificatesDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return false;
    QString error;
    if (!PlanSignature::removeTrustedCertificate(row, &error)) {
        showProblem(tr("The certificate was not removed: %1").arg(error));
        return false;
    }
    showProblem(QString());
    reload();
    emit trustedCertificatesChanged();
    return true;
}
