#include "views/common/PhaseText.h"

#include "views/common/PrintedText.h"

#include <QCoreApplication>

namespace PhaseText {

namespace {

const char *sourceName(Phase::Kind kind)
{
    switch (kind) {
    case Phase::Kind::Study:
        return QT_TRANSLATE_NOOP("PhaseText", "Study / prepare");
    case Phase::Kind::Procure:
        return QT_TRANSLATE_NOOP("PhaseText", "Procurement");
    case Phase::Kind::Build:
        return QT_TRANSLATE_NOOP("PhaseText", "Build / migrate");
    case Phase::Kind::Operate:
        return QT_TRANSLATE_NOOP("PhaseText", "Operation");
    case Phase::Kind::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("PhaseText", "Other");
}

} // namespace

QString kindName(Phase::Kind kind)
{
    return QCoreApplication::translate("PhaseText", sourceName(kind));
}

QString kindName(const PlanInfo &info, Phase::Kind kind)
{
    const QString own = info.phaseKindNames.value(int(kind));
    return own.isEmpty() ? PrintedText::text(info, "PhaseText", sourceName(kind)) : own;
}

QString label(const Phase &phase)
{
    return phase.label.isEmpty() ? kindName(phase.kind) : phase.label;
}

QString label(const PlanInfo &info, const Phase &phase)
{
    return phase.label.isEmpty() ? kindName(info, phase.kind) : phase.label;
}

} // namespace PhaseText
