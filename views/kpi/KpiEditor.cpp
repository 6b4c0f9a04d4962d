#include "views/kpi/KpiEditor.h"

#include "models/PlanDocument.h"
#include "models/commands/ItemCommands.h"
#include "views/kpi/KpiDetailsEditor.h"
#include "views/kpi/KpiTableModel.h"
#include "views/sheets/TableClipboard.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

KpiEditor::KpiEditor(QWidget *parent)
    : QWidget(parent), m_model(new KpiTableModel(this)), m_table(new QTableView(this)),
      m_details(new KpiDetailsEditor(this)), m_add(new QPushButton(tr("Add KPI"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_up(new QPushButton(tr("Move up"), this)),
      m_down(new QPushButton(tr("Move down"), this))
{
    m_table->setObjectName(QStringLiteral("kpiTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    TableClipboard::install(m_table); // Ctrl+C gives spreadsheet rows
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column as wide as its contents, the name first: in a narrow
    // pane the table scrolls sideways rather than squeezing the name away.
    // Widths come from the rows shown and the first 100 (Qt's default of
    // 1,000 laid out the text of 1,000 KPIs in every column each time the
    // current KPI was set, opening a plan included, tab shown or not).
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &KpiEditor::selectionChanged);
    // A reset (undo of a move, a new plan) drops the selection: restore it by id.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setCurrentKpi(m_current); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &KpiEditor::selectionChanged);

    m_add->setObjectName(QStringLiteral("addKpi"));
    m_remove->setObjectName(QStringLiteral("removeKpi"));
    m_up->setObjectName(QStringLiteral("moveKpiUp"));
    m_down->setObjectName(QStringLiteral("moveKpiDown"));
    connect(m_add, &QPushButton::clicked, this, &KpiEditor::addKpi);
    connect(m_remove, &QPushButton::clicked, this, &KpiEditor::removeKpi);
    connect(m_up, &QPushButton::clicked, this, [this] { moveKpi(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveKpi(1); });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_add, m_remove, m_up, m_down })
        buttons->addWidget(b);
    buttons->addStretch(1);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_table);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_details);
    // A plan without KPIs shows how to add one, not an empty, disabled form.
    m_noKpi = new QLabel(tr("<p><b>This plan has no KPI yet.</b></p>"
                            "<p>Press <b>Add KPI</b> above (or Ctrl+Shift+K) to add one, then give it a name "
                            "and a unit, its baseline, and a target for each fiscal year. Actuals are recorded "
                            "as they come in; the dashboard on the right then shows how each KPI is doing.</p>"),
                         this);
    m_noKpi->setObjectName(QStringLiteral("noKpiHint"));
    m_noKpi->setWordWrap(true);
    m_noKpi->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noKpi->setMargin(12);
    m_detailsStack = new QStackedWidget(this);
    m_detailsStack->addWidget(scroll);
    m_detailsStack->addWidget(m_noKpi);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_detailsStack);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &KpiEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KpiEditor::updateActions);
    updateActions();
}

void KpiEditor::setDocument(PlanDocument *document)
{
    m_document = document;
    m_current = 0;
    m_model->setDocument(document);
    m_details->setDocument(document);
    if (document && !document->plan().kpis.isEmpty())
        setCurrentKpi(document->plan().kpis.first().id);
    updateActions();
}

void KpiEditor::setAsOf(const QDate &date)
{
    m_model->setAsOf(date);
}

int KpiEditor::currentKpi() const
{
    return m_model->kpiFromIndex(m_table->currentIndex());
}

void KpiEditor::setCurrentKpi(int kpiId)
{
    const QModelIndex index = m_model->indexFromKpi(kpiId);
    if (index.isValid())
        m_table->setCurrentIndex(index);
    else
        selectionChanged();
}

void KpiEditor::selectionChanged()
{
    const int id = currentKpi();
    updateActions();
    if (id == m_current && m_details->kpiId() == id)
        return;
    m_current = id;
    m_details->setKpi(id);
    emit currentKpiChanged(id);
}

void KpiEditor::updateActions()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row < m_model->rowCount() - 1);
    m_detailsStack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_noKpi)
                                                              : m_detailsStack->widget(0));
}

void KpiEditor::addKpi()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const Plan &plan = m_document->plan();
    Kpi kpi;
    kpi.id = m_document->nextId<Kpi>();
    kpi.name = tr("New KPI");
    kpi.unit = QStringLiteral("%");
    if (const Kpi *current = plan.kpi(currentKpi()))
        kpi.themeId = current->themeId;
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + 1 : int(plan.kpis.size());
    m_document->undoStack()->push(new InsertItem<Kpi>(m_document, kpi, row, tr("Add KPI")));
    setCurrentKpi(kpi.id);
    m_table->edit(m_model->indexFromKpi(kpi.id));
}

void KpiEditor::removeKpi()
{
    const int id = currentKpi();
    if (!m_document || m_document->isReadOnly() || !id)
        return;
    const int row = m_table->currentIndex().row();
    m_document->undoStack()->push(new RemoveItem<Kpi>(m_document, id, tr("Remove KPI")));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    selectionChanged();
}

void KpiEditor::moveKpi(int offset)
{
    const int id = currentKpi();
    if (!m_document || m_document->isReadOnly() || !id)
        return;
    const int to = m_table->currentIndex().row() + offset;
    if (to < 0 || to >= m_model->rowCount())
        return;
    m_document->undoStack()->push(new MoveItem<Kpi>(m_document, id, to, offset < 0 ? tr("Move KPI up") : tr("Move KPI down")));
    setCurrentKpi(id);
}
