#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Every question and message the main window puts to the user goes
// through here, so that tests can answer without a modal dialog and the
// window's logic stays free of QMessageBox calls.
class Prompter
{
public:
    enum class SaveAnswer { Save, Discard, Cancel };

    virtual ~Prompter() = default;
    virtual void error(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual bool question(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual SaveAnswer askToSave(QWidget *parent, const QString &text) = 0;
    // A question with more answers than yes and no. Returns the index in
    // `answers` of the one chosen; `defaultAnswer` is what Enter picks,
    // `cancelAnswer` what Escape or closing the dialog gives.
    virtual int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &answers,
                       int defaultAnswer, int cancelAnswer) = 0;
    // Empty when the user cancels.
    virtual QString openFileName(QWidget *parent, const QString &title) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested) = 0;
};

// The real dialogs.
class DialogPrompter : public Prompter
{
public:
    void error(QWidget *parent, const QString &title, const QString &text) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    bool question(QWidget *parent, const QString &title, const QString &text) override;
    SaveAnswer askToSave(QWidget *parent, const QString &text) override;
    int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &answers,
               int defaultAnswer, int cancelAnswer) override;
    QString openFileName(QWidget *parent, const QString &title) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested) override;
};
