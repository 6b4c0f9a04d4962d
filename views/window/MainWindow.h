#pragma once

#include "views/itemmodels/PlanOutlineModel.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class ComparisonWindow;
class DocumentView;
class MarkRevisionDialog;
class PlanPropertiesDialog;
class ItemEditorPanel;
class ManualWindow;
class MeasuresPage;
class PlanDocument;
class PlanFileLock;
class ProblemsPanel;
class Prompter;
class QBoxLayout;
class QLabel;
class QMenu;
class QTabWidget;
class QToolButton;
class QTreeView;
class QUndoGroup;
class QUndoView;
class RevisionHistoryDialog;
class RoadmapView;
class SheetImportDialog;
class SignDialog;
class StartPage;
class QStackedWidget;
class TrustedCertificatesDialog;
class UserNameDialog;
struct ComparisonSource;
namespace PlanChecker {
struct Problem;
}

// One window, one open plan. The outline (left dock) shows the plan's
// structure, the editor (right dock) the selected item, the central tabs
// the measures table and the views other parts add (roadmap, KPIs); the
// undo history is a dock too. Opening, saving, closing and recent files
// live here (MainWindowDocuments.cpp), with every question to the user
// going through a Prompter.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Not owned; the default shows real dialogs. Tests answer through one.
    void setPrompter(Prompter *prompter);

    // Every main window of this process, oldest first.
    static QList<MainWindow *> windows();
    // The window of this process showing the plan file `path`, or nullptr.
    static MainWindow *windowWithFile(const QString &path);

    PlanDocument *document() const { return m_document.get(); }
    PlanOutlineModel *outlineModel() const { return m_outlineModel; }
    QTreeView *outlineView() const { return m_outline; }
    MeasuresPage *measuresPage() const { return m_measures; }
    ItemEditorPanel *editorPanel() const { return m_editor; }
    ProblemsPanel *problemsPanel() const { return m_problems; }

    // A central tab showing the open plan; it gets the current document
    // now and on every change, and File > Print/Export go to it when it is
    // the current tab and can do them.
    void addDocumentView(QWidget *widget, DocumentView *view, const QString &title);

    // Document operations; each returns false when it did not happen
    // (the user cancelled, or an error was shown). The plan that was open
    // stays open and untouched until its successor is ready: a failed or
    // refused open changes nothing. Opening a plan that another window of
    // this process has open brings that window to the front instead.
    // A blank plan, or with a name from SamplePlan::names() a copy of
    // that sample.
    bool newPlan(const QString &sampleName = QString());
    bool openFile(const QString &path, bool readOnly = false);
    bool recoverWorkingCopy(const QString &workingCopyId);
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    bool closeDocument();
    // Closes the plan without asking, for the end of the program by a
    // signal or the end of the desktop session: a plan with nothing unsaved
    // is closed cleanly (working copy and locks removed), a plan with
    // unsaved changes keeps its working copy for recovery at the next
    // start. Its locks are released either way.
    void endSession();
    // Shows, raises and activates the window.
    void bringToFront();

    // Selects an item in the outline (and shows its editor).
    void selectNode(const PlanOutlineModel::Node &node);
    PlanOutlineModel::Node selectedNode() const;

    // Revisions (MainWindowRevisions.cpp). Each returns what it showed, or
    // nullptr / false when nothing happened (the user cancelled, or an
    // error was shown).
    // Edit > Mark Revision: the dialog, open window-modal.
    MarkRevisionDialog *markRevision();
    // Edit > Revision History: one dialog per window, raised when open.
    RevisionHistoryDialog *showRevisionHistory();
    // The plan as a revision kept it, read-only, in a new window.
    MainWindow *openRevision(int revisionId);
    // Asks, then makes the plan the revision's snapshot again (one undo step).
    bool restoreRevision(int revisionId);
    // Edit > Compare: the comparison window, comparing `before` and `after`.
    ComparisonWindow *compare(const ComparisonSource &before, const ComparisonSource &after);
    // Edit > Compare with no choice made yet: the latest revision with a
    // snapshot against the plan as it is.
    ComparisonWindow *showComparison();

    // Audit (MainWindowAudit.cpp). Each returns what it showed, or nullptr
    // when nothing happened.
    // File > Properties: the plan's file facts and revisions, one panel
    // per window, raised when open.
    PlanPropertiesDialog *showProperties();
    // File > Sign: saves first when the plan has unsaved changes (asking),
    // then the dialog, open window-modal.
    SignDialog *signPlan();
    // File > Trusted Certificates: the open plans' signatures are judged
    // again after every change.
    TrustedCertificatesDialog *showTrustedCertificates();
    // Edit > Your Name, open window-modal.
    UserNameDialog *editUserName();

    // Spreadsheets (MainWindowSheets.cpp). File > Import Spreadsheet: the
    // import dialog for `path` (asked for when empty), open window-modal;
    // OK adds its themes and measures to the open plan as one undo step,
    // or with `asNewPlan` opens them as a new plan. Nullptr when nothing
    // was shown (cancelled, unreadable, or the plan is read-only).
    SheetImportDialog *importSpreadsheet(const QString &path = QString(), bool asNewPlan = false);

signals:
    void documentChanged(PlanDocument *document);
    // The user selected a KPI: the KPI tab shows it.
    void kpiActivated(int kpiId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createDocks();
    QAction *addAction(QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut = {});
    void setDocument(std::unique_ptr<PlanDocument> document, std::unique_ptr<PlanFileLock> lock);
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void onOutlineSelection();
    void createAddActions(QMenu *menu);
    // The outline's tool bar and keys: Insert adds an item like the
    // selected one, F2 renames, Delete removes (each one undo step).
    QWidget *createOutlineActions();
    void addSibling();
    void addChild();
    void renameSelected();
    // Brings back the docks the start page or the KPI tab put aside.
    void restoreUserLayout();
    void restoreEditorDock();
    // Help > User Manual (F1): the offline manual in the user's language.
    void showManual();
    void createRevisionActions(QMenu *menu);
    void createProblemsDock(); // MainWindowProblems.cpp
    void createSheetActions(QMenu *fileMenu); // MainWindowSheets.cpp
    void showProblem(const PlanChecker::Problem &problem);
    void createCoverageView(); // MainWindowCoverage.cpp
    // MainWindowSheetExport.cpp: File > Export Spreadsheet, Edit > Copy and
    // Edit > Paste of table rows.
    void createSheetExportAction(QMenu *fileMenu);
    void createClipboardActions(QMenu *editMenu);
    void exportSpreadsheet();
    void copySelection();
    void pasteIntoFocus();
    // The revision dialogs and the comparison window belong to one plan:
    // they go when it does.
    void closeRevisionWindows();
    void createSignatureBanner(QBoxLayout *layout);
    void createAuditActions(QMenu *fileMenu);
    void createUserNameAction(QMenu *editMenu);
    void updateSignatureState();
    void closeAuditWindows();
    // Saving changes the file, so a signature on it goes: asks first.
    // True when there is no signature to lose or the user agrees.
    bool confirmSignatureRemoval(const QString &path);
    void showOutlineMenu(const QPoint &position);
    void addItem(PlanChange::Part part);
    void removeSelected();
    void moveSelected(int delta);
    void printCurrent();
    void exportCurrent();
    void exportDocument();
    DocumentView *currentDocumentView() const;
    void setLanguage(const QString &language);
    void showAbout();
    bool lockForWriting(const QString &path, std::unique_ptr<PlanFileLock> *lock, bool *openReadOnly);
    // Replaces the open plan by `document` once the user agreed to close
    // it; otherwise `document` is dropped as `dropCleanly` says.
    bool replaceDocument(std::unique_ptr<PlanDocument> document, std::unique_ptr<PlanFileLock> lock,
                         bool dropCleanly);
    bool saveAsSuggesting(const QString &suggested);
    void openWithDialog(bool readOnly);

    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<PlanFileLock> m_lock;
    std::unique_ptr<Prompter> m_defaultPrompter;
    Prompter *m_prompter;

    PlanOutlineModel *m_outlineModel;
    QTreeView *m_outline;
    ItemEditorPanel *m_editor;
    MeasuresPage *m_measures;
    QTabWidget *m_tabs;
    QLabel *m_readOnlyBanner;
    QLabel *m_signatureBanner = nullptr;
    QToolButton *m_signatureStatus = nullptr;
    QUndoGroup *m_undoGroup;
    QUndoView *m_undoView;
    ProblemsPanel *m_problems = nullptr;
    QList<QPair<QWidget *, DocumentView *>> m_views;

    QMenu *m_recentMenu = nullptr;
    QAction *m_importSheetAction = nullptr;
    QList<QAction *> m_editActions; // disabled when read-only or no plan
    QHash<int, QAction *> m_addActions; // by PlanChange::Part
    QList<QAction *> m_documentActions; // need an open plan
    QAction *m_saveAction = nullptr;
    QBoxLayout *m_outlineToolsSlot = nullptr;
    QStackedWidget *m_centralStack = nullptr;
    StartPage *m_startPage = nullptr;
    RoadmapView *m_roadmap = nullptr;
    bool m_editorDockSteppedAside = false; // hidden for the KPI tab
    QByteArray m_userLayout; // the docks as the user had them, while the start page shows
    QPointer<ManualWindow> m_manual;
    QAction *m_removeAction = nullptr;
    QAction *m_addSiblingAction = nullptr;
    QAction *m_addChildAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteKeyAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportDocumentAction = nullptr;
    QPointer<RevisionHistoryDialog> m_revisionHistory;
    QPointer<ComparisonWindow> m_comparison;
    QPointer<PlanPropertiesDialog> m_properties;
    QPointer<TrustedCertificatesDialog> m_trustedCertificates;
};
