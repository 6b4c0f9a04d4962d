#include "models/PlanChecker.h"

#include "models/KpiStatus.h"
#include "models/Numbering.h"

#include <QSet>

#include <algorithm>

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

// Bars and milestones of a measure or of a theme's own row. Overlapping
// bars are not a problem: the roadmap draws them in lanes.
void checkSchedule(Collector &c, const PlanInfo &info, const QList<Phase> &phases,
                   const QList<Milestone> &milestones, const QString &where)
{
    // An open-ended plan has no period a bar could lie outside of; it
    // still may not start before the plan does.
    const bool ends = !info.isOpenEnded();
    const QString period = ends ? QStringLiteral("FY%1-FY%2").arg(info.startYear).arg(info.endYear)
                                : QStringLiteral("from FY%1").arg(info.startYear);
    for (int i = 0; i < phases.size(); ++i) {
        const Phase &p = phases[i];
        const QString at = where + QStringLiteral(" phase %1").arg(i + 1);
        if (p.endOffset(info.startYear) <= p.startOffset(info.startYear))
            c.error(at, QStringLiteral("ends before it starts"));
        if (p.startYear < info.startYear || (ends && p.endYear > info.endYear))
            c.warn(at, QStringLiteral("lies outside the plan period %1").arg(period));
    }
    for (const Milestone &s : milestones)
        if (s.year < info.startYear || (ends && s.year > info.endYear))
            c.warn(where, QStringLiteral("milestone \"%1\" lies outside the plan period").arg(s.label));
}

void checkMeasure(Collector &c, const Plan &plan, const Measure &m, const QString &where)
{
    if (m.title.trimmed().isEmpty())
        c.error(where, QStringLiteral("the measure has no title"));
    // A plan that names no departments at all (a prefecture's guideline)
    // does not assign measures to them.
    if (!m.allDepartments && m.departmentIds.isEmpty() && !plan.departments.isEmpty())
        c.warn(where, QStringLiteral("no responsible department"));
    for (int id : m.departmentIds)
        if (!plan.department(id))
            c.error(where, QStringLiteral("refers to a department that does not exist (id %1)").arg(id));
    for (int id : m.principleIds)
        if (!plan.principle(id))
            c.error(where, QStringLiteral("refers to a principle that does not exist (id %1)").arg(id));
    for (int id : m.audienceIds)
        if (!plan.audience(id))
            c.error(where, QStringLiteral("refers to an audience that does not exist (id %1)").arg(id));
    if (m.phases.isEmpty() && m.milestones.isEmpty())
        c.warn(where, QStringLiteral("no schedule"));
    checkSchedule(c, plan.info, m.phases, m.milestones, where);
}

} // namespace

QList<Problem> check(const Plan &plan, const QDate &asOf)
{
    Collector c;
    const PlanInfo &info = plan.info;
    if (info.title.trimmed().isEmpty())
        c.error(QStringLiteral("plan"), QStringLiteral("the plan has no title"));
    if (info.organisation.trimmed().isEmpty())
        c.warn(QStringLiteral("plan"), QStringLiteral("no organisation is named"));
    if (!info.isOpenEnded() && info.endYear < info.startYear)
        c.error(QStringLiteral("plan"), QStringLiteral("the plan period ends before it starts"));
    if (plan.principles.isEmpty())
        c.warn(QStringLiteral("plan"), QStringLiteral("no basic principles"));
    if (plan.themes.isEmpty())
        c.warn(QStringLiteral("plan"), QStringLiteral("no themes"));

    checkUniqueIds(c, plan.sections, QStringLiteral("sections"));
    checkUniqueIds(c, plan.audiences, QStringLiteral("audiences"));
    checkUniqueIds(c, plan.principles, QStringLiteral("principles"));
    checkUniqueIds(c, plan.departments, QStringLiteral("departments"));
    checkUniqueIds(c, plan.themes, QStringLiteral("themes"));
    checkUniqueIds(c, plan.kpis, QStringLiteral("KPIs"));
    for (const Section &s : plan.sections)
        if (s.title.trimmed().isEmpty())
            c.error(QStringLiteral("section %1").arg(s.id), QStringLiteral("the section has no title"));
    const PlanNumbers numbers(plan);
    QSet<int> measureIds;
    QSet<int> sectionsSeen;
    int previousSection = 0;
    // A plan whose themes name no principle at all (a guideline whose
    // 基本姿勢 stand above every theme) is not asked to link each one.
    const bool linksPrinciples = std::any_of(plan.themes.begin(), plan.themes.end(),
                                             [](const Theme &t) { return !t.principleIds.isEmpty(); });
    for (const Theme &theme : plan.themes) {
        const QString where = QStringLiteral("theme %1 \"%2\"").arg(numbers.fullTheme(theme.id), theme.title);
        if (theme.title.trimmed().isEmpty())
            c.error(where, QStringLiteral("the theme has no title"));
        if (theme.sectionId && !plan.section(theme.sectionId))
            c.error(where, QStringLiteral("refers to a section that does not exist (id %1)").arg(theme.sectionId));
        if (theme.sectionId && theme.sectionId != previousSection && sectionsSeen.contains(theme.sectionId))
            c.warn(where, QStringLiteral("is apart from the other themes of its section"));
        sectionsSeen.insert(theme.sectionId);
        previousSection = theme.sectionId;
        if (theme.principleIds.isEmpty() && linksPrinciples)
            c.warn(where, QStringLiteral("serves no basic principle"));
        // Directions or bars of its own are content enough for a theme.
        if (theme.measures.isEmpty() && theme.directions.isEmpty() && theme.phases.isEmpty())
            c.warn(where, QStringLiteral("has no measures"));
        for (const Direction &d : theme.directions)
            if (d.text.trimmed().isEmpty())
                c.error(where, QStringLiteral("a direction has no text"));
        checkSchedule(c, info, theme.phases, theme.milestones, where);
        for (const Measure &measure : theme.measures) {
            if (measureIds.contains(measure.id))
                c.error(where, QStringLiteral("measure id %1 is used twice").arg(measure.id));
            measureIds.insert(measure.id);
            checkMeasure(c, plan, measure, QStringLiteral("measure %1 \"%2\"").arg(numbers.fullMeasure(measure.id), measure.title));
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
            if (t.year < info.startYear || (!info.isOpenEnded() && t.year > info.endYear))
                c.warn(where, QStringLiteral("target for FY%1 lies outside the plan period").arg(t.year));
            if (!t.value && t.statement.trimmed().isEmpty())
                c.warn(where, QStringLiteral("target for FY%1 has neither a value nor a statement").arg(t.year));
        }
        const KpiStatus status(k, asOf);
        if (const std::optional<KpiActual> latest = status.latestActual())
            for (const KpiTarget &t : status.exceededTargets())
                c.warn(where, QStringLiteral("the latest actual (%1%2 on %3) already meets the target for FY%4 (%5%2); "
                                             "consider raising it")
                                  .arg(QString::number(*latest->value, 'g', 15), k.unit, latest->date.toString())
                                  .arg(t.year)
                                  .arg(QString::number(*t.value, 'g', 15)));
        if (status.isStale())
            c.warn(where, QStringLiteral("the latest actual, of %1, is more than a year old; enter a newer one")
                              .arg((status.isQualitative() ? status.latestRecord() : status.latestActual())->date.toString()));
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
