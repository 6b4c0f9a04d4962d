#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The SQLite schema of a plan database, its version history and the
// migrations between versions. The schema version lives in
// PRAGMA user_version, the file kind in PRAGMA application_id.
namespace Schema {

constexpr int applicationId = 0x44585031; // "DXP1"
constexpr int currentVersion = 5;

// Creates the current schema in an empty database.
bool create(QSqlDatabase &db, QString *error);
// Creates the schema exactly as a given earlier version had it (for tests
// and for reading old files).
bool createVersion(QSqlDatabase &db, int version, QString *error);
// Upgrades a database from its user_version to currentVersion, in one
// transaction. Refuses versions newer than ours.
bool migrate(QSqlDatabase &db, QString *error);

int userVersion(QSqlDatabase &db);
int applicationIdOf(QSqlDatabase &db);

// A canonical description of the tables, columns, keys and indexes of a
// database, one line per fact, for comparing a received database with ours.
QStringList describe(QSqlDatabase &db);
// The description of the current schema, built in a private in-memory
// database.
QStringList describeCurrent();
// The description of the schema a version created (versions 1 to current).
QStringList describeVersion(int version);

// Every object of a database exactly as sqlite_schema stores it, one line
// each ("type|name|table|sql"), sorted: SQLite's own objects included.
QStringList objects(QSqlDatabase &db);
// The objects the schema of `version` creates (empty for versions this
// build does not know).
QStringList createdObjects(int version);
// Whether a file of schema `version` may hold exactly `theirs`: the schema
// created by that version, and for the current version also every older
// schema migrated to it (ALTER TABLE leaves its own mark in the stored SQL).
bool acceptsObjects(int version, const QStringList &theirs);

// Runs statements one by one, stopping at the first failure.
bool exec(QSqlDatabase &db, const QStringList &statements, QString *error);

} // namespace Schema
