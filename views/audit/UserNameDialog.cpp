#include "views/audit/UserNameDialog.h"

#include "models/PlanFileWriter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

UserNameDialog::UserNameDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userNameDialog"));
    setWindowTitle(tr("Your Name"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Plans you save record this name as who saved them (File > Properties shows it), "
                                "and others who try to open a plan you have open are told it is you. "
                                "Leave it empty to use your account's name."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(storedName(), this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(PlanFileWriter::accountFullName());
    form->addRow(tr("Your &name:"), m_name);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserNameDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserNameDialog::reject);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void UserNameDialog::accept()
{
    storeName(m_name->text().simplified());
    QDialog::accept();
}

QString UserNameDialog::settingsKey()
{
    return QStringLiteral("user/name");
}

QString UserNameDialog::storedName()
{
    return QSettings().value(settingsKey()).toString();
}

void UserNameDialog::storeName(const QString &name)
{
    QSettings settings;
    if (name.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), name);
    applyStoredName();
}

void UserNameDialog::applyStoredName()
{
    // Empty is the account's full name there.
    PlanFileWriter::setUserName(storedName());
}
