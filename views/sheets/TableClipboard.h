#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QMimeData;
class QModelIndex;

// Table rows on the clipboard the way spreadsheets exchange them: tab-
// separated text and an HTML <table>, so a paste into Excel or LibreOffice
// Calc gives one cell per cell. Installed on an item view, it copies the
// selected rows (every column, in the order shown) on Ctrl+C instead of
// the one cell Qt copies, and hands pasted text to a paste handler on
// Ctrl+V.
class TableClipboard : public QObject
{
    Q_OBJECT

public:
    // Receives the clipboard's text on Ctrl+V.
    using PasteHandler = std::function<void(const QString &text)>;

    // Copies on Ctrl+C; pastes on Ctrl+V when `paste` is given. The object
    // lives as long as the view.
    static TableClipboard *install(QAbstractItemView *view, PasteHandler paste = {});
    // The view's selected rows (or its current cell when nothing is
    // selected) as cell texts, in the view's row and column order.
    static QList<QStringList> selectedRows(const QAbstractItemView *view);
    static QMimeData *mimeData(const QList<QStringList> &rows);
    static QString html(const QList<QStringList> &rows);

    // What Ctrl+C and Ctrl+V do, for Edit > Copy and Edit > Paste too.
    static bool copy(const QAbstractItemView *view);
    // False when the view has no paste handler.
    static bool paste(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    TableClipboard(QAbstractItemView *view, PasteHandler paste);

    QAbstractItemView *m_view;
    PasteHandler m_paste;
};
