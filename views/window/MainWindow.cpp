#include "views/window/MainWindow.h"

#include "models/PlanDocument.h"
#include "models/PlanFileLock.h"
#include "models/SamplePlan.h"
#include "views/common/DocumentView.h"
#include "views/common/ViewSettings.h"
#include "views/common/WindowPlacement.h"
#include "views/editors/ItemEditorPanel.h"
#include "views/kpi/KpiDashboardView.h"
#include "views/roadmap/RoadmapCanvas.h"
#include "views/roadmap/RoadmapView.h"
#include "views/common/Language.h"
#include "views/window/DocumentExportDialog.h"
#include "views/window/ManualWindow.h"
#include "views/window/MeasuresPage.h"
#include "views/window/OutlineDelegate.h"
#include "views/window/PlanEditing.h"
#include "views/window/Prompter.h"
#include "views/window/SessionEnd.h"
#include "views/window/StartPage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace {

QList<MainWindow *> &allWindows()
{
    static QList<MainWindow *> windows;
    return windows;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_defaultPrompter(std::make_unique<DialogPrompter>()),
      m_prompter(m_defaultPrompter.get())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    allWindows().append(this);
    m_undoGroup = new QUndoGroup(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setText(tr("Read-only: this plan cannot be changed here. Use File > Save As to keep an editable copy."));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(6);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; color: #5a4500; border-bottom: 1px solid #d9c27a; }"));
    m_readOnlyBanner->setAccessibleName(m_readOnlyBanner->text());
    m_readOnlyBanner->hide();
    layout->addWidget(m_readOnlyBanner);
    createSignatureBanner(layout);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_startPage = new StartPage(central);
    connect(m_startPage, &StartPage::newPlanRequested, this, [this] { newPlan(); });
    connect(m_startPage, &StartPage::sampleRequested, this, [this](const QString &name) { newPlan(name); });
    connect(m_startPage, &StartPage::openRequested, this, [this] { openWithDialog(false); });
    connect(m_startPage, &StartPage::recentRequested, this, [this](const QString &path) { openFile(path); });
    connect(m_startPage, &StartPage::helpRequested, this, &MainWindow::showManual);
    m_centralStack = new QStackedWidget(central);
    m_centralStack->addWidget(m_tabs);
    m_centralStack->addWidget(m_startPage);
    layout->addWidget(m_centralStack, 1);
    setCentralWidget(central);

    m_measures = new MeasuresPage(m_tabs);
    m_tabs->addTab(m_measures, tr("&Measures"));
    connect(m_measures, &MeasuresPage::measureSelected, this,
            [this](int id) { selectNode(OutlineNode::of<Measure>(id)); });
    connect(m_measures, &MeasuresPage::pasteRefused, this,
            [this](const QString &message) { m_prompter->error(this, tr("Paste"), message); });

    m_outlineModel = new PlanOutlineModel(this);
    createDocks();
    createMenus();

    // The plan's other views: the roadmap and the KPIs. Double-clicking a
    // measure on the roadmap, or choosing a KPI in the outline, shows it.
    auto *roadmap = new RoadmapView(m_tabs);
    roadmap->setObjectName(QStringLiteral("roadmapView"));
    addDocumentView(roadmap, roadmap, tr("&Roadmap"));
    m_roadmap = roadmap;
    roadmap->setPrompter(m_prompter);
    // One selection: a measure chosen on the roadmap is the window's.
    for (auto signal : { &RoadmapCanvas::measureActivated, &RoadmapCanvas::measureClicked })
        connect(roadmap->canvas(), signal, this, [this](int id) { selectNode(OutlineNode::of<Measure>(id)); });
    auto *kpis = new KpiDashboardView(m_tabs);
    kpis->setObjectName(QStringLiteral("kpiView"));
    addDocumentView(kpis, kpis, tr("&KPIs"));
    connect(this, &MainWindow::kpiActivated, this, [this, kpis](int id) {
        m_tabs->setCurrentWidget(kpis);
        kpis->showKpi(id);
    });
    createCoverageView();

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    // The KPI tab has its own editors: the editor dock shows the KPI open
    // there, not a measure chosen earlier on another tab.
    // So the dock steps aside there, giving the dashboard its width, and
    // comes back on the other tabs.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, kpis] {
        auto *editorDock = findChild<QDockWidget *>(QStringLiteral("editorDock"));
        if (m_tabs->currentWidget() != kpis) {
            if (m_editorDockSteppedAside)
                editorDock->show();
            m_editorDockSteppedAside = false;
            m_editor->showNode(selectedNode());
            return;
        }
        m_editor->showNode(kpis->shownKpi() ? OutlineNode::of<Kpi>(kpis->shownKpi()) : OutlineNode());
        if (editorDock->isVisible() && !editorDock->isFloating()) {
            editorDock->hide();
            m_editorDockSteppedAside = true;
        }
    });
    statusBar();
    // Dock sizes in proportion to the window's size, so that the central
    // tab keeps most of a small screen; a layout the user made for this
    // screen size replaces them.
    const QRect placed = WindowPlacement::defaultGeometry(screen()->availableGeometry());
    resize(placed.size());
    auto *outlineDock = findChild<QDockWidget *>(QStringLiteral("outlineDock"));
    resizeDocks({ outlineDock, findChild<QDockWidget *>(QStringLiteral("editorDock")) },
                { placed.width() / 6, placed.width() / 3 }, Qt::Horizontal);
    resizeDocks({ outlineDock, findChild<QDockWidget *>(QStringLiteral("undoDock")) },
                { placed.height() * 2 / 3, placed.height() / 4 }, Qt::Vertical);
    WindowPlacement::restore(this);
    setDocument(nullptr, nullptr);
}

MainWindow::~MainWindow()
{
    allWindows().removeAll(this);
    // Views let go of the document before it goes; a window destroyed
    // without closeDocument() (a crash, in tests) leaves its working copy.
    m_outlineModel->setDocument(nullptr);
    m_measures->setDocument(nullptr);
    m_editor->setDocument(nullptr);
    for (const auto &view : std::as_const(m_views))
        view.second->setDocument(nullptr);
}

QList<MainWindow *> MainWindow::windows()
{
    return allWindows();
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::setPrompter(Prompter *prompter)
{
    m_prompter = prompter ? prompter : m_defaultPrompter.get();
    m_roadmap->setPrompter(m_prompter);
}

void MainWindow::createDocks()
{
    m_outline = new QTreeView(this);
    m_outline->setObjectName(QStringLiteral("outlineView"));
    m_outline->setAccessibleName(tr("Outline"));
    m_outline->setWhatsThis(tr("The plan's parts. Insert adds an item like the selected one, F2 renames it, Delete "
                               "removes it; drag items to reorder them or to move a measure to another theme. "
                               "Every change can be undone."));
    m_outline->setModel(m_outlineModel);
    m_outline->setItemDelegate(new OutlineDelegate(m_outline));
    m_outline->setHeaderHidden(true);
    m_outline->setDragDropMode(QAbstractItemView::InternalMove);
    m_outline->setDefaultDropAction(Qt::MoveAction);
    m_outline->setDropIndicatorShown(true);
    m_outline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_outline->setEditTriggers(QAbstractItemView::EditKeyPressed);
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onOutlineSelection);
    connect(m_outlineModel, &QAbstractItemModel::modelReset, this, [this] { m_outline->expandToDepth(0); });
    m_outline->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_outline, &QWidget::customContextMenuRequested, this, &MainWindow::showOutlineMenu);

    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("outlineDock"));
    auto *outlinePane = new QWidget(outlineDock);
    auto *outlineLayout = new QVBoxLayout(outlinePane);
    outlineLayout->setContentsMargins(0, 0, 0, 0);
    outlineLayout->setSpacing(0);
    m_outlineToolsSlot = outlineLayout;
    outlineLayout->addWidget(m_outline, 1);
    outlineDock->setWidget(outlinePane);
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);

    m_editor = new ItemEditorPanel(this);
    m_editor->setObjectName(QStringLiteral("editorPanel"));
    auto *editorDock = new QDockWidget(tr("Editor"), this);
    editorDock->setObjectName(QStringLiteral("editorDock"));
    editorDock->setWidget(m_editor);
    addDockWidget(Qt::RightDockWidgetArea, editorDock);

    m_undoView = new QUndoView(m_undoGroup, this);
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_undoView->setEmptyLabel(tr("<opened plan>"));
    auto *undoDock = new QDockWidget(tr("Undo History"), this);
    undoDock->setObjectName(QStringLiteral("undoDock"));
    undoDock->setWidget(m_undoView);
    addDockWidget(Qt::LeftDockWidgetArea, undoDock);

    createProblemsDock();
}

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (menu)
        menu->addAction(action);
    return action;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(addAction(file, QStringLiteral("actionNew"), tr("&New Plan"), QKeySequence::New), &QAction::triggered,
            this, [this] { newPlan(); });
    QMenu *samples = file->addMenu(tr("New from &Sample"));
    samples->setObjectName(QStringLiteral("newFromSampleMenu"));
    for (const QString &name : SamplePlan::names())
        connect(addAction(samples, QStringLiteral("actionNewFromSample_") + name, SamplePlan::displayName(name)),
                &QAction::triggered, this, [this, name] { newPlan(name); });
    connect(addAction(file, QStringLiteral("actionNewWindow"), tr("New &Window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)),
            &QAction::triggered, this, [] {
                auto *window = new MainWindow;
                window->setAttribute(Qt::WA_DeleteOnClose);
                window->show();
            });
    connect(addAction(file, QStringLiteral("actionOpen"), tr("&Open..."), QKeySequence::Open), &QAction::triggered,
            this, [this] { openWithDialog(false); });
    connect(addAction(file, QStringLiteral("actionOpenReadOnly"), tr("Open &Read-Only..."),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)),
            &QAction::triggered,
            this, [this] { openWithDialog(true); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    createSheetActions(file);
    file->addSeparator();
    m_saveAction = addAction(file, QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    QAction *saveAsAction = addAction(file, QStringLiteral("actionSaveAs"), tr("Save &As..."), QKeySequence::SaveAs);
    connect(saveAsAction, &QAction::triggered, this, [this] { saveAs(); });
    createAuditActions(file);
    file->addSeparator();
    m_printAction = addAction(file, QStringLiteral("actionPrint"), tr("&Print..."), QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printCurrent);
    // File > Export: what the current tab shows, the plan document, the
    // plan as a spreadsheet.
    QMenu *exports = file->addMenu(tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    m_exportAction = addAction(exports, QStringLiteral("actionExport"), tr("&Current Tab..."), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrent);
    // Ctrl+Shift+D adds a direction (MainWindowEditing.cpp): E for export.
    m_exportDocumentAction = addAction(exports, QStringLiteral("actionExportDocument"), tr("&Document..."),
                                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportDocumentAction, &QAction::triggered, this, &MainWindow::exportDocument);
    createSheetExportAction(exports); // MainWindowSheetExport.cpp
    file->addSeparator();
    QAction *closeAction = addAction(file, QStringLiteral("actionClose"), tr("&Close"), QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, [this] { closeDocument(); });
    QAction *quit = addAction(file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);
    m_documentActions = { saveAsAction, closeAction, m_exportDocumentAction };

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    // Ctrl+Y as well: what Windows users and Excel habits expect.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : { QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) })
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    createClipboardActions(edit); // MainWindowSheetExport.cpp
    edit->addSeparator();
    createAddActions(edit->addMenu(tr("&Add")));
    m_removeAction = addAction(edit, QStringLiteral("actionRemove"), tr("Re&move Selected Item"),
                               QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeSelected);
    m_moveUpAction = addAction(edit, QStringLiteral("actionMoveUp"), tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    m_moveDownAction = addAction(edit, QStringLiteral("actionMoveDown"), tr("Move &Down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveSelected(+1); });
    m_editActions << m_removeAction << m_moveUpAction << m_moveDownAction;
    m_outlineToolsSlot->insertWidget(0, createOutlineActions());
    edit->addSeparator();
    createRevisionActions(edit);
    edit->addSeparator();
    createUserNameAction(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *era = view->addMenu(tr("&Fiscal Years"));
    auto *eraGroup = new QActionGroup(this);
    const QList<std::tuple<FiscalYear::EraStyle, QString, QString>> eras = {
        { FiscalYear::EraStyle::Reiwa, QStringLiteral("actionEraReiwa"), tr("&Reiwa (令和6年度)") },
        { FiscalYear::EraStyle::Western, QStringLiteral("actionEraWestern"), tr("&Western (FY2024)") },
        { FiscalYear::EraStyle::Both, QStringLiteral("actionEraBoth"), tr("&Both (令和6(2024)年度)") },
    };
    for (const auto &[style, name, text] : eras) {
        QAction *action = addAction(era, name, text);
        action->setCheckable(true);
        action->setChecked(ViewSettings::instance()->eraStyle() == style);
        eraGroup->addAction(action);
        const FiscalYear::EraStyle s = style;
        connect(action, &QAction::triggered, this, [s] { ViewSettings::instance()->setEraStyle(s); });
    }

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const QList<std::tuple<QString, QString, QString>> languages = {
        { QString(), QStringLiteral("actionLanguageSystem"), tr("&System Language") },
        { QStringLiteral("en"), QStringLiteral("actionLanguageEnglish"), QStringLiteral("&English") },
        { QStringLiteral("ja"), QStringLiteral("actionLanguageJapanese"), QStringLiteral("日本語 (&J)") },
    };
    for (const auto &[code, name, text] : languages) {
        QAction *action = addAction(language, name, text);
        action->setCheckable(true);
        action->setChecked(Language::chosen() == code);
        languageGroup->addAction(action);
        const QString c = code;
        connect(action, &QAction::triggered, this, [this, c] { setLanguage(c); });
    }
    language->addSeparator();
    QAction *note = language->addAction(tr("(takes effect when DX Plan Studio is started again)"));
    note->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(addAction(help, QStringLiteral("actionManual"), tr("&User Manual"), QKeySequence::HelpContents),
            &QAction::triggered, this, &MainWindow::showManual);
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    help->addAction(whatsThis);
    help->addSeparator();
    connect(addAction(help, QStringLiteral("actionAbout"), tr("&About DX Plan Studio")), &QAction::triggered, this,
            &MainWindow::showAbout);
}

void MainWindow::addDocumentView(QWidget *widget, DocumentView *view, const QString &title)
{
    m_views.append({ widget, view });
    m_tabs->addTab(widget, title);
    view->setDocument(m_document.get());
    updateActions();
}

DocumentView *MainWindow::currentDocumentView() const
{
    if (m_tabs->currentWidget() == m_measures)
        return m_measures;
    for (const auto &view : m_views)
        if (view.first == m_tabs->currentWidget())
            return view.second;
    return nullptr;
}

void MainWindow::printCurrent()
{
    if (DocumentView *view = currentDocumentView(); view && view->canPrint())
        view->print();
}

void MainWindow::exportCurrent()
{
    if (DocumentView *view = currentDocumentView(); view && view->canExport())
        view->exportFile();
}

void MainWindow::exportDocument()
{
    if (!m_document)
        return;
    DocumentExportDialog dialog(m_document.get(), this);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("DX Plan Studio"));
        setWindowModified(false);
        return;
    }
    QString name = m_document->displayName();
    if (m_document->isReadOnly())
        name += QLatin1Char(' ') + tr("(read-only)");
    setWindowTitle(tr("%1[*] - DX Plan Studio").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool editable = open && !m_document->isReadOnly();
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(open);
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(editable);
    m_saveAction->setEnabled(editable);
    m_importSheetAction->setEnabled(editable);
    const OutlineNode node = selectedNode();
    m_removeAction->setEnabled(editable && PlanEditing::canRemove(node));
    m_deleteKeyAction->setEnabled(m_removeAction->isEnabled());
    m_renameAction->setEnabled(editable && (m_outlineModel->flags(m_outline->currentIndex()) & Qt::ItemIsEditable));
    m_addSiblingAction->setEnabled(editable && node.type != OutlineNode::Type::None && node.part != PlanChange::Part::Info);
    m_addChildAction->setEnabled(editable && (node.is(PlanChange::Part::Theme) || PlanOutlineModel::isChildPart(node.part)));
    const QModelIndex current = m_outline->currentIndex();
    m_moveUpAction->setEnabled(editable && m_outlineModel->canMoveBy(current, -1));
    m_moveDownAction->setEnabled(editable && m_outlineModel->canMoveBy(current, +1));
    DocumentView *view = currentDocumentView();
    m_printAction->setEnabled(open && view && view->canPrint());
    m_exportAction->setEnabled(open && view && view->canExport());
    m_readOnlyBanner->setVisible(open && m_document->isReadOnly());
    m_outline->setDragEnabled(editable);
    m_outline->setAcceptDrops(editable);
}

OutlineNode MainWindow::selectedNode() const
{
    return m_outlineModel->nodeAt(m_outline->currentIndex());
}

void MainWindow::selectNode(const OutlineNode &node)
{
    const QModelIndex index = m_outlineModel->indexOf(node);
    if (index.isValid()) {
        m_outline->setCurrentIndex(index);
        m_outline->scrollTo(index);
    } else {
        m_editor->showNode(node);
    }
}

void MainWindow::onOutlineSelection()
{
    const OutlineNode node = selectedNode();
    m_editor->showNode(node);
    if (node.is(PlanChange::Part::Measure))
        m_measures->selectMeasure(node.id);
    if (m_roadmap)
        m_roadmap->canvas()->setSelectedMeasure(node.is(PlanChange::Part::Measure) ? node.id : 0);
    if (node.is(PlanChange::Part::Kpi))
        emit kpiActivated(node.id);
    updateActions();
}

void MainWindow::setLanguage(const QString &language)
{
    Language::choose(language);
    statusBar()->showMessage(tr("The new language is used from the next start of DX Plan Studio."), 8000);
}

void MainWindow::showManual()
{
    if (!m_manual)
        m_manual = new ManualWindow(this);
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

void MainWindow::showAbout()
{
    m_prompter->information(this, tr("About DX Plan Studio"),
                            tr("DX Plan Studio %1\nWrite, schedule, print and audit the DX promotion plans of towns.")
                                .arg(QStringLiteral(DXPLAN_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The desktop is ending the session: no question nobody may answer.
    if (SessionEnd::isSessionEnding()) {
        endSession();
        event->accept();
        return;
    }
    if (closeDocument()) {
        // The layout kept is the user's, not the start page's or the KPI tab's.
        restoreUserLayout();
        restoreEditorDock();
        WindowPlacement::save(this);
        event->accept();
    }
    else
        event->ignore();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".dxplan"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".dxplan"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
}
