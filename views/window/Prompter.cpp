#include "views/window/Prompter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
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

QString DialogPrompter::openFileName(QWidget *parent, const QString &title)
{
    return QFileDialog::getOpenFileName(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), planFilter());
}

QString DialogPrompter::saveFileName(QWidget *parent, const QString &title, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, planFilter());
}
