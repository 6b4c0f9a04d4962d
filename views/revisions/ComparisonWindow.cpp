#include "views/revisions/ComparisonWindow.h"
#include "views/common/WindowPlacement.h"

#include "models/ItemKinds.h"
#include "models/PlanDocument.h"
#include "views/document/DocumentExporter.h"
#include "views/revisions/ComparisonModel.h"
#include "views/revisions/DifferenceMarkup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

using Change = PlanDifference::Change;
constexpr int otherFileChoice = -1; // combo item data of "Other Plan File..."

// Whether the item a difference is about is in `plan`.
bool hasItem(const Plan &plan, PlanChange::Part part, int id)
{
    if (part == PlanChange::Part::Info)
        return true;
    bool found = false;
    forKind(part, [&](auto tag) { found = findItem<typename decltype(tag)::Type>(plan, id) != nullptr; });
    return found;
}

} // namespace

ComparisonWindow::ComparisonWindow(PlanDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document)
{
    setObjectName(QStringLiteral("comparisonWindow"));
    setWindowTitle(tr("Compare Plans — %1").arg(document->displayName()));
    m_model = new ComparisonModel(this);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    connect(m_refresh, &QTimer::timeout, this, &ComparisonWindow::compareAgain);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSourceRow());
    layout->addWidget(createFilterRow());
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("comparisonProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("comparisonList"));
    m_view->setAccessibleName(tr("Changes"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ComparisonModel::Change, 190);
    m_view->setColumnWidth(ComparisonModel::Item, 90);
    m_view->setColumnWidth(ComparisonModel::Title, 240);
    m_view->setColumnWidth(ComparisonModel::Field, 110);
    m_view->setColumnWidth(ComparisonModel::Before, 200);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(createDetailPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_goTo = buttons->addButton(tr("&Go to Item"), QDialogButtonBox::ActionRole);
    m_goTo->setObjectName(QStringLiteral("goToItemButton"));
    m_export = buttons->addButton(tr("&Export Comparison..."), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportComparisonButton"));
    // The two reports: the 新旧対照表, or the whole document marked up.
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Comparison &Table (新旧対照表)..."), this, [this] { exportComparison(DocumentComparison::Style::Table); });
    exportMenu->addAction(tr("&Marked-up Plan Document..."), this, [this] { exportComparison(DocumentComparison::Style::Markup); });
    m_export->setMenu(exportMenu);
    for (QAbstractButton *button : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    // A window of its own, not a dialog: Escape closes it as it would one.
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this, &QWidget::close);
    connect(m_goTo, &QPushButton::clicked, this, [this] { activate(m_view->currentIndex()); });
    layout->addWidget(buttons);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) { activate(index); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ComparisonWindow::showSelected);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ComparisonWindow::rememberSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateCount();
        restoreSelected();
        showSelected();
    });
    connect(document, &PlanDocument::changed, this, &ComparisonWindow::onDocumentChanged);

    fillSourceCombos();
    WindowPlacement::fitDialog(this, 1180, 720);
}

QWidget *ComparisonWindow::createSourceRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_beforeCombo = new QComboBox(row);
    m_beforeCombo->setObjectName(QStringLiteral("comparisonBeforeSource"));
    m_afterCombo = new QComboBox(row);
    m_afterCombo->setObjectName(QStringLiteral("comparisonAfterSource"));
    for (QComboBox *combo : { m_beforeCombo, m_afterCombo }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(18);
        connect(combo, &QComboBox::activated, this, [this, combo] { onSourceChosen(combo); });
    }
    auto *beforeLabel = new QLabel(tr("&Before:"), row);
    beforeLabel->setBuddy(m_beforeCombo);
    auto *afterLabel = new QLabel(tr("&After:"), row);
    afterLabel->setBuddy(m_afterCombo);
    auto *swap = new QPushButton(tr("S&wap"), row);
    swap->setObjectName(QStringLiteral("comparisonSwap"));
    swap->setToolTip(tr("Compare the other way round."));
    swap->setAutoDefault(false);
    connect(swap, &QPushButton::clicked, this, [this] { setSources(m_after, m_before); });
    layout->addWidget(beforeLabel);
    layout->addWidget(m_beforeCombo);
    layout->addWidget(new QLabel(QStringLiteral("→"), row));
    layout->addWidget(afterLabel);
    layout->addWidget(m_afterCombo);
    layout->addWidget(swap);
    layout->addStretch(1);
    return row;
}

QWidget *ComparisonWindow::createFilterRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Show:"), row));
    const QList<std::pair<Change, const char *>> changes = {
        { Change::Added, "comparisonShowAdded" },
        { Change::Removed, "comparisonShowRemoved" },
        { Change::Changed, "comparisonShowChanged" },
        { Change::Moved, "comparisonShowMoved" },
    };
    m_changeBoxes.resize(4);
    for (const auto &[change, name] : changes) {
        auto *box = new QCheckBox(ComparisonModel::changeText(change), row);
        box->setObjectName(QLatin1String(name));
        box->setChecked(true);
        const Change c = change;
        connect(box, &QCheckBox::toggled, this, [this, c](bool shown) { m_model->setChangeShown(c, shown); });
        m_changeBoxes[int(change)] = box;
        layout->addWidget(box);
    }
    layout->addSpacing(16);
    auto *kindLabel = new QLabel(tr("&Items:"), row);
    m_partFilter = new QComboBox(row);
    m_partFilter->setObjectName(QStringLiteral("comparisonItemFilter"));
    m_partFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    kindLabel->setBuddy(m_partFilter);
    connect(m_partFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant part = m_partFilter->currentData();
        m_model->setPartShown(part.isValid() ? std::optional(PlanChange::Part(part.toInt())) : std::nullopt);
    });
    layout->addWidget(kindLabel);
    layout->addWidget(m_partFilter);
    layout->addStretch(1);
    m_count = new QLabel(row);
    m_count->setObjectName(QStringLiteral("comparisonCount"));
    layout->addWidget(m_count);
    return row;
}

QWidget *ComparisonWindow::createDetailPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle = new QLabel(pane);
    m_detailTitle->setObjectName(QStringLiteral("comparisonDetailTitle"));
    m_detailTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    layout->addWidget(m_detailTitle);
    auto *sides = new QHBoxLayout;
    m_beforeBox = new QGroupBox(pane);
    m_afterBox = new QGroupBox(pane);
    m_beforeText = new QTextBrowser(m_beforeBox);
    m_beforeText->setObjectName(QStringLiteral("comparisonBeforeText"));
    m_afterText = new QTextBrowser(m_afterBox);
    m_afterText->setObjectName(QStringLiteral("comparisonAfterText"));
    for (auto [box, text] : { std::pair { m_beforeBox, m_beforeText }, std::pair { m_afterBox, m_afterText } }) {
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 4, 4, 4);
        boxLayout->addWidget(text);
        sides->addWidget(box, 1);
    }
    layout->addLayout(sides, 1);
    return pane;
}

void ComparisonWindow::fillSourceCombos()
{
    m_options = { ComparisonSource::current() };
    if (m_document)
        for (const Revision &r : m_document->plan().revisions)
            if (r.hasSnapshot)
                m_options << ComparisonSource::revision(r.id);
    m_options << m_files;
    for (QComboBox *combo : { m_beforeCombo, m_afterCombo }) {
        const ComparisonSource chosen = combo == m_beforeCombo ? m_before : m_after;
        combo->clear();
        for (int i = 0; i < m_options.size(); ++i) {
            combo->addItem(m_options[i].label(m_document), i);
            if (m_options[i].kind == ComparisonSource::Kind::File)
                combo->setItemData(i, QDir::toNativeSeparators(m_options[i].path), Qt::ToolTipRole);
        }
        combo->insertSeparator(combo->count());
        combo->addItem(tr("Other Plan File..."), otherFileChoice);
        combo->setCurrentIndex(qMax(0, int(m_options.indexOf(chosen))));
    }
}

void ComparisonWindow::onSourceChosen(QComboBox *combo)
{
    const int choice = combo->currentData().toInt();
    ComparisonSource chosen;
    if (choice == otherFileChoice) {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Compare with Plan File"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("DX Plan Studio plans (*.dxplan *.json)"));
        if (path.isEmpty()) {
            fillSourceCombos(); // back to what was chosen before
            return;
        }
        chosen = ComparisonSource::file(QFileInfo(path).absoluteFilePath());
    } else {
        chosen = m_options.value(choice);
    }
    if (combo == m_beforeCombo)
        setSources(chosen, m_after);
    else
        setSources(m_before, chosen);
}

bool ComparisonWindow::setSources(const ComparisonSource &before, const ComparisonSource &after)
{
    m_before = before;
    m_after = after;
    for (const ComparisonSource &source : { before, after })
        if (source.kind == ComparisonSource::Kind::File && !m_files.contains(source))
            m_files << source;
    fillSourceCombos();
    m_beforeBox->setTitle(tr("Before: %1").arg(beforeLabel()));
    m_afterBox->setTitle(tr("After: %1").arg(afterLabel()));

    QString error;
    Plan beforePlan;
    Plan afterPlan;
    const bool loaded = before.load(m_document, &beforePlan, &error) && after.load(m_document, &afterPlan, &error);
    m_problem->setVisible(!loaded);
    m_problem->setText(loaded ? QString() : tr("The plans cannot be compared: %1").arg(error));
    m_beforePlan = loaded ? beforePlan : Plan();
    m_afterPlan = loaded ? afterPlan : Plan();
    // A snapshot has no revision list; comparing it with the open plan
    // would list every revision as added.
    const bool withRevisions = before.kind != ComparisonSource::Kind::Revision
        && after.kind != ComparisonSource::Kind::Revision;
    m_model->setDifferences(loaded ? PlanDiff::compare(m_beforePlan, m_afterPlan, withRevisions)
                                   : QList<PlanDifference>());
    updateFilterKinds();
    return loaded;
}

void ComparisonWindow::compareAgain()
{
    setSources(m_before, m_after);
}

void ComparisonWindow::onDocumentChanged()
{
    // Edits come in bursts (a restore, an undo of several steps): the
    // comparison is made again once they are done.
    if (m_before.isOfDocument() || m_after.isOfDocument())
        m_refresh->start(0);
}

QString ComparisonWindow::beforeLabel() const
{
    return m_before.label(m_document);
}

QString ComparisonWindow::afterLabel() const
{
    return m_after.label(m_document);
}

void ComparisonWindow::updateFilterKinds()
{
    const QVariant chosen = m_partFilter->currentData();
    const QSignalBlocker blocker(m_partFilter);
    m_partFilter->clear();
    m_partFilter->addItem(tr("All kinds"));
    for (PlanChange::Part part : m_model->parts())
        m_partFilter->addItem(ComparisonModel::itemText(part), int(part));
    const int index = chosen.isValid() ? m_partFilter->findData(chosen) : 0;
    m_partFilter->setCurrentIndex(qMax(0, index));
    if (index < 0)
        m_model->setPartShown(std::nullopt);
}

void ComparisonWindow::updateCount()
{
    const int shown = m_model->shownCount();
    const int total = m_model->totalCount();
    if (total == 0)
        m_count->setText(tr("No changes"));
    else if (shown == total)
        m_count->setText(tr("%n change(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n change(s) shown", nullptr, total).arg(shown));
}

void ComparisonWindow::rememberSelected()
{
    const PlanDifference *d = selectedDifference();
    m_selected = d ? std::optional(*d) : std::nullopt;
}

void ComparisonWindow::restoreSelected()
{
    // The same change of the same field of the same item, or else the
    // first change shown, so that the pane below always has one to show.
    QModelIndex found;
    const QList<PlanDifference> &differences = m_model->differences();
    for (int i = 0; m_selected && i < differences.size() && !found.isValid(); ++i) {
        const PlanDifference &d = differences[i];
        if (d.part == m_selected->part && d.id == m_selected->id && d.change == m_selected->change
            && d.field == m_selected->field)
            found = m_model->indexFromDifference(i);
    }
    if (!found.isValid() && m_model->rowCount() > 0)
        found = m_model->index(0, 0, m_model->index(0, 0));
    if (found.isValid())
        m_view->setCurrentIndex(found);
}

const PlanDifference *ComparisonWindow::selectedDifference() const
{
    return m_model->differenceFromIndex(m_view->currentIndex());
}

void ComparisonWindow::showSelected()
{
    const PlanDifference *d = selectedDifference();
    updateGoTo();
    if (!d) {
        m_detailTitle->setText(m_model->totalCount() == 0 ? QString() : tr("Select a change to see it in full."));
        m_beforeText->clear();
        m_afterText->clear();
        return;
    }
    const QString item = d->part == PlanChange::Part::Info
        ? ComparisonModel::itemText(d->part)
        : tr("%1 \"%2\"").arg(ComparisonModel::itemText(d->part), d->title);
    const QString absent = QStringLiteral("<i style=\"color:#777777;\">%1</i>");
    switch (d->change) {
    case Change::Added:
        m_detailTitle->setText(tr("%1: added").arg(item));
        m_beforeText->setHtml(absent.arg(tr("Not in this version.")));
        m_afterText->setHtml(d->title.toHtmlEscaped());
        break;
    case Change::Removed:
        m_detailTitle->setText(tr("%1: removed").arg(item));
        m_beforeText->setHtml(d->title.toHtmlEscaped());
        m_afterText->setHtml(absent.arg(tr("Not in this version.")));
        break;
    case Change::Changed:
    case Change::Moved:
        m_detailTitle->setText(tr("%1: %2 %3")
                                   .arg(item, ComparisonModel::fieldText(d->part, d->field),
                                        d->change == Change::Moved ? tr("moved") : tr("changed")));
        m_beforeText->setHtml(DifferenceMarkup::html(d->before, d->after, DifferenceMarkup::Side::Before));
        m_afterText->setHtml(DifferenceMarkup::html(d->before, d->after, DifferenceMarkup::Side::After));
        break;
    }
}

bool ComparisonWindow::canGoTo(const PlanDifference &difference) const
{
    if (!m_document || (!m_before.isOfDocument() && !m_after.isOfDocument()))
        return false;
    return hasItem(m_document->plan(), difference.part, difference.id);
}

void ComparisonWindow::updateGoTo()
{
    const PlanDifference *d = selectedDifference();
    m_goTo->setEnabled(d && canGoTo(*d));
    if (!m_before.isOfDocument() && !m_after.isOfDocument())
        m_goTo->setToolTip(tr("Neither side is the open plan: its items are not in this window's plan."));
    else if (d && !m_goTo->isEnabled())
        m_goTo->setToolTip(tr("This item is no longer in the open plan."));
    else
        m_goTo->setToolTip(tr("Select this item in the main window."));
}

bool ComparisonWindow::activate(const QModelIndex &index)
{
    const PlanDifference *d = m_model->differenceFromIndex(index);
    if (!d || !canGoTo(*d))
        return false;
    emit itemActivated(d->part == PlanChange::Part::Info ? OutlineNode::info() : OutlineNode::item(d->part, d->id));
    return true;
}

void ComparisonWindow::exportComparison(DocumentComparison::Style style)
{
    const QString title = style == DocumentComparison::Style::Table ? tr("Export Comparison Table")
                                                                    : tr("Export Marked-up Document");
    const QString pdf = tr("PDF (*.pdf)");
    const QString odt = tr("OpenDocument text (*.odt)");
    const QString html = tr("Web page (*.html)");
    QString filter = pdf;
    const QString folder = m_document && !m_document->filePath().isEmpty()
        ? QFileInfo(m_document->filePath()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(tr("comparison") + QStringLiteral(".pdf")),
                                                QStringList { pdf, odt, html }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    DocumentExporter::Format format;
    if (!DocumentExporter::formatFromFileName(path, &format) || format == DocumentExporter::Format::Docx)
        path += filter == odt ? QStringLiteral(".odt") : filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    QString error;
    if (!writeReport(path, style, &error))
        QMessageBox::warning(this, title, tr("The report could not be written to %1:\n%2").arg(QDir::toNativeSeparators(path), error));
}

bool ComparisonWindow::writeReport(const QString &path, DocumentComparison::Style style, QString *error) const
{
    DocumentComparison comparison;
    comparison.before = m_beforePlan;
    comparison.beforeLabel = beforeLabel();
    comparison.afterLabel = afterLabel();
    comparison.style = style;
    comparison.revisions = m_before.kind != ComparisonSource::Kind::Revision && m_after.kind != ComparisonSource::Kind::Revision;
    DocumentExporter exporter(m_afterPlan, DocumentOptions());
    exporter.setComparison(comparison);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = exporter.exportFile(path);
    QApplication::restoreOverrideCursor();
    if (!written)
        *error = exporter.errorString();
    return written;
}
