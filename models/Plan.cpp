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

int Plan::themeNumber(int themeId) const
{
    for (int i = 0; i < themes.size(); ++i)
        if (themes[i].id == themeId)
            return i + 1;
    return 0;
}

int Plan::measureNumber(int measureId) const
{
    for (const Theme &t : themes)
        for (int i = 0; i < t.measures.size(); ++i)
            if (t.measures[i].id == measureId)
                return i + 1;
    return 0;
}

const Revision *Plan::latestRevision() const
{
    const Revision *latest = nullptr;
    for (const Revision &r : revisions)
        if (!latest || r.date >= latest->date)
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

QString circledNumber(int n)
{
    if (n >= 1 && n <= 20)
        return QString(QChar(0x2460 + n - 1));
    return QStringLiteral("(%1)").arg(n);
}
