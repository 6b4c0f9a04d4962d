#pragma once

#include <QSqlDatabase>
#include <QString>

// Every value of a plan database checked against the format
// (models/PlanLimits.h) in SQL, one scan per table: declared types (SQLite
// would store text in an integer column), ids, fiscal years, months, enums,
// dates, finite numbers, the size of each text and of all text together,
// the number of rows, and every reference. Used on received files before
// anything is read, and on every snapshot before it is saved, so whatever
// we write we also open.
namespace PlanValueRules {

// The rule of one column of the current schema, as an SQL condition on the
// column (named by `column`), or empty when no rule covers it.
QString conditionFor(const QString &table, const QString &column, const QString &declaredType,
                     bool notNull);

// Empty when every value keeps the rules of schema `version` (an older
// file is checked as it is, before it is migrated); otherwise one sentence
// naming the first table and column that does not.
QString check(QSqlDatabase &db, int version);
QString check(QSqlDatabase &db);

} // namespace PlanValueRules
