#include "views/itemmodels/PlanText.h"

#include "models/Plan.h"
#include "views/common/PhaseText.h"

#include <QCoreApplication>

namespace PlanText {

QString statusName(MeasureStatus status)
{
    switch (status) {
    case MeasureStatus::Planned:
        return QCoreApplication::translate("PlanText", "Planned");
    case MeasureStatus::InProgress:
        return QCoreApplication::translate("PlanText", "In progress");
    case MeasureStatus::Done:
        return QCoreApplication::translate("PlanText", "Done");
    case MeasureStatus::OnHold:
        break;
    }
    return QCoreApplication::translate("PlanText", "On hold");
}

QString principleNumbers(const Plan &plan, const QList<int> &principleIds)
{
    QString text;
    for (int i = 0; i < plan.principles.size(); ++i)
        if (principleIds.contains(plan.principles[i].id))
            text += circledNumber(i + 1);
    return text;
}

QString scheduleSummary(const Measure &measure, FiscalYear::EraStyle style)
{
    QStringList parts;
    for (const Phase &phase : measure.phases) {
        QString years = FiscalYear::shortLabel(phase.startYear, style);
        if (phase.endYear != phase.startYear)
            years += QChar(0x2013) + FiscalYear::shortLabel(phase.endYear, style);
        const QString name = PhaseText::label(phase);
        parts << years + QLatin1Char(' ') + name;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace PlanText
