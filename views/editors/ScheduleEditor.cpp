#include "views/editors/ScheduleEditor.h"

#include "models/PlanDocument.h"
#include "models/PlanLimits.h"
#include "models/ScheduleYears.h"
#include "views/itemmodels/ItemLabels.h"
#include "models/commands/ItemCommands.h"
#include "views/common/Palette.h"
#include "views/common/PhaseText.h"
#include "views/common/ViewSettings.h"
#include "views/editors/ChoiceDelegate.h"
#include "views/itemmodels/PlanText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The years an open-ended plan's year row shows: a usual plan period.
constexpr int openEndedYears = 5;

// The last year of the plan's period; an open-ended plan has none.
int periodEnd(const PlanInfo &info)
{
    return info.isOpenEnded() ? PlanLimits::maxYear : info.endYear;
}

ChoiceDelegate::Choices kindChoices()
{
    ChoiceDelegate::Choices choices;
    for (int k = 0; k < PlanText::phaseKindCount; ++k)
        choices.append({ k, PhaseText::kindName(Phase::Kind(k)) });
    return choices;
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *table = new QTableWidget(0, headers.size(), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setMinimumHeight(table->fontMetrics().lineSpacing() * 6);
    return table;
}

} // namespace

ScheduleEditor::ScheduleEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *yearsLabel = new QLabel(tr("Fiscal years (click to set the phase of a year):"), this);
    yearsLabel->setWhatsThis(tr("One button per fiscal year of the plan. Each click moves the year to the next "
                                "phase kind (none, 検討・準備, 運用, 調達, 構築・移行, other); neighbouring years of one "
                                "kind become one phase. For months and labels, use the phase table below."));
    layout->addWidget(yearsLabel);
    m_yearRow = new QHBoxLayout;
    m_yearRow->setSpacing(2);
    layout->addLayout(m_yearRow);

    m_phases = makeTable(this, { tr("Kind"), tr("Label"), tr("Start fiscal year"), tr("Start month"),
                                 tr("End fiscal year"), tr("End month") }, QStringLiteral("phasesTable"));
    m_phases->setAccessibleName(tr("Phases"));
    m_phases->setItemDelegateForColumn(KindColumn, new ChoiceDelegate(kindChoices(), m_phases));
    auto *months = new ChoiceDelegate(ChoiceDelegate::monthChoices(), m_phases);
    m_phases->setItemDelegateForColumn(StartMonthColumn, months);
    m_phases->setItemDelegateForColumn(EndMonthColumn, months);
    auto *phasesLabel = new QLabel(tr("&Phases:"), this);
    phasesLabel->setBuddy(m_phases);
    layout->addWidget(phasesLabel);
    layout->addWidget(m_phases);

    auto *phaseButtons = new QHBoxLayout;
    auto *addPhaseButton = new QPushButton(tr("Add phase"), this);
    addPhaseButton->setObjectName(QStringLiteral("addPhaseButton"));
    auto *removePhaseButton = new QPushButton(tr("Remove phase"), this);
    removePhaseButton->setObjectName(QStringLiteral("removePhaseButton"));
    phaseButtons->addWidget(addPhaseButton);
    phaseButtons->addWidget(removePhaseButton);
    phaseButtons->addStretch(1);
    layout->addLayout(phaseButtons);

    m_milestones = makeTable(this, { tr("Milestone"), tr("Fiscal year"), tr("Month") },
                             QStringLiteral("milestonesTable"));
    m_milestones->setAccessibleName(tr("Milestones"));
    m_milestones->setItemDelegateForColumn(MilestoneMonthColumn, months);
    auto *milestonesLabel = new QLabel(tr("&Milestones:"), this);
    milestonesLabel->setBuddy(m_milestones);
    layout->addWidget(milestonesLabel);
    layout->addWidget(m_milestones);

    auto *milestoneButtons = new QHBoxLayout;
    auto *addMilestoneButton = new QPushButton(tr("Add milestone"), this);
    addMilestoneButton->setObjectName(QStringLiteral("addMilestoneButton"));
    auto *removeMilestoneButton = new QPushButton(tr("Remove milestone"), this);
    removeMilestoneButton->setObjectName(QStringLiteral("removeMilestoneButton"));
    milestoneButtons->addWidget(addMilestoneButton);
    milestoneButtons->addWidget(removeMilestoneButton);
    milestoneButtons->addStretch(1);
    layout->addLayout(milestoneButtons);

    m_editButtons = { addPhaseButton, removePhaseButton, addMilestoneButton, removeMilestoneButton };
    for (QPushButton *button : std::as_const(m_editButtons))
        button->setAccessibleName(button->text());

    connect(addPhaseButton, &QPushButton::clicked, this, &ScheduleEditor::addPhase);
    connect(removePhaseButton, &QPushButton::clicked, this, &ScheduleEditor::removePhase);
    connect(addMilestoneButton, &QPushButton::clicked, this, &ScheduleEditor::addMilestone);
    connect(removeMilestoneButton, &QPushButton::clicked, this, &ScheduleEditor::removeMilestone);
    connect(m_phases, &QTableWidget::itemChanged, this, &ScheduleEditor::phaseEdited);
    connect(m_milestones, &QTableWidget::itemChanged, this, &ScheduleEditor::milestoneEdited);
    connect(ViewSettings::instance(), &ViewSettings::eraStyleChanged, this, [this] {
        m_yearsTo = m_yearsFrom - 1;
        refresh();
    });

    setTabOrder(addPhaseButton, removePhaseButton);
    setTabOrder(removePhaseButton, m_milestones);
    setTabOrder(m_milestones, addMilestoneButton);
    setTabOrder(addMilestoneButton, removeMilestoneButton);
}

void ScheduleEditor::setItem(PlanDocument *document, PlanChange::Part part, int id)
{
    m_document = document;
    m_part = part;
    m_id = id;
    refresh();
}

void ScheduleEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

namespace {

template<typename T>
const T *itemWithBars(const Plan &plan, PlanChange::Part part, int id)
{
    return part == ItemKind<T>::part ? findItem<T>(plan, id) : nullptr;
}

// Pushes the item with its bars changed, if it is of kind T.
template<typename T>
void pushBars(PlanDocument *doc, PlanChange::Part part, int id, const QList<Phase> &phases,
              const QList<Milestone> &milestones, const QString &text)
{
    const T *before = itemWithBars<T>(doc->plan(), part, id);
    if (!before)
        return;
    T after = *before;
    after.phases = phases;
    after.milestones = milestones;
    if (!(after == *before))
        doc->undoStack()->push(
            new ReplaceItem<T>(doc, *before, after, ItemLabels::undoText(text, *doc, *before)));
}

} // namespace

std::optional<ScheduleEditor::Bars> ScheduleEditor::bars() const
{
    if (!m_document)
        return std::nullopt;
    const Plan &plan = m_document->plan();
    if (const Measure *m = itemWithBars<Measure>(plan, m_part, m_id))
        return Bars { m->phases, m->milestones };
    if (const Theme *t = itemWithBars<Theme>(plan, m_part, m_id))
        return Bars { t->phases, t->milestones };
    return std::nullopt;
}

void ScheduleEditor::push(const Bars &after, const QString &text)
{
    if (!m_document || m_readOnly)
        return;
    pushBars<Measure>(m_document, m_part, m_id, after.phases, after.milestones, text);
    pushBars<Theme>(m_document, m_part, m_id, after.phases, after.milestones, text);
}

int ScheduleEditor::firstYear() const
{
    return m_document->plan().periodYears().first;
}

int ScheduleEditor::lastYear() const
{
    // An open-ended plan shows the years its schedule uses, and at least a
    // usual plan period's worth.
    const auto [first, last] = m_document->plan().periodYears();
    return m_document->plan().info.isOpenEnded() ? qMax(last, first + openEndedYears - 1) : last;
}

QPushButton *ScheduleEditor::yearButton(int fiscalYear) const
{
    const int i = fiscalYear - m_yearsFrom;
    return i >= 0 && i < m_yearButtons.size() ? m_yearButtons[i] : nullptr;
}

void ScheduleEditor::refresh()
{
    m_refreshing = true;
    rebuildYearRow();
    refreshYearRow();
    refreshPhases();
    refreshMilestones();
    m_phases->setEditTriggers(m_readOnly ? QAbstractItemView::NoEditTriggers
                                         : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                               | QAbstractItemView::AnyKeyPressed);
    m_milestones->setEditTriggers(m_phases->editTriggers());
    for (QPushButton *button : std::as_const(m_editButtons))
        button->setEnabled(!m_readOnly && bars().has_value());
    m_refreshing = false;
}

void ScheduleEditor::rebuildYearRow()
{
    if (!m_document)
        return;
    if (firstYear() == m_yearsFrom && lastYear() == m_yearsTo)
        return;
    qDeleteAll(m_yearButtons);
    m_yearButtons.clear();
    while (m_yearRow->count())
        delete m_yearRow->takeAt(0);
    m_yearsFrom = firstYear();
    m_yearsTo = lastYear();
    QWidget *previous = nullptr;
    for (int year = m_yearsFrom; year <= m_yearsTo && year - m_yearsFrom < 30; ++year) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("year%1").arg(year));
        button->setMinimumHeight(fontMetrics().lineSpacing() * 3);
        // Many years must fit a narrow dock: the buttons share its width.
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        button->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("R10(2028)")) + 8);
        connect(button, &QPushButton::clicked, this, [this, year] { cycleYear(year); });
        m_yearRow->addWidget(button);
        m_yearButtons << button;
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }
    if (previous)
        setTabOrder(previous, m_phases);
}

void ScheduleEditor::refreshYearRow()
{
    const std::optional<Bars> m = bars();
    const FiscalYear::EraStyle style = ViewSettings::instance()->eraStyle();
    for (int i = 0; i < m_yearButtons.size(); ++i) {
        const int year = m_yearsFrom + i;
        const int kind = m ? ScheduleYears::kindInYear(m->phases, year) : ScheduleYears::none;
        const QString kindName = kind == ScheduleYears::none ? tr("none") : PhaseText::kindName(Phase::Kind(kind));
        QPushButton *button = m_yearButtons[i];
        button->setText(FiscalYear::shortLabel(year, style) + QLatin1Char('\n') + kindName);
        button->setAccessibleName(FiscalYear::label(year, style) + QStringLiteral(": ") + kindName);
        button->setToolTip(tr("%1: %2. Click to change.").arg(FiscalYear::label(year, style), kindName));
        QString sheet = QStringLiteral("QPushButton { padding: 1px; }");
        if (kind != ScheduleYears::none) {
            const QColor color = Palette::phaseColor(Phase::Kind(kind));
            const QColor text = color.lightness() < 140 ? Qt::white : Qt::black;
            sheet = QStringLiteral("QPushButton { padding: 1px; background-color: %1; color: %2; }")
                        .arg(color.name(), text.name());
        }
        if (button->styleSheet() != sheet)
            button->setStyleSheet(sheet);
        button->setEnabled(!m_readOnly && m.has_value());
    }
}

void ScheduleEditor::cycleYear(int fiscalYear)
{
    const std::optional<Bars> m = bars();
    if (!m || m_readOnly)
        return;
    Bars after = *m;
    const int kind = ScheduleYears::nextKind(ScheduleYears::kindInYear(m->phases, fiscalYear));
    after.phases = ScheduleYears::withYearKind(m->phases, m_yearsFrom, m_yearsTo, fiscalYear, kind);
    push(after, tr("Set the phase of a year"));
}

void ScheduleEditor::setCell(QTableWidget *table, int row, int column, const QVariant &value,
                             const QString &toolTip)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    if (item->data(Qt::EditRole) != value)
        item->setData(Qt::EditRole, value);
    if (item->toolTip() != toolTip)
        item->setToolTip(toolTip);
    const QBrush background = toolTip.isEmpty() ? QBrush() : QBrush(QColor(255, 205, 205));
    if (item->background() != background)
        item->setBackground(background);
}

void ScheduleEditor::refreshPhases()
{
    const std::optional<Bars> m = bars();
    const QList<Phase> phases = m ? m->phases : QList<Phase>();
    if (m_phases->rowCount() != phases.size())
        m_phases->setRowCount(phases.size());
    const PlanInfo info = m_document ? m_document->plan().info : PlanInfo();
    const FiscalYear::EraStyle style = ViewSettings::instance()->eraStyle();
    for (int row = 0; row < phases.size(); ++row) {
        const Phase &p = phases[row];
        QString problem;
        if (ScheduleYears::isReversed(p))
            problem = tr("This phase ends before it starts.");
        else if (ScheduleYears::isOutsidePeriod(p, info.startYear, periodEnd(info)))
            problem = info.isOpenEnded()
                ? tr("This phase starts before the plan (%1).").arg(FiscalYear::label(info.startYear, style))
                : tr("This phase lies outside the plan period (%1 to %2).")
                      .arg(FiscalYear::label(info.startYear, style), FiscalYear::label(info.endYear, style));
        setCell(m_phases, row, KindColumn, int(p.kind), QString());
        setCell(m_phases, row, LabelColumn, p.label, QString());
        setCell(m_phases, row, StartYearColumn, p.startYear, problem);
        setCell(m_phases, row, StartMonthColumn, p.startMonth, QString());
        setCell(m_phases, row, EndYearColumn, p.endYear, problem);
        setCell(m_phases, row, EndMonthColumn, p.endMonth, QString());
    }
}

void ScheduleEditor::refreshMilestones()
{
    const std::optional<Bars> m = bars();
    const QList<Milestone> milestones = m ? m->milestones : QList<Milestone>();
    if (m_milestones->rowCount() != milestones.size())
        m_milestones->setRowCount(milestones.size());
    const PlanInfo info = m_document ? m_document->plan().info : PlanInfo();
    for (int row = 0; row < milestones.size(); ++row) {
        const Milestone &ms = milestones[row];
        const QString problem = ms.year < info.startYear || ms.year > periodEnd(info)
            ? tr("This milestone lies outside the plan period.") : QString();
        setCell(m_milestones, row, MilestoneLabelColumn, ms.label, QString());
        setCell(m_milestones, row, MilestoneYearColumn, ms.year, problem);
        setCell(m_milestones, row, MilestoneMonthColumn, ms.month, QString());
    }
}

void ScheduleEditor::phaseEdited(QTableWidgetItem *item)
{
    const std::optional<Bars> m = bars();
    if (m_refreshing || !m || item->row() >= m->phases.size())
        return;
    Bars after = *m;
    Phase &p = after.phases[item->row()];
    const QVariant value = item->data(Qt::EditRole);
    switch (item->column()) {
    case KindColumn: p.kind = Phase::Kind(qBound(0, value.toInt(), PlanText::phaseKindCount - 1)); break;
    case LabelColumn: p.label = value.toString(); break;
    case StartYearColumn: p.startYear = value.toInt(); break;
    case StartMonthColumn: p.startMonth = qBound(0, value.toInt(), 12); break;
    case EndYearColumn: p.endYear = value.toInt(); break;
    case EndMonthColumn: p.endMonth = qBound(0, value.toInt(), 12); break;
    }
    push(after, tr("Edit phase"));
    refresh();
}

void ScheduleEditor::milestoneEdited(QTableWidgetItem *item)
{
    const std::optional<Bars> m = bars();
    if (m_refreshing || !m || item->row() >= m->milestones.size())
        return;
    Bars after = *m;
    Milestone &ms = after.milestones[item->row()];
    const QVariant value = item->data(Qt::EditRole);
    switch (item->column()) {
    case MilestoneLabelColumn: ms.label = value.toString(); break;
    case MilestoneYearColumn: ms.year = value.toInt(); break;
    case MilestoneMonthColumn: ms.month = qBound(0, value.toInt(), 12); break;
    }
    push(after, tr("Edit milestone"));
    refresh();
}

void ScheduleEditor::addPhase()
{
    const std::optional<Bars> m = bars();
    if (!m)
        return;
    Bars after = *m;
    Phase phase;
    phase.kind = Phase::Kind::Study;
    phase.startYear = phase.endYear = m_yearsFrom;
    if (!after.phases.isEmpty())
        phase.startYear = phase.endYear = qMin(m_yearsTo, after.phases.last().endYear + 1);
    after.phases << phase;
    push(after, tr("Add phase"));
}

void ScheduleEditor::removePhase()
{
    const std::optional<Bars> m = bars();
    const int row = m_phases->currentRow();
    if (!m || row < 0 || row >= m->phases.size())
        return;
    Bars after = *m;
    after.phases.removeAt(row);
    push(after, tr("Remove phase"));
}

void ScheduleEditor::addMilestone()
{
    const std::optional<Bars> m = bars();
    if (!m)
        return;
    Bars after = *m;
    Milestone milestone;
    milestone.label = tr("New milestone");
    milestone.year = m_yearsFrom;
    after.milestones << milestone;
    push(after, tr("Add milestone"));
}

void ScheduleEditor::removeMilestone()
{
    const std::optional<Bars> m = bars();
    const int row = m_milestones->currentRow();
    if (!m || row < 0 || row >= m->milestones.size())
        return;
    Bars after = *m;
    after.milestones.removeAt(row);
    push(after, tr("Remove milestone"));
}
