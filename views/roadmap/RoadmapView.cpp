#include "views/roadmap/RoadmapView.h"

#include "models/Numbering.h"
#include "models/PlanDocument.h"
#include "views/common/ViewSettings.h"
#include "views/common/WrappingBar.h"
#include "views/roadmap/RoadmapCanvas.h"
#include "views/roadmap/RoadmapExporter.h"
#include "views/roadmap/RoadmapPrinter.h"
// Only the interface: the main window hands its prompter over.
#include "views/window/Prompter.h"

#include <QComboBox>
#include <QFrame>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QComboBox *comboBox(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void selectData(QComboBox *box, int value)
{
    box->setCurrentIndex(qMax(0, box->findData(value)));
}

} // namespace

RoadmapView::RoadmapView(QWidget *parent)
    : QWidget(parent), m_canvas(new RoadmapCanvas(this)), m_firstYear(comboBox("firstYear", this)),
      m_lastYear(comboBox("lastYear", this)), m_themes(new QToolButton(this)),
      m_department(comboBox("departmentFilter", this)), m_principle(comboBox("principleFilter", this)),
      m_era(comboBox("eraStyle", this)), m_paper(comboBox("paper", this))
{
    setObjectName(QStringLiteral("roadmapView"));
    // Principles and departments have long names: their boxes stay narrow.
    for (QComboBox *box : { m_department, m_principle }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    // The controls wrap onto a second row on a narrow window rather than
    // hiding behind an overflow button (see WrappingBar).
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("roadmapToolBar"));
    auto *flow = new WrappingBar(bar);
    flow->setContentsMargins(4, 2, 4, 2);
    auto addSeparator = [bar, flow] {
        auto *line = new QFrame(bar);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        line->setFixedHeight(20);
        flow->addWidget(line);
    };
    auto addButton = [bar, flow](const QString &text, auto receiver, auto slot) {
        auto *action = new QAction(text, bar);
        connect(action, &QAction::triggered, receiver, slot);
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        flow->addWidget(button);
        bar->addAction(action);
        return action;
    };
    flow->addWidget(new QLabel(tr("Years:"), bar));
    flow->addWidget(m_firstYear);
    flow->addWidget(new QLabel(QStringLiteral("–"), bar));
    flow->addWidget(m_lastYear);
    addSeparator();
    m_themes->setObjectName(QStringLiteral("themeFilter"));
    m_themes->setText(tr("Themes"));
    m_themes->setPopupMode(QToolButton::InstantPopup);
    m_themes->setAutoRaise(true);
    m_themes->setMenu(new QMenu(m_themes));
    flow->addWidget(m_themes);
    flow->addWidget(m_department);
    flow->addWidget(m_principle);
    addSeparator();
    QAction *collapse = addButton(tr("Collapse All"), m_canvas, [this] { m_canvas->setAllCollapsed(true); });
    collapse->setObjectName(QStringLiteral("collapseAll"));
    QAction *expand = addButton(tr("Expand All"), m_canvas, [this] { m_canvas->setAllCollapsed(false); });
    expand->setObjectName(QStringLiteral("expandAll"));
    auto *show = new QToolButton(bar);
    show->setAutoRaise(true);
    show->setText(tr("Show"));
    show->setPopupMode(QToolButton::InstantPopup);
    auto *showMenu = new QMenu(show);
    m_departmentsColumn = showMenu->addAction(tr("Departments Column"));
    m_departmentsColumn->setObjectName(QStringLiteral("showDepartments"));
    m_audienceColumn = showMenu->addAction(tr("Audience Column"));
    m_audienceColumn->setObjectName(QStringLiteral("showAudience"));
    m_todayLine = showMenu->addAction(tr("Today Line"));
    m_todayLine->setObjectName(QStringLiteral("showToday"));
    for (QAction *action : { m_departmentsColumn, m_audienceColumn, m_todayLine }) {
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, &RoadmapView::applyControls);
    }
    show->setMenu(showMenu);
    flow->addWidget(show);
    m_era->addItem(tr("Reiwa"), int(FiscalYear::EraStyle::Reiwa));
    m_era->addItem(tr("Western"), int(FiscalYear::EraStyle::Western));
    m_era->addItem(tr("Reiwa and Western"), int(FiscalYear::EraStyle::Both));
    flow->addWidget(m_era);
    addSeparator();
    for (RoadmapOptions::Paper paper : { RoadmapOptions::Paper::A3, RoadmapOptions::Paper::A4, RoadmapOptions::Paper::Letter })
        m_paper->addItem(RoadmapOptions::paperName(paper), int(paper));
    m_paper->setToolTip(tr("Paper for printing and PDF"));
    m_paper->setWhatsThis(tr("The paper the roadmap is printed and exported on. A roadmap longer than one sheet "
                             "continues on further pages, repeating the header, title and the rows of the "
                             "section and theme it continues."));
    m_era->setWhatsThis(tr("How fiscal years are written here and in every date field: 令和6年度, FY2024 or both. "
                           "The same setting as View > Fiscal Years."));
    flow->addWidget(m_paper);
    QAction *printAction = addButton(tr("Print…"), this, &RoadmapView::print);
    printAction->setObjectName(QStringLiteral("print"));
    QAction *exportAction = addButton(tr("Export…"), this, &RoadmapView::exportFile);
    exportAction->setObjectName(QStringLiteral("export"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_canvas, 1);

    for (QComboBox *box : { m_firstYear, m_lastYear, m_department, m_principle, m_paper })
        connect(box, &QComboBox::currentIndexChanged, this, &RoadmapView::applyControls);
    connect(m_era, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingControls)
            ViewSettings::instance()->setEraStyle(FiscalYear::EraStyle(m_era->currentData().toInt()));
    });
    connect(ViewSettings::instance(), &ViewSettings::eraStyleChanged, this, [this](FiscalYear::EraStyle style) {
        RoadmapOptions options = m_canvas->options();
        options.eraStyle = style;
        setOptions(options);
        fillChoices(); // the year lists are labelled in the era
    });
    connect(m_canvas, &RoadmapCanvas::optionsChanged, this, &RoadmapView::showOptions);

    RoadmapOptions options;
    options.eraStyle = ViewSettings::instance()->eraStyle();
    setOptions(options);
}

RoadmapView::~RoadmapView() = default;

const RoadmapOptions &RoadmapView::options() const
{
    return m_canvas->options();
}

void RoadmapView::setOptions(const RoadmapOptions &options)
{
    m_canvas->setOptions(options); // shown through optionsChanged
}

void RoadmapView::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &PlanDocument::changed, this, &RoadmapView::onDocumentChanged);
    // A new plan starts unfiltered, in its own period.
    RoadmapOptions options = m_canvas->options();
    options.firstYear = options.lastYear = 0;
    options.themeIds.clear();
    options.collapsedThemeIds.clear();
    options.departmentId = options.principleId = 0;
    m_canvas->setDocument(document);
    fillChoices();
    setOptions(options);
}

void RoadmapView::onDocumentChanged(const PlanChange &change)
{
    using Part = PlanChange::Part;
    if (change.part == Part::Theme || change.part == Part::Department || change.part == Part::Principle
        || change.part == Part::Info || change.part == Part::Everything)
        fillChoices();
}

void RoadmapView::fillChoices()
{
    m_updatingControls = true;
    const RoadmapOptions &options = m_canvas->options();
    for (QComboBox *box : { m_firstYear, m_lastYear, m_department, m_principle })
        box->clear();
    m_themes->menu()->clear();
    m_firstYear->addItem(tr("Plan start"), 0);
    m_lastYear->addItem(tr("Plan end"), 0);
    m_department->addItem(tr("All departments"), 0);
    m_principle->addItem(tr("All principles"), 0);
    if (m_document) {
        const Plan &plan = m_document->plan();
        const auto [planFirst, planLast] = plan.periodYears();
        for (int year = planFirst - 5; year <= planLast + 5; ++year) {
            m_firstYear->addItem(FiscalYear::label(year, options.eraStyle), year);
            m_lastYear->addItem(FiscalYear::label(year, options.eraStyle), year);
        }
        for (const Department &d : plan.departments)
            m_department->addItem(d.name, d.id);
        for (const Principle &principle : plan.principles)
            m_principle->addItem(principle.title, principle.id);
        QAction *all = m_themes->menu()->addAction(tr("All Themes"), this, [this] {
            for (QAction *a : m_themes->menu()->actions())
                a->setChecked(a->isCheckable());
            applyControls();
        });
        all->setObjectName(QStringLiteral("allThemes"));
        m_themes->menu()->addSeparator();
        const PlanNumbers &numbers = m_document->numbers();
        for (const Theme &theme : plan.themes) {
            QAction *a = m_themes->menu()->addAction(QStringLiteral("%1  %2").arg(numbers.fullTheme(theme.id), theme.title));
            a->setCheckable(true);
            a->setData(theme.id);
            connect(a, &QAction::toggled, this, &RoadmapView::applyControls);
        }
    }
    m_updatingControls = false;
    showOptions(options);
}

void RoadmapView::showOptions(const RoadmapOptions &options)
{
    m_updatingControls = true;
    selectData(m_firstYear, options.firstYear);
    selectData(m_lastYear, options.lastYear);
    selectData(m_department, options.departmentId);
    selectData(m_principle, options.principleId);
    selectData(m_era, int(options.eraStyle));
    selectData(m_paper, int(options.paper));
    for (QAction *a : m_themes->menu()->actions())
        if (a->isCheckable())
            a->setChecked(options.themeIds.isEmpty() || options.themeIds.contains(a->data().toInt()));
    m_departmentsColumn->setChecked(options.showDepartments);
    m_audienceColumn->setChecked(options.showAudience);
    m_todayLine->setChecked(options.showToday);
    m_updatingControls = false;
}

void RoadmapView::applyControls()
{
    if (m_updatingControls)
        return;
    RoadmapOptions options = m_canvas->options();
    options.firstYear = m_firstYear->currentData().toInt();
    options.lastYear = m_lastYear->currentData().toInt();
    options.departmentId = m_department->currentData().toInt();
    options.principleId = m_principle->currentData().toInt();
    options.paper = RoadmapOptions::Paper(m_paper->currentData().toInt());
    options.showDepartments = m_departmentsColumn->isChecked();
    options.showAudience = m_audienceColumn->isChecked();
    options.showToday = m_todayLine->isChecked();
    options.themeIds.clear();
    bool all = true;
    for (QAction *a : m_themes->menu()->actions()) {
        if (!a->isCheckable())
            continue;
        if (a->isChecked())
            options.themeIds.insert(a->data().toInt());
        else
            all = false;
    }
    if (all)
        options.themeIds.clear();
    setOptions(options);
}

bool RoadmapView::canPrint() const
{
    return m_document != nullptr;
}

void RoadmapView::print()
{
    if (m_document)
        RoadmapPrinter::printWithPreview(m_document->plan(), options(), this);
}

bool RoadmapView::canExport() const
{
    return m_document != nullptr;
}

void RoadmapView::exportFile()
{
    if (!m_document)
        return;
    const QString pdf = tr("PDF (*.pdf)");
    const QString svg = tr("SVG image (*.svg)");
    const QString png = tr("PNG image (*.png)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Roadmap"), m_document->displayName(),
                                                QStringList({ pdf, svg, png }).join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    RoadmapExporter::Format format;
    if (!RoadmapExporter::formatFromFileName(path, &format)) {
        path += filter == svg ? QStringLiteral(".svg") : filter == png ? QStringLiteral(".png") : QStringLiteral(".pdf");
        RoadmapExporter::formatFromFileName(path, &format);
    }
    RoadmapOptions exportOptions = options();
    if (format == RoadmapExporter::Format::Png) {
        bool ok = false;
        exportOptions.dpi = QInputDialog::getInt(this, tr("Export Roadmap"), tr("Resolution (dots per inch):"),
                                                 exportOptions.dpi, 36, 1200, 1, &ok);
        if (!ok)
            return;
    }
    exportTo(path, exportOptions);
}

void RoadmapView::exportTo(const QString &path, const RoadmapOptions &options)
{
    if (!m_document)
        return;
    RoadmapExporter::Format format;
    if (!RoadmapExporter::formatFromFileName(path, &format))
        return;
    const QString title = tr("Export Roadmap");
    RoadmapExporter exporter(m_document->plan(), options);
    bool written = false;
    if (format == RoadmapExporter::Format::Png && !exporter.pngFits()) {
        const QSize size = exporter.pngSize();
        const QString text =
            tr("The roadmap is too large for one PNG image at %1 dpi (%2 x %3 pixels).\n"
               "Write one PNG file per printed page instead (%4, %5, ...)?")
                .arg(options.dpi).arg(size.width()).arg(size.height())
                .arg(QFileInfo(RoadmapExporter::pageFileName(path, 1, 1)).fileName(),
                     QFileInfo(RoadmapExporter::pageFileName(path, 2, 2)).fileName());
        const bool perPage = m_prompter ? m_prompter->question(this, title, text)
                                        : QMessageBox::question(this, title, text) == QMessageBox::Yes;
        if (!perPage)
            return;
        written = exporter.exportPages(path, format) > 0;
    } else {
        written = exporter.exportFile(path, format);
    }
    if (written)
        return;
    const QString text =
        tr("The roadmap could not be written to %1:\n%2").arg(QFileInfo(path).fileName(), exporter.errorString());
    if (m_prompter)
        m_prompter->error(this, title, text);
    else
        QMessageBox::warning(this, title, text);
}
