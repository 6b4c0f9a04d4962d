#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class DatabaseConnection;

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

// A second connection to the database being checked, opened on the
// thread that scans with it and set up as the first (read-only is
// enough); it shares the tables' scans. `timedOut` tells afterwards
// whether its time limit stopped one.
struct SecondConnection
{
    std::function<std::unique_ptr<DatabaseConnection>()> open;
    bool timedOut = false;
};

// Empty when every value keeps the rules of schema `version` (an older
// file is checked as it is, before it is migrated); otherwise one sentence
// naming the first table and column that does not. With `second`, the
// tables are scanned on two connections at once; the answer is the same.
QString check(QSqlDatabase &db, int version, SecondConnection *second = nullptr);
QString check(QSqlDatabase &db);

} // namespace PlanValueRules
