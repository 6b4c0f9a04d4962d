#pragma once

#include "views/sheets/SheetExporter.h"
#include "views/sheets/SheetOptions.h"

#include <QDialog>
#include <QPointer>

class PlanDocument;
class QCheckBox;
class QComboBox;

// File > Export Spreadsheet: an .xlsx workbook (which sheets) or one CSV
// table (measures or schedule, UTF-8 or CP932), the year labels and the
// month columns; Export... asks where. The choices are remembered for the
// next export.
class SheetExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SheetExportDialog(PlanDocument *document, QWidget *parent = nullptr);

    SheetExporter::Format format() const;
    SheetOptions options() const;
    // Writes the spreadsheet to `path` with the dialog's choices (the
    // format by the path's extension when it has one) and remembers them;
    // false with errorString(). Export... comes through here.
    bool exportTo(const QString &path);
    QString errorString() const { return m_error; }

private:
    void updateEnabled();
    void restoreChoices();
    void saveChoices() const;
    void exportWithDialog();

    QPointer<PlanDocument> m_document;
    QComboBox *m_format;
    QCheckBox *m_schedule;
    QCheckBox *m_measures;
    QCheckBox *m_kpis;
    QComboBox *m_csvTable;
    QComboBox *m_encoding;
    QComboBox *m_era;
    QCheckBox *m_months;
    QString m_error;
};
