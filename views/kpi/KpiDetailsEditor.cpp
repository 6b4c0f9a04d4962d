#include "views/kpi/KpiDetailsEditor.h"

#include "views/common/DateField.h"

#include "models/KpiStatus.h"
#include "models/Numbering.h"
#include "models/PlanDocument.h"
#include "models/commands/ItemCommands.h"
#include "views/kpi/KpiActualsModel.h"
#include "views/kpi/KpiFormat.h"
#include "views/kpi/KpiMeasureLinksModel.h"
#include "views/kpi/KpiTargetRevisionDialog.h"
#include "views/kpi/KpiYearGridModel.h"
#include "views/sheets/TableClipboard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableView>

KpiDetailsEditor::KpiDetailsEditor(QWidget *parent)
    : QWidget(parent), m_direction(new QComboBox(this)), m_baselineValue(new QLineEdit(this)),
      m_baselineDate(new DateField(DateText::Precision::DayOrMonth, this)), m_baselineMonthOnly(new QCheckBox(tr("month only"), this)), m_theme(new QComboBox(this)), m_source(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_measures(new QListView(this)),
      m_targetGrid(new QTableView(this)), m_actualsTable(new QTableView(this)),
      m_addActual(new QPushButton(tr("Add actual"), this)), m_removeActual(new QPushButton(tr("Remove actual"), this)),
      m_reviseTarget(new QPushButton(tr("Revise target…"), this)),
      m_gridModel(new KpiYearGridModel(this)), m_actualsModel(new KpiActualsModel(this)),
      m_measureLinks(new KpiMeasureLinksModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildForm());
    auto *gridTitle = new QHBoxLayout;
    gridTitle->addWidget(new QLabel(tr("Targets and actuals by fiscal year"), this), 1);
    m_reviseTarget->setObjectName(QStringLiteral("reviseTarget"));
    m_reviseTarget->setToolTip(tr("Change a target after adoption (上方修正), keeping the first target, the date and the reason"));
    connect(m_reviseTarget, &QPushButton::clicked, this, &KpiDetailsEditor::reviseTarget);
    gridTitle->addWidget(m_reviseTarget);
    layout->addLayout(gridTitle);
    layout->addWidget(m_targetGrid);
    layout->addWidget(buildActuals());
    layout->addWidget(new QLabel(tr("Linked measures"), this));
    layout->addWidget(m_measures, 1);

    m_targetGrid->setObjectName(QStringLiteral("targetGrid"));
    m_targetGrid->setModel(m_gridModel);
    TableClipboard::install(m_targetGrid); // Ctrl+C gives spreadsheet cells
    m_targetGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_targetGrid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_targetGrid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_targetGrid->setFixedHeight(m_targetGrid->horizontalHeader()->sizeHint().height()
                                 + KpiYearGridModel::RowCount * m_targetGrid->verticalHeader()->defaultSectionSize()
                                 + m_targetGrid->horizontalScrollBar()->sizeHint().height() + 4);
    m_measures->setObjectName(QStringLiteral("measures"));
    m_measures->setMinimumHeight(90);
    m_measures->setModel(m_measureLinks);
    // Rows of one height: the view then never measures all of them.
    m_measures->setUniformItemSizes(true);
    connect(m_measureLinks, &KpiMeasureLinksModel::linkToggled, this, &KpiDetailsEditor::measureToggled);
    setKpi(0);
}

QWidget *KpiDetailsEditor::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    m_direction->setObjectName(QStringLiteral("direction"));
    m_direction->addItem(KpiFormat::directionText(Kpi::Direction::HigherIsBetter));
    m_direction->addItem(KpiFormat::directionText(Kpi::Direction::LowerIsBetter));
    connect(m_direction, &QComboBox::activated, this, &KpiDetailsEditor::directionChosen);
    layout->addRow(tr("Direction:"), m_direction);

    m_baselineValue->setObjectName(QStringLiteral("baselineValue"));
    m_baselineValue->setPlaceholderText(tr("none"));
    m_baselineDate->setObjectName(QStringLiteral("baselineDate"));
    connect(m_baselineValue, &QLineEdit::editingFinished, this, &KpiDetailsEditor::baselineEdited);
    // A date takes effect when it changes: picked from the calendar, at
    // once, so the year grid beside it is right before the next click.
    connect(m_baselineDate, &DateField::dateChanged, this, [this](const PlanDate &date) {
        m_baselineMonthOnly->setChecked(date.monthOnly);
        baselineEdited();
    });
    m_baselineMonthOnly->setObjectName(QStringLiteral("baselineMonthOnly"));
    m_baselineMonthOnly->setToolTip(tr("The plan states this date to the month only (令和6年11月)"));
    m_baselineMonthOnly->setWhatsThis(tr("Plans often give a baseline as of a month (令和6年11月時点). Checked, the "
                                         "date keeps the month only and is shown so; typing a month in the date "
                                         "field checks it too."));
    m_direction->setWhatsThis(tr("Whether a higher or a lower figure is better. It decides when a target counts "
                                 "as met and how the status is judged."));
    connect(m_baselineMonthOnly, &QCheckBox::clicked, this, [this](bool monthOnly) {
        const QDate day = m_baselineDate->date().date;
        if (day.isValid())
            m_baselineDate->setDate({ monthOnly ? QDate(day.year(), day.month(), 1) : day, monthOnly });
        baselineEdited();
    });
    auto *baseline = new QHBoxLayout;
    baseline->addWidget(m_baselineValue, 1);
    baseline->addWidget(new QLabel(tr("on"), form));
    baseline->addWidget(m_baselineDate);
    baseline->addWidget(m_baselineMonthOnly);
    layout->addRow(tr("Baseline:"), baseline);

    m_theme->setObjectName(QStringLiteral("theme"));
    connect(m_theme, &QComboBox::activated, this, &KpiDetailsEditor::themeChosen);
    layout->addRow(tr("Theme:"), m_theme);

    m_source->setObjectName(QStringLiteral("source"));
    connect(m_source, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const Kpi *k = kpi()) {
            Kpi after = *k;
            after.source = text;
            push(after, tr("Edit KPI data source"), SourceField);
        }
    });
    layout->addRow(tr("Data source:"), m_source);

    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const Kpi *k = kpi();
        if (m_loading || !k || k->description == m_description->toPlainText())
            return;
        Kpi after = *k;
        after.description = m_description->toPlainText();
        push(after, tr("Edit KPI description"), DescriptionField);
    });
    layout->addRow(tr("Description:"), m_description);
    return form;
}

QWidget *KpiDetailsEditor::buildActuals()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Actuals"), box), 1);
    m_addActual->setObjectName(QStringLiteral("addActual"));
    m_removeActual->setObjectName(QStringLiteral("removeActual"));
    buttons->addWidget(m_addActual);
    buttons->addWidget(m_removeActual);
    layout->addLayout(buttons);
    m_actualsTable->setObjectName(QStringLiteral("actualsTable"));
    m_actualsTable->setModel(m_actualsModel);
    m_actualsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actualsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    TableClipboard::install(m_actualsTable);
    m_actualsTable->horizontalHeader()->setStretchLastSection(true);
    m_actualsTable->verticalHeader()->hide();
    m_actualsTable->setMinimumHeight(110);
    layout->addWidget(m_actualsTable);
    connect(m_addActual, &QPushButton::clicked, this, &KpiDetailsEditor::addActual);
    connect(m_removeActual, &QPushButton::clicked, this, &KpiDetailsEditor::removeActual);
    return box;
}

void KpiDetailsEditor::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_gridModel->setDocument(document);
    m_actualsModel->setDocument(document);
    if (document)
        connect(document, &PlanDocument::changed, this, &KpiDetailsEditor::planChanged);
    setKpi(0);
}

void KpiDetailsEditor::setKpi(int kpiId)
{
    m_kpiId = kpiId;
    m_gridModel->setKpi(kpiId);
    m_actualsModel->setKpi(kpiId);
    reloadWhenShown();
}

void KpiDetailsEditor::reloadWhenShown()
{
    if (isVisible()) {
        load(true);
    } else {
        // The values and the read-only state are cheap and kept current;
        // only the choices wait for the next show.
        load(false);
        m_stale = true;
    }
}

void KpiDetailsEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load(true);
}

const Kpi *KpiDetailsEditor::kpi() const
{
    return m_document ? m_document->plan().kpi(m_kpiId) : nullptr;
}

void KpiDetailsEditor::planChanged(const PlanChange &change)
{
    using Part = PlanChange::Part;
    if (change.part == Part::Kpi && change.id != m_kpiId)
        return;
    if (change.part == Part::Kpi)
        load(false);
    else if (change.part == Part::Theme || change.part == Part::Measure || change.part == Part::Everything)
        reloadWhenShown();
}

void KpiDetailsEditor::push(const Kpi &after, const QString &text, int mergeKey)
{
    const Kpi *k = kpi();
    if (m_loading || !k || after == *k || m_document->isReadOnly())
        return;
    m_document->undoStack()->push(new ReplaceItem<Kpi>(m_document, *k, after, text, mergeKey));
}

void KpiDetailsEditor::reviseTarget()
{
    const Kpi *k = kpi();
    if (!k)
        return;
    KpiTargetRevisionDialog dialog(*k, this);
    if (dialog.exec() == QDialog::Accepted)
        push(dialog.revised(), tr("Revise KPI target"));
}

void KpiDetailsEditor::load(bool rebuild)
{
    if (rebuild)
        m_stale = false;
    const Kpi *k = kpi();
    const bool editable = k && !m_document->isReadOnly();
    m_loading = true;
    for (QWidget *w : { static_cast<QWidget *>(m_direction), static_cast<QWidget *>(m_theme),
                        static_cast<QWidget *>(m_baselineDate), static_cast<QWidget *>(m_addActual) })
        w->setEnabled(editable);
    m_removeActual->setEnabled(editable && k && !k->actuals.isEmpty());
    m_reviseTarget->setEnabled(editable && k && !k->targets.isEmpty());
    for (QLineEdit *edit : { m_baselineValue, m_source })
        edit->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    setEnabled(k != nullptr);
    if (!k) {
        m_baselineValue->clear();
        m_source->clear();
        m_description->clear();
        m_measureLinks->clear();
        m_theme->clear();
        m_loading = false;
        return;
    }
    m_direction->setCurrentIndex(k->direction == Kpi::Direction::HigherIsBetter ? 0 : 1);
    const QString baseline = k->baselineValue ? QString::number(*k->baselineValue, 'g', 12) : QString();
    if (!m_baselineValue->hasFocus() && m_baselineValue->text() != baseline)
        m_baselineValue->setText(baseline);
    m_baselineDate->setDate(k->baselineDate.isValid() ? k->baselineDate : PlanDate { QDate::currentDate(), false });
    m_baselineDate->setEnabled(editable && k->baselineValue.has_value());
    m_baselineMonthOnly->setChecked(k->baselineDate.monthOnly);
    m_baselineMonthOnly->setEnabled(editable && k->baselineValue.has_value());
    // Text the user is typing is already the KPI's; replacing it would move the cursor.
    if (m_source->text() != k->source)
        m_source->setText(k->source);
    if (m_description->toPlainText() != k->description)
        m_description->setPlainText(k->description);
    // The theme and measure choices follow the plan's themes and measures:
    // refilled where they can be seen (see reloadWhenShown).
    if (rebuild || (m_measureLinks->rowCount() == 0 && isVisible()))
        loadChoices(*k, true);
    else if (m_measureLinks->rowCount() > 0)
        loadChoices(*k, false);
    else
        m_stale = true;
    m_loading = false;
}

void KpiDetailsEditor::loadChoices(const Kpi &kpi, bool rebuild)
{
    if (!rebuild) {
        m_theme->setCurrentIndex(qMax(0, m_theme->findData(kpi.themeId)));
        m_measureLinks->setLinked(kpi.measureIds);
        return;
    }
    const Plan &plan = m_document->plan();
    const PlanNumbers &numbers = m_document->numbers();
    m_theme->clear();
    m_theme->addItem(tr("(no theme)"), 0);
    for (const Theme &theme : plan.themes)
        m_theme->addItem((numbers.fullTheme(theme.id) + QLatin1Char(' ') + theme.title).trimmed(), theme.id);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(kpi.themeId)));

    // The list keeps its place when the plan's measures change.
    const int scroll = m_measures->verticalScrollBar()->value();
    m_measureLinks->reset(m_document, kpi.measureIds);
    m_measures->verticalScrollBar()->setValue(scroll);
}

void KpiDetailsEditor::directionChosen(int index)
{
    if (const Kpi *k = kpi()) {
        Kpi after = *k;
        after.direction = index == 1 ? Kpi::Direction::LowerIsBetter : Kpi::Direction::HigherIsBetter;
        push(after, tr("Change KPI direction"));
    }
}

void KpiDetailsEditor::themeChosen(int index)
{
    if (const Kpi *k = kpi()) {
        Kpi after = *k;
        after.themeId = m_theme->itemData(index).toInt();
        push(after, tr("Change KPI theme"));
    }
}

void KpiDetailsEditor::baselineEdited()
{
    const Kpi *k = kpi();
    if (!k || m_loading)
        return;
    Kpi after = *k;
    const QString text = m_baselineValue->text().trimmed();
    if (text.isEmpty()) {
        after.baselineValue.reset();
        after.baselineDate = PlanDate();
    } else {
        const std::optional<double> value = KpiFormat::parseValue(text, k->unit);
        if (!value) {
            load(false); // back to the stored value
            return;
        }
        after.baselineValue = value;
        // load() shows today in the date field while there is no baseline.
        // A month-only date keeps day 1, so no day is invented.
        const QDate shown = m_baselineDate->date().date;
        after.baselineDate = m_baselineMonthOnly->isChecked() ? PlanDate { QDate(shown.year(), shown.month(), 1), true }
                                                              : PlanDate { shown, false };
    }
    push(after, tr("Change KPI baseline"));
}

void KpiDetailsEditor::measureToggled(int measureId, bool linked)
{
    const Kpi *k = kpi();
    if (!k || m_loading)
        return;
    Kpi after = *k;
    after.measureIds.removeAll(measureId);
    if (linked)
        after.measureIds.append(measureId);
    push(after, linked ? tr("Link measure to KPI") : tr("Unlink measure from KPI"));
}

void KpiDetailsEditor::addActual()
{
    const Kpi *k = kpi();
    if (!k)
        return;
    // Start from the latest figure: the new one is usually close to it. A
    // qualitative KPI records a note, without a value.
    const bool qualitative = KpiStatus(*k).isQualitative();
    std::optional<double> value;
    if (!qualitative)
        value = k->actuals.isEmpty() || !k->actuals.last().value ? k->baselineValue.value_or(0) : *k->actuals.last().value;
    const int row = m_actualsModel->addActual({ { QDate::currentDate(), false }, value, QString() });
    if (row >= 0) {
        const QModelIndex index
            = m_actualsModel->index(row, qualitative ? KpiActualsModel::NoteColumn : KpiActualsModel::ValueColumn);
        m_actualsTable->setCurrentIndex(index);
        m_actualsTable->edit(index);
    }
}

void KpiDetailsEditor::removeActual()
{
    const QModelIndex current = m_actualsTable->currentIndex();
    if (current.isValid())
        m_actualsModel->removeActual(current.row());
}
