#include "views/window/Prompter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace {

QString planFilter()
{
    return QCoreApplication::translate("Prompter", "DX Plan Studio plans (*.dxplan)");
}

} // namespace

void DialogPrompter::error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

void DialogPrompter::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

bool DialogPrompter::question(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

Prompter::SaveAnswer DialogPrompter::askToSave(QWidget *parent, const QString &text)
{
    const auto answer = QMessageBox::warning(parent, QCoreApplication::translate("Prompter", "Unsaved changes"),
                                             text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveAnswer::Save;
    if (answer == QMessageBox::Discard)
        return SaveAnswer::Discard;
    return SaveAnswer::Cancel;
}

int DialogPrompter::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &answers,
                           int defaultAnswer, int cancelAnswer)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> buttons;
    for (int i = 0; i < answers.size(); ++i) {
        const QMessageBox::ButtonRole role = i == cancelAnswer ? QMessageBox::RejectRole
            : i == defaultAnswer                               ? QMessageBox::AcceptRole
                                                               : QMessageBox::ActionRole;
        buttons << box.addButton(answers[i], role);
    }
    if (auto *button = qobject_cast<QPushButton *>(buttons.value(defaultAnswer)))
        box.setDefaultButton(button);
    if (QAbstractButton *button = buttons.value(cancelAnswer))
        box.setEscapeButton(button);
    box.exec();
    const int chosen = int(buttons.indexOf(box.clickedButton()));
    return chosen >= 0 ? chosen : cancelAnswer;
}

QString DialogPrompter::openFileName(QWidget *parent, const QString &title)
{
    return QFileDialog::getOpenFileName(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), planFilter());
}

QString DialogPrompter::saveFileName(QWidget *parent, const QString &title, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, planFilter());
}
