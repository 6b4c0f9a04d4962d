#include "models/DateText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace DateText {

namespace {

// Western year of an era year: 令和1 = 2019, 平成1 = 1989.
int westernYear(const QString &era, const QString &year)
{
    const int n = year == QStringLiteral("元") ? 1 : year.toInt();
    const bool reiwa = era == QStringLiteral("令和") || era.compare(QStringLiteral("R"), Qt::CaseInsensitive) == 0;
    return (reiwa ? 2018 : 1988) + n;
}

std::optional<PlanDate> make(int year, int month, const QString &day, Precision precision)
{
    const bool monthOnly = day.isEmpty();
    if (monthOnly && precision == Precision::Day)
        return std::nullopt;
    const QDate date(year, month, monthOnly ? 1 : day.toInt());
    if (!date.isValid() || year < 1900 || year > 2200)
        return std::nullopt;
    return PlanDate { date, monthOnly };
}

} // namespace

std::optional<PlanDate> parse(const QString &given, Precision precision)
{
    // NFKC turns full-width digits, ／ and ． into their ASCII forms.
    QString text = given.normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression western(
        QStringLiteral("^(\\d{4})(?:([-/.])(\\d{1,2})(?:\\2(\\d{1,2}))?|年(\\d{1,2})月(?:(\\d{1,2})日|末)?)$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression eraWords(
        QStringLiteral("^(令和|平成)(\\d{1,2}|元)(?:\\((\\d{4})\\))?年(\\d{1,2})月(?:(\\d{1,2})日|末)?$"));
    static const QRegularExpression eraLetter(
        QStringLiteral("^([RrHh])(\\d{1,2})([./-])(\\d{1,2})(?:\\3(\\d{1,2}))?$"));
    QRegularExpressionMatch m;
    if ((m = western.match(text)).hasMatch()) {
        const bool words = m.capturedLength(5) > 0;
        return make(m.captured(1).toInt(), (words ? m.captured(5) : m.captured(3)).toInt(),
                    words ? m.captured(6) : m.captured(4), precision);
    }
    if ((m = compact.match(text)).hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3), precision);
    if ((m = eraWords.match(text)).hasMatch()) {
        // 令和7(2025)年: the Western year in brackets must agree.
        const int year = westernYear(m.captured(1), m.captured(2));
        if (m.capturedLength(3) > 0 && m.captured(3).toInt() != year)
            return std::nullopt;
        return make(year, m.captured(4).toInt(), m.captured(5), precision);
    }
    if ((m = eraLetter.match(text)).hasMatch())
        return make(westernYear(m.captured(1), m.captured(2)), m.captured(4).toInt(), m.captured(5), precision);
    return std::nullopt;
}

QString format(const PlanDate &date, FiscalYear::EraStyle style)
{
    if (!date.isValid())
        return QString();
    const QDate &d = date.date;
    QString text = FiscalYear::monthLabel(d.year(), d.month(), style);
    if (!date.monthOnly)
        text += style == FiscalYear::EraStyle::Western ? QStringLiteral("-%1").arg(d.day(), 2, 10, QLatin1Char('0'))
                                                       : QStringLiteral("%1日").arg(d.day());
    return text;
}

QString hint(Precision precision)
{
    return precision == Precision::Day
        ? QCoreApplication::translate("DateText", "e.g. 2025/3/31, R7.3.31 or 令和7年3月31日")
        : QCoreApplication::translate("DateText", "e.g. 2025/3/31, R7.3.31, 令和7年3月31日, or a month: 令和7年3月");
}

} // namespace DateText
