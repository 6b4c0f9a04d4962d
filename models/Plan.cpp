#include "models/Plan.h"

#include "models/FiscalYear.h"

#include <QCoreApplication>

int Phase::startOffset(int fromYear) const
{
    const int month = startMonth == 0 ? 0 : FiscalYear::monthIndex(startMonth);
    return (startYear - fromYear) * 12 + month;
}

int Phase::endOffset(int fromYear) const
{
    const int month = endMonth == 0 ? 12 : FiscalYear::monthIndex(endMonth) + 1;
    return (endYear - fromYear) * 12 + month;
}

int Plan::measureCount() const
{
    int n = 0;
    for (const Theme &t : themes)
        n += t.measures.size();
    return n;
}

const Theme *Plan::theme(int id) const
{
    return findById(themes, id);
}

const Measure *Plan::measure(int id) const
{
    for (const Theme &t : themes)
        for (const Measure &m : t.measures)
            if (m.id == id)
                return &m;
    return nullptr;
}

const Kpi *Plan::kpi(int id) const
{
    return findById(kpis, id);
}

const Department *Plan::department(int id) const
{
    return findById(departments, id);
}

const Principle *Plan::principle(int id) const
{
    return findById(principles, id);
}

const Section *Plan::section(int id) const
{
    return findById(sections, id);
}

const Direction *Plan::direction(int id) const
{
    for (const Theme &t : themes)
        if (const Direction *d = findById(t.directions, id))
            return d;
    return nullptr;
}

const AudienceGroup *Plan::audience(int id) const
{
    return findById(audiences, id);
}

const Revision *Plan::latestRevision() const
{
    const Revision *latest = nullptr;
    for (const Revision &r : revisions)
        if (!latest || !(r.date < latest->date))
            latest = &r;
    return latest;
}

QStringList Plan::departmentNames(const Measure &measure) const
{
    if (measure.allDepartments)
        return { QCoreApplication::translate("Plan", "All departments") };
    QStringList names;
    for (int id : measure.departmentIds)
        if (const Department *d = department(id))
            names << d->name;
    return names;
}

std::pair<int, int> Plan::periodYears() const
{
    if (!info.isOpenEnded())
        return { info.startYear, info.endYear };
    // An open-ended plan (対象期間を定めず) spans the years its schedule uses.
    int first = 0;
    int last = 0;
    auto take = [&](int year) {
        if (year <= 0)
            return;
        first = first == 0 ? year : qMin(first, year);
        last = qMax(last, year);
    };
    auto takeSchedule = [&](const QList<Phase> &phases, const QList<Milestone> &milestones) {
        for (const Phase &phase : phases) {
            take(phase.startYear);
            take(phase.endYear);
        }
        for (const Milestone &milestone : milestones)
            take(milestone.year);
    };
    for (const Theme &theme : themes) {
        takeSchedule(theme.phases, theme.milestones);
        for (const Measure &measure : theme.measures)
            takeSchedule(measure.phases, measure.milestones);
    }
    if (first == 0)
        return { info.startYear, info.startYear }; // nothing scheduled yet
    return { first, last };
}

QStringList Plan::audienceNames(const Measure &measure) const
{
    QStringList names;
    for (int id : measure.audienceIds)
        if (const AudienceGroup *a = audience(id))
            names << a->name;
    return names;
}

QString circledNumber(int n)
{
    if (n >= 1 && n <= 20)
        return QString(QChar(0x2460 + n - 1));
    return QStringLiteral("(%1)").arg(n);
}
