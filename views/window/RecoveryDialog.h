#pragma once

#include "models/WorkingCopy.h"

#include <QDialog>

class QTableWidget;
class QPushButton;

// Shown at start when plans were left open by a crash: lists each working
// copy (title, file, last unsaved change) and lets the user recover it,
// discard it (after confirming), or decide later. Nothing is deleted
// without the user's word; "Later" keeps everything for the next start.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryDialog(const QList<WorkingCopy::Info> &copies, QWidget *parent = nullptr);

    // The working copies the user chose to recover.
    QStringList toRecover() const { return m_toRecover; }

private:
    void recoverSelected();
    void discardSelected();
    void updateButtons();
    QString selectedId() const;
    void removeRow(int row);

    QTableWidget *m_table;
    QPushButton *m_recover;
    QPushButton *m_discard;
    QStringList m_toRecover;
};
