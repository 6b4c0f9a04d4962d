#pragma once

#include "models/Plan.h"

#include <QString>

class PlanDocument;

// One side of a comparison: the plan open in the window, one of its
// revisions (by its snapshot), or the current plan of another file.
struct ComparisonSource
{
    enum class Kind { Current, Revision, File };
    Kind kind = Kind::Current;
    int revisionId = 0; // Revision
    QString path;       // File: a .dxplan or .json plan

    static ComparisonSource current() { return { Kind::Current, 0, QString() }; }
    static ComparisonSource revision(int id) { return { Kind::Revision, id, QString() }; }
    static ComparisonSource file(const QString &path) { return { Kind::File, 0, path }; }

    // Whether its items are those of `document`'s plan (same ids): the
    // current plan and its revisions, not another file.
    bool isOfDocument() const { return kind != Kind::File; }

    // What the user calls it: 現在の計画, 令和7年3月改定, plan.dxplan.
    QString label(const PlanDocument *document) const;

    // Reads its plan; false with a message the user can read.
    bool load(const PlanDocument *document, Plan *plan, QString *error) const;

    bool operator==(const ComparisonSource &o) const
    {
        return kind == o.kind && revisionId == o.revisionId && path == o.path;
    }
};
