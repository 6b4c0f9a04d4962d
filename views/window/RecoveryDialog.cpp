#include "views/window/RecoveryDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RecoveryDialog::RecoveryDialog(const QList<WorkingCopy::Info> &copies, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Recover Unsaved Work"));
    setObjectName(QStringLiteral("recoveryDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("DX Plan Studio was not closed properly. These plans still have their working "
                                "copies; recover them to go on where you stopped."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(copies.size(), 3, this);
    m_table->setObjectName(QStringLiteral("recoveryTable"));
    m_table->setAccessibleName(tr("Plans with unsaved work"));
    m_table->setHorizontalHeaderLabels({ tr("Plan"), tr("File"), tr("Last change") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < copies.size(); ++row) {
        const WorkingCopy::Info &info = copies[row];
        auto *title = new QTableWidgetItem(info.title.isEmpty() ? tr("(untitled)") : info.title);
        title->setData(Qt::UserRole, info.id);
        m_table->setItem(row, 0, title);
        m_table->setItem(row, 1, new QTableWidgetItem(info.sourcePath.isEmpty()
                                                          ? tr("never saved")
                                                          : QDir::toNativeSeparators(info.sourcePath)));
        m_table->setItem(row, 2, new QTableWidgetItem(
                                     info.changedAt.isValid()
                                         ? QLocale().toString(info.changedAt.toLocalTime(), QLocale::ShortFormat)
                                         : tr("no unsaved changes")));
    }
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::ActionRole);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_discard = buttons->addButton(tr("&Discard..."), QDialogButtonBox::ActionRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    later->setToolTip(tr("Keep the remaining working copies and ask again at the next start."));
    for (QPushButton *button : { m_recover, m_discard, later })
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    layout->addWidget(buttons);

    connect(m_recover, &QPushButton::clicked, this, &RecoveryDialog::recoverSelected);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecoveryDialog::updateButtons);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
    resize(720, 320);
}

QString RecoveryDialog::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toString() : QString();
}

void RecoveryDialog::updateButtons()
{
    const bool any = !selectedId().isEmpty();
    m_recover->setEnabled(any);
    m_discard->setEnabled(any);
}

void RecoveryDialog::removeRow(int row)
{
    m_table->removeRow(row);
    if (m_table->rowCount() == 0)
        accept();
    else
        m_table->selectRow(qMin(row, m_table->rowCount() - 1));
    updateButtons();
}

void RecoveryDialog::recoverSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_toRecover << id;
    removeRow(m_table->currentRow());
}

void RecoveryDialog::discardSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString title = m_table->item(m_table->currentRow(), 0)->text();
    if (QMessageBox::warning(this, tr("Discard Unsaved Work"),
                             tr("Discard the unsaved work of \"%1\"? This cannot be undone.").arg(title),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Discard)
        return;
    WorkingCopy::discard(id);
    removeRow(m_table->currentRow());
}
