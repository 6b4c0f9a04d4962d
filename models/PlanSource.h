#pragma once

#include "models/Plan.h"

#include <QString>

// Where a plan to compare comes from: a plan file (.dxplan, or .json), or
// one revision kept inside a plan file, written FILE.dxplan@REVISION-NAME.
namespace PlanSource {

struct Spec
{
    QString path;
    QString revision; // empty: the file's current plan
};

// Splits "plan.dxplan@令和7年3月改定" at its last '@'; a path that exists
// as written is a file even when it holds an '@'.
Spec parse(const QString &text);

// The revision of `plan` called `name`: by its name, else by its date as
// written in the file (2025-03, 2025-03-31), else by "#" and its id.
// nullptr when none or more than one match.
const Revision *findRevision(const Plan &plan, const QString &name);

// Reads the plan `spec` names. A revision's plan has no revision list (a
// snapshot leaves it out). The error names the file and the revision.
bool read(const Spec &spec, Plan *plan, QString *error);

} // namespace PlanSource
