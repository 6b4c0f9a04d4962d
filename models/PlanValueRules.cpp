#include "models/PlanValueRules.h"

#include "models/PlanJson.h"

#include "models/ItemKinds.h"
#include "models/Kpi.h"
#include "models/Measure.h"
#include "models/PlanItems.h"
#include "models/PlanLimits.h"

#include "models/DatabaseConnection.h"
#include "models/Schema.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

#include <atomic>
#include <future>
#include <system_error>

namespace PlanValueRules {

namespace {

// The messages, in the PlanValueRules translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlanValueRules)
};

QString integerIn(qint64 low, qint64 high)
{
    return QStringLiteral("typeof(%c) = 'integer' AND %c BETWEEN %1 AND %2").arg(low).arg(high);
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('\'') + v + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

// Integer columns whose values are an enum or a flag, by "table.column".
qint64 enumMaximum(const QString &key)
{
    static const QHash<QString, qint64> maxima {
        // Schema 1 and 2: residents, staff, both.
        { QStringLiteral("measures.audience"), 2 },
        { QStringLiteral("measures.status"), int(MeasureStatus::OnHold) },
        { QStringLiteral("measures.all_departments"), 1 },
        { QStringLiteral("phases.kind"), int(Phase::Kind::Other) },
        { QStringLiteral("theme_phases.kind"), int(Phase::Kind::Other) },
        { QStringLiteral("phase_kinds.kind"), int(Phase::Kind::Other) },
        { QStringLiteral("numbering.level"), PlanInfo::LevelCount - 1 },
        { QStringLiteral("numbering.style"), LevelNumbering::styleCount - 1 },
        { QStringLiteral("numbering.restart"), 1 },
        { QStringLiteral("kpis.direction"), int(Kpi::Direction::LowerIsBetter) },
        { QStringLiteral("revisions.kind"), int(Revision::Kind::Revised) },
        { QStringLiteral("plan_info.term_style"), PlanInfo::termStyleCount - 1 },
    };
    return maxima.value(key, -1);
}

// A number field of a simple kind (ItemKinds.h), e.g. systems.number.
bool isNumberField(const QString &table, const QString &column)
{
    bool found = false;
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (table != QLatin1String(ItemKind<T>::table))
            return;
        forEachField<T>([&](const auto &field) {
            using Value = std::decay_t<decltype(std::declval<T>().*field.member)>;
            if constexpr (std::is_same_v<Value, int>)
                found = found || column == QLatin1String(field.key);
        });
    });
    return found;
}

QString integerRule(const QString &table, const QString &column)
{
    const QString key = table + QLatin1Char('.') + column;
    if (key == QLatin1String("plan_info.id"))
        return integerIn(1, 1);
    // 0: an open-ended plan.
    if (key == QLatin1String("plan_info.end_year"))
        return QStringLiteral("(%c = 0 OR (%1))").arg(integerIn(PlanLimits::minYear, PlanLimits::maxYear));
    // The JSON format version a revision snapshot's pieces are written in.
    if (key == QLatin1String("revision_snapshots.json_version"))
        return integerIn(1, PlanJson::formatVersion);
    if (const qint64 max = enumMaximum(key); max >= 0)
        return integerIn(0, max);
    if (column == QLatin1String("id") || column.endsWith(QLatin1String("_id")))
        return integerIn(PlanLimits::minId, PlanLimits::maxId);
    if (column == QLatin1String("position") || isNumberField(table, column))
        return integerIn(0, PlanLimits::maxId);
    if (column.contains(QLatin1String("year")))
        return integerIn(PlanLimits::minYear, PlanLimits::maxYear);
    if (column.contains(QLatin1String("month")))
        return integerIn(PlanLimits::minMonth, PlanLimits::maxMonth);
    return QString();
}

QString textRule(const QString &table, const QString &column)
{
    const QString key = table + QLatin1Char('.') + column;
    const QString text = QStringLiteral("typeof(%c) = 'text' AND length(CAST(%c AS BLOB)) <= %1")
                             .arg(PlanLimits::maxTextBytes);
    if (key == QLatin1String("plan_info.organisation_kind"))
        return text + QStringLiteral(" AND %c IN (%1)").arg(quotedList(PlanLimits::organisationKinds()));
    if (key == QLatin1String("plan_info.language"))
        return text + QStringLiteral(" AND %c IN ('ja', 'en')");
    if (key == QLatin1String("figures.type"))
        return text + QStringLiteral(" AND %c IN (%1)").arg(quotedList(PlanLimits::figureMediaTypes()));
    // Dates are ISO dates that exist (2025-02-30 does not); KPI and
    // revision dates may name only a month (2025-03); a KPI's baseline
    // date may be empty.
    QString date = QStringLiteral("%c = date(%c, '+0 days')");
    if (table.startsWith(QLatin1String("kpi")) || table == QLatin1String("revisions"))
        date = QStringLiteral("(%1 OR (length(%c) = 7 AND %c || '-01' = date(%c || '-01', '+0 days')))").arg(date);
    if (column == QLatin1String("date"))
        return text + QStringLiteral(" AND ") + date;
    if (column.endsWith(QLatin1String("_date")))
        return text + QStringLiteral(" AND (%c = '' OR %1)").arg(date);
    return text;
}

// One column as read from PRAGMA table_info.
struct Column
{
    QString name;
    QString type;
    bool notNull;
};

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

QString conditionFor(const QString &table, const QString &column, const QString &declaredType,
                     bool notNull)
{
    QString rule;
    const QString type = declaredType.toUpper();
    if (type == QLatin1String("TEXT"))
        rule = textRule(table, column);
    else if (type == QLatin1String("INTEGER"))
        rule = integerRule(table, column);
    else if (type == QLatin1String("REAL"))
        // REAL affinity stores whole numbers as integers only when asked;
        // abs() of an infinity is larger than any limit.
        rule = QStringLiteral("typeof(%c) IN ('real', 'integer') AND abs(%c) <= %1")
                   .arg(PlanLimits::maxNumberMagnitude, 0, 'g', 17);
    else if (type == QLatin1String("BLOB"))
        rule = QStringLiteral("typeof(%c) = 'blob' AND length(%c) <= %1").arg(PlanLimits::maxFigureBytes);
    if (rule.isEmpty())
        return rule;
    const QString name = quoted(column);
    rule.replace(QLatin1String("%c"), name);
    return notNull ? QLatin1Char('(') + rule + QLatin1Char(')')
                   : QStringLiteral("(%1 IS NULL OR (%2))").arg(name, rule);
}

QString check(QSqlDatabase &db)
{
    return check(db, Schema::currentVersion);
}

QString check(QSqlDatabase &db, int version, SecondConnection *second)
{
    // Our own tables and columns, from that version's schema description:
    // a newer file's additions are never read, so they are not judged.
    QMap<QString, QList<Column>> tables;
    for (const QString &fact : Schema::describeVersion(qMin(version, Schema::currentVersion))) {
        static const QRegularExpression column(QStringLiteral("^column (\\w+)\\.(\\w+) (\\w+) notnull=(\\d)"));
        const QRegularExpressionMatch m = column.match(fact);
        if (m.hasMatch())
            tables[m.captured(1)].append({ m.captured(2), m.captured(3), m.captured(4) == QLatin1String("1") });
    }
    if (tables.isEmpty())
        return Text::tr("the plan database could not be checked");

    // One scan per table: count(*), total text bytes, then one "broken"
    // flag per column.
    struct TableScan
    {
        QString table;
        QList<Column> columns;
        QString sql;
        QString problem;
        QString references; // a broken reference, named after every other problem
        qint64 rows = 0;
        qint64 textBytes = 0;
    };
    QList<TableScan> scans;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        TableScan scan { it.key(), it.value(), {}, {} };
        QStringList select { QStringLiteral("count(*)") };
        QStringList lengths;
        for (const Column &c : scan.columns)
            if (c.type.compare(QLatin1String("TEXT"), Qt::CaseInsensitive) == 0)
                lengths << QStringLiteral("length(CAST(%1 AS BLOB))").arg(quoted(c.name));
        select << QStringLiteral("total(%1)").arg(lengths.isEmpty() ? QStringLiteral("0") : lengths.join(QLatin1Char('+')));
        for (const Column &c : scan.columns) {
            const QString condition = conditionFor(scan.table, c.name, c.type, c.notNull);
            if (condition.isEmpty()) {
                scan.problem = Text::tr("the plan database has a column this version has no rule for (%1.%2)")
                                   .arg(scan.table, c.name);
                break;
            }
            select << QStringLiteral("max(NOT coalesce(%1, 0))").arg(condition);
        }
        if (scan.problem.isEmpty())
            scan.sql = QStringLiteral("SELECT %1 FROM %2").arg(select.join(QLatin1Char(',')), quoted(scan.table));
        scans << scan;
    }

    // The scans are taken in order by this connection and, when there is
    // one, a second connection to the same file on a thread of its own:
    // the tables of a 100,000-measure plan take 0.7 s one after another.
    // Once a table has a problem, no later table is begun; the first
    // problem in table order is the one named, as one connection alone
    // would name it.
    std::atomic<qsizetype> next { 0 };
    std::atomic<qsizetype> firstProblem { scans.size() };
    auto scanTables = [&](const QSqlDatabase &connection) {
        QSqlQuery q(connection);
        for (qsizetype i = next++; i < scans.size() && i < firstProblem; i = next++) {
            TableScan &scan = scans[i];
            if (scan.problem.isEmpty()) {
                if (!q.exec(scan.sql) || !q.next()) {
                    scan.problem = Text::tr("the plan database could not be checked");
                } else {
                    scan.rows = q.value(0).toLongLong();
                    scan.textBytes = qint64(q.value(1).toDouble());
                    for (int c = 0; c < scan.columns.size() && scan.problem.isEmpty(); ++c)
                        if (q.value(2 + c).toInt() != 0)
                            scan.problem = Text::tr("the plan database holds a value that breaks the format in %1.%2")
                                               .arg(scan.table, scan.columns[c].name);
                    if (scan.problem.isEmpty() && scan.table == QLatin1String("plan_info") && scan.rows != 1)
                        scan.problem = Text::tr("the plan database must hold exactly one plan");
                }
                q.finish();
                // The table's references, on the same connection: checked
                // table by table, they are shared between the two like the
                // scans (0.16 s at 100,000 measures on one connection).
                if (scan.problem.isEmpty()) {
                    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(quoted(scan.table))))
                        scan.references = Text::tr("the plan database's references could not be checked");
                    else if (q.next())
                        scan.references = Text::tr("the plan database refers to something it does not hold (in %1)")
                                              .arg(q.value(0).toString());
                    q.finish();
                }
            }
            if (!scan.problem.isEmpty()) {
                qsizetype known = firstProblem;
                while (i < known && !firstProblem.compare_exchange_weak(known, i)) { }
            }
        }
    };
    std::future<void> helped;
    if (second && second->open) {
        try {
            helped = std::async(std::launch::async, [&] {
                const std::unique_ptr<DatabaseConnection> connection = second->open();
                if (!connection)
                    return; // this connection takes every table
                scanTables(connection->database());
                second->timedOut = connection->timedOut();
            });
        } catch (const std::system_error &) {
            // No thread to be had: this connection takes every table.
        }
    }
    scanTables(db);
    if (helped.valid())
        helped.get();

    qint64 rows = 0;
    qint64 textBytes = 0;
    for (const TableScan &scan : std::as_const(scans)) {
        if (!scan.problem.isEmpty())
            return scan.problem;
        rows += scan.rows;
        textBytes += scan.textBytes;
    }
    if (rows > PlanLimits::maxRows)
        return Text::tr("the plan has more than %1 rows").arg(PlanLimits::maxRows);
    if (textBytes > PlanLimits::maxTotalTextBytes)
        return Text::tr("the plan's texts add up to more than %1 MiB").arg(PlanLimits::maxTotalTextBytes >> 20);
    for (const TableScan &scan : std::as_const(scans))
        if (!scan.references.isEmpty())
            return scan.references;
    return QString();
}

} // namespace PlanValueRules
