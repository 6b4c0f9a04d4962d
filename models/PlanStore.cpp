#include "models/PlanStore.h"

#include "models/ItemKinds.h"
#include "models/PlanLimits.h"
#include "models/SqliteRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace {

PlanDate planDateFrom(const QString &text)
{
    if (text.size() == 7)
        return { QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate), true };
    return { QDate::fromString(text, Qt::ISODate), false };
}

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

// Binds `values` to a statement QtSql prepared and runs it through SQLite's
// own interface, with the types QtSql would give them. QtSql's bindValue()
// formats a placeholder name for every value: writing a plan of 100,000
// measures spent more time there than in SQLite. QtSql still owns the
// statement and finalizes it when the connection closes.
bool bindAndStep(QSqlQuery *q, const QVariant *values, qsizetype count, QString *error)
{
    const QVariant handle = q->result()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0) {
        *error = QStringLiteral("the database driver is not SQLite");
        return false;
    }
    sqlite3_stmt *statement = *static_cast<sqlite3_stmt *const *>(handle.constData());
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    int result = SQLITE_OK;
    for (qsizetype i = 0; result == SQLITE_OK && i < count; ++i) {
        const QVariant &v = values[i];
        const int index = int(i) + 1;
        // The texts and bytes stay in `values` until the statement has run.
        // A null text or byte array is stored empty, not as SQL NULL: our
        // text and file columns are NOT NULL, and an empty text or file is
        // still one (a new figure has no picture yet).
        if (v.isNull()) {
            result = sqlite3_bind_null(statement, index);
        } else if (v.typeId() == QMetaType::QString) {
            const QString *text = static_cast<const QString *>(v.constData());
            const void *data = text->isNull() ? static_cast<const void *>(u"") : text->utf16();
            result = sqlite3_bind_text16(statement, index, data, int(text->size() * sizeof(char16_t)), SQLITE_STATIC);
        } else if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray *bytes = static_cast<const QByteArray *>(v.constData());
            const char *data = bytes->isNull() ? "" : bytes->constData();
            result = sqlite3_bind_blob(statement, index, data, int(bytes->size()), SQLITE_STATIC);
        } else if (v.typeId() == QMetaType::Double) {
            result = sqlite3_bind_double(statement, index, *static_cast<const double *>(v.constData()));
        } else if (v.typeId() == QMetaType::Int) {
            // Most values; read in place, not through QVariant's conversions.
            result = sqlite3_bind_int64(statement, index, *static_cast<const int *>(v.constData()));
        } else if (v.typeId() == QMetaType::Bool || v.typeId() == QMetaType::LongLong) {
            result = sqlite3_bind_int64(statement, index, v.toLongLong());
        } else {
            const QString text = v.toString();
            result = sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                                         SQLITE_TRANSIENT);
        }
    }
    if (result == SQLITE_OK) {
        result = sqlite3_step(statement);
        if (result == SQLITE_ROW || result == SQLITE_DONE)
            result = SQLITE_OK;
    }
    if (result != SQLITE_OK)
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
    sqlite3_reset(statement);
    return result == SQLITE_OK;
}

} // namespace

PlanStore::PlanStore(QSqlDatabase db) : m_db(db) { }

QSqlQuery *PlanStore::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return nullptr;
        }
        it = m_queries.insert(sql, q);
    }
    return &it.value();
}

// The limits a received file is held to (PlanLimits) hold for what we
// write too, so that every plan we save opens again.
QString PlanStore::valueProblem(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QString &text = *static_cast<const QString *>(value.constData());
        // UTF-8 needs at most three bytes per UTF-16 unit.
        if (text.size() * qint64(3) > PlanLimits::maxTextBytes && text.toUtf8().size() > PlanLimits::maxTextBytes)
            return QCoreApplication::translate("PlanStore", "a text is longer than %1 KiB")
                .arg(PlanLimits::maxTextBytes >> 10);
    } else if (value.typeId() == QMetaType::Double && !value.isNull()
               && !PlanLimits::isValidNumber(value.toDouble())) {
        return QCoreApplication::translate("PlanStore", "the number %1 is outside the range a plan may hold (±%2)")
            .arg(value.toDouble()).arg(PlanLimits::maxNumberMagnitude);
    }
    return QString();
}

bool PlanStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery *q = prepared(sql);
    if (!q)
        return false;
    return execute(q, values);
}

bool PlanStore::execute(QSqlQuery *q, const QVariantList &values)
{
    for (const QVariant &v : values) {
        if (const QString problem = valueProblem(v); !problem.isEmpty()) {
            m_error = problem;
            return false;
        }
    }
    return bindAndStep(q, values.constData(), values.size(), &m_error);
}

bool PlanStore::begin()
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool PlanStore::commit()
{
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

void PlanStore::rollback()
{
    m_db.rollback();
}

bool PlanStore::saveSimple(const QString &table, const QStringList &columns,
                           const QVariantList &values)
{
    // The statement's text is made once per table and columns: a whole-plan
    // write saves 100,000 measures through here.
    auto it = m_upserts.find(table);
    if (it == m_upserts.end() || it->first != columns) {
        // INSERT .. ON CONFLICT DO UPDATE keeps the row (and so its children,
        // which a REPLACE would cascade away).
        QStringList updates;
        for (const QString &c : columns.mid(1))
            updates << c + QStringLiteral(" = excluded.") + c;
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
                                .arg(table, columns.join(QLatin1Char(',')),
                                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')),
                                     updates.join(QLatin1Char(',')));
        it = m_upserts.insert(table, { columns, sql });
    }
    return run(it->second, values);
}

bool PlanStore::replaceChildren(const QString &table, const QString &parentColumn, int parentId,
                                const QString &insertSql, qsizetype count,
                                const std::function<QVariantList(qsizetype)> &row)
{
    // A whole plan written into an empty database has no old rows to delete.
    if (!m_writingIntoEmpty
        && !run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, parentColumn), { parentId }))
        return false;
    if (count == 0)
        return true;
    QSqlQuery *q = prepared(insertSql);
    if (!q)
        return false;
    for (qsizetype i = 0; i < count; ++i)
        if (!execute(q, row(i)))
            return false;
    return true;
}

bool PlanStore::replaceLinks(const QString &table, const QString &parentColumn, int parentId,
                             const QString &insertSql, const QList<int> &ids)
{
    return replaceChildren(table, parentColumn, parentId, insertSql, ids.size(),
                           [&](qsizetype i) { return QVariantList { parentId, ids[i], int(i) }; });
}

bool PlanStore::saveInfo(const PlanInfo &i)
{
    if (!saveSimple(QStringLiteral("plan_info"),
                    { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("organisation"),
                      QStringLiteral("organisation_kind"), QStringLiteral("start_year"),
                      QStringLiteral("end_year"), QStringLiteral("vision"), QStringLiteral("goal"),
                      QStringLiteral("language"), QStringLiteral("document_parts"),
                      QStringLiteral("term_style") },
                    { 1, i.title, i.organisation, i.organisationKind, i.startYear, i.endYear,
                      i.vision, i.goal, i.language, i.documentParts.join(QLatin1Char('\n')),
                      int(i.termStyle) }))
        return false;
    bool ok = run(QStringLiteral("DELETE FROM numbering"), {});
    for (int level = 0; ok && level < PlanInfo::LevelCount; ++level) {
        const LevelNumbering &n = i.numbering[level];
        ok = run(QStringLiteral("INSERT INTO numbering (level, style, prefix, restart) VALUES (?,?,?,?)"),
                 { level, int(n.style), n.prefix, int(n.restart) });
    }
    ok = ok && run(QStringLiteral("DELETE FROM phase_kinds"), {});
    for (int kind = 0; ok && kind < i.phaseKindNames.size(); ++kind)
        if (!i.phaseKindNames[kind].isEmpty())
            ok = run(QStringLiteral("INSERT INTO phase_kinds (kind, name) VALUES (?,?)"),
                     { kind, i.phaseKindNames[kind] });
    return ok;
}

template<typename T>
bool PlanStore::loadFields(Plan *plan)
{
    using Kind = ItemKind<T>;
    QStringList columns { QStringLiteral("id") };
    if constexpr (Kind::isChild)
        columns << QStringLiteral("theme_id");
    forEachField<T>([&](const auto &field) { columns << QString::fromLatin1(field.key); });
    const QString order = Kind::isChild ? QStringLiteral("theme_id, position") : QStringLiteral("position");
    SqliteRows q(m_db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(columns.join(QLatin1Char(',')), QString::fromLatin1(Kind::table), order)
                           .toUtf8()
                           .constData());
    while (q.next()) {
        T item;
        item.id = q.integer(0);
        int column = 1;
        if constexpr (Kind::isChild)
            Kind::setParent(item, q.integer(column++));
        forEachField<T>([&](const auto &field) {
            using Value = std::decay_t<decltype(item.*field.member)>;
            item.*field.member = q.template value<Value>(column++);
        });
        // Child rows whose theme is gone have nowhere to go (the reader's
        // foreign key check refuses such files anyway).
        if (!Kind::isChild || plan->theme(Kind::parentOf(item)))
            Kind::list(*plan, Kind::parentOf(item)).append(item);
    }
    if (q.failed()) {
        m_error = q.errorString();
        return false;
    }
    return true;
}

bool PlanStore::saveRevision(const Revision &r, int position)
{
    return saveSimple(QStringLiteral("revisions"),
                      { QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("date"),
                        QStringLiteral("kind"), QStringLiteral("summary"), QStringLiteral("name"),
                        QStringLiteral("author") },
                      { r.id, position, r.date.toString(), int(r.kind), r.summary, r.name, r.author });
}

bool PlanStore::saveSchedule(const QString &owner, int id, const QList<Phase> &phases,
                             const QList<Milestone> &milestones)
{
    // Measures keep their rows in phases / milestones, themes in
    // theme_phases / theme_milestones.
    const bool theme = owner == QLatin1String("theme");
    const QString phaseTable = theme ? QStringLiteral("theme_phases") : QStringLiteral("phases");
    const QString milestoneTable = theme ? QStringLiteral("theme_milestones") : QStringLiteral("milestones");
    const QString ownerColumn = owner + QStringLiteral("_id");
    return replaceChildren(phaseTable, ownerColumn, id,
                           QStringLiteral("INSERT INTO %1 (%2, position, kind, label, start_year, start_month, end_year, end_month) VALUES (?,?,?,?,?,?,?,?)")
                               .arg(phaseTable, ownerColumn),
                           phases.size(),
                           [&](qsizetype i) {
                               const Phase &p = phases[i];
                               return QVariantList { id, int(i), int(p.kind), p.label, p.startYear, p.startMonth,
                                                     p.endYear, p.endMonth };
                           })
        && replaceChildren(milestoneTable, ownerColumn, id,
                           QStringLiteral("INSERT INTO %1 (%2, position, label, year, month) VALUES (?,?,?,?,?)")
                               .arg(milestoneTable, ownerColumn),
                           milestones.size(),
                           [&](qsizetype i) {
                               const Milestone &s = milestones[i];
                               return QVariantList { id, int(i), s.label, s.year, s.month };
                           });
}

bool PlanStore::saveTheme(const Theme &t, int position)
{
    if (!saveSimple(QStringLiteral("themes"),
                    { QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("title"),
                      QStringLiteral("overview"), QStringLiteral("section_id") },
                    { t.id, position, t.title, t.overview,
                      t.sectionId ? QVariant(t.sectionId) : QVariant(QMetaType(QMetaType::Int)) }))
        return false;
    return replaceLinks(QStringLiteral("theme_principles"), QStringLiteral("theme_id"), t.id,
                        QStringLiteral("INSERT INTO theme_principles (theme_id, principle_id, position) VALUES (?,?,?)"),
                        t.principleIds)
        && replaceChildren(QStringLiteral("future_candidates"), QStringLiteral("theme_id"), t.id,
                           QStringLiteral("INSERT INTO future_candidates (theme_id, position, text) VALUES (?,?,?)"),
                           t.futureCandidates.size(),
                           [&](qsizetype i) { return QVariantList { t.id, int(i), t.futureCandidates[i] }; })
        && saveSchedule(QStringLiteral("theme"), t.id, t.phases, t.milestones);
}

bool PlanStore::saveMeasure(const Measure &m, int position)
{
    if (!saveSimple(QStringLiteral("measures"),
                    { QStringLiteral("id"), QStringLiteral("theme_id"), QStringLiteral("position"),
                      QStringLiteral("title"), QStringLiteral("overview"), QStringLiteral("effect"),
                      QStringLiteral("all_departments"), QStringLiteral("status") },
                    { m.id, m.themeId, position, m.title, m.overview, m.effect,
                      int(m.allDepartments), int(m.status) }))
        return false;
    return replaceLinks(QStringLiteral("measure_audiences"), QStringLiteral("measure_id"), m.id,
                        QStringLiteral("INSERT INTO measure_audiences (measure_id, audience_id, position) VALUES (?,?,?)"),
                        m.audienceIds)
        && replaceLinks(QStringLiteral("measure_departments"), QStringLiteral("measure_id"), m.id,
                        QStringLiteral("INSERT INTO measure_departments (measure_id, department_id, position) VALUES (?,?,?)"),
                        m.departmentIds)
        && replaceLinks(QStringLiteral("measure_principles"), QStringLiteral("measure_id"), m.id,
                        QStringLiteral("INSERT INTO measure_principles (measure_id, principle_id, position) VALUES (?,?,?)"),
                        m.principleIds)
        && saveSchedule(QStringLiteral("measure"), m.id, m.phases, m.milestones);
}

bool PlanStore::saveKpi(const Kpi &k, int position)
{
    if (!saveSimple(QStringLiteral("kpis"),
                    { QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("name"),
                      QStringLiteral("unit"), QStringLiteral("description"), QStringLiteral("direction"),
                      QStringLiteral("baseline_value"), QStringLiteral("baseline_date"),
                      QStringLiteral("theme_id"), QStringLiteral("source") },
                    { k.id, position, k.name, k.unit, k.description, int(k.direction),
                      optionalNumber(k.baselineValue), k.baselineDate.toString(),
                      k.themeId ? QVariant(k.themeId) : QVariant(QMetaType(QMetaType::Int)), k.source }))
        return false;
    return replaceChildren(QStringLiteral("kpi_targets"), QStringLiteral("kpi_id"), k.id,
                           QStringLiteral("INSERT INTO kpi_targets (kpi_id, fiscal_year, value, statement) VALUES (?,?,?,?)"),
                           k.targets.size(),
                           [&](qsizetype i) {
                               const KpiTarget &t = k.targets[i];
                               return QVariantList { k.id, t.year, optionalNumber(t.value), t.statement };
                           })
        && replaceChildren(QStringLiteral("kpi_actuals"), QStringLiteral("kpi_id"), k.id,
                           QStringLiteral("INSERT INTO kpi_actuals (kpi_id, position, date, value, note) VALUES (?,?,?,?,?)"),
                           k.actuals.size(),
                           [&](qsizetype i) {
                               const KpiActual &a = k.actuals[i];
                               return QVariantList { k.id, int(i), a.date.toString(), optionalNumber(a.value), a.note };
                           })
        && replaceChildren(QStringLiteral("kpi_target_revisions"), QStringLiteral("kpi_id"), k.id,
                           QStringLiteral("INSERT INTO kpi_target_revisions (kpi_id, position, fiscal_year, date,"
                                          " old_value, old_statement, new_value, new_statement, reason)"
                                          " VALUES (?,?,?,?,?,?,?,?,?)"),
                           k.targetRevisions.size(),
                           [&](qsizetype i) {
                               const KpiTargetRevision &r = k.targetRevisions[i];
                               return QVariantList { k.id, int(i), r.year, r.date.toString(), optionalNumber(r.oldValue),
                                                     r.oldStatement, optionalNumber(r.newValue), r.newStatement,
                                                     r.reason };
                           })
        && replaceLinks(QStringLiteral("kpi_measures"), QStringLiteral("kpi_id"), k.id,
                        QStringLiteral("INSERT INTO kpi_measures (kpi_id, measure_id, position) VALUES (?,?,?)"),
                        k.measureIds);
}

bool PlanStore::remove(const QString &table, int id)
{
    return run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), { id });
}

bool PlanStore::savePositions(const QString &table, const QList<int> &ids)
{
    QSqlQuery *q = prepared(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table));
    if (!q)
        return false;
    for (int i = 0; i < ids.size(); ++i) {
        const QVariant values[] = { i, ids[i] };
        if (!bindAndStep(q, values, 2, &m_error))
            return false;
    }
    return true;
}

bool PlanStore::writeAll(const Plan &plan)
{
    // (The connection's page cache, DatabaseConnection::cacheSizePragma,
    // holds a large plan's transaction without spilling it to the log.)
    if (!begin())
        return false;
    m_writingIntoEmpty = true;
    const bool ok = saveInfo(plan.info) && saveItems(plan, true);
    m_writingIntoEmpty = false;
    if (!ok) {
        rollback();
        return false;
    }
    return commit();
}

bool PlanStore::saveItems(const Plan &plan, bool revisions)
{
    bool ok = true;
    // Kinds in the order of ItemKinds.h, which puts every kind after the
    // kinds it refers to (sections before themes, themes before measures).
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        using Kind = ItemKind<T>;
        if (std::is_same_v<T, Revision> && !revisions)
            return;
        if constexpr (Kind::isChild) {
            for (const Theme &theme : plan.themes) {
                const QList<T> &items = Kind::listOf(theme);
                for (int i = 0; ok && i < items.size(); ++i)
                    ok = saveItem(items[i], i);
            }
        } else {
            const QList<T> &items = Kind::list(plan, 0);
            for (int i = 0; ok && i < items.size(); ++i)
                ok = saveItem(items[i], i);
        }
    });
    return ok;
}

bool PlanStore::replaceContent(const Plan &plan)
{
    // Referring kinds go first (the reverse of ItemKinds.h); child rows go
    // with their items (foreign keys).
    QStringList tables;
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (!std::is_same_v<T, Revision>)
            tables.prepend(QString::fromLatin1(ItemKind<T>::table));
    });
    for (const QString &table : tables)
        if (!run(QStringLiteral("DELETE FROM %1").arg(table), {}))
            return false;
    return saveInfo(plan.info) && saveItems(plan, false);
}

bool PlanStore::load(Plan *plan)
{
    *plan = Plan();
    std::optional<SqliteRows> q;
    // Each query's rows are read to the end; an error (a damaged page, the
    // time limit of a received file) fails the load rather than cutting it
    // short.
    auto finished = [&] {
        if (q && q->failed()) {
            m_error = q->errorString();
            return false;
        }
        return true;
    };
    auto select = [&](const char *sql) {
        if (!finished())
            return false;
        q.emplace(m_db, sql);
        if (q->failed()) {
            m_error = q->errorString();
            return false;
        }
        return true;
    };
    // Phase and milestone labels repeat across thousands of measures (検討・
    // 準備, 運用, ...): every row gets the one shared copy of its label, not
    // a string of its own (a megabyte per 10,000 measures).
    QSet<QString> labels;
    auto label = [&labels, &q](int column) { return *labels.insert(q->text(column)); };
    auto optionalNumber = [&q](int column) {
        return q->isNull(column) ? std::nullopt : std::optional<double>(q->real(column));
    };
    auto date = [&q](int column) { return planDateFrom(q->text(column)); };

    if (!select("SELECT title, organisation, organisation_kind, start_year, end_year, vision,"
                " goal, language, document_parts, term_style FROM plan_info WHERE id = 1"))
        return false;
    if (!q->next()) {
        m_error = q->failed() ? q->errorString() : QStringLiteral("the database holds no plan");
        return false;
    }
    PlanInfo &info = plan->info;
    info.title = q->text(0);
    info.organisation = q->text(1);
    info.organisationKind = q->text(2);
    info.startYear = q->integer(3);
    info.endYear = q->integer(4);
    info.vision = q->text(5);
    info.goal = q->text(6);
    info.language = q->text(7);
    const QString parts = q->text(8);
    info.documentParts = parts.isEmpty() ? QStringList() : parts.split(QLatin1Char('\n'));
    info.termStyle = PlanInfo::TermStyle(qBound(0, q->integer(9), PlanInfo::termStyleCount - 1));
    if (!select("SELECT level, style, prefix, restart FROM numbering ORDER BY level"))
        return false;
    while (q->next()) {
        const int level = q->integer(0);
        if (level >= 0 && level < PlanInfo::LevelCount)
            info.numbering[level] = { LevelNumbering::Style(qBound(0, q->integer(1), LevelNumbering::styleCount - 1)),
                                      q->text(2), q->integer(3) != 0 };
    }
    if (!select("SELECT kind, name FROM phase_kinds ORDER BY kind"))
        return false;
    while (q->next()) {
        const int kind = qBound(0, q->integer(0), int(Phase::Kind::Other));
        while (info.phaseKindNames.size() <= kind)
            info.phaseKindNames << QString();
        info.phaseKindNames[kind] = q->text(1);
    }

    // The simple plan-level kinds (ItemKinds.h); their child kinds come
    // once the themes are in.
    bool ok = true;
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (isSimpleKind<T> && !ItemKind<T>::isChild)
            ok = ok && loadFields<T>(plan);
    });
    if (!ok)
        return false;

    QHash<int, int> themeIndex;
    if (!select("SELECT id, title, overview, section_id FROM themes ORDER BY position"))
        return false;
    while (q->next()) {
        Theme t;
        t.id = q->integer(0);
        t.title = q->text(1);
        t.overview = q->text(2);
        t.sectionId = q->integer(3);
        themeIndex.insert(t.id, plan->themes.size());
        plan->themes.append(std::move(t));
    }
    if (!select("SELECT theme_id, principle_id FROM theme_principles ORDER BY theme_id, position"))
        return false;
    while (q->next())
        if (auto it = themeIndex.find(q->integer(0)); it != themeIndex.end())
            plan->themes[*it].principleIds << q->integer(1);
    if (!select("SELECT theme_id, text FROM future_candidates ORDER BY theme_id, position"))
        return false;
    while (q->next())
        if (auto it = themeIndex.find(q->integer(0)); it != themeIndex.end())
            plan->themes[*it].futureCandidates << q->text(1);
    if (!select("SELECT theme_id, kind, label, start_year, start_month, end_year, end_month"
                " FROM theme_phases ORDER BY theme_id, position"))
        return false;
    while (q->next())
        if (auto it = themeIndex.find(q->integer(0)); it != themeIndex.end())
            plan->themes[*it].phases.append({ Phase::Kind(qBound(0, q->integer(1), 4)),
                                              label(2), q->integer(3),
                                              q->integer(4), q->integer(5), q->integer(6) });
    if (!select("SELECT theme_id, label, year, month FROM theme_milestones ORDER BY theme_id, position"))
        return false;
    while (q->next())
        if (auto it = themeIndex.find(q->integer(0)); it != themeIndex.end())
            plan->themes[*it].milestones.append({ label(1), q->integer(2), q->integer(3) });
    if (!finished())
        return false;
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (isSimpleKind<T> && ItemKind<T>::isChild)
            ok = ok && loadFields<T>(plan);
    });
    if (!ok)
        return false;

    // Each theme's list of measures is made at its final size (grown a
    // measure at a time, it would keep spare room and leave the room it
    // outgrew), and measures go straight into it: they come ordered by
    // theme.
    if (!select("SELECT theme_id, count(*) FROM measures GROUP BY theme_id"))
        return false;
    while (q->next())
        if (auto it = themeIndex.find(q->integer(0)); it != themeIndex.end())
            plan->themes[*it].measures.reserve(q->integer(1));
    // Where each measure went, by id: child rows come ordered by measure
    // id, so each query walks this list once instead of looking ids up.
    struct Placed
    {
        int id;
        Measure *measure;
    };
    std::vector<Placed> placed;
    if (!select("SELECT id, theme_id, title, overview, effect, all_departments, status"
                " FROM measures ORDER BY theme_id, position"))
        return false;
    QList<Measure> *list = nullptr;
    int listTheme = 0;
    while (q->next()) {
        if (const int themeId = q->integer(1); !list || themeId != listTheme) {
            const auto it = themeIndex.find(themeId);
            list = it == themeIndex.end() ? nullptr : &plan->themes[*it].measures;
            listTheme = themeId;
        }
        if (!list)
            continue;
        Measure &m = list->emplace_back();
        m.id = q->integer(0);
        m.themeId = q->integer(1);
        m.title = q->text(2);
        m.overview = q->text(3);
        m.effect = q->text(4);
        m.allDepartments = q->integer(5) != 0;
        m.status = MeasureStatus(qBound(0, q->integer(6), 3));
    }
    if (!finished())
        return false;
    // The lists are complete: pointers into them stay valid from here on.
    for (Theme &t : plan->themes)
        for (Measure &m : t.measures)
            placed.push_back({ m.id, &m });
    std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) { return a.id < b.id; });
    // A measure's rows come together: they are gathered and handed over
    // as one list of their exact size, rather than grown a row at a time.
    // Each query gives the measure, then the row's position, then its
    // values, ordered by measure (and by position where that is the key):
    // the rows of a link table come in the order of its key (measure,
    // linked id) and are put in position order here, where SQLite's
    // sorter, started again for every measure, took a third of their
    // reading time.
    auto attach = [&](const char *sql, auto member, auto rowFrom) {
        if (!select(sql))
            return false;
        using Row = typename std::remove_reference_t<decltype(Measure().*member)>::value_type;
        std::vector<std::pair<int, Row>> gathered;
        auto next = placed.cbegin();
        int owner = 0;
        auto handOver = [&] {
            while (next != placed.cend() && next->id < owner)
                ++next;
            if (next != placed.cend() && next->id == owner && !gathered.empty()) {
                const auto byPosition = [](const auto &a, const auto &b) { return a.first < b.first; };
                if (!std::is_sorted(gathered.cbegin(), gathered.cend(), byPosition))
                    std::stable_sort(gathered.begin(), gathered.end(), byPosition);
                auto &rows = next->measure->*member;
                rows.reserve(qsizetype(gathered.size()));
                for (auto &[position, row] : gathered)
                    rows.append(std::move(row));
            }
            gathered.clear();
        };
        while (q->next()) {
            if (const int id = q->integer(0); id != owner) {
                handOver();
                owner = id;
            }
            gathered.emplace_back(q->integer(1), rowFrom());
        }
        handOver();
        return true;
    };
    const auto idAt2 = [&q] { return q->integer(2); };
    if (!attach("SELECT measure_id, position, audience_id FROM measure_audiences ORDER BY measure_id",
                &Measure::audienceIds, idAt2)
        || !attach("SELECT measure_id, position, department_id FROM measure_departments ORDER BY measure_id",
                   &Measure::departmentIds, idAt2)
        || !attach("SELECT measure_id, position, principle_id FROM measure_principles ORDER BY measure_id",
                   &Measure::principleIds, idAt2)
        || !attach("SELECT measure_id, position, kind, label, start_year, start_month, end_year, end_month"
                   " FROM phases ORDER BY measure_id, position",
                   &Measure::phases,
                   [&] {
                       return Phase { Phase::Kind(qBound(0, q->integer(2), 4)), label(3), q->integer(4),
                                      q->integer(5), q->integer(6), q->integer(7) };
                   })
        || !attach("SELECT measure_id, position, label, year, month FROM milestones ORDER BY measure_id, position",
                   &Measure::milestones,
                   [&] { return Milestone { label(2), q->integer(3), q->integer(4) }; }))
        return false;

    QHash<int, int> kpiIndex;
    if (!select("SELECT id, name, unit, description, direction, baseline_value, baseline_date,"
                " theme_id, source FROM kpis ORDER BY position"))
        return false;
    while (q->next()) {
        Kpi k;
        k.id = q->integer(0);
        k.name = q->text(1);
        k.unit = q->text(2);
        k.description = q->text(3);
        k.direction = q->integer(4) == 1 ? Kpi::Direction::LowerIsBetter : Kpi::Direction::HigherIsBetter;
        k.baselineValue = optionalNumber(5);
        k.baselineDate = date(6);
        k.themeId = q->integer(7);
        k.source = q->text(8);
        kpiIndex.insert(k.id, plan->kpis.size());
        plan->kpis.append(std::move(k));
    }
    if (!select("SELECT kpi_id, fiscal_year, value, statement FROM kpi_targets ORDER BY kpi_id, fiscal_year"))
        return false;
    while (q->next())
        if (auto it = kpiIndex.find(q->integer(0)); it != kpiIndex.end())
            plan->kpis[*it].targets.append({ q->integer(1), optionalNumber(2), q->text(3) });
    if (!select("SELECT kpi_id, date, value, note FROM kpi_actuals ORDER BY kpi_id, position"))
        return false;
    while (q->next())
        if (auto it = kpiIndex.find(q->integer(0)); it != kpiIndex.end())
            plan->kpis[*it].actuals.append({ date(1), optionalNumber(2), q->text(3) });
    if (!select("SELECT kpi_id, fiscal_year, date, old_value, old_statement, new_value, new_statement,"
                " reason FROM kpi_target_revisions ORDER BY kpi_id, position"))
        return false;
    while (q->next())
        if (auto it = kpiIndex.find(q->integer(0)); it != kpiIndex.end())
            plan->kpis[*it].targetRevisions.append({ q->integer(1), date(2), optionalNumber(3), q->text(4),
                                                     optionalNumber(5), q->text(6), q->text(7) });
    if (!select("SELECT kpi_id, measure_id FROM kpi_measures ORDER BY kpi_id, position"))
        return false;
    while (q->next())
        if (auto it = kpiIndex.find(q->integer(0)); it != kpiIndex.end())
            plan->kpis[*it].measureIds << q->integer(1);

    if (!select("SELECT id, date, kind, summary, name, author, EXISTS (SELECT 1 FROM revision_snapshots"
                " WHERE revision_id = revisions.id) FROM revisions ORDER BY position"))
        return false;
    while (q->next())
        plan->revisions.append({ q->integer(0), date(1),
                                 q->integer(2) == 0 ? Revision::Kind::Adopted : Revision::Kind::Revised,
                                 q->text(3), q->text(4), q->text(5), q->integer(6) != 0 });
    return finished();
}
