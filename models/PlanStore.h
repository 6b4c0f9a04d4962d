#pragma once

#include "models/Plan.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Reads and writes plan values in a plan database (see Schema). Each save
// function writes one item with its child rows; callers group several in a
// transaction when one user action touches more than one item.
class PlanStore
{
public:
    explicit PlanStore(QSqlDatabase db);

    QSqlDatabase database() const { return m_db; }
    QString errorString() const { return m_error; }

    bool load(Plan *plan);
    // Writes a whole plan into an empty database, in one transaction.
    bool writeAll(const Plan &plan);

    bool begin();
    bool commit();
    void rollback();

    bool saveInfo(const PlanInfo &info);
    bool savePrinciple(const Principle &p, int position);
    bool saveRole(const Role &r, int position);
    bool saveDepartment(const Department &d, int position);
    bool saveTheme(const Theme &t, int position); // theme fields, not its measures
    bool saveMeasure(const Measure &m, int position);
    bool saveKpi(const Kpi &k, int position);
    bool saveSystem(const SystemEntry &s, int position);
    bool saveGlossaryEntry(const GlossaryEntry &g, int position);
    bool saveRevision(const Revision &r, int position);

    // Deletes the row with that id; child rows go with it (foreign keys).
    bool remove(const QString &table, int id);
    // Sets position = index for every id, in list order.
    bool savePositions(const QString &table, const QList<int> &ids);

    // Why a value may not be stored (too long a text, a number out of
    // range), or empty.
    static QString valueProblem(const QVariant &value);

private:
    // Statements are prepared once per store and reused: a whole-plan write
    // runs the same few statements tens of thousands of times.
    QSqlQuery *prepared(const QString &sql);
    bool run(const QString &sql, const QVariantList &values);
    bool replaceChildren(const QString &table, const QString &parentColumn, int parentId,
                         const QString &insertSql, const QList<QVariantList> &rows);
    bool saveSimple(const QString &table, const QStringList &columns, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_error;
    QHash<QString, QSqlQuery> m_queries;
};
