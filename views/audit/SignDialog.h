#pragma once

#include <QDialog>

class PlanDocument;
class QLabel;
class QLineEdit;
class QPushButton;

// File > Sign: the organisation's certificate and key (a PKCS#12 file,
// .p12 or .pfx) and its passphrase. Signing covers the saved file as it is
// on disk, so the main window saves first. What goes wrong (a wrong
// passphrase, a file that is no key) is said in the dialog, which stays
// open to try again.
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    SignDialog(PlanDocument *document, QWidget *parent = nullptr);

    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QPushButton *signButton() const { return m_sign; }
    // What went wrong with the last attempt; empty when nothing did.
    QString problem() const;

    void accept() override;

private:
    void chooseKeyFile();
    void showProblem(const QString &problem);
    void updateButton();

    PlanDocument *m_document;
    QLineEdit *m_keyFile;
    QLineEdit *m_passphrase;
    QLabel *m_problem;
    QPushButton *m_sign;
};
