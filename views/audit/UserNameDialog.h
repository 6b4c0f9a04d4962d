#pragma once

#include <QDialog>

class QLineEdit;

// Edit > Your Name: the name a saved plan records as who saved it and the
// lock on an open plan shows to others. Empty means the account's full
// name. Kept in the settings; applyStoredName() puts it to use at start-up.
class UserNameDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserNameDialog(QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    void accept() override;

    // The settings key, and the name stored there ("" for the default).
    static QString settingsKey();
    static QString storedName();
    // Stores `name` ("" for the account's full name) and uses it from now on.
    static void storeName(const QString &name);
    // Uses the stored name (PlanFileWriter::setUserName).
    static void applyStoredName();

private:
    QLineEdit *m_name;
};
