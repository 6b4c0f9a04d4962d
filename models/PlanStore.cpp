#include "models/PlanStore.h"

#include "models/PlanLimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// QtSql binds a null QString as SQL NULL; our text columns are NOT NULL
// and an empty text is still a text.
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}

QDate dateFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
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
        const QString text = value.toString();
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
    for (const QVariant &v : values) {
        if (const QString problem = valueProblem(v); !problem.isEmpty()) {
            m_error = problem;
            return false;
        }
    }
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, bindable(values[i]));
    if (!q->exec()) {
        m_error = q->lastError().text();
        return false;
    }
    return true;
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
    // INSERT .. ON CONFLICT DO UPDATE keeps the row (and so its children,
    // which a REPLACE would cascade away).
    QStringList updates;
    for (const QString &c : columns.mid(1))
        updates << c + QStringLiteral(" = excluded.") + c;
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
                            .arg(table, columns.join(QLatin1Char(',')),
                                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')),
                                 updates.join(QLatin1Char(',')));
    return run(sql, values);
}

bool PlanStore::replaceChildren(const QString &table, const QString &parentColumn, int parentId,
                                const QString &insertSql, const QList<QVariantList> &rows)
{
    if (!run(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, parentColumn), { parentId }))
        return false;
    if (rows.isEmpty())
        return true;
    QSqlQuery *q = prepared(insertSql);
    if (!q)
        return false;
    for (const QVariantList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (const QString problem = valueProblem(row[i]); !problem.isEmpty()) {
                m_error = problem;
                return false;
            }
            q->bindValue(i, bindable(row[i]));
        }
        if (!q->exec()) {
            m_error = q->lastError().text();
            return false;
        }
    }
    return true;
}

namespace {

QList<QVariantList> idRows(int parentId, const QList<int> &ids)
{
    QList<QVariantList> rows;
    for (int i = 0; i < ids.size(); ++i)
        rows.append({ parentId, ids[i], i });
    return rows;
}

} // namespace

bool PlanStore::saveInfo(const PlanInfo &i)
{
    return saveSimple(QStringLiteral("plan_info"),
                      { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("organisation"),
                        QStringLiteral("organisation_kind"), QStringLiteral("start_year"),
                        QStringLiteral("end_year"), QStringLiteral("vision"), QStringLiteral("goal"),
                        QStringLiteral("background"), QStringLiteral("position") },
                      { 1, i.title, i.organisation, i.organisationKind, i.startYear, i.endYear,
                        i.vision, i.goal, i.background, i.position });
}

bool PlanStore::savePrinciple(const Principle &p, int position)
{
    return saveSimple(QStringLiteral("principles"),
                      { QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("title"),
                        QStringLiteral("description") },
                      { p.id, position, p.title, p.description });
}

bool PlanStore::saveRole(const Role &r, int position)
{
    return saveSimple(QStringLiteral("roles"),
                      { QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("name"),
                        QStringLiteral("description") },
                      { r.id, position, r.name, r.description });
}

bool PlanStore::saveDepartment(const Department &d, int position)
{
    return saveSimple(QStringLiteral("departments"),
                      { QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("name") },
                      { d.id, position, d.name });
}

bool PlanStore::saveSystem(const SystemEntry &s, int position)
{
    return saveSimple(QStringLiteral("systems"),
                      { QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("number"),
                        QStringLiteral("business"), QStringLiteral("system"), QStringLiteral("owner") },
                      { s.id, position, s.number, s.business, s.system, s.owner });
}

bool PlanStore::saveGlossaryEntry(const GlossaryEntry &g, int position)
{
    return saveSimple(QStringLiteral("glossary"),
                      { QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("term"),
                        QStringLiteral("reading"), QStringLiteral("row"), QStringLiteral("explanation") },
                      { g.id, position, g.term, g.reading, g.row, g.explanation });
}

bool PlanStore::saveRevision(const Revision &r, int position)
{
    return saveSimple(QStringLiteral("revisions"),
                      { QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("date"),
                        QStringLiteral("kind"), QStringLiteral("summary") },
                      { r.id, position, dateValue(r.date), int(r.kind), r.summary });
}

bool PlanStore::saveTheme(const Theme &t, int position)
{
    if (!saveSimple(QStringLiteral("themes"),
                    { QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("title"),
                      QStringLiteral("section"), QStringLiteral("overview") },
                    { t.id, position, t.title, t.section, t.overview }))
        return false;
    QList<QVariantList> candidates;
    for (int i = 0; i < t.futureCandidates.size(); ++i)
        candidates.append({ t.id, i, t.futureCandidates[i] });
    return replaceChildren(QStringLiteral("theme_principles"), QStringLiteral("theme_id"), t.id,
                           QStringLiteral("INSERT INTO theme_principles (theme_id, principle_id, position) VALUES (?,?,?)"),
                           idRows(t.id, t.principleIds))
        && replaceChildren(QStringLiteral("future_candidates"), QStringLiteral("theme_id"), t.id,
                           QStringLiteral("INSERT INTO future_candidates (theme_id, position, text) VALUES (?,?,?)"),
                           candidates);
}

bool PlanStore::saveMeasure(const Measure &m, int position)
{
    if (!saveSimple(QStringLiteral("measures"),
                    { QStringLiteral("id"), QStringLiteral("theme_id"), QStringLiteral("position"),
                      QStringLiteral("title"), QStringLiteral("audience"), QStringLiteral("overview"),
                      QStringLiteral("effect"), QStringLiteral("all_departments"),
                      QStringLiteral("status") },
                    { m.id, m.themeId, position, m.title, int(m.audience), m.overview, m.effect,
                      int(m.allDepartments), int(m.status) }))
        return false;
    QList<QVariantList> phases;
    for (int i = 0; i < m.phases.size(); ++i) {
        const Phase &p = m.phases[i];
        phases.append({ m.id, i, int(p.kind), p.label, p.startYear, p.startMonth, p.endYear, p.endMonth });
    }
    QList<QVariantList> milestones;
    for (int i = 0; i < m.milestones.size(); ++i) {
        const Milestone &s = m.milestones[i];
        milestones.append({ m.id, i, s.label, s.year, s.month });
    }
    return replaceChildren(QStringLiteral("measure_departments"), QStringLiteral("measure_id"), m.id,
                           QStringLiteral("INSERT INTO measure_departments (measure_id, department_id, position) VALUES (?,?,?)"),
                           idRows(m.id, m.departmentIds))
        && replaceChildren(QStringLiteral("measure_principles"), QStringLiteral("measure_id"), m.id,
                           QStringLiteral("INSERT INTO measure_principles (measure_id, principle_id, position) VALUES (?,?,?)"),
                           idRows(m.id, m.principleIds))
        && replaceChildren(QStringLiteral("phases"), QStringLiteral("measure_id"), m.id,
                           QStringLiteral("INSERT INTO phases (measure_id, position, kind, label, start_year, start_month, end_year, end_month) VALUES (?,?,?,?,?,?,?,?)"),
                           phases)
        && replaceChildren(QStringLiteral("milestones"), QStringLiteral("measure_id"), m.id,
                           QStringLiteral("INSERT INTO milestones (measure_id, position, label, year, month) VALUES (?,?,?,?,?)"),
                           milestones);
}

bool PlanStore::saveKpi(const Kpi &k, int position)
{
    if (!saveSimple(QStringLiteral("kpis"),
                    { QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("name"),
                      QStringLiteral("unit"), QStringLiteral("description"), QStringLiteral("direction"),
                      QStringLiteral("baseline_value"), QStringLiteral("baseline_date"),
                      QStringLiteral("theme_id"), QStringLiteral("source") },
                    { k.id, position, k.name, k.unit, k.description, int(k.direction),
                      k.baselineValue ? QVariant(*k.baselineValue) : QVariant(QMetaType(QMetaType::Double)),
                      dateValue(k.baselineDate),
                      k.themeId ? QVariant(k.themeId) : QVariant(QMetaType(QMetaType::Int)), k.source }))
        return false;
    QList<QVariantList> targets;
    for (const KpiTarget &t : k.targets)
        targets.append({ k.id, t.year, t.value });
    QList<QVariantList> actuals;
    for (int i = 0; i < k.actuals.size(); ++i)
        actuals.append({ k.id, i, dateValue(k.actuals[i].date), k.actuals[i].value, k.actuals[i].note });
    return replaceChildren(QStringLiteral("kpi_targets"), QStringLiteral("kpi_id"), k.id,
                           QStringLiteral("INSERT INTO kpi_targets (kpi_id, fiscal_year, value) VALUES (?,?,?)"),
                           targets)
        && replaceChildren(QStringLiteral("kpi_actuals"), QStringLiteral("kpi_id"), k.id,
                           QStringLiteral("INSERT INTO kpi_actuals (kpi_id, position, date, value, note) VALUES (?,?,?,?,?)"),
                           actuals)
        && replaceChildren(QStringLiteral("kpi_measures"), QStringLiteral("kpi_id"), k.id,
                           QStringLiteral("INSERT INTO kpi_measures (kpi_id, measure_id, position) VALUES (?,?,?)"),
                           idRows(k.id, k.measureIds));
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
        q->bindValue(0, i);
        q->bindValue(1, ids[i]);
        if (!q->exec()) {
            m_error = q->lastError().text();
            return false;
        }
    }
    return true;
}

bool PlanStore::writeAll(const Plan &plan)
{
    if (!begin())
        return false;
    bool ok = saveInfo(plan.info);
    for (int i = 0; ok && i < plan.principles.size(); ++i)
        ok = savePrinciple(plan.principles[i], i);
    for (int i = 0; ok && i < plan.roles.size(); ++i)
        ok = saveRole(plan.roles[i], i);
    for (int i = 0; ok && i < plan.departments.size(); ++i)
        ok = saveDepartment(plan.departments[i], i);
    for (int i = 0; ok && i < plan.themes.size(); ++i) {
        const Theme &t = plan.themes[i];
        ok = saveTheme(t, i);
        for (int j = 0; ok && j < t.measures.size(); ++j)
            ok = saveMeasure(t.measures[j], j);
    }
    for (int i = 0; ok && i < plan.kpis.size(); ++i)
        ok = saveKpi(plan.kpis[i], i);
    for (int i = 0; ok && i < plan.systems.size(); ++i)
        ok = saveSystem(plan.systems[i], i);
    for (int i = 0; ok && i < plan.glossary.size(); ++i)
        ok = saveGlossaryEntry(plan.glossary[i], i);
    for (int i = 0; ok && i < plan.revisions.size(); ++i)
        ok = saveRevision(plan.revisions[i], i);
    if (!ok) {
        rollback();
        return false;
    }
    return commit();
}

bool PlanStore::load(Plan *plan)
{
    *plan = Plan();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto select = [&](const char *sql) {
        if (!q.exec(QString::fromLatin1(sql))) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    };

    if (!select("SELECT title, organisation, organisation_kind, start_year, end_year, vision,"
                " goal, background, position FROM plan_info WHERE id = 1"))
        return false;
    if (!q.next()) {
        m_error = QStringLiteral("the database holds no plan");
        return false;
    }
    PlanInfo &info = plan->info;
    info.title = q.value(0).toString();
    info.organisation = q.value(1).toString();
    info.organisationKind = q.value(2).toString();
    info.startYear = q.value(3).toInt();
    info.endYear = q.value(4).toInt();
    info.vision = q.value(5).toString();
    info.goal = q.value(6).toString();
    info.background = q.value(7).toString();
    info.position = q.value(8).toString();

    if (!select("SELECT id, title, description FROM principles ORDER BY position"))
        return false;
    while (q.next())
        plan->principles.append({ q.value(0).toInt(), q.value(1).toString(), q.value(2).toString() });
    if (!select("SELECT id, name, description FROM roles ORDER BY position"))
        return false;
    while (q.next())
        plan->roles.append({ q.value(0).toInt(), q.value(1).toString(), q.value(2).toString() });
    if (!select("SELECT id, name FROM departments ORDER BY position"))
        return false;
    while (q.next())
        plan->departments.append({ q.value(0).toInt(), q.value(1).toString() });

    QHash<int, int> themeIndex;
    if (!select("SELECT id, title, section, overview FROM themes ORDER BY position"))
        return false;
    while (q.next()) {
        Theme t;
        t.id = q.value(0).toInt();
        t.title = q.value(1).toString();
        t.section = q.value(2).toString();
        t.overview = q.value(3).toString();
        themeIndex.insert(t.id, plan->themes.size());
        plan->themes.append(t);
    }
    if (!select("SELECT theme_id, principle_id FROM theme_principles ORDER BY theme_id, position"))
        return false;
    while (q.next())
        if (auto it = themeIndex.find(q.value(0).toInt()); it != themeIndex.end())
            plan->themes[*it].principleIds << q.value(1).toInt();
    if (!select("SELECT theme_id, text FROM future_candidates ORDER BY theme_id, position"))
        return false;
    while (q.next())
        if (auto it = themeIndex.find(q.value(0).toInt()); it != themeIndex.end())
            plan->themes[*it].futureCandidates << q.value(1).toString();

    // Measures are gathered flat first, then moved into their themes, so
    // that child rows can be attached by id in one pass each.
    QList<Measure> measures;
    QHash<int, int> measureIndex;
    if (!select("SELECT id, theme_id, title, audience, overview, effect, all_departments, status"
                " FROM measures ORDER BY theme_id, position"))
        return false;
    while (q.next()) {
        Measure m;
        m.id = q.value(0).toInt();
        m.themeId = q.value(1).toInt();
        m.title = q.value(2).toString();
        m.audience = Audience(qBound(0, q.value(3).toInt(), 2));
        m.overview = q.value(4).toString();
        m.effect = q.value(5).toString();
        m.allDepartments = q.value(6).toBool();
        m.status = MeasureStatus(qBound(0, q.value(7).toInt(), 3));
        measureIndex.insert(m.id, measures.size());
        measures.append(m);
    }
    if (!select("SELECT measure_id, department_id FROM measure_departments ORDER BY measure_id, position"))
        return false;
    while (q.next())
        if (auto it = measureIndex.find(q.value(0).toInt()); it != measureIndex.end())
            measures[*it].departmentIds << q.value(1).toInt();
    if (!select("SELECT measure_id, principle_id FROM measure_principles ORDER BY measure_id, position"))
        return false;
    while (q.next())
        if (auto it = measureIndex.find(q.value(0).toInt()); it != measureIndex.end())
            measures[*it].principleIds << q.value(1).toInt();
    if (!select("SELECT measure_id, kind, label, start_year, start_month, end_year, end_month"
                " FROM phases ORDER BY measure_id, position"))
        return false;
    while (q.next())
        if (auto it = measureIndex.find(q.value(0).toInt()); it != measureIndex.end())
            measures[*it].phases.append({ Phase::Kind(qBound(0, q.value(1).toInt(), 4)),
                                          q.value(2).toString(), q.value(3).toInt(),
                                          q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt() });
    if (!select("SELECT measure_id, label, year, month FROM milestones ORDER BY measure_id, position"))
        return false;
    while (q.next())
        if (auto it = measureIndex.find(q.value(0).toInt()); it != measureIndex.end())
            measures[*it].milestones.append({ q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() });
    for (Measure &m : measures)
        if (auto it = themeIndex.find(m.themeId); it != themeIndex.end())
            plan->themes[*it].measures.append(std::move(m));

    QHash<int, int> kpiIndex;
    if (!select("SELECT id, name, unit, description, direction, baseline_value, baseline_date,"
                " theme_id, source FROM kpis ORDER BY position"))
        return false;
    while (q.next()) {
        Kpi k;
        k.id = q.value(0).toInt();
        k.name = q.value(1).toString();
        k.unit = q.value(2).toString();
        k.description = q.value(3).toString();
        k.direction = q.value(4).toInt() == 1 ? Kpi::Direction::LowerIsBetter
                                              : Kpi::Direction::HigherIsBetter;
        if (!q.value(5).isNull())
            k.baselineValue = q.value(5).toDouble();
        k.baselineDate = dateFrom(q.value(6));
        k.themeId = q.value(7).toInt();
        k.source = q.value(8).toString();
        kpiIndex.insert(k.id, plan->kpis.size());
        plan->kpis.append(k);
    }
    if (!select("SELECT kpi_id, fiscal_year, value FROM kpi_targets ORDER BY kpi_id, fiscal_year"))
        return false;
    while (q.next())
        if (auto it = kpiIndex.find(q.value(0).toInt()); it != kpiIndex.end())
            plan->kpis[*it].targets.append({ q.value(1).toInt(), q.value(2).toDouble() });
    if (!select("SELECT kpi_id, date, value, note FROM kpi_actuals ORDER BY kpi_id, position"))
        return false;
    while (q.next())
        if (auto it = kpiIndex.find(q.value(0).toInt()); it != kpiIndex.end())
            plan->kpis[*it].actuals.append({ dateFrom(q.value(1)), q.value(2).toDouble(), q.value(3).toString() });
    if (!select("SELECT kpi_id, measure_id FROM kpi_measures ORDER BY kpi_id, position"))
        return false;
    while (q.next())
        if (auto it = kpiIndex.find(q.value(0).toInt()); it != kpiIndex.end())
            plan->kpis[*it].measureIds << q.value(1).toInt();

    if (!select("SELECT id, number, business, system, owner FROM systems ORDER BY position"))
        return false;
    while (q.next())
        plan->systems.append({ q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString() });
    if (!select("SELECT id, term, reading, row, explanation FROM glossary ORDER BY position"))
        return false;
    while (q.next())
        plan->glossary.append({ q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString() });
    if (!select("SELECT id, date, kind, summary FROM revisions ORDER BY position"))
        return false;
    while (q.next())
        plan->revisions.append({ q.value(0).toInt(), dateFrom(q.value(1)),
                                 q.value(2).toInt() == 0 ? Revision::Kind::Adopted : Revision::Kind::Revised,
                                 q.value(3).toString() });
    return true;
}
