#include "views/sheets/TableClipboard.h"

#include "views/sheets/CsvText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMimeData>
#include <QTableView>
#include <map>
#include <set>

TableClipboard::TableClipboard(QAbstractItemView *view, PasteHandler paste)
    : QObject(view), m_view(view), m_paste(std::move(paste))
{
    setObjectName(QStringLiteral("tableClipboard"));
}

TableClipboard *TableClipboard::install(QAbstractItemView *view, PasteHandler paste)
{
    auto *clipboard = new TableClipboard(view, std::move(paste));
    view->installEventFilter(clipboard);
    return clipboard;
}

QList<QStringList> TableClipboard::selectedRows(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    QList<QStringList> rows;
    if (!model)
        return rows;
    QModelIndexList indexes = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty() && view->currentIndex().isValid())
        indexes << view->currentIndex();
    const auto *table = qobject_cast<const QTableView *>(view);
    // Rows in the order shown; columns as the header shows them, hidden
    // ones left out.
    std::set<int> rowNumbers;
    std::map<int, int> columnsByPosition;
    for (const QModelIndex &index : indexes) {
        if (table && table->isColumnHidden(index.column()))
            continue;
        rowNumbers.insert(index.row());
        const int position = table ? table->horizontalHeader()->visualIndex(index.column()) : index.column();
        columnsByPosition[position] = index.column();
    }
    for (int row : rowNumbers) {
        QStringList cells;
        for (const auto &[position, column] : columnsByPosition)
            cells << model->index(row, column).data(Qt::DisplayRole).toString();
        rows << cells;
    }
    return rows;
}

QString TableClipboard::html(const QList<QStringList> &rows)
{
    QString text = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table>");
    for (const QStringList &row : rows) {
        text += QStringLiteral("<tr>");
        for (const QString &cell : row)
            text += QStringLiteral("<td>") + cell.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                + QStringLiteral("</td>");
        text += QStringLiteral("</tr>");
    }
    return text + QStringLiteral("</table></body></html>");
}

QMimeData *TableClipboard::mimeData(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += CsvText::line(row, QLatin1Char('\t'));
    auto *data = new QMimeData;
    data->setText(text);
    data->setHtml(html(rows));
    return data;
}

bool TableClipboard::copy(const QAbstractItemView *view)
{
    const QList<QStringList> rows = selectedRows(view);
    if (rows.isEmpty())
        return false;
    QApplication::clipboard()->setMimeData(mimeData(rows));
    return true;
}

bool TableClipboard::paste(QAbstractItemView *view)
{
    auto *clipboard = view->findChild<TableClipboard *>(QStringLiteral("tableClipboard"), Qt::FindDirectChildrenOnly);
    if (!clipboard || !clipboard->m_paste)
        return false;
    clipboard->m_paste(QApplication::clipboard()->text());
    return true;
}

bool TableClipboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool isCopy = key->matches(QKeySequence::Copy);
    const bool isPaste = key->matches(QKeySequence::Paste) && m_paste;
    if (!isCopy && !isPaste)
        return QObject::eventFilter(watched, event);
    // An open cell editor (which has the focus then) keeps its own copy
    // and paste.
    if (QApplication::focusWidget() && QApplication::focusWidget() != m_view)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        // Ours, not a window shortcut's.
        event->accept();
        return true;
    }
    if (isCopy)
        copy(m_view);
    else
        m_paste(QApplication::clipboard()->text());
    return true;
}
