#include "models/PlanJson.h"

#include "models/BackgroundRelease.h"
#include "models/DocumentParts.h"
#include "models/HexDigits.h"
#include "models/ItemKinds.h"
#include "models/LargeBuffer.h"
#include "models/PlanJsonNames.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QSet>
#include <QThread>
#include <QVarLengthArray>

#include <map>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>
#include <future>
#include <stdexcept>
#include <string_view>
#include <vector>

#include <simdjson.h>

namespace PlanJson {

namespace {

using namespace Names;

// Where a value lies: the member `key` of the value at `parent`, or
// element `index` of that member. The JSON path text is made only for a
// message: a plan of 100,000 measures has millions of values, and nearly
// every read is fine.
class Where
{
public:
    // The document itself, "$".
    Where() = default;
    Where(const Where &parent, const QString &key, qsizetype index = -1)
        : m_parent(&parent), m_key(key), m_index(index) { }

    QString path() const
    {
        if (!m_parent)
            return QStringLiteral("$");
        QString path = m_parent->path() + JsonDuplicateKeys::pathSegment(m_key);
        if (m_index >= 0)
            path += QStringLiteral("[%1]").arg(m_index);
        return path;
    }

private:
    const Where *m_parent = nullptr;
    QString m_key;
    qsizetype m_index = -1;
};

struct JsonError : std::runtime_error
{
    JsonError(const QString &path, const QString &what)
        : std::runtime_error(std::string()), message(path + QStringLiteral(": ") + what) { }
    JsonError(const Where &where, const QString &what) : JsonError(where.path(), what) { }
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

    void countText(const QString &text, const Where &where)
    {
        const qint64 bytes = utf8Size(text);
        if (bytes > limits.maxTextBytes)
            throw JsonError(where, QCoreApplication::translate("PlanJson", "the text is longer than %1 bytes (UTF-8)").arg(limits.maxTextBytes));
        totalText += bytes;
        if (totalText > limits.maxTotalTextBytes)
            throw JsonError(where, QCoreApplication::translate("PlanJson", "the plan's texts together are longer than %1 bytes (UTF-8)").arg(limits.maxTotalTextBytes));
    }
};

// A value of the parsed document (simdjson's, which keeps the whole
// document in one array of 64-bit words and its texts in another).
using JsonValue = simdjson::dom::element;

// An array of the document, walked in order (simdjson finds an item by
// index only by walking to it).
using JsonArray = simdjson::dom::array;

// Any JSON number (simdjson keeps whole numbers apart) as a double, as
// JSON itself has only the one kind.
double toDouble(const JsonValue &v)
{
    switch (v.type()) {
    case simdjson::dom::element_type::INT64:
        return double(v.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return double(v.get_uint64().value_unsafe());
    default:
        return v.get_double().value_unsafe();
    }
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A JSON object being read at a known place; every key must be taken, and
// any key left over at the end is reported as unknown (the first in the
// file's order).
class Reader
{
public:
    Reader(const JsonValue &value, const Where &where, ReadContext *context)
        : m_where(where), m_context(context)
    {
        simdjson::dom::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS)
            throw JsonError(where, QCoreApplication::translate("PlanJson", "expected an object"));
        for (const simdjson::dom::key_value_pair member : object)
            m_members.push_back({ member.key, member.value, false });
    }
    // Children point at m_where.
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    const Where &where() const { return m_where; }
    Where at(const QString &key) const { return Where(m_where, key); }
    QString path(const QString &key) const { return at(key).path(); }
    ReadContext *context() const { return m_context; }

    JsonValue take(const QString &key)
    {
        for (Member &member : m_members)
            // The format's keys are ASCII: compared as they are, nothing converted.
            if (key == QLatin1String(member.key.data(), qsizetype(member.key.size()))) {
                member.taken = true;
                return member.value;
            }
        throw JsonError(at(key), QCoreApplication::translate("PlanJson", "missing"));
    }

    // Any text; counted against the text limits.
    QString string(const QString &key) { return toText(take(key), at(key), m_context); }

    static QString toText(const JsonValue &v, const Where &where, ReadContext *context)
    {
        std::string_view utf8;
        if (v.get_string().get(utf8) != simdjson::SUCCESS)
            throw JsonError(where, QCoreApplication::translate("PlanJson", "expected a string"));
        QString text = toQString(utf8);
        context->countText(text, where);
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
        return toInteger(take(key), at(key), min, max);
    }
    int id(const QString &key) { return integer(key, PlanLimits::minId, PlanLimits::maxId); }
    int year(const QString &key) { return integer(key, PlanLimits::minYear, PlanLimits::maxYear); }
    int month(const QString &key) { return integer(key, PlanLimits::minMonth, PlanLimits::maxMonth); }

    // A whole number within [min, max] (which lie within int).
    static int toInteger(const JsonValue &v, const Where &where, qint64 min, qint64 max)
    {
        if (!v.is_number())
            throw JsonError(where, QCoreApplication::translate("PlanJson", "expected an integer"));
        const double d = toDouble(v);
        if (!qIsFinite(d) || std::trunc(d) != d)
            throw JsonError(where, QCoreApplication::translate("PlanJson", "expected an integer"));
        if (d < double(min) || d > double(max))
            throw JsonError(where, QCoreApplication::translate("PlanJson", "must be between %1 and %2").arg(min).arg(max));
        return int(d);
    }

    static double toNumber(const JsonValue &v, const Where &where)
    {
        if (!v.is_number())
            throw JsonError(where, QCoreApplication::translate("PlanJson", "expected a number"));
        const double d = toDouble(v);
        if (!PlanLimits::isValidNumber(d))
            throw JsonError(where, QCoreApplication::translate("PlanJson", "must be a number between -1e15 and 1e15"));
        return d;
    }

    // A KPI figure: finite and within PlanLimits::maxNumberMagnitude.
    double number(const QString &key) { return toNumber(take(key), at(key)); }

    bool boolean(const QString &key)
    {
        bool value = false;
        if (take(key).get_bool().get(value) != simdjson::SUCCESS)
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "expected true or false"));
        return value;
    }

    JsonArray array(const QString &key)
    {
        simdjson::dom::array items;
        if (take(key).get_array().get(items) != simdjson::SUCCESS)
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "expected an array"));
        return items;
    }

    // A file's bytes as Base64 (RFC 4648), no larger than `maxBytes`.
    QByteArray base64(const QString &key, qint64 maxBytes)
    {
        std::string_view utf8;
        if (take(key).get_string().get(utf8) != simdjson::SUCCESS)
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "expected a string"));
        const QString text = toQString(utf8);
        if (text.size() > (maxBytes + 2) / 3 * 4)
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "the file is larger than %1 bytes").arg(maxBytes));
        const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || text.contains(QChar(0xFFFD)) || (text.size() % 4) != 0)
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "expected Base64"));
        if ((*decoded).size() > maxBytes)
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "the file is larger than %1 bytes").arg(maxBytes));
        return *decoded;
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

    // A KPI date: YYYY-MM-DD, or YYYY-MM when the plan states only the
    // month (version 2).
    PlanDate planDate(const QString &key, bool allowEmpty, bool allowMonth)
    {
        const QString s = string(key);
        if (s.isEmpty() && allowEmpty)
            return {};
        if (allowMonth && s.size() == 7) {
            const QDate d = QDate::fromString(s + QStringLiteral("-01"), Qt::ISODate);
            if (d.isValid())
                return { d, true };
        }
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            throw JsonError(path(key), allowMonth ? QCoreApplication::translate("PlanJson", "expected a date as YYYY-MM-DD or YYYY-MM")
                                                  : QCoreApplication::translate("PlanJson", "expected a date as YYYY-MM-DD"));
        return { d, false };
    }

    // A number or null.
    std::optional<double> optionalNumber(const QString &key)
    {
        const JsonValue v = take(key);
        if (v.is_null())
            return std::nullopt;
        if (!v.is_number())
            throw JsonError(path(key), QCoreApplication::translate("PlanJson", "expected a number or null"));
        return toNumber(v, at(key));
    }

    // An id or null (0).
    int optionalId(const QString &key)
    {
        const JsonValue v = take(key);
        return v.is_null() ? 0 : toInteger(v, at(key), PlanLimits::minId, PlanLimits::maxId);
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
        const JsonArray a = array(key);
        QList<int> ids;
        ids.reserve(a.size());
        for (const JsonValue item : a)
            ids << toInteger(item, Where(m_where, key, ids.size()), PlanLimits::minId, PlanLimits::maxId);
        return ids;
    }

    void finish() const
    {
        for (const Member &member : m_members)
            if (!member.taken)
                throw JsonError(at(toQString(member.key)), QCoreApplication::translate("PlanJson", "unknown key"));
    }

private:
    struct Member
    {
        std::string_view key;
        JsonValue value;
        bool taken;
    };
    // The object's members in its order.
    QVarLengthArray<Member, 16> m_members;
    Where m_where;
    ReadContext *m_context;
};

// Checks that every id of a collection is unique.
class IdSet
{
public:
    explicit IdSet(const QString &what) : m_what(what) { }
    void add(int id, const Where &where)
    {
        if (m_ids.contains(id))
            throw JsonError(where, QCoreApplication::translate("PlanJson", "duplicate %1 id %2").arg(m_what).arg(id));
        m_ids.insert(id);
    }
    // Adds the ids `other` holds beyond `base`, the set both started from;
    // false when one of them is here already.
    bool absorb(const IdSet &other, const IdSet &base)
    {
        for (const int id : other.m_ids) {
            if (base.m_ids.contains(id))
                continue;
            if (m_ids.contains(id))
                return false;
            m_ids.insert(id);
        }
        return true;
    }
    void requireOne(int id, const Where &where) const
    {
        if (!m_ids.contains(id))
            throw JsonError(where, QCoreApplication::translate("PlanJson", "no %1 has id %2").arg(m_what).arg(id));
    }
    void require(const QList<int> &ids, const Where &where) const
    {
        for (int i = 0; i < ids.size(); ++i)
            if (!m_ids.contains(ids[i]))
                throw JsonError(where.path() + QStringLiteral("[%1]").arg(i),
                                QCoreApplication::translate("PlanJson", "no %1 has id %2").arg(m_what).arg(ids[i]));
        if (hasRepeats(ids))
            throw JsonError(where, QCoreApplication::translate("PlanJson", "lists the same %1 twice").arg(m_what));
    }

private:
    static bool hasRepeats(const QList<int> &ids)
    {
        // A measure lists a few ids: comparing them pairwise needs no set.
        if (ids.size() <= 16) {
            for (qsizetype i = 1; i < ids.size(); ++i)
                for (qsizetype j = 0; j < i; ++j)
                    if (ids[i] == ids[j])
                        return true;
            return false;
        }
        return QSet<int>(ids.begin(), ids.end()).size() != ids.size();
    }

    QString m_what;
    QSet<int> m_ids;
};

// Items [first, end) of `a`, the array taken from `parent`'s `key`, each
// read with `context`.
template<typename Fn>
void forEachItemIn(const Reader &parent, const QString &key, const JsonArray &a, qsizetype first, qsizetype end,
                   ReadContext *context, Fn fn)
{
    qsizetype i = 0;
    for (auto it = a.begin(); it != a.end() && i < end; ++it, ++i) {
        if (i < first)
            continue;
        const Where where(parent.where(), key, i);
        Reader r(*it, where, context);
        fn(r);
        r.finish();
    }
}

template<typename Fn>
void forEachItem(Reader &parent, const QString &key, Fn fn)
{
    const JsonArray a = parent.array(key);
    forEachItemIn(parent, key, a, 0, a.size(), parent.context(), fn);
}

// A simple kind's item: its id, then its fields (ItemKinds.h).
template<typename T>
T readFields(Reader &r, IdSet &ids)
{
    T item;
    item.id = r.id(QStringLiteral("id"));
    ids.add(item.id, r.at(QStringLiteral("id")));
    forEachField<T>([&](const auto &field) {
        const QString key = QString::fromLatin1(field.key);
        using Value = std::decay_t<decltype(item.*field.member)>;
        if constexpr (std::is_same_v<Value, QString>)
            item.*field.member = field.required ? r.nonEmptyString(key) : r.string(key);
        else if constexpr (std::is_same_v<Value, QByteArray>)
            item.*field.member = r.base64(key, PlanLimits::maxFigureBytes);
        else
            item.*field.member = r.integer(key, 0, INT_MAX);
    });
    return item;
}

template<typename T>
void readFieldsList(Reader &parent, IdSet &ids, QList<T> *list)
{
    forEachItem(parent, QString::fromLatin1(ItemKind<T>::jsonKey), [&](Reader &r) { *list << readFields<T>(r, ids); });
}

// A set named after its kind as a message uses it: "principle", "KPI".
IdSet idSetOf(const char *name)
{
    QString word = QCoreApplication::translate("ItemKind", name);
    if (word.size() > 1 && !word.at(1).isUpper())
        word[0] = word.at(0).toLower();
    return IdSet(word);
}

void readSchedule(Reader &r, QList<Phase> *phases, QList<Milestone> *milestones)
{
    forEachItem(r, QStringLiteral("phases"), [&](Reader &pr) {
        Phase p;
        p.kind = pr.enumeration<Phase::Kind>(QStringLiteral("kind"));
        p.label = pr.string(QStringLiteral("label"));
        p.startYear = pr.year(QStringLiteral("startYear"));
        p.startMonth = pr.month(QStringLiteral("startMonth"));
        p.endYear = pr.year(QStringLiteral("endYear"));
        p.endMonth = pr.month(QStringLiteral("endMonth"));
        if (p.endOffset(p.startYear) <= p.startOffset(p.startYear))
            throw JsonError(pr.path(QStringLiteral("endYear")), QCoreApplication::translate("PlanJson", "the phase ends before it starts"));
        *phases << std::move(p);
    });
    forEachItem(r, QStringLiteral("milestones"), [&](Reader &sr) {
        Milestone s;
        s.label = sr.string(QStringLiteral("label"));
        s.year = sr.year(QStringLiteral("year"));
        s.month = sr.month(QStringLiteral("month"));
        *milestones << std::move(s);
    });
}

// What version 1 said in words that version 2 keeps as items.
struct Version1Words
{
    QStringList sections;            // theme section texts, in order of first use
    QHash<int, AudienceV1> audience; // measure id -> its audience
};

// Versions 1 and 2 kept the plan's background and position as two texts;
// version 3 makes them its first chapters (as the schema migration does).
void adoptOldTexts(const QString &background, const QString &position, Plan *plan)
{
    const bool english = plan->info.language == QLatin1String("en");
    const std::pair<QString, QString> texts[] = {
        { english ? QStringLiteral("Background") : QStringLiteral("計画策定の背景"), background },
        { english ? QStringLiteral("Position of the plan") : QStringLiteral("計画の位置付け"), position },
    };
    for (const auto &[title, text] : texts)
        if (!text.isEmpty())
            plan->chapters << Chapter { int(plan->chapters.size()) + 1, title,
                                        QString(text).replace(QLatin1Char('\n'), QStringLiteral("\n\n")) };
}

void readDocumentSettings(Reader &r, PlanInfo *info)
{
    const JsonArray parts = r.array(QStringLiteral("documentParts"));
    int n = -1;
    for (const JsonValue item : parts) {
        const Where where(r.where(), QStringLiteral("documentParts"), ++n);
        const QString key = Reader::toText(item, where, r.context());
        DocumentParts::Part part;
        if (!DocumentParts::parse(key, &part))
            throw JsonError(where, QCoreApplication::translate("PlanJson", "expected one of %1 or chapter:ID")
                                      .arg(DocumentParts::generatedKeys().join(QStringLiteral(", "))));
        info->documentParts << key;
    }
    info->termStyle = r.enumeration<PlanInfo::TermStyle>(QStringLiteral("termStyle"));
}

void readInfo(Reader &r, int version, PlanInfo *info)
{
    PlanInfo &i = *info;
    i.title = r.string(QStringLiteral("title"));
    i.organisation = r.string(QStringLiteral("organisation"));
    i.organisationKind = r.string(QStringLiteral("organisationKind"));
    const QStringList kinds = PlanLimits::organisationKinds();
    if (!kinds.contains(i.organisationKind))
        throw JsonError(r.path(QStringLiteral("organisationKind")), QCoreApplication::translate("PlanJson", "expected one of %1").arg(kinds.join(QStringLiteral(", "))));
    i.startYear = r.year(QStringLiteral("startYear"));
    if (version >= 2) {
        const JsonValue end = r.take(QStringLiteral("endYear"));
        i.endYear = end.is_null() ? 0 : Reader::toInteger(end, r.at(QStringLiteral("endYear")), PlanLimits::minYear, PlanLimits::maxYear);
    } else {
        i.endYear = r.year(QStringLiteral("endYear"));
    }
    if (!i.isOpenEnded() && i.endYear < i.startYear)
        throw JsonError(r.path(QStringLiteral("endYear")), QCoreApplication::translate("PlanJson", "is before startYear"));
    i.vision = r.string(QStringLiteral("vision"));
    i.goal = r.string(QStringLiteral("goal"));
    if (version >= 3)
        readDocumentSettings(r, &i);
    if (version < 2) {
        // The numbers version 1 printed: themes 1, 2, ... through the
        // plan, measures ① per theme, sections unnumbered.
        i.language = QStringLiteral("ja");
        i.numbering[PlanInfo::SectionLevel] = { LevelNumbering::Style::None, QString(), true };
        i.numbering[PlanInfo::ThemeLevel] = { LevelNumbering::Style::Arabic, QString(), false };
        i.numbering[PlanInfo::MeasureLevel] = { LevelNumbering::Style::Circled, QString(), true };
        return;
    }
    i.language = r.string(QStringLiteral("language"));
    if (i.language != QLatin1String("ja") && i.language != QLatin1String("en"))
        throw JsonError(r.path(QStringLiteral("language")), QCoreApplication::translate("PlanJson", "expected one of %1").arg(QStringLiteral("ja, en")));
    const Where numberingWhere = r.at(QStringLiteral("numbering"));
    Reader numbering(r.take(QStringLiteral("numbering")), numberingWhere, r.context());
    for (int level = 0; level < PlanInfo::LevelCount; ++level) {
        const QString key = levelKeys()[level];
        const Where levelWhere = numbering.at(key);
        Reader n(numbering.take(key), levelWhere, r.context());
        i.numbering[level].style = n.enumeration<LevelNumbering::Style>(QStringLiteral("style"));
        i.numbering[level].prefix = n.string(QStringLiteral("prefix"));
        i.numbering[level].restart = n.boolean(QStringLiteral("restart"));
        n.finish();
    }
    numbering.finish();
    const Where phaseKindsWhere = r.at(QStringLiteral("phaseKinds"));
    Reader phaseKinds(r.take(QStringLiteral("phaseKinds")), phaseKindsWhere, r.context());
    for (const QString &kind : EnumNames<Phase::Kind>::names())
        i.phaseKindNames << phaseKinds.string(kind);
    while (!i.phaseKindNames.isEmpty() && i.phaseKindNames.constLast().isEmpty())
        i.phaseKindNames.removeLast();
    phaseKinds.finish();
}

Kpi readKpi(Reader &r, int version, IdSet &kpiIds, IdSet &themeIds, IdSet &measureIds)
{
    Kpi k;
    k.id = r.id(QStringLiteral("id"));
    kpiIds.add(k.id, r.at(QStringLiteral("id")));
    k.name = r.nonEmptyString(QStringLiteral("name"));
    k.unit = r.string(QStringLiteral("unit"));
    k.description = r.string(QStringLiteral("description"));
    k.direction = r.enumeration<Kpi::Direction>(QStringLiteral("direction"));
    k.baselineValue = r.optionalNumber(QStringLiteral("baselineValue"));
    k.baselineDate = r.planDate(QStringLiteral("baselineDate"), true, version >= 2);
    k.source = r.string(QStringLiteral("source"));
    k.themeId = r.optionalId(QStringLiteral("themeId"));
    if (k.themeId)
        themeIds.requireOne(k.themeId, r.at(QStringLiteral("themeId")));
    k.measureIds = r.ids(QStringLiteral("measures"));
    measureIds.require(k.measureIds, r.at(QStringLiteral("measures")));
    QSet<int> targetYears;
    forEachItem(r, QStringLiteral("targets"), [&](Reader &tgt) {
        KpiTarget t;
        t.year = tgt.year(QStringLiteral("year"));
        if (targetYears.contains(t.year))
            throw JsonError(tgt.path(QStringLiteral("year")), QCoreApplication::translate("PlanJson", "a target for FY%1 is already given").arg(t.year));
        targetYears.insert(t.year);
        if (version >= 2) {
            t.value = tgt.optionalNumber(QStringLiteral("value"));
            t.statement = tgt.string(QStringLiteral("statement"));
            if (!t.value && t.statement.trimmed().isEmpty())
                throw JsonError(tgt.path(QStringLiteral("statement")), QCoreApplication::translate("PlanJson", "a target needs a value or a statement"));
        } else {
            t.value = tgt.number(QStringLiteral("value"));
        }
        k.targets << std::move(t);
    });
    std::sort(k.targets.begin(), k.targets.end(), [](const KpiTarget &a, const KpiTarget &b) { return a.year < b.year; });
    forEachItem(r, QStringLiteral("actuals"), [&](Reader &ar) {
        KpiActual a;
        a.date = ar.planDate(QStringLiteral("date"), false, version >= 2);
        if (version >= 2) {
            a.value = ar.optionalNumber(QStringLiteral("value"));
            a.note = ar.string(QStringLiteral("note"));
            if (!a.value && a.note.trimmed().isEmpty())
                throw JsonError(ar.path(QStringLiteral("note")), QCoreApplication::translate("PlanJson", "an actual needs a value or a note"));
        } else {
            a.value = ar.number(QStringLiteral("value"));
            a.note = ar.string(QStringLiteral("note"));
        }
        k.actuals << std::move(a);
    });
    std::stable_sort(k.actuals.begin(), k.actuals.end(), [](const KpiActual &a, const KpiActual &b) { return a.date < b.date; });
    if (version >= 4)
        forEachItem(r, QStringLiteral("targetRevisions"), [&](Reader &rr) {
            KpiTargetRevision x;
            x.year = rr.year(QStringLiteral("year"));
            x.date = rr.planDate(QStringLiteral("date"), false, true);
            x.oldValue = rr.optionalNumber(QStringLiteral("oldValue"));
            x.oldStatement = rr.string(QStringLiteral("oldStatement"));
            x.newValue = rr.optionalNumber(QStringLiteral("newValue"));
            x.newStatement = rr.string(QStringLiteral("newStatement"));
            x.reason = rr.string(QStringLiteral("reason"));
            k.targetRevisions << std::move(x);
        });
    return k;
}

// Version 1 kept sections as texts of themes and three fixed audiences:
// they become items, as the database migration to schema 3 makes them.
void adoptVersion1Words(const Version1Words &words, Plan *plan)
{
    for (int i = 0; i < words.sections.size(); ++i)
        plan->sections << Section { i + 1, words.sections[i], QString() };
    if (!words.audience.isEmpty())
        plan->audiences = { { 1, QStringLiteral("住民") }, { 2, QStringLiteral("職員") } };
    for (Theme &t : plan->themes)
        for (Measure &m : t.measures) {
            const AudienceV1 a = words.audience.value(m.id, AudienceV1::Both);
            if (a != AudienceV1::Staff)
                m.audienceIds << 1;
            if (a != AudienceV1::Residents)
                m.audienceIds << 2;
        }
}

using IdSets = std::map<PlanChange::Part, IdSet>;

Theme readTheme(Reader &r, int version, IdSets &ids, Version1Words &v1)
{
    IdSet &audienceIds = ids.at(PlanChange::Part::Audience);
    IdSet &sectionIds = ids.at(PlanChange::Part::Section);
    IdSet &principleIds = ids.at(PlanChange::Part::Principle);
    IdSet &departmentIds = ids.at(PlanChange::Part::Department);
    IdSet &themeIds = ids.at(PlanChange::Part::Theme);
    IdSet &measureIds = ids.at(PlanChange::Part::Measure);
    Theme t;
    t.id = r.id(QStringLiteral("id"));
    themeIds.add(t.id, r.at(QStringLiteral("id")));
    t.title = r.nonEmptyString(QStringLiteral("title"));
    if (version >= 2) {
        t.sectionId = r.optionalId(QStringLiteral("section"));
        if (t.sectionId)
            sectionIds.requireOne(t.sectionId, r.at(QStringLiteral("section")));
    } else if (const QString section = r.string(QStringLiteral("section")); !section.isEmpty()) {
        if (!v1.sections.contains(section))
            v1.sections << section;
        t.sectionId = v1.sections.indexOf(section) + 1;
    }
    t.overview = r.string(QStringLiteral("overview"));
    t.principleIds = r.ids(QStringLiteral("principles"));
    principleIds.require(t.principleIds, r.at(QStringLiteral("principles")));
    const JsonArray candidates = r.array(QStringLiteral("futureCandidates"));
    for (const JsonValue item : candidates)
        t.futureCandidates << Reader::toText(
            item, Where(r.where(), QStringLiteral("futureCandidates"), t.futureCandidates.size()), r.context());
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        using Kind = ItemKind<T>;
        if constexpr (isSimpleKind<T> && Kind::isChild) {
            if (version >= Kind::sinceJsonVersion) {
                readFieldsList(r, ids.at(Kind::part), &Kind::listOf(t));
                for (T &item : Kind::listOf(t))
                    Kind::setParent(item, t.id);
            }
        }
    });
    if (version >= 2)
        readSchedule(r, &t.phases, &t.milestones);
    forEachItem(r, QStringLiteral("measures"), [&](Reader &mr) {
        Measure m;
        m.id = mr.id(QStringLiteral("id"));
        measureIds.add(m.id, mr.at(QStringLiteral("id")));
        m.themeId = t.id;
        m.title = mr.nonEmptyString(QStringLiteral("title"));
        if (version >= 2) {
            m.audienceIds = mr.ids(QStringLiteral("audiences"));
            audienceIds.require(m.audienceIds, mr.at(QStringLiteral("audiences")));
        } else {
            v1.audience.insert(m.id, mr.enumeration<AudienceV1>(QStringLiteral("audience")));
        }
        m.overview = mr.string(QStringLiteral("overview"));
        m.effect = mr.string(QStringLiteral("effect"));
        m.allDepartments = mr.boolean(QStringLiteral("allDepartments"));
        m.departmentIds = mr.ids(QStringLiteral("departments"));
        departmentIds.require(m.departmentIds, mr.at(QStringLiteral("departments")));
        m.principleIds = mr.ids(QStringLiteral("principles"));
        principleIds.require(m.principleIds, mr.at(QStringLiteral("principles")));
        m.status = mr.enumeration<MeasureStatus>(QStringLiteral("status"));
        readSchedule(mr, &m.phases, &m.milestones);
        t.measures << std::move(m);
    });
    return t;
}

// Reading the themes of a large plan in two halves at once differed from
// reading them in order (a duplicate id across the halves, or texts over
// the limit only together): the plan is read again in order, which finds
// the first problem as a reader in order does.
struct SplitReadDiffers
{
};

// From this many measures, the themes are read in two halves at once.
constexpr qsizetype measuresWorthSplitting = 4000;

void readThemes(Reader &root, int version, IdSets &ids, Version1Words &v1, QList<Theme> *themes)
{
    const QString key = QStringLiteral("themes");
    const JsonArray a = root.array(key);
    themes->reserve(a.size());
    const auto readRange = [&](qsizetype first, qsizetype end, IdSets &rangeIds, ReadContext *context,
                               QList<Theme> *out) {
        forEachItemIn(root, key, a, first, end, context,
                      [&](Reader &r) { *out << readTheme(r, version, rangeIds, v1); });
    };
    // The halves split the measures, not the themes, evenly. Version 1
    // collects its sections in order of use, so it is read in order.
    qsizetype measures = 0;
    QList<qsizetype> measuresBefore;
    measuresBefore.reserve(a.size());
    for (const JsonValue theme : a) {
        measuresBefore << measures;
        simdjson::dom::array themeMeasures;
        if (theme["measures"].get_array().get(themeMeasures) == simdjson::SUCCESS)
            measures += qsizetype(themeMeasures.size());
    }
    if (root.context()->limits.maxThreads < 2 || version < 2 || measures < measuresWorthSplitting
        || QThread::idealThreadCount() < 2) {
        readRange(0, a.size(), ids, root.context(), themes);
        return;
    }
    const qsizetype half = std::upper_bound(measuresBefore.cbegin(), measuresBefore.cend(), measures / 2)
                           - measuresBefore.cbegin();
    // The second half starts from what the first one starts from: its own
    // id sets and its own count of text.
    const IdSets atSplit = ids;
    IdSets secondIds = ids;
    ReadContext secondContext = *root.context();
    secondContext.totalText = 0;
    QList<Theme> second;
    std::exception_ptr secondFailure;
    {
        // Waits for the second half however the first one ends.
        std::future<void> secondRead = std::async(std::launch::async, [&] {
            try {
                readRange(half, a.size(), secondIds, &secondContext, &second);
            } catch (...) {
                secondFailure = std::current_exception();
            }
        });
        // A problem in the first half is the first a reader in order meets.
        readRange(0, half, ids, root.context(), themes);
        secondRead.wait();
    }
    if (secondFailure)
        throw SplitReadDiffers();
    for (auto &[part, set] : ids)
        if (!set.absorb(secondIds.at(part), atSplit.at(part)))
            throw SplitReadDiffers();
    root.context()->totalText += secondContext.totalText;
    if (root.context()->totalText > root.context()->limits.maxTotalTextBytes)
        throw SplitReadDiffers();
    *themes << std::move(second);
}

Plan readPlan(const JsonValue &rootValue, ReadContext *context)
{
    Plan plan;
    const Where document;
    Reader root(rootValue, document, context);
    if (root.string(QStringLiteral("format")) != QLatin1String("dxplan-json"))
        throw JsonError(root.path(QStringLiteral("format")), QCoreApplication::translate("PlanJson", "expected \"dxplan-json\""));
    const int version = root.integer(QStringLiteral("formatVersion"), 0, INT_MAX);
    if (version < 1 || version > formatVersion)
        throw JsonError(root.path(QStringLiteral("formatVersion")),
                        QCoreApplication::translate("PlanJson", "version %1 is not supported (this version reads 1 to %2)").arg(version).arg(formatVersion));

    {
        const Where where = root.at(QStringLiteral("plan"));
        Reader r(root.take(QStringLiteral("plan")), where, context);
        readInfo(r, version, &plan.info);
        if (version < 3) {
            const QString background = r.string(QStringLiteral("background"));
            adoptOldTexts(background, r.string(QStringLiteral("position")), &plan);
        }
        r.finish();
    }

    // Every kind's ids, for uniqueness and references; the simple
    // plan-level kinds are read first, as themes and measures refer to them.
    IdSets ids;
    forEachKind([&](auto tag) {
        using Kind = ItemKind<typename decltype(tag)::Type>;
        ids.emplace(Kind::part, idSetOf(Kind::words.name));
    });
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        using Kind = ItemKind<T>;
        if constexpr (isSimpleKind<T> && !Kind::isChild)
            if (version >= Kind::sinceJsonVersion)
                readFieldsList(root, ids.at(Kind::part), &Kind::list(plan, 0));
    });
    for (int n = 0; n < plan.figures.size(); ++n)
        if (!PlanLimits::figureMediaTypes().contains(plan.figures[n].mediaType))
            throw JsonError(root.path(QStringLiteral("figures")) + QStringLiteral("[%1].type").arg(n),
                            QCoreApplication::translate("PlanJson", "expected one of %1")
                                .arg(PlanLimits::figureMediaTypes().join(QStringLiteral(", "))));
    IdSet &themeIds = ids.at(PlanChange::Part::Theme);
    IdSet &measureIds = ids.at(PlanChange::Part::Measure);
    Version1Words v1;
    readThemes(root, version, ids, v1, &plan.themes);
    if (version < 2)
        adoptVersion1Words(v1, &plan);

    forEachItem(root, QStringLiteral("kpis"), [&](Reader &r) {
        plan.kpis << readKpi(r, version, ids.at(PlanChange::Part::Kpi), themeIds, measureIds);
    });
    IdSet &revisionIds = ids.at(PlanChange::Part::Revision);
    forEachItem(root, QStringLiteral("revisions"), [&](Reader &r) {
        Revision x;
        x.id = r.id(QStringLiteral("id"));
        revisionIds.add(x.id, r.at(QStringLiteral("id")));
        x.date = r.planDate(QStringLiteral("date"), false, version >= 2);
        x.kind = r.enumeration<Revision::Kind>(QStringLiteral("kind"));
        x.summary = r.string(QStringLiteral("summary"));
        if (version >= 4) {
            x.name = r.string(QStringLiteral("name"));
            x.author = r.string(QStringLiteral("author"));
        }
        plan.revisions << std::move(x);
    });
    root.finish();
    return plan;
}

QString tooLarge(qint64 limit)
{
    return QCoreApplication::translate("PlanJson", "the JSON file is larger than %1 bytes").arg(limit);
}

} // namespace

namespace {

// From this size on, the scan gets a thread of its own (a plan of 10,000
// measures is about 16 MB of JSON).
constexpr qsizetype parallelScanBytes = qsizetype(1) << 20;

// The parsed document: simdjson's parser holds it, and values of it are
// read from there.
struct ParsedJson
{
    simdjson::dom::parser parser;
    JsonValue root;
};

// Qt's parser names the line and column of what is wrong, simdjson only
// what it is: a file simdjson refuses is parsed again by Qt for the
// message. Such files are rare, and small once they are refused.
QString invalidJsonMessage(const QByteArray &json, simdjson::error_code refused)
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return QCoreApplication::translate("PlanJson", "not valid JSON: %1")
            .arg(QString::fromUtf8(simdjson::error_message(refused)));
    // A line and column as well as the byte offset.
    const QByteArray head = json.left(parseError.offset);
    const qsizetype line = head.count('\n') + 1;
    const qsizetype column = parseError.offset - (head.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("PlanJson", "not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
}

// Our writer, like Qt's, writes half a surrogate pair standing alone as a
// \u escape, and Qt's parser read it back; simdjson refuses it. Text with
// one is read with U+FFFD, the replacement character, in its place, as a
// plan file stores it: each such escape becomes \uFFFD, the same length.
// False when there was none.
bool replaceLoneSurrogates(QByteArray *json)
{
    char *const p = json->data();
    const qsizetype n = json->size();
    const auto unitAt = [&](qsizetype i, int *unit) {
        if (i + 6 > n || p[i] != '\\' || p[i + 1] != 'u')
            return false;
        *unit = HexDigits::valueOfFour(p + i + 2);
        return *unit >= 0;
    };
    bool inString = false;
    bool replaced = false;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == '"') {
            inString = !inString;
            continue;
        }
        if (!inString || p[i] != '\\')
            continue;
        int unit = 0;
        int low = 0;
        if (!unitAt(i, &unit)) {
            ++i; // the escaped character
        } else if (!QChar::isSurrogate(char16_t(unit))) {
            i += 5;
        } else if (QChar::isHighSurrogate(char16_t(unit)) && unitAt(i + 6, &low)
                   && QChar::isLowSurrogate(char16_t(low))) {
            i += 11; // a whole pair
        } else {
            std::memcpy(p + i, "\\uFFFD", 6);
            replaced = true;
            i += 5;
        }
    }
    return replaced;
}

// Checks and parses the raw bytes: the size limit, the scan for what a
// parser does not report (JsonDuplicateKeys), and the JSON itself.
// `padded`: SIMDJSON_PADDING bytes of the allocation follow the bytes, so
// they are parsed where they are (simdjson reads up to that far past the
// end); other bytes are copied first.
bool parse(const QByteArray &json, bool padded, ParsedJson *doc, QString *error, const ReadLimits &limits)
{
    if (json.size() > limits.maxJsonBytes) {
        *error = tooLarge(limits.maxJsonBytes);
        return false;
    }
    // A parser keeps one of two equal keys without a word and parses
    // nesting far deeper than a plan needs (simdjson up to 1,024 levels):
    // the raw bytes are scanned too, and what the scan finds is reported
    // before anything the parser says. A large file is scanned on a
    // second core while it is parsed.
    auto scanning = std::async(json.size() >= parallelScanBytes ? std::launch::async : std::launch::deferred,
                               [&json, &limits] { return JsonDuplicateKeys::scan(json, limits.maxDepth); });
    simdjson::error_code parsed =
        doc->parser.parse(reinterpret_cast<const uint8_t *>(json.constData()), size_t(json.size()), !padded)
            .get(doc->root);
    if (parsed == simdjson::STRING_ERROR) {
        // The parsed document keeps copies of its texts: the mended bytes
        // need not outlive it.
        QByteArray mended = json;
        if (replaceLoneSurrogates(&mended))
            parsed = doc->parser.parse(reinterpret_cast<const uint8_t *>(mended.constData()), size_t(mended.size()))
                         .get(doc->root);
    }
    const JsonDuplicateKeys::Finding finding = scanning.get();
    if (finding.found() && finding.kind != JsonDuplicateKeys::Finding::Kind::Malformed) {
        *error = finding.message();
        return false;
    }
    if (parsed == simdjson::MEMALLOC) {
        *error = QCoreApplication::translate("PlanJson", "there is not enough memory to read the JSON file");
        return false;
    }
    if (parsed != simdjson::SUCCESS) {
        *error = invalidJsonMessage(json, parsed);
        return false;
    }
    if (finding.found()) {
        // The scan met something it does not take for JSON; refuse rather
        // than trust a document it could not check.
        *error = finding.message();
        return false;
    }
    return true;
}

bool readDocument(const ParsedJson &doc, Plan *plan, QString *error, const ReadLimits &limits)
{
    try {
        ReadContext context;
        context.limits = limits;
        try {
            *plan = readPlan(doc.root, &context);
        } catch (const SplitReadDiffers &) {
            ReadContext inOrder;
            inOrder.limits = limits;
            inOrder.limits.maxThreads = 1;
            *plan = readPlan(doc.root, &inOrder);
        }
    } catch (const JsonError &e) {
        *error = e.message;
        return false;
    }
    return true;
}

} // namespace

bool read(const QByteArray &json, Plan *plan, QString *error, const ReadLimits &limits)
{
    ParsedJson doc;
    return parse(json, false, &doc, error, limits) && readDocument(doc, plan, error, limits);
}

bool read(QIODevice *device, Plan *plan, QString *error, const ReadLimits &limits)
{
    // The size is known before a byte is read, except from pipes and sockets.
    if (!device->isSequential() && device->size() - device->pos() > limits.maxJsonBytes) {
        *error = tooLarge(limits.maxJsonBytes);
        return false;
    }
    QByteArray data;
    // A file is read whole into one buffer of its size, with the room the
    // parser reads past the end; what follows reads pipes, and whatever a
    // file grew by meanwhile.
    bool padded = false;
    if (!device->isSequential()) {
        if (!LargeBuffer::read(device, device->size() - device->pos(), &data, qsizetype(simdjson::SIMDJSON_PADDING))) {
            *error = QCoreApplication::translate("PlanJson", "the file could not be read: %1").arg(device->errorString());
            return false;
        }
        padded = true;
    }
    for (;;) {
        // Pipes, processes and sockets: wait for more until they end
        // (atEnd() only says nothing is buffered yet).
        if (device->isSequential() && device->bytesAvailable() <= 0)
            device->waitForReadyRead(30000);
        const QByteArray chunk = device->read(qMin<qint64>(qint64(1) << 20, limits.maxJsonBytes + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
        padded = false;
        if (data.size() > limits.maxJsonBytes) {
            *error = tooLarge(limits.maxJsonBytes);
            return false;
        }
    }
    auto doc = std::make_unique<ParsedJson>();
    if (!parse(data, padded, doc.get(), error, limits))
        return false;
    // The parsed document holds copies of the texts: the bytes (as large
    // as the file) go before the plan is built from it.
    data = QByteArray();
    const bool read = readDocument(*doc, plan, error, limits);
    BackgroundRelease::release(std::move(doc));
    return read;
}

} // namespace PlanJson
