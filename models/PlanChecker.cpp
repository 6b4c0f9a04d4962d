#include "models/PlanChecker.h"

#include "models/KpiStatus.h"

#include <QSet>

namespace PlanChecker {

QString Problem::toString() const
{
    const QString level = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return QStringLiteral("%1: %2: %3").arg(level, where, message);
}

namespace {

class Collector
{
public:
    void warn(const QString &where, const QString &message)
    {
        problems << Problem { Problem::Severity::Warning, where, message };
    }
    void error(const QString &where, const QString &message)
    {
        problems << Problem { Problem::Severity::Error, where, message };
    }
    QList<Problem> problems;
};

template<typename T>
void checkUniqueIds(Collector &c, const QList<T> &items, const QString &what)
{
    QSet<int> seen;
    for (const T &item : items) {
        if (seen.contains(item.id))
            c.error(what, QStringLiteral("id %1 is used twice").arg(item.id));
        seen.insert(item.id);
    }
}

void checkMeasure(Collector &c, const Plan &plan, const Measure &m, const QString &where)
{
    const PlanInfo &info = plan.info;
    if (m.title.trimmed().isEmpty())
        c.error(where, QStringLiteral("the measure has no title"));
    if (!m.allDepartments && m.departmentIds.isEmpty())
        c.warn(where, QStringLiteral("no responsible department"));
    for (int id : m.departmentIds)
        if (!plan.department(id))
            c.error(where, QStringLiteral("refers to a department that does not exist (id %1)").arg(id));
    for (int id : m.principleIds)
        if (!plan.principle(id))
            c.error(where, QStringLiteral("refers to a principle that does not exist (id %1)").arg(id));
    if (m.phases.isEmpty())
        c.warn(where, QStringLiteral("no schedule"));
    for (int i = 0; i < m.phases.size(); ++i) {
        const Phase &p = m.phases[i];
        const QString at = where + QStringLiteral(" phase %1").arg(i + 1);
        if (p.endOffset(info.startYear) <= p.startOffset(info.startYear))
            c.error(at, QStringLiteral("ends before it starts"));
        if (p.startYear < info.startYear || p.endYear > info.endYear)
            c.warn(at, QStringLiteral("lies outside the plan period FY%1-FY%2").arg(info.startYear).arg(info.endYear));
        if (i > 0 && p.startOffset(info.startYear) < m.phases[i - 1].endOffset(info.startYear))
            c.warn(at, QStringLiteral("overlaps the phase before it"));
    }
    for (const Milestone &s : m.milestones)
        if (s.year < info.startYear || s.year > info.endYear)
            c.warn(where, QStringLiteral("milestone \"%1\" lies outside the plan period").arg(s.label));
}

} // namespace

QList<Problem> check(const Plan &plan)
{
    Collector c;
    const PlanInfo &info = plan.info;
    if (info.title.trimmed().isEmpty())
        c.error(QStringLiteral("plan"), QStringLiteral("the plan has no title"));
    if (info.organisation.trimmed().isEmpty())
        c.warn(QStringLiteral("plan"), QStringLiteral("no organisation is named"));
    if (info.endYear < info.startYear)
        c.error(QStringLiteral("plan"), QStringLiteral("the plan period ends before it starts"));
    if (plan.principles.isEmpty())
        c.warn(QStringLiteral("plan"), QStringLiteral("no basic principles"));
    if (plan.themes.isEmpty())
        c.warn(QStringLiteral("plan"), QStringLiteral("no themes"));

    checkUniqueIds(c, plan.principles, QStringLiteral("principles"));
    checkUniqueIds(c, plan.departments, QStringLiteral("departments"));
    checkUniqueIds(c, plan.themes, QStringLiteral("themes"));
    checkUniqueIds(c, plan.kpis, QStringLiteral("KPIs"));
    QSet<int> measureIds;
    for (int t = 0; t < plan.themes.size(); ++t) {
        const Theme &theme = plan.themes[t];
        const QString where = QStringLiteral("theme %1 \"%2\"").arg(t + 1).arg(theme.title);
        if (theme.title.trimmed().isEmpty())
            c.error(where, QStringLiteral("the theme has no title"));
        if (theme.principleIds.isEmpty())
            c.warn(where, QStringLiteral("serves no basic principle"));
        if (theme.measures.isEmpty())
            c.warn(where, QStringLiteral("has no measures"));
        for (int m = 0; m < theme.measures.size(); ++m) {
            const Measure &measure = theme.measures[m];
            if (measureIds.contains(measure.id))
                c.error(where, QStringLiteral("measure id %1 is used twice").arg(measure.id));
            measureIds.insert(measure.id);
            checkMeasure(c, plan, measure, QStringLiteral("theme %1 measure %2 \"%3\"")
                                               .arg(t + 1).arg(circledNumber(m + 1), measure.title));
        }
    }
    for (const Kpi &k : plan.kpis) {
        const QString where = QStringLiteral("KPI \"%1\"").arg(k.name);
        if (k.unit.trimmed().isEmpty())
            c.warn(where, QStringLiteral("has no unit"));
        if (k.targets.isEmpty())
            c.warn(where, QStringLiteral("has no target"));
        for (const KpiTarget &t : k.targets) {
            // An open-ended plan (endYear 0) has no last year to lie beyond.
            if (t.year < info.startYear || (info.endYear != 0 && t.year > info.endYear))
                c.warn(where, QStringLiteral("target for FY%1 lies outside the plan period").arg(t.year));
            if (!t.value && t.statement.trimmed().isEmpty())
                c.warn(where, QStringLiteral("target for FY%1 has neither a value nor a statement").arg(t.year));
        }
        // Judged on today, like the dashboard opened today.
        const KpiStatus status(k);
        auto dateText = [](const PlanDate &date) {
            return date.date.toString(date.monthOnly ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
        };
        if (const std::optional<KpiActual> latest = status.latestActual())
            for (const KpiTarget &t : status.exceededTargets())
                c.warn(where, QStringLiteral("the latest actual (%1%2 on %3) already meets the target for FY%4 (%5%2); "
                                             "consider raising it")
                                  .arg(QString::number(*latest->value, 'g', 15), k.unit, dateText(latest->date))
                                  .arg(t.year)
                                  .arg(QString::number(*t.value, 'g', 15)));
        if (status.isStale())
            c.warn(where, QStringLiteral("the latest actual, of %1, is more than a year old; enter a newer one")
                              .arg(dateText((status.isQualitative() ? status.latestRecord() : status.latestActual())->date)));
        for (int id : k.measureIds)
            if (!measureIds.contains(id))
                c.error(where, QStringLiteral("refers to a measure that does not exist (id %1)").arg(id));
        if (k.themeId && !plan.theme(k.themeId))
            c.error(where, QStringLiteral("refers to a theme that does not exist (id %1)").arg(k.themeId));
    }
    QSet<QString> terms;
    for (const GlossaryEntry &g : plan.glossary) {
        if (terms.contains(g.term))
            c.warn(QStringLiteral("glossary"), QStringLiteral("\"%1\" is defined twice").arg(g.term));
        terms.insert(g.term);
    }
    return c.problems;
}

} // namespace PlanChecker
