#include "models/PlanJson.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <stdexcept>

namespace PlanJson {

namespace {

// ---- names of enumerations, shared by reader and writer ----

template<typename E>
struct EnumNames;

template<>
struct EnumNames<Audience>
{
    static QStringList names() { return { QStringLiteral("residents"), QStringLiteral("staff"), QStringLiteral("both") }; }
};
template<>
struct EnumNames<MeasureStatus>
{
    static QStringList names() { return { QStringLiteral("planned"), QStringLiteral("inProgress"), QStringLiteral("done"), QStringLiteral("onHold") }; }
};
template<>
struct EnumNames<Phase::Kind>
{
    static QStringList names() { return { QStringLiteral("study"), QStringLiteral("procure"), QStringLiteral("build"), QStringLiteral("operate"), QStringLiteral("other") }; }
};
template<>
struct EnumNames<Kpi::Direction>
{
    static QStringList names() { return { QStringLiteral("higher"), QStringLiteral("lower") }; }
};
template<>
struct EnumNames<Revision::Kind>
{
    static QStringList names() { return { QStringLiteral("adopted"), QStringLiteral("revised") }; }
};

template<typename E>
QString nameOf(E value)
{
    return EnumNames<E>::names().value(int(value));
}

QJsonArray intArray(const QList<int> &ids)
{
    QJsonArray a;
    for (int id : ids)
        a.append(id);
    return a;
}

QString dateString(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// ---- writer ----

QJsonObject measureObject(const Measure &m)
{
    QJsonArray phases;
    for (const Phase &p : m.phases)
        phases.append(QJsonObject { { QStringLiteral("kind"), nameOf(p.kind) },
                                    { QStringLiteral("label"), p.label },
                                    { QStringLiteral("startYear"), p.startYear },
                                    { QStringLiteral("startMonth"), p.startMonth },
                                    { QStringLiteral("endYear"), p.endYear },
                                    { QStringLiteral("endMonth"), p.endMonth } });
    QJsonArray milestones;
    for (const Milestone &s : m.milestones)
        milestones.append(QJsonObject { { QStringLiteral("label"), s.label },
                                        { QStringLiteral("year"), s.year },
                                        { QStringLiteral("month"), s.month } });
    return QJsonObject {
        { QStringLiteral("id"), m.id },
        { QStringLiteral("title"), m.title },
        { QStringLiteral("audience"), nameOf(m.audience) },
        { QStringLiteral("overview"), m.overview },
        { QStringLiteral("effect"), m.effect },
        { QStringLiteral("allDepartments"), m.allDepartments },
        { QStringLiteral("departments"), intArray(m.departmentIds) },
        { QStringLiteral("principles"), intArray(m.principleIds) },
        { QStringLiteral("status"), nameOf(m.status) },
        { QStringLiteral("phases"), phases },
        { QStringLiteral("milestones"), milestones },
    };
}

QJsonObject kpiObject(const Kpi &k)
{
    QJsonArray targets;
    for (const KpiTarget &t : k.targets)
        targets.append(QJsonObject { { QStringLiteral("year"), t.year }, { QStringLiteral("value"), t.value } });
    QJsonArray actuals;
    for (const KpiActual &a : k.actuals)
        actuals.append(QJsonObject { { QStringLiteral("date"), dateString(a.date) },
                                     { QStringLiteral("value"), a.value },
                                     { QStringLiteral("note"), a.note } });
    return QJsonObject {
        { QStringLiteral("id"), k.id },
        { QStringLiteral("name"), k.name },
        { QStringLiteral("unit"), k.unit },
        { QStringLiteral("description"), k.description },
        { QStringLiteral("direction"), nameOf(k.direction) },
        { QStringLiteral("baselineValue"), k.baselineValue ? QJsonValue(*k.baselineValue) : QJsonValue() },
        { QStringLiteral("baselineDate"), dateString(k.baselineDate) },
        { QStringLiteral("source"), k.source },
        { QStringLiteral("themeId"), k.themeId ? QJsonValue(k.themeId) : QJsonValue() },
        { QStringLiteral("measures"), intArray(k.measureIds) },
        { QStringLiteral("targets"), targets },
        { QStringLiteral("actuals"), actuals },
    };
}

QJsonObject planObject(const Plan &plan)
{
    const PlanInfo &i = plan.info;
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("dxplan-json"));
    root.insert(QStringLiteral("formatVersion"), formatVersion);
    root.insert(QStringLiteral("plan"),
                QJsonObject { { QStringLiteral("title"), i.title },
                              { QStringLiteral("organisation"), i.organisation },
                              { QStringLiteral("organisationKind"), i.organisationKind },
                              { QStringLiteral("startYear"), i.startYear },
                              { QStringLiteral("endYear"), i.endYear },
                              { QStringLiteral("vision"), i.vision },
                              { QStringLiteral("goal"), i.goal },
                              { QStringLiteral("background"), i.background },
                              { QStringLiteral("position"), i.position } });
    QJsonArray principles;
    for (const Principle &p : plan.principles)
        principles.append(QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("title"), p.title },
                                        { QStringLiteral("description"), p.description } });
    root.insert(QStringLiteral("principles"), principles);
    QJsonArray roles;
    for (const Role &r : plan.roles)
        roles.append(QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("name"), r.name },
                                   { QStringLiteral("description"), r.description } });
    root.insert(QStringLiteral("roles"), roles);
    QJsonArray departments;
    for (const Department &d : plan.departments)
        departments.append(QJsonObject { { QStringLiteral("id"), d.id }, { QStringLiteral("name"), d.name } });
    root.insert(QStringLiteral("departments"), departments);
    QJsonArray themes;
    for (const Theme &t : plan.themes) {
        QJsonArray measures;
        for (const Measure &m : t.measures)
            measures.append(measureObject(m));
        themes.append(QJsonObject { { QStringLiteral("id"), t.id },
                                    { QStringLiteral("title"), t.title },
                                    { QStringLiteral("section"), t.section },
                                    { QStringLiteral("overview"), t.overview },
                                    { QStringLiteral("principles"), intArray(t.principleIds) },
                                    { QStringLiteral("futureCandidates"), QJsonArray::fromStringList(t.futureCandidates) },
                                    { QStringLiteral("measures"), measures } });
    }
    root.insert(QStringLiteral("themes"), themes);
    QJsonArray kpis;
    for (const Kpi &k : plan.kpis)
        kpis.append(kpiObject(k));
    root.insert(QStringLiteral("kpis"), kpis);
    QJsonArray systems;
    for (const SystemEntry &s : plan.systems)
        systems.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("number"), s.number },
                                     { QStringLiteral("business"), s.business },
                                     { QStringLiteral("system"), s.system }, { QStringLiteral("owner"), s.owner } });
    root.insert(QStringLiteral("systems"), systems);
    QJsonArray glossary;
    for (const GlossaryEntry &g : plan.glossary)
        glossary.append(QJsonObject { { QStringLiteral("id"), g.id }, { QStringLiteral("term"), g.term },
                                      { QStringLiteral("reading"), g.reading }, { QStringLiteral("row"), g.row },
                                      { QStringLiteral("explanation"), g.explanation } });
    root.insert(QStringLiteral("glossary"), glossary);
    QJsonArray revisions;
    for (const Revision &r : plan.revisions)
        revisions.append(QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("date"), dateString(r.date) },
                                       { QStringLiteral("kind"), nameOf(r.kind) },
                                       { QStringLiteral("summary"), r.summary } });
    root.insert(QStringLiteral("revisions"), revisions);
    return root;
}

// ---- reader ----

struct JsonError : std::runtime_error
{
    JsonError(const QString &path, const QString &what)
        : std::runtime_error(std::string()), message(path + QStringLiteral(": ") + what) { }
    QString message;
};

// A JSON object being read at a known path; every key must be taken, and
// any key left over at the end is reported as unknown.
class Reader
{
public:
    Reader(const QJsonValue &value, const QString &path) : m_path(path)
    {
        if (!value.isObject())
            throw JsonError(path, QStringLiteral("expected an object"));
        m_object = value.toObject();
    }

    QString path(const QString &key) const { return m_path + QLatin1Char('.') + key; }

    QJsonValue take(const QString &key)
    {
        if (!m_object.contains(key))
            throw JsonError(path(key), QStringLiteral("missing"));
        m_seen.insert(key);
        return m_object.value(key);
    }

    QString string(const QString &key)
    {
        const QJsonValue v = take(key);
        if (!v.isString())
            throw JsonError(path(key), QStringLiteral("expected a string"));
        return v.toString();
    }

    int integer(const QString &key, int min, int max)
    {
        return toInteger(take(key), path(key), min, max);
    }

    static int toInteger(const QJsonValue &v, const QString &path, int min, int max)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)))
            throw JsonError(path, QStringLiteral("expected an integer"));
        if (d < min || d > max)
            throw JsonError(path, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return int(d);
    }

    double number(const QString &key)
    {
        const QJsonValue v = take(key);
        if (!v.isDouble())
            throw JsonError(path(key), QStringLiteral("expected a number"));
        return v.toDouble();
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = take(key);
        if (!v.isBool())
            throw JsonError(path(key), QStringLiteral("expected true or false"));
        return v.toBool();
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = take(key);
        if (!v.isArray())
            throw JsonError(path(key), QStringLiteral("expected an array"));
        return v.toArray();
    }

    QDate date(const QString &key, bool allowEmpty)
    {
        const QString s = string(key);
        if (s.isEmpty() && allowEmpty)
            return QDate();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            throw JsonError(path(key), QStringLiteral("expected a date as YYYY-MM-DD"));
        return d;
    }

    template<typename E>
    E enumeration(const QString &key)
    {
        const QString s = string(key);
        const int index = EnumNames<E>::names().indexOf(s);
        if (index < 0)
            throw JsonError(path(key), QStringLiteral("expected one of %1").arg(EnumNames<E>::names().join(QStringLiteral(", "))));
        return E(index);
    }

    QList<int> ids(const QString &key)
    {
        const QJsonArray a = array(key);
        QList<int> ids;
        for (int i = 0; i < a.size(); ++i)
            ids << toInteger(a[i], path(key) + QStringLiteral("[%1]").arg(i), 1, INT_MAX);
        return ids;
    }

    void finish() const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_seen.contains(it.key()))
                throw JsonError(path(it.key()), QStringLiteral("unknown key"));
    }

private:
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_seen;
};

constexpr int minYear = 1900;
constexpr int maxYear = 2200;

// Checks that every id of a collection is unique.
class IdSet
{
public:
    explicit IdSet(const QString &what) : m_what(what) { }
    void add(int id, const QString &path)
    {
        if (m_ids.contains(id))
            throw JsonError(path, QStringLiteral("duplicate %1 id %2").arg(m_what).arg(id));
        m_ids.insert(id);
    }
    void require(const QList<int> &ids, const QString &path) const
    {
        for (int i = 0; i < ids.size(); ++i)
            if (!m_ids.contains(ids[i]))
                throw JsonError(path + QStringLiteral("[%1]").arg(i),
                                QStringLiteral("no %1 has id %2").arg(m_what).arg(ids[i]));
        if (QSet<int>(ids.begin(), ids.end()).size() != ids.size())
            throw JsonError(path, QStringLiteral("lists the same %1 twice").arg(m_what));
    }

private:
    QString m_what;
    QSet<int> m_ids;
};

template<typename Fn>
void forEachItem(Reader &parent, const QString &key, Fn fn)
{
    const QJsonArray a = parent.array(key);
    for (int i = 0; i < a.size(); ++i) {
        Reader r(a[i], parent.path(key) + QStringLiteral("[%1]").arg(i));
        fn(r);
        r.finish();
    }
}

Plan readPlan(const QJsonValue &rootValue)
{
    Plan plan;
    Reader root(rootValue, QStringLiteral("$"));
    if (root.string(QStringLiteral("format")) != QLatin1String("dxplan-json"))
        throw JsonError(root.path(QStringLiteral("format")), QStringLiteral("expected \"dxplan-json\""));
    const int version = root.integer(QStringLiteral("formatVersion"), 0, INT_MAX);
    if (version != formatVersion)
        throw JsonError(root.path(QStringLiteral("formatVersion")),
                        QStringLiteral("version %1 is not supported (this version reads %2)").arg(version).arg(formatVersion));

    {
        Reader r(root.take(QStringLiteral("plan")), root.path(QStringLiteral("plan")));
        PlanInfo &i = plan.info;
        i.title = r.string(QStringLiteral("title"));
        i.organisation = r.string(QStringLiteral("organisation"));
        i.organisationKind = r.string(QStringLiteral("organisationKind"));
        static const QStringList kinds = { QStringLiteral("town"), QStringLiteral("city"), QStringLiteral("village"), QStringLiteral("prefecture"), QStringLiteral("other") };
        if (!kinds.contains(i.organisationKind))
            throw JsonError(r.path(QStringLiteral("organisationKind")), QStringLiteral("expected one of %1").arg(kinds.join(QStringLiteral(", "))));
        i.startYear = r.integer(QStringLiteral("startYear"), minYear, maxYear);
        i.endYear = r.integer(QStringLiteral("endYear"), minYear, maxYear);
        if (i.endYear < i.startYear)
            throw JsonError(r.path(QStringLiteral("endYear")), QStringLiteral("is before startYear"));
        i.vision = r.string(QStringLiteral("vision"));
        i.goal = r.string(QStringLiteral("goal"));
        i.background = r.string(QStringLiteral("background"));
        i.position = r.string(QStringLiteral("position"));
        r.finish();
    }

    IdSet principleIds(QStringLiteral("principle"));
    forEachItem(root, QStringLiteral("principles"), [&](Reader &r) {
        Principle p;
        p.id = r.integer(QStringLiteral("id"), 1, INT_MAX);
        principleIds.add(p.id, r.path(QStringLiteral("id")));
        p.title = r.string(QStringLiteral("title"));
        p.description = r.string(QStringLiteral("description"));
        plan.principles << p;
    });
    IdSet roleIds(QStringLiteral("role"));
    forEachItem(root, QStringLiteral("roles"), [&](Reader &r) {
        Role x;
        x.id = r.integer(QStringLiteral("id"), 1, INT_MAX);
        roleIds.add(x.id, r.path(QStringLiteral("id")));
        x.name = r.string(QStringLiteral("name"));
        x.description = r.string(QStringLiteral("description"));
        plan.roles << x;
    });
    IdSet departmentIds(QStringLiteral("department"));
    forEachItem(root, QStringLiteral("departments"), [&](Reader &r) {
        Department d;
        d.id = r.integer(QStringLiteral("id"), 1, INT_MAX);
        departmentIds.add(d.id, r.path(QStringLiteral("id")));
        d.name = r.string(QStringLiteral("name"));
        plan.departments << d;
    });

    IdSet themeIds(QStringLiteral("theme"));
    IdSet measureIds(QStringLiteral("measure"));
    forEachItem(root, QStringLiteral("themes"), [&](Reader &r) {
        Theme t;
        t.id = r.integer(QStringLiteral("id"), 1, INT_MAX);
        themeIds.add(t.id, r.path(QStringLiteral("id")));
        t.title = r.string(QStringLiteral("title"));
        t.section = r.string(QStringLiteral("section"));
        t.overview = r.string(QStringLiteral("overview"));
        t.principleIds = r.ids(QStringLiteral("principles"));
        principleIds.require(t.principleIds, r.path(QStringLiteral("principles")));
        const QJsonArray candidates = r.array(QStringLiteral("futureCandidates"));
        for (int i = 0; i < candidates.size(); ++i) {
            if (!candidates[i].isString())
                throw JsonError(r.path(QStringLiteral("futureCandidates")) + QStringLiteral("[%1]").arg(i), QStringLiteral("expected a string"));
            t.futureCandidates << candidates[i].toString();
        }
        forEachItem(r, QStringLiteral("measures"), [&](Reader &mr) {
            Measure m;
            m.id = mr.integer(QStringLiteral("id"), 1, INT_MAX);
            measureIds.add(m.id, mr.path(QStringLiteral("id")));
            m.themeId = t.id;
            m.title = mr.string(QStringLiteral("title"));
            m.audience = mr.enumeration<Audience>(QStringLiteral("audience"));
            m.overview = mr.string(QStringLiteral("overview"));
            m.effect = mr.string(QStringLiteral("effect"));
            m.allDepartments = mr.boolean(QStringLiteral("allDepartments"));
            m.departmentIds = mr.ids(QStringLiteral("departments"));
            departmentIds.require(m.departmentIds, mr.path(QStringLiteral("departments")));
            m.principleIds = mr.ids(QStringLiteral("principles"));
            principleIds.require(m.principleIds, mr.path(QStringLiteral("principles")));
            m.status = mr.enumeration<MeasureStatus>(QStringLiteral("status"));
            forEachItem(mr, QStringLiteral("phases"), [&](Reader &pr) {
                Phase p;
                p.kind = pr.enumeration<Phase::Kind>(QStringLiteral("kind"));
                p.label = pr.string(QStringLiteral("label"));
                p.startYear = pr.integer(QStringLiteral("startYear"), minYear, maxYear);
                p.startMonth = pr.integer(QStringLiteral("startMonth"), 0, 12);
                p.endYear = pr.integer(QStringLiteral("endYear"), minYear, maxYear);
                p.endMonth = pr.integer(QStringLiteral("endMonth"), 0, 12);
                if (p.endOffset(p.startYear) <= p.startOffset(p.startYear))
                    throw JsonError(pr.path(QStringLiteral("endYear")), QStringLiteral("the phase ends before it starts"));
                m.phases << p;
            });
            forEachItem(mr, QStringLiteral("milestones"), [&](Reader &sr) {
                Milestone s;
                s.label = sr.string(QStringLiteral("label"));
                s.year = sr.integer(QStringLiteral("year"), minYear, maxYear);
                s.month = sr.integer(QStringLiteral("month"), 0, 12);
                m.milestones << s;
            });
            t.measures << m;
        });
        plan.themes << t;
    });

    IdSet kpiIds(QStringLiteral("KPI"));
    forEachItem(root, QStringLiteral("kpis"), [&](Reader &r) {
        Kpi k;
        k.id = r.integer(QStringLiteral("id"), 1, INT_MAX);
        kpiIds.add(k.id, r.path(QStringLiteral("id")));
        k.name = r.string(QStringLiteral("name"));
        k.unit = r.string(QStringLiteral("unit"));
        k.description = r.string(QStringLiteral("description"));
        k.direction = r.enumeration<Kpi::Direction>(QStringLiteral("direction"));
        const QJsonValue baseline = r.take(QStringLiteral("baselineValue"));
        if (baseline.isDouble())
            k.baselineValue = baseline.toDouble();
        else if (!baseline.isNull())
            throw JsonError(r.path(QStringLiteral("baselineValue")), QStringLiteral("expected a number or null"));
        k.baselineDate = r.date(QStringLiteral("baselineDate"), true);
        k.source = r.string(QStringLiteral("source"));
        const QJsonValue theme = r.take(QStringLiteral("themeId"));
        if (!theme.isNull()) {
            k.themeId = Reader::toInteger(theme, r.path(QStringLiteral("themeId")), 1, INT_MAX);
            themeIds.require({ k.themeId }, r.path(QStringLiteral("themeId")));
        }
        k.measureIds = r.ids(QStringLiteral("measures"));
        measureIds.require(k.measureIds, r.path(QStringLiteral("measures")));
        QSet<int> targetYears;
        forEachItem(r, QStringLiteral("targets"), [&](Reader &tr) {
            KpiTarget t;
            t.year = tr.integer(QStringLiteral("year"), minYear, maxYear);
            if (targetYears.contains(t.year))
                throw JsonError(tr.path(QStringLiteral("year")), QStringLiteral("a target for FY%1 is already given").arg(t.year));
            targetYears.insert(t.year);
            t.value = tr.number(QStringLiteral("value"));
            k.targets << t;
        });
        std::sort(k.targets.begin(), k.targets.end(), [](const KpiTarget &a, const KpiTarget &b) { return a.year < b.year; });
        forEachItem(r, QStringLiteral("actuals"), [&](Reader &ar) {
            KpiActual a;
            a.date = ar.date(QStringLiteral("date"), false);
            a.value = ar.number(QStringLiteral("value"));
            a.note = ar.string(QStringLiteral("note"));
            k.actuals << a;
        });
        std::stable_sort(k.actuals.begin(), k.actuals.end(), [](const KpiActual &a, const KpiActual &b) { return a.date < b.date; });
        plan.kpis << k;
    });

    IdSet systemIds(QStringLiteral("system"));
    forEachItem(root, QStringLiteral("systems"), [&](Reader &r) {
        SystemEntry s;
        s.id = r.integer(QStringLiteral("id"), 1, INT_MAX);
        systemIds.add(s.id, r.path(QStringLiteral("id")));
        s.number = r.integer(QStringLiteral("number"), 0, INT_MAX);
        s.business = r.string(QStringLiteral("business"));
        s.system = r.string(QStringLiteral("system"));
        s.owner = r.string(QStringLiteral("owner"));
        plan.systems << s;
    });
    IdSet glossaryIds(QStringLiteral("glossary entry"));
    forEachItem(root, QStringLiteral("glossary"), [&](Reader &r) {
        GlossaryEntry g;
        g.id = r.integer(QStringLiteral("id"), 1, INT_MAX);
        glossaryIds.add(g.id, r.path(QStringLiteral("id")));
        g.term = r.string(QStringLiteral("term"));
        g.reading = r.string(QStringLiteral("reading"));
        g.row = r.string(QStringLiteral("row"));
        g.explanation = r.string(QStringLiteral("explanation"));
        plan.glossary << g;
    });
    IdSet revisionIds(QStringLiteral("revision"));
    forEachItem(root, QStringLiteral("revisions"), [&](Reader &r) {
        Revision x;
        x.id = r.integer(QStringLiteral("id"), 1, INT_MAX);
        revisionIds.add(x.id, r.path(QStringLiteral("id")));
        x.date = r.date(QStringLiteral("date"), false);
        x.kind = r.enumeration<Revision::Kind>(QStringLiteral("kind"));
        x.summary = r.string(QStringLiteral("summary"));
        plan.revisions << x;
    });
    root.finish();
    return plan;
}

} // namespace

QByteArray write(const Plan &plan)
{
    return QJsonDocument(planObject(plan)).toJson(QJsonDocument::Indented);
}

bool write(const Plan &plan, QIODevice *device, QString *error)
{
    const QByteArray data = write(plan);
    if (device->write(data) != data.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

bool read(const QByteArray &json, Plan *plan, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line and column as well as the byte offset.
        const QByteArray head = json.left(parseError.offset);
        const int line = head.count('\n') + 1;
        const int column = parseError.offset - (head.lastIndexOf('\n') + 1) + 1;
        *error = QStringLiteral("not valid JSON at line %1, column %2: %3")
                     .arg(line).arg(column).arg(parseError.errorString());
        return false;
    }
    try {
        *plan = readPlan(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    } catch (const JsonError &e) {
        *error = e.message;
        return false;
    }
    return true;
}

bool read(QIODevice *device, Plan *plan, QString *error)
{
    return read(device->readAll(), plan, error);
}

} // namespace PlanJson
