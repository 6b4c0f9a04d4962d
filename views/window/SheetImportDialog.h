#pragma once

#include "models/sheets/SheetImport.h"
#include "models/sheets/SheetMapping.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

// File > Import Spreadsheet: the sheet as it is, the layout found in it
// (sheet, header row, what each column holds — all editable) and a
// preview of the themes, measures and phases it gives, with every cell
// read with doubt marked in the sheet and listed. Nothing is imported
// until the user clicks OK; the caller then takes result().
class SheetImportDialog : public QDialog
{
    Q_OBJECT

public:
    SheetImportDialog(const SheetBook &book, const QString &fileName, QWidget *parent = nullptr);

    int sheetIndex() const { return m_sheet; }
    const SheetMapping &mapping() const { return m_mapping; }
    const SheetImport &result() const { return m_result; }

    // The rows of the sheet shown (a longer sheet is imported whole, but
    // shown only this far).
    static constexpr int shownRows = 500;

private:
    void showSheet(int index);
    void showMapping();
    void setRole(int column, const QString &roleName);
    void setHeaderRow(int row);
    void updatePreview();

    SheetBook m_book;
    int m_sheet = 0;
    SheetMapping m_mapping;
    SheetImport m_result;

    QComboBox *m_sheetCombo;
    QSpinBox *m_headerRow;
    QTableWidget *m_roles;
    QTableWidget *m_sheetView;
    QTreeWidget *m_preview;
    QListWidget *m_doubts;
    QLabel *m_summary;
    QPushButton *m_ok;
};
