#pragma once

#include "models/Plan.h"

#include <QSqlDatabase>
#include <QString>

// The snapshots of marked revisions, kept in the plan database.
//
// A snapshot is the plan's JSON form (PlanJson) cut into pieces: the plan
// fields, and each item on its own (a theme without its measures and
// directions, which are pieces of their own). Every distinct piece is
// stored once, under the hash of its bytes, and a snapshot's manifest
// lists the pieces it is made of. Twenty yearly revisions of a plan that
// changes a few measures a year therefore add twenty manifests and the
// changed items, not twenty plans. Reading a snapshot puts the pieces back
// together and reads them with the strict JSON reader, so a hostile file's
// snapshot is refused as a hostile JSON file is.
//
// Snapshots leave out the revision list itself: restoring a revision must
// not forget the revisions marked after it.
namespace RevisionSnapshots {

// Stores `plan` as the snapshot of revision `revisionId` (replacing one it
// had). Runs inside the caller's transaction.
bool save(QSqlDatabase db, int revisionId, const Plan &plan, QString *error);
// Reads revision `revisionId`'s snapshot; an error when it has none or it
// cannot be read. The result's revision list is empty.
bool load(QSqlDatabase db, int revisionId, Plan *plan, QString *error);
// Deletes snapshots whose revision is gone and pieces no snapshot uses.
// Only for a copy of the database about to be written to a file: the
// working database keeps them, so undoing a revision's removal finds its
// snapshot again.
bool prune(QSqlDatabase db, QString *error);

} // namespace RevisionSnapshots
