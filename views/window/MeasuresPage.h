#pragma once

#include "models/PlanChange.h"
#include "views/common/DocumentView.h"
#include "views/sheets/SheetTables.h"

#include <QPointer>
#include <QWidget>

class MeasuresFilterModel;
class MeasuresTableModel;
class PlanDocument;
class QComboBox;
class QLineEdit;
class QPagedPaintDevice;
class QTableView;

// The first central tab: every measure in a sortable table with a filter
// bar (theme, department, principle, audience, status, free text). Title,
// audience and status can be edited in place. Ctrl+C copies the selected
// rows for a spreadsheet, Ctrl+V adds or updates measures from rows pasted
// from one (MeasuresPaste), as one undoable step. File > Print and
// File > Export print or write the rows the filters show, as shown (PDF),
// or with every field (.xlsx, CSV).
class MeasuresPage : public QWidget, public DocumentView
{
    Q_OBJECT

public:
    explicit MeasuresPage(QWidget *parent = nullptr);

    void setDocument(PlanDocument *document) override;
    bool canPrint() const override { return !m_document.isNull(); }
    void print() override;
    bool canExport() const override { return !m_document.isNull(); }
    void exportFile() override;

    // The measures the filters show, in the order shown.
    QList<int> shownMeasureIds() const;
    // The shown rows as the table shows them, with its column names.
    SheetTable shownTable() const;
    void printOn(QPagedPaintDevice *device) const;
    // The shown measures: .pdf as the table shows them, .xlsx (schedule
    // and measures sheets) or .csv (measures, UTF-8) with every field.
    bool exportShownTo(const QString &path, QString *error) const;
    // Adds or updates measures from tab-separated rows (Ctrl+V).
    void pasteRows(const QString &text);
    MeasuresTableModel *tableModel() const { return m_model; }
    MeasuresFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    // Selects the row of a measure, when the filters show it.
    void selectMeasure(int measureId);

signals:
    void measureSelected(int measureId);
    // A paste was refused: why, in one sentence naming the row.
    void pasteRefused(const QString &message);

private:
    void onChanged(const PlanChange &change);
    void fillChoices();
    void applyFilters();
    QComboBox *addFilter(const QString &name, const QString &label, int row, int column);
    QString printedTitle() const;

    QPointer<PlanDocument> m_document;
    MeasuresTableModel *m_model;
    MeasuresFilterModel *m_filter;
    QTableView *m_table;
    QComboBox *m_theme;
    QComboBox *m_department;
    QComboBox *m_principle;
    QComboBox *m_audience;
    QComboBox *m_status;
    QLineEdit *m_text;
    bool m_filling = false;
};
