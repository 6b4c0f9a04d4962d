#include "views/common/PhaseText.h"

#include <QCoreApplication>

namespace PhaseText {

QString kindName(Phase::Kind kind)
{
    switch (kind) {
    case Phase::Kind::Study:
        return QCoreApplication::translate("PhaseText", "Study / prepare");
    case Phase::Kind::Procure:
        return QCoreApplication::translate("PhaseText", "Procurement");
    case Phase::Kind::Build:
        return QCoreApplication::translate("PhaseText", "Build / migrate");
    case Phase::Kind::Operate:
        return QCoreApplication::translate("PhaseText", "Operation");
    case Phase::Kind::Other:
        break;
    }
    return QCoreApplication::translate("PhaseText", "Other");
}

QString label(const Phase &phase)
{
    return phase.label.isEmpty() ? kindName(phase.kind) : phase.label;
}

} // namespace PhaseText
