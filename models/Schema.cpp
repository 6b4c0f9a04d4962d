#include "models/Schema.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Schema {

namespace {

// Version 1: the first released schema.
const char *const version1[] = {
    "CREATE TABLE plan_info (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL,"
    " organisation TEXT NOT NULL, organisation_kind TEXT NOT NULL, start_year INTEGER NOT NULL,"
    " end_year INTEGER NOT NULL, vision TEXT NOT NULL, goal TEXT NOT NULL,"
    " background TEXT NOT NULL, position TEXT NOT NULL)",
    "CREATE TABLE principles (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " title TEXT NOT NULL, description TEXT NOT NULL)",
    "CREATE TABLE roles (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " description TEXT NOT NULL)",
    "CREATE TABLE departments (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " name TEXT NOT NULL)",
    "CREATE TABLE themes (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL,"
    " section TEXT NOT NULL, overview TEXT NOT NULL)",
    "CREATE TABLE theme_principles (theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE"
    " CASCADE, principle_id INTEGER NOT NULL REFERENCES principles(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, PRIMARY KEY (theme_id, principle_id))",
    "CREATE TABLE future_candidates (theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (theme_id, position))",
    "CREATE TABLE measures (id INTEGER PRIMARY KEY, theme_id INTEGER NOT NULL REFERENCES"
    " themes(id) ON DELETE CASCADE, position INTEGER NOT NULL, title TEXT NOT NULL,"
    " audience INTEGER NOT NULL, overview TEXT NOT NULL, effect TEXT NOT NULL,"
    " all_departments INTEGER NOT NULL)",
    "CREATE INDEX measures_theme ON measures(theme_id)",
    "CREATE TABLE measure_departments (measure_id INTEGER NOT NULL REFERENCES measures(id) ON"
    " DELETE CASCADE, department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, PRIMARY KEY (measure_id, department_id))",
    "CREATE INDEX measure_departments_department ON measure_departments(department_id)",
    "CREATE TABLE measure_principles (measure_id INTEGER NOT NULL REFERENCES measures(id) ON"
    " DELETE CASCADE, principle_id INTEGER NOT NULL REFERENCES principles(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, PRIMARY KEY (measure_id, principle_id))",
    "CREATE INDEX measure_principles_principle ON measure_principles(principle_id)",
    "CREATE TABLE phases (measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, kind INTEGER NOT NULL, label TEXT NOT NULL,"
    " start_year INTEGER NOT NULL, start_month INTEGER NOT NULL, end_year INTEGER NOT NULL,"
    " end_month INTEGER NOT NULL, PRIMARY KEY (measure_id, position))",
    "CREATE TABLE milestones (measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, label TEXT NOT NULL, year INTEGER NOT NULL,"
    " month INTEGER NOT NULL, PRIMARY KEY (measure_id, position))",
    "CREATE TABLE kpis (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " unit TEXT NOT NULL, description TEXT NOT NULL, direction INTEGER NOT NULL,"
    " baseline_value REAL, baseline_date TEXT NOT NULL, theme_id INTEGER REFERENCES themes(id)"
    " ON DELETE SET NULL)",
    "CREATE INDEX kpis_theme ON kpis(theme_id)",
    "CREATE TABLE kpi_targets (kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,"
    " fiscal_year INTEGER NOT NULL, value REAL NOT NULL, PRIMARY KEY (kpi_id, fiscal_year))",
    "CREATE TABLE kpi_actuals (kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, date TEXT NOT NULL, value REAL NOT NULL, note TEXT NOT NULL,"
    " PRIMARY KEY (kpi_id, position))",
    "CREATE TABLE kpi_measures (kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,"
    " measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, PRIMARY KEY (kpi_id, measure_id))",
    "CREATE INDEX kpi_measures_measure ON kpi_measures(measure_id)",
    "CREATE TABLE systems (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " number INTEGER NOT NULL, business TEXT NOT NULL, system TEXT NOT NULL,"
    " owner TEXT NOT NULL)",
    "CREATE TABLE glossary (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " term TEXT NOT NULL, reading TEXT NOT NULL, row TEXT NOT NULL, explanation TEXT NOT NULL)",
    "CREATE TABLE revisions (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " date TEXT NOT NULL, kind INTEGER NOT NULL, summary TEXT NOT NULL)",
};

// Version 2 added the measure status and the KPI data source.
const char *const migrationTo2[] = {
    "ALTER TABLE measures ADD COLUMN status INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE kpis ADD COLUMN source TEXT NOT NULL DEFAULT ''",
};

// Version 3: sections, directions, theme-level bars, the plan's own
// audiences, numbering settings, phase kind names and language, open-ended
// periods (end_year 0), qualitative KPI targets and actuals without a
// number. Existing themes' section texts become sections, and the numbering
// rows keep old plans printing the numbers they printed before: themes
// 1, 2, ... through the plan, measures ① per theme, sections unnumbered.
const char *const migrationTo3[] = {
    "ALTER TABLE plan_info ADD COLUMN language TEXT NOT NULL DEFAULT 'ja'",
    "CREATE TABLE numbering (level INTEGER PRIMARY KEY, style INTEGER NOT NULL,"
    " prefix TEXT NOT NULL, restart INTEGER NOT NULL)",
    "INSERT INTO numbering (level, style, prefix, restart) VALUES (0, 6, '', 1), (1, 0, '', 0),"
    " (2, 4, '', 1)",
    "CREATE TABLE phase_kinds (kind INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE audiences (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " name TEXT NOT NULL)",
    "INSERT INTO audiences (id, position, name) SELECT 1, 0, '住民' WHERE EXISTS"
    " (SELECT 1 FROM measures)",
    "INSERT INTO audiences (id, position, name) SELECT 2, 1, '職員' WHERE EXISTS"
    " (SELECT 1 FROM measures)",
    "CREATE TABLE measure_audiences (measure_id INTEGER NOT NULL REFERENCES measures(id) ON"
    " DELETE CASCADE, audience_id INTEGER NOT NULL REFERENCES audiences(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, PRIMARY KEY (measure_id, audience_id))",
    "CREATE INDEX measure_audiences_audience ON measure_audiences(audience_id)",
    "INSERT INTO measure_audiences (measure_id, audience_id, position) SELECT id, 1, 0 FROM"
    " measures WHERE audience IN (0, 2)",
    "INSERT INTO measure_audiences (measure_id, audience_id, position) SELECT id, 2,"
    " audience / 2 FROM measures WHERE audience IN (1, 2)",
    "ALTER TABLE measures DROP COLUMN audience",
    "CREATE TABLE sections (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " title TEXT NOT NULL, overview TEXT NOT NULL)",
    "INSERT INTO sections (id, position, title, overview) SELECT row_number() OVER (ORDER BY"
    " min(position)), row_number() OVER (ORDER BY min(position)) - 1, section, '' FROM themes"
    " WHERE section <> '' GROUP BY section",
    "ALTER TABLE themes ADD COLUMN section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL",
    "UPDATE themes SET section_id = (SELECT id FROM sections WHERE title = themes.section)",
    "ALTER TABLE themes DROP COLUMN section",
    "CREATE INDEX themes_section ON themes(section_id)",
    "CREATE TABLE directions (id INTEGER PRIMARY KEY, theme_id INTEGER NOT NULL REFERENCES"
    " themes(id) ON DELETE CASCADE, position INTEGER NOT NULL, text TEXT NOT NULL)",
    "CREATE INDEX directions_theme ON directions(theme_id)",
    "CREATE TABLE theme_phases (theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, kind INTEGER NOT NULL, label TEXT NOT NULL,"
    " start_year INTEGER NOT NULL, start_month INTEGER NOT NULL, end_year INTEGER NOT NULL,"
    " end_month INTEGER NOT NULL, PRIMARY KEY (theme_id, position))",
    "CREATE TABLE theme_milestones (theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, label TEXT NOT NULL, year INTEGER NOT NULL,"
    " month INTEGER NOT NULL, PRIMARY KEY (theme_id, position))",
    "CREATE TABLE kpi_targets_3 (kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,"
    " fiscal_year INTEGER NOT NULL, value REAL, statement TEXT NOT NULL,"
    " PRIMARY KEY (kpi_id, fiscal_year))",
    "INSERT INTO kpi_targets_3 (kpi_id, fiscal_year, value, statement) SELECT kpi_id,"
    " fiscal_year, value, '' FROM kpi_targets",
    "DROP TABLE kpi_targets",
    "ALTER TABLE kpi_targets_3 RENAME TO kpi_targets",
    "CREATE TABLE kpi_actuals_3 (kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, date TEXT NOT NULL, value REAL, note TEXT NOT NULL,"
    " PRIMARY KEY (kpi_id, position))",
    "INSERT INTO kpi_actuals_3 (kpi_id, position, date, value, note) SELECT kpi_id, position,"
    " date, value, note FROM kpi_actuals",
    "DROP TABLE kpi_actuals",
    "ALTER TABLE kpi_actuals_3 RENAME TO kpi_actuals",
};

// Version 4: the plan document. Narrative chapters (Markdown) and figures;
// the plan's background and position texts become its first chapters (one
// paragraph per line, as they printed), titled in the plan's language; the
// document's part order and how glossary terms print.
const char *const migrationTo4[] = {
    "CREATE TABLE chapters (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " title TEXT NOT NULL, text TEXT NOT NULL)",
    "INSERT INTO chapters (id, position, title, text) SELECT 1, 0, CASE language WHEN 'en'"
    " THEN 'Background' ELSE '計画策定の背景' END, replace(background, char(10), char(10) ||"
    " char(10)) FROM plan_info WHERE background <> ''",
    "INSERT INTO chapters (id, position, title, text) SELECT (SELECT count(*) FROM chapters) + 1,"
    " (SELECT count(*) FROM chapters), CASE language WHEN 'en' THEN 'Position of the plan'"
    " ELSE '計画の位置付け' END, replace(position, char(10), char(10) || char(10)) FROM"
    " plan_info WHERE position <> ''",
    "ALTER TABLE plan_info DROP COLUMN background",
    "ALTER TABLE plan_info DROP COLUMN position",
    "ALTER TABLE plan_info ADD COLUMN document_parts TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE plan_info ADD COLUMN term_style INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE figures (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " caption TEXT NOT NULL, alt TEXT NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL)",
};

// Version 5: revisions. Marked revisions get a name and who marked them,
// and keep a snapshot of the plan: a manifest naming the JSON pieces of
// the plan as it stood, each piece stored once however many snapshots
// share it (RevisionSnapshots; no hash column: random bytes would not
// compress). Snapshots are not tied to their revision
// row by a foreign key, so undoing a revision's removal finds its snapshot
// again; files are written without unreferenced ones. KPI targets keep
// their revision history.
const char *const migrationTo5[] = {
    "ALTER TABLE revisions ADD COLUMN name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE revisions ADD COLUMN author TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE snapshot_pieces (id INTEGER PRIMARY KEY, data BLOB NOT NULL)",
    "CREATE TABLE revision_snapshots (revision_id INTEGER PRIMARY KEY,"
    " json_version INTEGER NOT NULL, manifest BLOB NOT NULL)",
    "CREATE TABLE kpi_target_revisions (kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, fiscal_year INTEGER NOT NULL, date TEXT NOT NULL,"
    " old_value REAL, old_statement TEXT NOT NULL, new_value REAL, new_statement TEXT NOT NULL,"
    " reason TEXT NOT NULL, PRIMARY KEY (kpi_id, position))",
};

// The current schema written out in full, so that a new database does not
// depend on replaying history; tests check that migrating any older version
// gives the same description.
const char *const version5[] = {
    "CREATE TABLE plan_info (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL,"
    " organisation TEXT NOT NULL, organisation_kind TEXT NOT NULL, start_year INTEGER NOT NULL,"
    " end_year INTEGER NOT NULL, vision TEXT NOT NULL, goal TEXT NOT NULL,"
    " language TEXT NOT NULL DEFAULT 'ja', document_parts TEXT NOT NULL DEFAULT '',"
    " term_style INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE numbering (level INTEGER PRIMARY KEY, style INTEGER NOT NULL,"
    " prefix TEXT NOT NULL, restart INTEGER NOT NULL)",
    "CREATE TABLE phase_kinds (kind INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE audiences (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " name TEXT NOT NULL)",
    "CREATE TABLE sections (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " title TEXT NOT NULL, overview TEXT NOT NULL)",
    "CREATE TABLE principles (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " title TEXT NOT NULL, description TEXT NOT NULL)",
    "CREATE TABLE roles (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " description TEXT NOT NULL)",
    "CREATE TABLE departments (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " name TEXT NOT NULL)",
    "CREATE TABLE themes (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL,"
    " overview TEXT NOT NULL, section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL)",
    "CREATE INDEX themes_section ON themes(section_id)",
    "CREATE TABLE theme_principles (theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE"
    " CASCADE, principle_id INTEGER NOT NULL REFERENCES principles(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, PRIMARY KEY (theme_id, principle_id))",
    "CREATE TABLE future_candidates (theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (theme_id, position))",
    "CREATE TABLE directions (id INTEGER PRIMARY KEY, theme_id INTEGER NOT NULL REFERENCES"
    " themes(id) ON DELETE CASCADE, position INTEGER NOT NULL, text TEXT NOT NULL)",
    "CREATE INDEX directions_theme ON directions(theme_id)",
    "CREATE TABLE theme_phases (theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, kind INTEGER NOT NULL, label TEXT NOT NULL,"
    " start_year INTEGER NOT NULL, start_month INTEGER NOT NULL, end_year INTEGER NOT NULL,"
    " end_month INTEGER NOT NULL, PRIMARY KEY (theme_id, position))",
    "CREATE TABLE theme_milestones (theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, label TEXT NOT NULL, year INTEGER NOT NULL,"
    " month INTEGER NOT NULL, PRIMARY KEY (theme_id, position))",
    "CREATE TABLE measures (id INTEGER PRIMARY KEY, theme_id INTEGER NOT NULL REFERENCES"
    " themes(id) ON DELETE CASCADE, position INTEGER NOT NULL, title TEXT NOT NULL,"
    " overview TEXT NOT NULL, effect TEXT NOT NULL, all_departments INTEGER NOT NULL,"
    " status INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX measures_theme ON measures(theme_id)",
    "CREATE TABLE measure_audiences (measure_id INTEGER NOT NULL REFERENCES measures(id) ON"
    " DELETE CASCADE, audience_id INTEGER NOT NULL REFERENCES audiences(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, PRIMARY KEY (measure_id, audience_id))",
    "CREATE INDEX measure_audiences_audience ON measure_audiences(audience_id)",
    "CREATE TABLE measure_departments (measure_id INTEGER NOT NULL REFERENCES measures(id) ON"
    " DELETE CASCADE, department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, PRIMARY KEY (measure_id, department_id))",
    "CREATE INDEX measure_departments_department ON measure_departments(department_id)",
    "CREATE TABLE measure_principles (measure_id INTEGER NOT NULL REFERENCES measures(id) ON"
    " DELETE CASCADE, principle_id INTEGER NOT NULL REFERENCES principles(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, PRIMARY KEY (measure_id, principle_id))",
    "CREATE INDEX measure_principles_principle ON measure_principles(principle_id)",
    "CREATE TABLE phases (measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, kind INTEGER NOT NULL, label TEXT NOT NULL,"
    " start_year INTEGER NOT NULL, start_month INTEGER NOT NULL, end_year INTEGER NOT NULL,"
    " end_month INTEGER NOT NULL, PRIMARY KEY (measure_id, position))",
    "CREATE TABLE milestones (measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, label TEXT NOT NULL, year INTEGER NOT NULL,"
    " month INTEGER NOT NULL, PRIMARY KEY (measure_id, position))",
    "CREATE TABLE kpis (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " unit TEXT NOT NULL, description TEXT NOT NULL, direction INTEGER NOT NULL,"
    " baseline_value REAL, baseline_date TEXT NOT NULL, theme_id INTEGER REFERENCES themes(id)"
    " ON DELETE SET NULL, source TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX kpis_theme ON kpis(theme_id)",
    "CREATE TABLE kpi_targets (kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,"
    " fiscal_year INTEGER NOT NULL, value REAL, statement TEXT NOT NULL,"
    " PRIMARY KEY (kpi_id, fiscal_year))",
    "CREATE TABLE kpi_actuals (kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, date TEXT NOT NULL, value REAL, note TEXT NOT NULL,"
    " PRIMARY KEY (kpi_id, position))",
    "CREATE TABLE kpi_measures (kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,"
    " measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, PRIMARY KEY (kpi_id, measure_id))",
    "CREATE INDEX kpi_measures_measure ON kpi_measures(measure_id)",
    "CREATE TABLE systems (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " number INTEGER NOT NULL, business TEXT NOT NULL, system TEXT NOT NULL,"
    " owner TEXT NOT NULL)",
    "CREATE TABLE glossary (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " term TEXT NOT NULL, reading TEXT NOT NULL, row TEXT NOT NULL, explanation TEXT NOT NULL)",
    "CREATE TABLE revisions (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " date TEXT NOT NULL, kind INTEGER NOT NULL, summary TEXT NOT NULL,"
    " name TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE chapters (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " title TEXT NOT NULL, text TEXT NOT NULL)",
    "CREATE TABLE figures (id INTEGER PRIMARY KEY, position INTEGER NOT NULL,"
    " caption TEXT NOT NULL, alt TEXT NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE snapshot_pieces (id INTEGER PRIMARY KEY, data BLOB NOT NULL)",
    "CREATE TABLE revision_snapshots (revision_id INTEGER PRIMARY KEY,"
    " json_version INTEGER NOT NULL, manifest BLOB NOT NULL)",
    "CREATE TABLE kpi_target_revisions (kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE"
    " CASCADE, position INTEGER NOT NULL, fiscal_year INTEGER NOT NULL, date TEXT NOT NULL,"
    " old_value REAL, old_statement TEXT NOT NULL, new_value REAL, new_statement TEXT NOT NULL,"
    " reason TEXT NOT NULL, PRIMARY KEY (kpi_id, position))",
};

template<size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *s : statements)
        list << QString::fromUtf8(s);
    return list;
}

bool setVersion(QSqlDatabase &db, int version, QString *error)
{
    return exec(db,
                { QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                  QStringLiteral("PRAGMA user_version = %1").arg(version) },
                error);
}

int pragmaInt(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

bool exec(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool create(QSqlDatabase &db, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!exec(db, toList(version5), error) || !setVersion(db, currentVersion, error)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool createVersion(QSqlDatabase &db, int version, QString *error)
{
    if (version == currentVersion)
        return create(db, error);
    if (version == 1)
        return exec(db, toList(version1), error) && setVersion(db, 1, error);
    if (version == 2)
        return exec(db, toList(version1) + toList(migrationTo2), error) && setVersion(db, 2, error);
    if (version == 3)
        return exec(db, toList(version1) + toList(migrationTo2) + toList(migrationTo3), error)
            && setVersion(db, 3, error);
    if (version == 4)
        return exec(db, toList(version1) + toList(migrationTo2) + toList(migrationTo3) + toList(migrationTo4), error)
            && setVersion(db, 4, error);
    *error = QStringLiteral("unknown schema version %1").arg(version);
    return false;
}

bool migrate(QSqlDatabase &db, QString *error)
{
    const int from = userVersion(db);
    if (from == currentVersion)
        return true;
    if (from < 1 || from > currentVersion) {
        *error = QStringLiteral("schema version %1 is not one this version can read").arg(from);
        return false;
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = true;
    if (from < 2)
        ok = exec(db, toList(migrationTo2), error);
    if (ok && from < 3)
        ok = exec(db, toList(migrationTo3), error);
    if (ok && from < 4)
        ok = exec(db, toList(migrationTo4), error);
    if (ok && from < 5)
        ok = exec(db, toList(migrationTo5), error);
    ok = ok && setVersion(db, currentVersion, error);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

int userVersion(QSqlDatabase &db)
{
    return pragmaInt(db, QStringLiteral("user_version"));
}

int applicationIdOf(QSqlDatabase &db)
{
    return pragmaInt(db, QStringLiteral("application_id"));
}

QStringList describe(QSqlDatabase &db)
{
    QStringList facts;
    QSqlQuery objects(db);
    objects.exec(QStringLiteral(
        "SELECT type, name FROM sqlite_schema ORDER BY type, name"));
    QStringList tables;
    while (objects.next()) {
        const QString type = objects.value(0).toString();
        const QString name = objects.value(1).toString();
        facts << type + QLatin1Char(' ') + name;
        if (type == QLatin1String("table"))
            tables << name;
    }
    QSqlQuery q(db);
    for (const QString &table : tables) {
        // Table names come from sqlite_master and are quoted as identifiers.
        const QString quoted = QLatin1Char('"') + QString(table).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted));
        while (q.next())
            facts << QStringLiteral("column %1.%2 %3 notnull=%4 default=%5 pk=%6")
                         .arg(table, q.value(1).toString(), q.value(2).toString().toUpper(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted));
        while (q.next())
            facts << QStringLiteral("fk %1.%2 -> %3.%4 delete=%5")
                         .arg(table, q.value(3).toString(), q.value(2).toString(),
                              q.value(4).toString(), q.value(6).toString());
        q.exec(QStringLiteral("PRAGMA index_list(%1)").arg(quoted));
        QStringList indexes;
        while (q.next())
            indexes << QStringLiteral("index %1.%2 unique=%3 origin=%4")
                           .arg(table, q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString());
        facts << indexes;
    }
    facts.sort();
    return facts;
}

namespace {

// Runs `build` on a private in-memory database and returns what `read`
// makes of it (empty when building fails).
template<typename Build, typename Read>
QStringList inMemory(Build build, Read read)
{
    const QString name = QStringLiteral("schema-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && build(db))
            result = read(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QStringList describeCurrent()
{
    static const QStringList description = inMemory(
        [](QSqlDatabase &db) { QString error; return create(db, &error); },
        [](QSqlDatabase &db) { return describe(db); });
    return description;
}

// Schemas are described by building them in an in-memory database, a few
// milliseconds each. Each is built when first asked for and kept: a
// received file needs its own version's only, and building every version
// up front took longer than checking a 10,000-measure plan's values.
namespace {

template <typename Make>
QStringList keptPerVersion(QHash<int, QStringList> *kept, int version, Make make)
{
    static QMutex mutex; // plans are read on worker threads too
    QMutexLocker lock(&mutex);
    auto it = kept->find(version);
    if (it == kept->end())
        it = kept->insert(version, make());
    return *it;
}

} // namespace

QStringList describeVersion(int version)
{
    if (version < 1 || version > currentVersion)
        return QStringList();
    static QHash<int, QStringList> kept;
    return keptPerVersion(&kept, version, [version] {
        return inMemory([version](QSqlDatabase &db) { QString e; return createVersion(db, version, &e); },
                        [](QSqlDatabase &db) { return describe(db); });
    });
}

QStringList objects(QSqlDatabase &db)
{
    QStringList result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema")))
        return { QStringLiteral("unreadable") };
    while (q.next())
        result << QStringLiteral("%1|%2|%3|%4").arg(q.value(0).toString(), q.value(1).toString(),
                                                   q.value(2).toString(), q.value(3).toString());
    result.sort();
    return result;
}

QStringList createdObjects(int version)
{
    if (version < 1 || version > currentVersion)
        return QStringList();
    static QHash<int, QStringList> kept;
    return keptPerVersion(&kept, version, [version] {
        return inMemory([version](QSqlDatabase &db) { QString e; return createVersion(db, version, &e); },
                        [](QSqlDatabase &db) { return objects(db); });
    });
}

bool acceptsObjects(int version, const QStringList &theirs)
{
    if (version < 1 || version > currentVersion)
        return false;
    if (theirs == createdObjects(version))
        return true;
    if (version != currentVersion)
        return false;
    // A file made from an older one: that schema migrated to this version.
    static QHash<int, QStringList> kept;
    for (int from = 1; from < currentVersion; ++from) {
        const QStringList migrated = keptPerVersion(&kept, from, [from] {
            return inMemory(
                [from](QSqlDatabase &db) {
                    QString e;
                    return createVersion(db, from, &e) && migrate(db, &e);
                },
                [](QSqlDatabase &db) { return objects(db); });
        });
        if (theirs == migrated)
            return true;
    }
    return false;
}

} // namespace Schema
