#pragma once

#include "views/document/DocumentOptions.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <memory>

class PlanDocument;
struct Plan;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

// File > Export Document: the parts of the plan document in order, each
// with a check box to leave it out, beside a preview of the pages; paper
// and era below, and Export... to write a PDF, ODT, HTML or DOCX file.
// Every change to the parts is one undoable change of the plan
// (PlanInfo::documentParts, with the parts left out in their places), so
// the arrangement is saved with the plan.
class DocumentExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DocumentExportDialog(PlanDocument *document, QWidget *parent = nullptr);
    ~DocumentExportDialog() override;

    // The part keys as the list shows them, checked or not.
    QStringList shownParts() const { return m_rows; }
    // A part's name in the user's language: "Cover", a chapter's title ...
    static QString partName(const QString &key, const PlanDocument *document);
    DocumentOptions options() const;
    // Writes the document to `path` (format by its extension); false with
    // errorString() when it could not. Export... comes through here.
    bool exportTo(const QString &path);
    QString errorString() const { return m_error; }

private:
    QWidget *createPartsPane();
    QWidget *createOptionsRow();
    // The list again from the plan; parts left out keep their place in it.
    void refreshParts();
    // Every part, in the order the list shows them: the plan's own list
    // with the parts it leaves out, and the parts it does not name yet.
    static QStringList rowsOf(const Plan &plan);
    // PlanInfo::documentParts for the parts in `rows`, those not in
    // `checked` left out: empty for the standard document.
    static QStringList storedParts(const QStringList &rows, const QStringList &checked, const Plan &plan);
    void onPartChanged(QListWidgetItem *item);
    void moveCurrent(int delta);
    void restoreStandardOrder();
    // Saves the checked parts in the list's order as the plan's document
    // parts, one undo command.
    void writeParts(const QStringList &rows, const QStringList &checked, const QString &undoText);
    QStringList checkedParts() const;
    void updateButtons();
    void schedulePreview();
    void updatePreview();
    void paintPreview(QPrinter *printer);
    void exportWithDialog();

    QPointer<PlanDocument> m_document;
    std::unique_ptr<QPrinter> m_printer; // the preview's pages
    QStringList m_rows; // every part key, in the order shown
    QListWidget *m_parts = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPushButton *m_standardOrder = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_era = nullptr;
    QTimer m_previewTimer;
    bool m_refreshing = false;
    QString m_error;
};
