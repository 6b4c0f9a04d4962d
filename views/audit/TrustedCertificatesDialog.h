#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

// The root certificates this user trusts for signed plans (LGPKI's roots
// are not in the system's store): list, import a PEM or DER file, remove.
// Every change is announced so that the open plans judge their signatures
// again.
class TrustedCertificatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrustedCertificatesDialog(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Adds the certificate in `path`; false, with the reason shown in the
    // dialog, when it is not one.
    bool importFile(const QString &path);
    // Removes the selected certificate; false when none is selected or it
    // cannot be removed (the reason is shown).
    bool removeSelected();
    // What went wrong last; empty when nothing did.
    QString problem() const;

signals:
    void trustedCertificatesChanged();

private:
    void reload();
    void chooseFile();
    void showProblem(const QString &problem);
    void updateButtons();

    QListWidget *m_list;
    QLabel *m_problem;
    QPushButton *m_remove;
};
