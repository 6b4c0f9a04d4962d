#pragma once

#include "models/ItemKinds.h"
#include "models/Plan.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>

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
    // Writes a whole plan into an empty database (a new working copy), in
    // one transaction.
    bool writeAll(const Plan &plan);

    bool begin();
    bool commit();
    void rollback();

    // Replaces everything but the revision history with `plan`'s (a
    // revision restored), inside the caller's transaction.
    bool replaceContent(const Plan &plan);

    bool saveInfo(const PlanInfo &info);
    // One item of any kind (ItemKinds.h) at its position among its
    // siblings; a theme without its directions and measures.
    template<typename T> bool saveItem(const T &item, int position);

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
    // Checks `values` (valueProblem) and runs the prepared statement with them.
    bool execute(QSqlQuery *q, const QVariantList &values);
    // Replaces the parent's rows in `table` by `count` rows, row(i) making
    // the i-th one when it is written.
    bool replaceChildren(const QString &table, const QString &parentColumn, int parentId,
                         const QString &insertSql, qsizetype count,
                         const std::function<QVariantList(qsizetype)> &row);
    // Child rows (parent, id, position) that list other items by id.
    bool replaceLinks(const QString &table, const QString &parentColumn, int parentId, const QString &insertSql,
                      const QList<int> &ids);
    bool saveSimple(const QString &table, const QStringList &columns, const QVariantList &values);
    template<typename T> bool saveFields(const T &item, int position);
    template<typename T> bool loadFields(Plan *plan);
    bool saveItems(const Plan &plan, bool revisions);
    bool saveTheme(const Theme &t, int position);
    bool saveMeasure(const Measure &m, int position);
    bool saveKpi(const Kpi &k, int position);
    bool saveRevision(const Revision &r, int position);
    bool saveSchedule(const QString &owner, int id, const QList<Phase> &phases,
                      const QList<Milestone> &milestones);

    QSqlDatabase m_db;
    QString m_error;
    QHash<QString, QSqlQuery> m_queries;
    // saveSimple's statement for each table: its columns and its text.
    QHash<QString, std::pair<QStringList, QString>> m_upserts;
    // writeAll() fills an empty database: child rows need no deleting first.
    bool m_writingIntoEmpty = false;
};

// A simple kind's row: id, its theme for child kinds, position, then its
// fields, as ItemKinds.h lists them.
template<typename T>
inline bool PlanStore::saveFields(const T &item, int position)
{
    using Kind = ItemKind<T>;
    QStringList columns { QStringLiteral("id") };
    QVariantList values { item.id };
    if constexpr (Kind::isChild) {
        columns << QStringLiteral("theme_id");
        values << Kind::parentOf(item);
    }
    columns << QStringLiteral("position");
    values << position;
    forEachField<T>([&](const auto &field) {
        columns << QString::fromLatin1(field.key);
        values << QVariant::fromValue(item.*field.member);
    });
    return saveSimple(QString::fromLatin1(Kind::table), columns, values);
}

template<typename T>
inline bool PlanStore::saveItem(const T &item, int position)
{
    if constexpr (std::is_same_v<T, Theme>)
        return saveTheme(item, position);
    else if constexpr (std::is_same_v<T, Measure>)
        return saveMeasure(item, position);
    else if constexpr (std::is_same_v<T, Kpi>)
        return saveKpi(item, position);
    else if constexpr (std::is_same_v<T, Revision>)
        return saveRevision(item, position);
    else
        return saveFields(item, position);
}
