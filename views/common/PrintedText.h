#pragma once

#include "models/PlanItems.h"

#include <QString>

// What a plan's printed artefacts (roadmap, KPI charts and tables, the plan
// document) say around the plan's own text is in the plan's language
// (PlanInfo::language), not the language of the PC that prints them: a
// Japanese plan printed on an English PC still reads 施策 / 住民・職員.
//
// Callers mark their words for lupdate as usual (QT_TRANSLATE_NOOP with
// their own context) and pass context and source here.
namespace PrintedText {

// `n` >= 0 picks the plural form and replaces %n, as tr() does.
QString text(const QString &language, const char *context, const char *source, int n = -1);
inline QString text(const PlanInfo &info, const char *context, const char *source, int n = -1)
{
    return text(info.language, context, source, n);
}

} // namespace PrintedText
