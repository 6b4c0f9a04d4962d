#include "models/PlanChecker.h"

#include "models/KpiStatus.h"
#include "models/Numbering.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace PlanChecker {

QString Problem::toString() const
{
    const QString level = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return QStringLiteral("%1: %2: %3").arg(level, where, message);
}

namespace {

using Part = PlanChange::Part;

// What a problem is about: the words that name it and the item itself.
struct Place
{
    QString where;
    Part part = Part::Info;
    int id = 0;
    int themeId = 0;
};

// Runs the rules over one plan and collects what they find. The messages
// are in the user's language (the context "PlanChecker").
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(PlanChecker)

public:
    Checker(const Plan &plan, const QDate &asOf);
    QList<Problem> run();

private:
    void warn(const Place &place, const QString &message) { add(Problem::Severity::Warning, place, message); }
    void error(const Place &place, const QString &message) { add(Problem::Severity::Error, place, message); }
    void add(Problem::Severity severity, const Place &place, const QString &message)
    {
        m_problems << Problem { severity, place.where, message, place.part, place.id, place.themeId };
    }

    template<typename T>
    void checkUniqueIds(const QList<T> &items, Part part, const QString &what);
    void checkInfo();
    void checkThemes();
    void checkTheme(const Theme &theme, const Place &place);
    void checkMeasure(const Measure &m, const Place &place);
    void checkSchedule(const QList<Phase> &phases, const QList<Milestone> &milestones, const Place &place);
    void checkPrinciples();
    void checkNumbering();
    void checkKpi(const Kpi &k);
    void checkGlossary();
    Place themePlace(const Theme &theme) const;
    Place measurePlace(const Measure &measure) const;

    const Plan &m_plan;
    const QDate m_asOf;
    const PlanNumbers m_numbers;
    QSet<int> m_measureIds;
    // What the plan as a whole does, so a rule asks only for what the
    // plan's other items show it expects.
    bool m_assignsDepartments = false; // some measure names a department
    bool m_schedulesMeasures = false;  // some measure has a schedule
    bool m_linksPrinciples = false;    // some theme or measure names a principle
    QList<Problem> m_problems;
};

Checker::Checker(const Plan &plan, const QDate &asOf) : m_plan(plan), m_asOf(asOf), m_numbers(plan)
{
    for (const Theme &theme : plan.themes) {
        m_linksPrinciples = m_linksPrinciples || !theme.principleIds.isEmpty();
        for (const Measure &m : theme.measures) {
            m_assignsDepartments = m_assignsDepartments || m.allDepartments || !m.departmentIds.isEmpty();
            m_schedulesMeasures = m_schedulesMeasures || !m.phases.isEmpty() || !m.milestones.isEmpty();
            m_linksPrinciples = m_linksPrinciples || !m.principleIds.isEmpty();
        }
    }
}

Place Checker::themePlace(const Theme &theme) const
{
    return { tr("theme %1 \"%2\"").arg(m_numbers.fullTheme(theme.id), theme.title), Part::Theme, theme.id, 0 };
}

Place Checker::measurePlace(const Measure &measure) const
{
    return { tr("measure %1 \"%2\"").arg(m_numbers.fullMeasure(measure.id), measure.title), Part::Measure,
             measure.id, measure.themeId };
}

template<typename T>
void Checker::checkUniqueIds(const QList<T> &items, Part part, const QString &what)
{
    QSet<int> seen;
    for (const T &item : items) {
        if (seen.contains(item.id))
            error({ what, part, item.id, 0 }, tr("id %1 is used twice").arg(item.id));
        seen.insert(item.id);
    }
}

// Bars and milestones of a measure or of a theme's own row. Overlapping
// bars are not a problem: the roadmap draws them in lanes.
void Checker::checkSchedule(const QList<Phase> &phases, const QList<Milestone> &milestones, const Place &place)
{
    const PlanInfo &info = m_plan.info;
    // An open-ended plan has no period a bar could lie outside of; it
    // still may not start before the plan does.
    const bool ends = !info.isOpenEnded();
    const QString period = ends ? QStringLiteral("FY%1-FY%2").arg(info.startYear).arg(info.endYear)
                                : QStringLiteral("from FY%1").arg(info.startYear);
    for (int i = 0; i < phases.size(); ++i) {
        const Phase &p = phases[i];
        Place at = place;
        at.where += tr(" phase %1").arg(i + 1);
        if (p.endOffset(info.startYear) <= p.startOffset(info.startYear))
            error(at, tr("ends before it starts"));
        if (p.startYear < info.startYear || (ends && p.endYear > info.endYear))
            warn(at, tr("lies outside the plan period %1").arg(period));
    }
    for (const Milestone &s : milestones)
        if (s.year < info.startYear || (ends && s.year > info.endYear))
            warn(place, tr("milestone \"%1\" lies outside the plan period").arg(s.label));
}

void Checker::checkMeasure(const Measure &m, const Place &place)
{
    if (m.title.trimmed().isEmpty())
        error(place, tr("the measure has no title"));
    // A plan that names no departments (a prefecture's guideline), or
    // whose measures name none, does not assign measures to them.
    if (!m.allDepartments && m.departmentIds.isEmpty() && !m_plan.departments.isEmpty() && m_assignsDepartments)
        warn(place, tr("no responsible department"));
    for (int id : m.departmentIds)
        if (!m_plan.department(id))
            error(place, tr("refers to a department that does not exist (id %1)").arg(id));
    for (int id : m.principleIds)
        if (!m_plan.principle(id))
            error(place, tr("refers to a principle that does not exist (id %1)").arg(id));
    for (int id : m.audienceIds)
        if (!m_plan.audience(id))
            error(place, tr("refers to an audience that does not exist (id %1)").arg(id));
    // Likewise a plan that schedules none of its measures.
    if (m.phases.isEmpty() && m.milestones.isEmpty() && m_schedulesMeasures)
        warn(place, tr("no schedule"));
    checkSchedule(m.phases, m.milestones, place);
}

void Checker::checkTheme(const Theme &theme, const Place &place)
{
    if (theme.title.trimmed().isEmpty())
        error(place, tr("the theme has no title"));
    if (theme.sectionId && !m_plan.section(theme.sectionId))
        error(place, tr("refers to a section that does not exist (id %1)").arg(theme.sectionId));
    // A theme serves the principles it names and those its measures name.
    // A plan that links no principle at all (a guideline whose 基本姿勢
    // stand above every theme) is not asked to link each theme.
    const bool serves = !theme.principleIds.isEmpty()
        || std::any_of(theme.measures.begin(), theme.measures.end(),
                       [](const Measure &m) { return !m.principleIds.isEmpty(); });
    if (!serves && m_linksPrinciples && !m_plan.principles.isEmpty())
        warn(place, tr("serves no basic principle"));
    for (int id : theme.principleIds)
        if (!m_plan.principle(id))
            error(place, tr("refers to a principle that does not exist (id %1)").arg(id));
    // Directions or bars of its own are content enough for a theme.
    if (theme.measures.isEmpty() && theme.directions.isEmpty() && theme.phases.isEmpty())
        warn(place, tr("has no measures"));
    for (const Direction &d : theme.directions)
        if (d.text.trimmed().isEmpty())
            error({ place.where, Part::Direction, d.id, theme.id }, tr("a direction has no text"));
    checkSchedule(theme.phases, theme.milestones, place);
}

void Checker::checkThemes()
{
    QSet<int> sectionsSeen;
    int previousSection = 0;
    for (const Theme &theme : m_plan.themes) {
        const Place place = themePlace(theme);
        checkTheme(theme, place);
        if (theme.sectionId && theme.sectionId != previousSection && sectionsSeen.contains(theme.sectionId))
            warn(place, tr("is apart from the other themes of its section"));
        sectionsSeen.insert(theme.sectionId);
        previousSection = theme.sectionId;
        for (const Measure &measure : theme.measures) {
            if (m_measureIds.contains(measure.id))
                error(place, tr("measure id %1 is used twice").arg(measure.id));
            m_measureIds.insert(measure.id);
            checkMeasure(measure, measurePlace(measure));
        }
    }
}

// Principles nobody serves, when the plan links principles at all.
void Checker::checkPrinciples()
{
    if (!m_linksPrinciples)
        return;
    QSet<int> served;
    for (const Theme &theme : m_plan.themes) {
        served.unite(QSet<int>(theme.principleIds.begin(), theme.principleIds.end()));
        for (const Measure &m : theme.measures)
            served.unite(QSet<int>(m.principleIds.begin(), m.principleIds.end()));
    }
    for (int i = 0; i < m_plan.principles.size(); ++i) {
        const Principle &p = m_plan.principles[i];
        if (!served.contains(p.id))
            warn({ tr("principle %1 \"%2\"").arg(i + 1).arg(p.title), Part::Principle, p.id, 0 },
                 tr("no theme or measure serves it"));
    }
}

// Two sections, themes or measures that print the same number (numbering
// that does not restart, a style with no more numbers, a prefix alone).
void Checker::checkNumbering()
{
    QHash<QString, const Section *> sections;
    for (const Section &s : m_plan.sections) {
        const QString number = m_numbers.section(s.id);
        if (number.isEmpty())
            continue;
        if (const Section *first = sections.value(number))
            warn({ tr("section %1 \"%2\"").arg(number, s.title), Part::Section, s.id, 0 },
                 tr("prints the same number as section \"%1\"").arg(first->title));
        else
            sections.insert(number, &s);
    }
    QHash<QString, const Theme *> themes;
    QHash<QString, const Measure *> measures;
    for (const Theme &theme : m_plan.themes) {
        const QString number = m_numbers.fullTheme(theme.id);
        if (const Theme *first = themes.value(number); first && !number.isEmpty())
            warn(themePlace(theme), tr("prints the same number as theme \"%1\"").arg(first->title));
        else if (!number.isEmpty())
            themes.insert(number, &theme);
        for (const Measure &m : theme.measures) {
            const QString full = m_numbers.fullMeasure(m.id);
            // A measure numbered with the style None prints its theme's
            // number alone: that is no number of its own.
            if (m_numbers.measure(m.id).isEmpty())
                continue;
            if (const Measure *first = measures.value(full))
                warn(measurePlace(m), tr("prints the same number as measure \"%1\"").arg(first->title));
            else
                measures.insert(full, &m);
        }
    }
}

void Checker::checkKpi(const Kpi &k)
{
    const PlanInfo &info = m_plan.info;
    const Place place { tr("KPI \"%1\"").arg(k.name), Part::Kpi, k.id, 0 };
    if (k.unit.trimmed().isEmpty())
        warn(place, tr("has no unit"));
    if (k.targets.isEmpty())
        warn(place, tr("has no target"));
    for (const KpiTarget &t : k.targets) {
        // An open-ended plan (endYear 0) has no last year to lie beyond.
        if (t.year < info.startYear || (!info.isOpenEnded() && t.year > info.endYear))
            warn(place, tr("target for FY%1 lies outside the plan period").arg(t.year));
        if (!t.value && t.statement.trimmed().isEmpty())
            warn(place, tr("target for FY%1 has neither a value nor a statement").arg(t.year));
    }
    // A plan's first year is for starting; once it is over, a KPI should
    // have been measured.
    const QDate firstYearOver(info.startYear + 1, 4, 1);
    if (k.actuals.isEmpty() && m_asOf >= firstYearOver)
        warn(place, tr("has no actual yet, though the plan's first year (FY%1) is over").arg(info.startYear));
    const KpiStatus status(k, m_asOf);
    if (const std::optional<KpiActual> latest = status.latestActual())
        for (const KpiTarget &t : status.exceededTargets())
            warn(place, tr("the latest actual (%1%2 on %3) already meets the target for FY%4 (%5%2); "
                           "consider raising it")
                            .arg(QString::number(*latest->value, 'g', 15), k.unit, latest->date.toString())
                            .arg(t.year)
                            .arg(QString::number(*t.value, 'g', 15)));
    if (status.isStale())
        warn(place, tr("the latest actual, of %1, is more than a year old; enter a newer one")
                        .arg((status.isQualitative() ? status.latestRecord() : status.latestActual())->date.toString()));
    for (int id : k.measureIds)
        if (!m_measureIds.contains(id))
            error(place, tr("refers to a measure that does not exist (id %1)").arg(id));
    if (k.themeId && !m_plan.theme(k.themeId))
        error(place, tr("refers to a theme that does not exist (id %1)").arg(k.themeId));
}

void Checker::checkGlossary()
{
    QSet<QString> terms;
    for (const GlossaryEntry &g : m_plan.glossary) {
        if (terms.contains(g.term))
            warn({ tr("glossary"), Part::Glossary, g.id, 0 }, tr("\"%1\" is defined twice").arg(g.term));
        terms.insert(g.term);
    }
}

void Checker::checkInfo()
{
    const PlanInfo &info = m_plan.info;
    const Place plan { tr("plan"), Part::Info, 0, 0 };
    if (info.title.trimmed().isEmpty())
        error(plan, tr("the plan has no title"));
    if (info.organisation.trimmed().isEmpty())
        warn(plan, tr("no organisation is named"));
    if (!info.isOpenEnded() && info.endYear < info.startYear)
        error(plan, tr("the plan period ends before it starts"));
    if (m_plan.principles.isEmpty())
        warn(plan, tr("no basic principles"));
    if (m_plan.themes.isEmpty())
        warn(plan, tr("no themes"));
}

QList<Problem> Checker::run()
{
    checkInfo();
    checkUniqueIds(m_plan.sections, Part::Section, tr("sections"));
    checkUniqueIds(m_plan.audiences, Part::Audience, tr("audiences"));
    checkUniqueIds(m_plan.principles, Part::Principle, tr("principles"));
    checkUniqueIds(m_plan.departments, Part::Department, tr("departments"));
    checkUniqueIds(m_plan.themes, Part::Theme, tr("themes"));
    checkUniqueIds(m_plan.kpis, Part::Kpi, tr("KPIs"));
    for (const Section &s : m_plan.sections)
        if (s.title.trimmed().isEmpty())
            error({ tr("section %1").arg(s.id), Part::Section, s.id, 0 }, tr("the section has no title"));
    checkThemes();
    checkPrinciples();
    checkNumbering();
    for (const Kpi &k : m_plan.kpis)
        checkKpi(k);
    checkGlossary();
    return m_problems;
}

} // namespace

QList<Problem> check(const Plan &plan, const QDate &asOf)
{
    return Checker(plan, asOf).run();
}

} // namespace PlanChecker
