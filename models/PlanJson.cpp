#include "models/PlanJson.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
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

// The bytes `text` takes in UTF-8, without converting it.
qint64 utf8Size(const QString &text)
{
    qint64 bytes = 0;
    const qsizetype n = text.size();
    const QChar *d = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < n && d[i + 1].isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

// What the whole read shares: the limits and the text counted so far.
struct ReadContext
{
    ReadLimits limits;
    qint64 totalText = 0;

    void countText(const QString &text, const QString &path)
    {
        const qint64 bytes = utf8Size(text);
        if (bytes > limits.maxTextBytes)
            throw JsonError(path, QCoreApplication::translate("PlanJson", "the text is longer than %1 bytes (UTF-8)").arg(limits.maxTextBytes));
        totalText += bytes;
        if (totalText > limits.maxTotalTextBytes)
            throw JsonError(path, QCoreApplication::translate("PlanJson", "the plan's texts together are longer than %1 bytes (UTF-8)").arg(limits.maxTotalTextBytes));
    }
};

// A JSON object being read at a known path; every key must be taken, and
// any key left over at the end is reported as unknown.
class Reader
{
public:
    Reader(const QJsonValue &value, const QString &path, ReadContext *context)
        : m_path(path), m_context(context)
    {
        if (!value.isObject())
            throw JsonError(path, QCoreApplication::translate("PlanJson", "expected an object"));
        m_object = value.toObject();
    }

    QString path(const QString &key) const { return m_path + JsonDuplicateKeys::pathSegment(key); }
    ReadContext *context() const { return m_context; }

    QJsonValue take(const QString &key)
    {
        if (!m_object.contains(key))
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "missing"));
        m_seen.insert(key);
        return m_object.value(key);
    }

    // Any text; counted against the text limits.
    QString string(const QString &key) { return toText(take(key), path(key), m_context); }

    static QString toText(const QJsonValue &v, const QString &path, ReadContext *context)
    {
        if (!v.isString())
            throw JsonError(path, QCoreApplication::translate("PlanJson", "expected a string"));
        const QString text = v.toString();
        context->countText(text, path);
        return text;
    }

    // A text the format says must not be empty; blanks alone count as empty.
    QString nonEmptyString(const QString &key)
    {
        const QString text = string(key);
        if (text.trimmed().isEmpty())
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "must not be empty"));
        return text;
    }

    int integer(const QString &key, qint64 min, qint64 max)
    {
        return toInteger(take(key), path(key), min, max);
    }
    int id(const QString &key) { return integer(key, PlanLimits::minId, PlanLimits::maxId); }
    int year(const QString &key) { return integer(key, PlanLimits::minYear, PlanLimits::maxYear); }
    int month(const QString &key) { return integer(key, PlanLimits::minMonth, PlanLimits::maxMonth); }

    // A whole number within [min, max] (which lie within int).
    static int toInteger(const QJsonValue &v, const QString &path, qint64 min, qint64 max)
    {
        if (!v.isDouble())
            throw JsonError(path, QCoreApplication::translate("PlanJson", "expected an integer"));
        const double d = v.toDouble();
        if (!qIsFinite(d) || std::trunc(d) != d)
            throw JsonError(path, QCoreApplication::translate("PlanJson", "expected an integer"));
        if (d < double(min) || d > double(max))
            throw JsonError(path, QCoreApplication::translate("PlanJson", "must be between %1 and %2").arg(min).arg(max));
        return int(d);
    }

    static double toNumber(const QJsonValue &v, const QString &path)
    {
        if (!v.isDouble())
            throw JsonError(path, QCoreApplication::translate("PlanJson", "expected a number"));
        const double d = v.toDouble();
        if (!PlanLimits::isValidNumber(d))
            throw JsonError(path, QCoreApplication::translate("PlanJson", "must be a number between -1e15 and 1e15"));
        return d;
    }

    // A KPI figure: finite and within PlanLimits::maxNumberMagnitude.
    double number(const QString &key) { return toNumber(take(key), path(key)); }

    bool boolean(const QString &key)
    {
        const QJsonValue v = take(key);
        if (!v.isBool())
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "expected true or false"));
        return v.toBool();
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = take(key);
        if (!v.isArray())
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "expected an array"));
        return v.toArray();
    }

    QDate date(const QString &key, bool allowEmpty)
    {
        const QString s = string(key);
        if (s.isEmpty() && allowEmpty)
            return QDate();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "expected a date as YYYY-MM-DD"));
        return d;
    }

    template<typename E>
    E enumeration(const QString &key)
    {
        const QString s = string(key);
        const int index = EnumNames<E>::names().indexOf(s);
        if (index < 0)
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "expected one of %1").arg(EnumNames<E>::names().join(QStringLiteral(", "))));
        return E(index);
    }

    QList<int> ids(const QString &key)
    {
        const QJsonArray a = array(key);
        QList<int> ids;
        for (int i = 0; i < a.size(); ++i)
            ids << toInteger(a[i], path(key) + QStringLiteral("[%1]").arg(i), PlanLimits::minId, PlanLimits::maxId);
        return ids;
    }

    void finish() const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_seen.contains(it.key()))
                throw JsonError(path(it.key()), QCoreApplication::translate("PlanJson", "unknown key"));
    }

private:
    QJsonObject m_object;
    QString m_path;
    ReadContext *m_context;
    QSet<QString> m_seen;
};

// Checks that every id of a collection is unique.
class IdSet
{
public:
    explicit IdSet(const QString &what) : m_what(what) { }
    void add(int id, const QString &path)
    {
        if (m_ids.contains(id))
            throw JsonError(path, QCoreApplication::translate("PlanJson", "duplicate %1 id %2").arg(m_what).arg(id));
        m_ids.insert(id);
    }
    void require(const QList<int> &ids, const QString &path) const
    {
        for (int i = 0; i < ids.size(); ++i)
            if (!m_ids.contains(ids[i]))
                throw JsonError(path + QStringLiteral("[%1]").arg(i),
                                QCoreApplication::translate("PlanJson", "no %1 has id %2").arg(m_what).arg(ids[i]));
        if (QSet<int>(ids.begin(), ids.end()).size() != ids.size())
            throw JsonError(path, QCoreApplication::translate("PlanJson", "lists the same %1 twice").arg(m_what));
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
        Reader r(a[i], parent.path(key) + QStringLiteral("[%1]").arg(i), parent.context());
        fn(r);
        r.finish();
    }
}

Plan readPlan(const QJsonValue &rootValue, ReadContext *context)
{
    Plan plan;
    Reader root(rootValue, QStringLiteral("$"), context);
    if (root.string(QStringLiteral("format")) != QLatin1String("dxplan-json"))
        throw JsonError(root.path(QStringLiteral("format")), QCoreApplication::translate("PlanJson", "expected \"dxplan-json\""));
    const int version = root.integer(QStringLiteral("formatVersion"), 0, INT_MAX);
    if (version != formatVersion)
        throw JsonError(root.path(QStringLiteral("formatVersion")),
                        QCoreApplication::translate("PlanJson", "version %1 is not supported (this version reads %2)").arg(version).arg(formatVersion));

    {
        Reader r(root.take(QStringLiteral("plan")), root.path(QStringLiteral("plan")), context);
        PlanInfo &i = plan.info;
        i.title = r.string(QStringLiteral("title"));
        i.organisation = r.string(QStringLiteral("organisation"));
        i.organisationKind = r.string(QStringLiteral("organisationKind"));
        static const QStringList kinds = { QStringLiteral("town"), QStringLiteral("city"), QStringLiteral("village"), QStringLiteral("prefecture"), QStringLiteral("other") };
        if (!kinds.contains(i.organisationKind))
            throw JsonError(r.path(QStringLiteral("organisationKind")), QCoreApplication::translate("PlanJson", "expected one of %1").arg(kinds.join(QStringLiteral(", "))));
        i.startYear = r.year(QStringLiteral("startYear"));
        i.endYear = r.year(QStringLiteral("endYear"));
        if (i.endYear < i.startYear)
            throw JsonError(r.path(QStringLiteral("endYear")), QCoreApplication::translate("PlanJson", "is before startYear"));
        i.vision = r.string(QStringLiteral("vision"));
        i.goal = r.string(QStringLiteral("goal"));
        i.background = r.string(QStringLiteral("background"));
        i.position = r.string(QStringLiteral("position"));
        r.finish();
    }

    IdSet principleIds(QCoreApplication::translate("PlanJson", "principle"));
    forEachItem(root, QStringLiteral("principles"), [&](Reader &r) {
        Principle p;
        p.id = r.id(QStringLiteral("id"));
        principleIds.add(p.id, r.path(QStringLiteral("id")));
        p.title = r.string(QStringLiteral("title"));
        p.description = r.string(QStringLiteral("description"));
        plan.principles << p;
    });
    IdSet roleIds(QCoreApplication::translate("PlanJson", "role"));
    forEachItem(root, QStringLiteral("roles"), [&](Reader &r) {
        Role x;
        x.id = r.id(QStringLiteral("id"));
        roleIds.add(x.id, r.path(QStringLiteral("id")));
        x.name = r.string(QStringLiteral("name"));
        x.description = r.string(QStringLiteral("description"));
        plan.roles << x;
    });
    IdSet departmentIds(QCoreApplication::translate("PlanJson", "department"));
    forEachItem(root, QStringLiteral("departments"), [&](Reader &r) {
        Department d;
        d.id = r.id(QStringLiteral("id"));
        departmentIds.add(d.id, r.path(QStringLiteral("id")));
        d.name = r.nonEmptyString(QStringLiteral("name"));
        plan.departments << d;
    });

    IdSet themeIds(QCoreApplication::translate("PlanJson", "theme"));
    IdSet measureIds(QCoreApplication::translate("PlanJson", "measure"));
    forEachItem(root, QStringLiteral("themes"), [&](Reader &r) {
        Theme t;
        t.id = r.id(QStringLiteral("id"));
        themeIds.add(t.id, r.path(QStringLiteral("id")));
        t.title = r.nonEmptyString(QStringLiteral("title"));
        t.section = r.string(QStringLiteral("section"));
        t.overview = r.string(QStringLiteral("overview"));
        t.principleIds = r.ids(QStringLiteral("principles"));
        principleIds.require(t.principleIds, r.path(QStringLiteral("principles")));
        const QJsonArray candidates = r.array(QStringLiteral("futureCandidates"));
        for (int i = 0; i < candidates.size(); ++i)
            t.futureCandidates << Reader::toText(candidates[i], r.path(QStringLiteral("futureCandidates")) + QStringLiteral("[%1]").arg(i),
                                                 r.context());
        forEachItem(r, QStringLiteral("measures"), [&](Reader &mr) {
            Measure m;
            m.id = mr.id(QStringLiteral("id"));
            measureIds.add(m.id, mr.path(QStringLiteral("id")));
            m.themeId = t.id;
            m.title = mr.nonEmptyString(QStringLiteral("title"));
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
                p.startYear = pr.year(QStringLiteral("startYear"));
                p.startMonth = pr.month(QStringLiteral("startMonth"));
                p.endYear = pr.year(QStringLiteral("endYear"));
                p.endMonth = pr.month(QStringLiteral("endMonth"));
                if (p.endOffset(p.startYear) <= p.startOffset(p.startYear))
                    throw JsonError(pr.path(QStringLiteral("endYear")), QCoreApplication::translate("PlanJson", "the phase ends before it starts"));
                m.phases << p;
            });
            forEachItem(mr, QStringLiteral("milestones"), [&](Reader &sr) {
                Milestone s;
                s.label = sr.string(QStringLiteral("label"));
                s.year = sr.year(QStringLiteral("year"));
                s.month = sr.month(QStringLiteral("month"));
                m.milestones << s;
            });
            t.measures << m;
        });
        plan.themes << t;
    });

    IdSet kpiIds(QCoreApplication::translate("PlanJson", "KPI"));
    forEachItem(root, QStringLiteral("kpis"), [&](Reader &r) {
        Kpi k;
        k.id = r.id(QStringLiteral("id"));
        kpiIds.add(k.id, r.path(QStringLiteral("id")));
        k.name = r.nonEmptyString(QStringLiteral("name"));
        k.unit = r.string(QStringLiteral("unit"));
        k.description = r.string(QStringLiteral("description"));
        k.direction = r.enumeration<Kpi::Direction>(QStringLiteral("direction"));
        const QJsonValue baseline = r.take(QStringLiteral("baselineValue"));
        if (baseline.isDouble())
            k.baselineValue = Reader::toNumber(baseline, r.path(QStringLiteral("baselineValue")));
        else if (!baseline.isNull())
            throw JsonError(r.path(QStringLiteral("baselineValue")), QCoreApplication::translate("PlanJson", "expected a number or null"));
        k.baselineDate = r.date(QStringLiteral("baselineDate"), true);
        k.source = r.string(QStringLiteral("source"));
        const QJsonValue theme = r.take(QStringLiteral("themeId"));
        if (!theme.isNull()) {
            k.themeId = Reader::toInteger(theme, r.path(QStringLiteral("themeId")), PlanLimits::minId, PlanLimits::maxId);
            themeIds.require({ k.themeId }, r.path(QStringLiteral("themeId")));
        }
        k.measureIds = r.ids(QStringLiteral("measures"));
        measureIds.require(k.measureIds, r.path(QStringLiteral("measures")));
        QSet<int> targetYears;
        forEachItem(r, QStringLiteral("targets"), [&](Reader &tgt) {
            KpiTarget t;
            t.year = tgt.year(QStringLiteral("year"));
            if (targetYears.contains(t.year))
                throw JsonError(tgt.path(QStringLiteral("year")), QCoreApplication::translate("PlanJson", "a target for FY%1 is already given").arg(t.year));
            targetYears.insert(t.year);
            t.value = tgt.number(QStringLiteral("value"));
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

    IdSet systemIds(QCoreApplication::translate("PlanJson", "system"));
    forEachItem(root, QStringLiteral("systems"), [&](Reader &r) {
        SystemEntry s;
        s.id = r.id(QStringLiteral("id"));
        systemIds.add(s.id, r.path(QStringLiteral("id")));
        s.number = r.integer(QStringLiteral("number"), 0, INT_MAX);
        s.business = r.string(QStringLiteral("business"));
        s.system = r.string(QStringLiteral("system"));
        s.owner = r.string(QStringLiteral("owner"));
        plan.systems << s;
    });
    IdSet glossaryIds(QCoreApplication::translate("PlanJson", "glossary entry"));
    forEachItem(root, QStringLiteral("glossary"), [&](Reader &r) {
        GlossaryEntry g;
        g.id = r.id(QStringLiteral("id"));
        glossaryIds.add(g.id, r.path(QStringLiteral("id")));
        g.term = r.nonEmptyString(QStringLiteral("term"));
        g.reading = r.string(QStringLiteral("reading"));
        g.row = r.string(QStringLiteral("row"));
        g.explanation = r.string(QStringLiteral("explanation"));
        plan.glossary << g;
    });
    IdSet revisionIds(QCoreApplication::translate("PlanJson", "revision"));
    forEachItem(root, QStringLiteral("revisions"), [&](Reader &r) {
        Revision x;
        x.id = r.id(QStringLiteral("id"));
        revisionIds.add(x.id, r.path(QStringLiteral("id")));
        x.date = r.date(QStringLiteral("date"), false);
        x.kind = r.enumeration<Revision::Kind>(QStringLiteral("kind"));
        x.summary = r.string(QStringLiteral("summary"));
        plan.revisions << x;
    });
    root.finish();
    return plan;
}

QString tooLarge(qint64 limit)
{
    return QCoreApplication::translate("PlanJson", "the JSON file is larger than %1 bytes").arg(limit);
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

bool read(const QByteArray &json, Plan *plan, QString *error, const ReadLimits &limits)
{
    if (json.size() > limits.maxJsonBytes) {
        *error = tooLarge(limits.maxJsonBytes);
        return false;
    }
    // QJsonDocument keeps one of two equal keys without a word and parses
    // nesting far deeper than a plan needs: the raw bytes are checked first.
    const JsonDuplicateKeys::Finding finding = JsonDuplicateKeys::scan(json, limits.maxDepth);
    if (finding.found() && finding.kind != JsonDuplicateKeys::Finding::Kind::Malformed) {
        *error = finding.message();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line and column as well as the byte offset.
        const QByteArray head = json.left(parseError.offset);
        const qsizetype line = head.count('\n') + 1;
        const qsizetype column = parseError.offset - (head.lastIndexOf('\n') + 1) + 1;
        *error = QCoreApplication::translate("PlanJson", "not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
        return false;
    }
    if (finding.found()) {
        // The scan met something it does not take for JSON; refuse rather
        // than trust a document it could not check.
        *error = finding.message();
        return false;
    }
    try {
        ReadContext context;
        context.limits = limits;
        *plan = readPlan(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), &context);
    } catch (const JsonError &e) {
        *error = e.message;
        return false;
    }
    return true;
}

bool read(QIODevice *device, Plan *plan, QString *error, const ReadLimits &limits)
{
    // The size is known before a byte is read, except from pipes and sockets.
    if (!device->isSequential() && device->size() - device->pos() > limits.maxJsonBytes) {
        *error = tooLarge(limits.maxJsonBytes);
        return false;
    }
    QByteArray data;
    for (;;) {
        // Pipes, processes and sockets: wait for more until they end
        // (atEnd() only says nothing is buffered yet).
        if (device->isSequential() && device->bytesAvailable() <= 0)
            device->waitForReadyRead(30000);
        const QByteArray chunk = device->read(qMin<qint64>(qint64(1) << 20, limits.maxJsonBytes + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
        if (data.size() > limits.maxJsonBytes) {
            *error = tooLarge(limits.maxJsonBytes);
            return false;
        }
    }
    return read(data, plan, error, limits);
}

} // namespace PlanJson
