#include "views/kpi/KpiChartPane.h"

#include "models/DateText.h"
#include "models/KpiStatus.h"
#include "models/PlanDocument.h"
#include "views/kpi/KpiChartBuilder.h"
#include "views/kpi/KpiFormat.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

KpiChartPane::KpiChartPane(QWidget *parent)
    : QWidget(parent), m_asOf(QDate::currentDate()), m_chartView(new QChartView(this)),
      m_status(new QLabel(this)), m_warning(new QLabel(this))
{
    auto *back = new QPushButton(tr("◀ All KPIs"), this);
    back->setObjectName(QStringLiteral("backToDashboard"));
    connect(back, &QPushButton::clicked, this, &KpiChartPane::backRequested);
    m_chartView->setObjectName(QStringLiteral("kpiChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_status->setObjectName(QStringLiteral("kpiStatusText"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setObjectName(QStringLiteral("exceededWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #FFF4E5; border: 1px solid #D55E00;"
                                            " border-radius: 4px; padding: 6px; color: #7A3300; }"));
    m_warning->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_warning);
}

void KpiChartPane::setDocument(PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_kpiId = 0;
    if (document)
        connect(document, &PlanDocument::changed, this, &KpiChartPane::refreshWhenShown);
    refreshWhenShown();
}

void KpiChartPane::setKpi(int kpiId)
{
    m_kpiId = kpiId;
    refresh();
}

void KpiChartPane::setAsOf(const QDate &date)
{
    m_asOf = date;
    refresh();
}

void KpiChartPane::setEraStyle(FiscalYear::EraStyle style)
{
    m_era = style;
    refresh();
}

QString KpiChartPane::statusSentence(const Kpi &kpi, const QDate &asOf, FiscalYear::EraStyle era)
{
    const KpiStatus status(kpi, asOf);
    QStringList sentences { tr("Status: %1.").arg(KpiFormat::statusText(status.status())) };
    if (status.isQualitative()) {
        if (const std::optional<KpiActual> latest = status.latestRecord())
            sentences << tr("Latest record on %1: %2.").arg(DateText::format(latest->date, era), KpiFormat::actual(*latest, kpi));
        else
            sentences << tr("No actual has been recorded yet.");
        if (const std::optional<KpiTarget> target = status.statedTarget(status.currentYear()))
            sentences << tr("Target for %1: %2.").arg(FiscalYear::label(target->year, era), KpiFormat::target(*target, kpi));
        return sentences.join(QLatin1Char(' '));
    }
    const std::optional<KpiActual> latest = status.latestActual();
    if (latest)
        sentences << tr("Latest actual %1 on %2.").arg(KpiFormat::value(latest->value, kpi), DateText::format(latest->date, era));
    else
        sentences << tr("No actual has been recorded yet.");
    if (const std::optional<KpiTarget> target = status.referenceTarget(status.currentYear())) {
        sentences << tr("Target for %1: %2.").arg(FiscalYear::label(target->year, era), KpiFormat::target(*target, kpi));
        if (const std::optional<double> rate = status.achievementRate())
            sentences << tr("Achievement: %1.").arg(KpiFormat::rate(*rate));
    }
    if (latest)
        if (const std::optional<double> planned = status.plannedValue(latest->date.latestDay()))
            sentences << tr("The planned path stood at %1 on that day.").arg(KpiFormat::value(*planned, kpi));
    return sentences.join(QLatin1Char(' '));
}

QStringList KpiChartPane::warnings(const Kpi &kpi, const QDate &asOf, FiscalYear::EraStyle era)
{
    QStringList warnings;
    const KpiStatus status(kpi, asOf);
    if (const std::optional<KpiActual> latest = status.latestActual())
        for (const KpiTarget &t : status.exceededTargets())
            warnings << tr("%1's target (%2) is already met by the latest actual (%3) — consider raising it.")
                            .arg(FiscalYear::label(t.year, era), KpiFormat::value(t.value, kpi),
                                 KpiFormat::value(latest->value, kpi));
    if (status.isStale()) {
        const KpiActual latest = *(status.isQualitative() ? status.latestRecord() : status.latestActual());
        warnings << tr("The latest actual, of %1, is more than a year old: its status cannot be judged until a newer "
                       "one is entered.")
                        .arg(DateText::format(latest.date, era));
    }
    return warnings;
}

void KpiChartPane::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void KpiChartPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void KpiChartPane::refresh()
{
    m_stale = false;
    const Kpi *kpi = m_document ? m_document->plan().kpi(m_kpiId) : nullptr;
    if (!kpi) {
        m_status->clear();
        m_warning->hide();
        return;
    }
    KpiChartBuilder::Options options;
    options.era = m_era;
    options.asOf = m_asOf;
    options.titleWidth = titleWidth();
    m_shortLabels = wantsShortLabels();
    options.shortYearLabels = m_shortLabels;
    if (!m_chart) {
        m_chart = KpiChartBuilder::build(m_document->plan(), *kpi, options);
        m_chartView->setChart(m_chart);
    } else {
        KpiChartBuilder::update(m_chart, m_document->plan(), *kpi, options);
    }
    m_status->setText(statusSentence(*kpi, m_asOf, m_era));
    const QStringList warnings = KpiChartPane::warnings(*kpi, m_asOf, m_era);
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

bool KpiChartPane::wantsShortLabels() const
{
    const Kpi *kpi = m_document ? m_document->plan().kpi(m_kpiId) : nullptr;
    if (!kpi)
        return false;
    int first = 0;
    int last = 0;
    KpiFormat::yearRange(*kpi, m_document->plan().info.startYear, m_document->plan().info.endYear, &first, &last);
    const int perYear = m_era == FiscalYear::EraStyle::Both ? 140 : 90;
    return m_chartView->width() < perYear * (last - first + 1) + 80;
}

qreal KpiChartPane::titleWidth() const
{
    return m_chartView->width() - 60;
}

void KpiChartPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (wantsShortLabels() != m_shortLabels) {
        refresh();
    } else if (m_chart && m_document) {
        // The title wraps within the new width.
        if (const Kpi *kpi = m_document->plan().kpi(m_kpiId))
            KpiChartBuilder::setTitle(m_chart, kpi->name, titleWidth());
    }
}
