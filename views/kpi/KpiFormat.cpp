#include "views/kpi/KpiFormat.h"

#include "models/DateText.h"
#include "views/common/ViewSettings.h"

#include "models/PlanLimits.h"

#include "views/common/DocumentFont.h"
#include "views/common/Palette.h"
#include "views/common/PrintedText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace KpiFormat {

QString number(double value, bool whole)
{
    QString text = QLocale(QLocale::Japanese, QLocale::Japan).toString(value, 'f', whole ? 0 : 2);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

bool isCount(const Kpi &kpi)
{
    static const QStringList counters { QStringLiteral("件"), QStringLiteral("人"), QStringLiteral("回"),
                                        QStringLiteral("団体"), QStringLiteral("箇所"), QStringLiteral("か所"),
                                        QStringLiteral("カ所"), QStringLiteral("社"), QStringLiteral("校"),
                                        QStringLiteral("台"), QStringLiteral("手続"), QStringLiteral("事業") };
    if (counters.contains(kpi.unit.trimmed()))
        return true;
    const QList<double> values = figures(kpi);
    return !values.isEmpty()
        && std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v) && v == std::round(v); });
}

QString value(double v, const Kpi &kpi)
{
    return number(v, isCount(kpi)) + kpi.unit;
}

QString value(const std::optional<double> &figure, const Kpi &kpi)
{
    return figure ? value(*figure, kpi) : QString();
}

QString target(const KpiTarget &t, const Kpi &kpi)
{
    const QString statement = t.statement.trimmed();
    if (!t.value)
        return statement;
    if (statement.isEmpty())
        return value(*t.value, kpi);
    return QStringLiteral("%1 (%2)").arg(value(*t.value, kpi), statement);
}

QString actual(const KpiActual &a, const Kpi &kpi)
{
    return a.value ? value(*a.value, kpi) : a.note.trimmed();
}

QString date(const PlanDate &date)
{
    return DateText::format(date, ViewSettings::instance()->eraStyle());
}

std::optional<PlanDate> parseDate(const QString &given)
{
    return DateText::parse(given, DateText::Precision::DayOrMonth);
}

std::optional<double> parseValue(const QString &text, const QString &unit)
{
    QString digits = text.trimmed().remove(QLatin1Char(','));
    if (!unit.isEmpty() && digits.endsWith(unit))
        digits = digits.chopped(unit.size()).trimmed();
    bool ok = false;
    const double number = digits.toDouble(&ok);
    if (!ok || !PlanLimits::isValidNumber(number))
        return std::nullopt;
    return number;
}

QString statusText(KpiStatus::Status status, const QString &printedLanguage)
{
    const char *source = QT_TRANSLATE_NOOP("KpiFormat", "No data");
    switch (status) {
    case KpiStatus::Status::Achieved:
        source = QT_TRANSLATE_NOOP("KpiFormat", "Achieved");
        break;
    case KpiStatus::Status::OnTrack:
        source = QT_TRANSLATE_NOOP("KpiFormat", "On track");
        break;
    case KpiStatus::Status::Behind:
        source = QT_TRANSLATE_NOOP("KpiFormat", "Behind");
        break;
    case KpiStatus::Status::Stale:
        source = QT_TRANSLATE_NOOP("KpiFormat", "Stale");
        break;
    case KpiStatus::Status::Qualitative:
        source = QT_TRANSLATE_NOOP("KpiFormat", "Qualitative");
        break;
    case KpiStatus::Status::NoData:
        break;
    }
    return printedLanguage.isEmpty() ? QCoreApplication::translate("KpiFormat", source)
                                     : PrintedText::text(printedLanguage, "KpiFormat", source);
}


QString rate(double r)
{
    return QStringLiteral("%1%").arg(qRound(r * 100));
}

QString directionText(Kpi::Direction direction)
{
    return direction == Kpi::Direction::HigherIsBetter
        ? QCoreApplication::translate("KpiFormat", "Higher is better")
        : QCoreApplication::translate("KpiFormat", "Lower is better");
}

QString fontFamily()
{
    return DocumentFont::installedFamily();
}

QFont font(qreal pixelSize, bool bold)
{
    QFont f(fontFamily());
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setBold(bold);
    return f;
}

void yearRange(const Kpi &kpi, int planStart, int planEnd, int *first, int *last)
{
    int lo = planStart;
    int hi = qMax(planStart, planEnd);
    // A mistyped year (20244) must not stretch the axis over centuries.
    const int floor = planStart - 20;
    const int ceiling = hi + 20;
    auto widen = [&](int year) {
        if (year < floor || year > ceiling)
            return;
        lo = qMin(lo, year);
        hi = qMax(hi, year);
    };
    for (const KpiTarget &t : kpi.targets)
        widen(t.year);
    for (const KpiActual &a : kpi.actuals)
        if (a.date.isValid())
            widen(FiscalYear::ofDate(a.date.latestDay()));
    if (kpi.baselineValue && kpi.baselineDate.isValid())
        widen(FiscalYear::ofDate(kpi.baselineDate.latestDay()));
    *first = lo;
    *last = hi;
}

QList<double> figures(const Kpi &kpi)
{
    QList<double> values;
    for (const KpiTarget &t : kpi.targets)
        if (t.value)
            values << *t.value;
    for (const KpiActual &a : kpi.actuals)
        if (a.value)
            values << *a.value;
    if (kpi.baselineValue)
        values << *kpi.baselineValue;
    // Original targets, which a chart shows faintly after a revision.
    for (const KpiTargetRevision &r : kpi.targetRevisions)
        if (r.oldValue)
            values << *r.oldValue;
    return values;
}

QString targetRevision(const KpiTargetRevision &revision, const Kpi &kpi, FiscalYear::EraStyle era,
                       const QString &language)
{
    const QString before = target(KpiTarget { revision.year, revision.oldValue, revision.oldStatement }, kpi);
    const QString after = target(KpiTarget { revision.year, revision.newValue, revision.newStatement }, kpi);
    QString when = revision.date.isValid()
        ? PrintedText::text(language, "KpiFormat", QT_TRANSLATE_NOOP("KpiFormat", "revised %1"))
              .arg(FiscalYear::monthLabel(revision.date.date.year(), revision.date.date.month(), era))
        : QString();
    QString text = PrintedText::text(language, "KpiFormat", QT_TRANSLATE_NOOP("KpiFormat", "%1 target %2 → %3"))
                       .arg(FiscalYear::shortLabel(revision.year, era), before, after);
    if (!when.isEmpty())
        text += PrintedText::text(language, "KpiFormat", QT_TRANSLATE_NOOP("KpiFormat", " (%1)")).arg(when);
    if (!revision.reason.trimmed().isEmpty())
        text += PrintedText::text(language, "KpiFormat", QT_TRANSLATE_NOOP("KpiFormat", ": %1")).arg(revision.reason.trimmed());
    return text;
}

void valueRange(const Kpi &kpi, double *low, double *high)
{
    const QList<double> values = figures(kpi);
    if (values.isEmpty()) {
        *low = 0;
        *high = 1;
        return;
    }
    const double lo = *std::min_element(values.begin(), values.end());
    const double hi = *std::max_element(values.begin(), values.end());
    const double pad = hi > lo ? (hi - lo) * 0.12 : qMax(1.0, qAbs(hi) * 0.1);
    *low = lo - pad;
    *high = hi + pad;
    // Counts and rates do not go below zero, nor percentages above 100:
    // an axis reaching -5 or 105% would only puzzle the reader.
    if (lo >= 0 && *low < 0)
        *low = 0;
    if (kpi.unit == QLatin1String("%") && hi <= 100 && *high > 100)
        *high = 100;
}

} // namespace KpiFormat
