#include "models/PlanJson.h"

#include "models/ItemKinds.h"
#include "models/PlanJsonNames.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <vector>

// The writer of the JSON form: always the current format version.
namespace PlanJson {

// write() produces, byte for byte, what QJsonDocument's toJson(Indented)
// makes of the same values, without building a QJsonObject tree first: for
// a plan of 100,000 measures the tree took most of the export's time and
// memory. This is the one description of the format's shape; toObject()
// reads the text back.
// QJsonDocument's rules, kept here: four spaces of indentation, members
// sorted by key, `"key": value`, empty containers as "[\n<indent>]",
// integral numbers without a fraction, other numbers in the shortest form
// that reads back the same, and texts as UTF-8 with only '"', '\\' and
// control characters escaped (a lone surrogate as \uXXXX).
// PlanJsonWriterTest compares the text with QJsonDocument's.

namespace {

using namespace Names;

class JsonText
{
public:
    explicit JsonText(QByteArray *out) : m_out(*out) { }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // Starts a member of the current object; its value follows.
    void key(const char *name)
    {
        startItem();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    // Starts an element of the current array; its value follows.
    void element() { startItem(); }

    void string(const QString &text);
    void integer(qint64 value)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        m_out.append(digits, end - digits);
    }
    // As QJsonValue(double) stores it: a whole number within qint64 as an
    // integer, infinities and NaN as null.
    void number(double value)
    {
        if (!qIsFinite(value))
            null();
        else if (std::trunc(value) == value && value >= -9223372036854775808.0 && value < 9223372036854775808.0)
            integer(qint64(value));
        else
            m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
    void boolean(bool value) { m_out += value ? "true" : "false"; }
    void null() { m_out += "null"; }

    void integers(const QList<int> &values)
    {
        beginArray();
        for (int v : values) {
            element();
            integer(v);
        }
        endArray();
    }
    void strings(const QStringList &values)
    {
        beginArray();
        for (const QString &v : values) {
            element();
            string(v);
        }
        endArray();
    }
    void optionalNumber(const std::optional<double> &value)
    {
        if (value)
            number(*value);
        else
            null();
    }
    // 0 stands for "none".
    void optionalId(int id)
    {
        if (id)
            integer(id);
        else
            null();
    }

private:
    void open(char bracket)
    {
        m_out += bracket;
        m_out += '\n';
        ++m_depth;
        m_first = true;
    }
    void close(char bracket)
    {
        if (!m_first)
            m_out += '\n';
        --m_depth;
        indent();
        m_out += bracket;
        m_first = false; // the container was a value of its parent
    }
    void startItem()
    {
        if (!m_first)
            m_out += ",\n";
        m_first = false;
        indent();
    }
    void indent() { m_out.append(qsizetype(4) * m_depth, ' '); }

    QByteArray &m_out;
    int m_depth = 0;
    bool m_first = true;
};

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void JsonText::string(const QString &text)
{
    // Room for the worst case (every unit as \uXXXX), trimmed afterwards.
    const qsizetype start = m_out.size();
    m_out.resize(start + 2 + 6 * text.size());
    char *out = m_out.data() + start;
    *out++ = '"';
    const char16_t *in = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = in + text.size();
    while (in != end) {
        const char16_t u = *in++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *out++ = char(u);
                continue;
            }
            *out++ = '\\';
            switch (u) {
            case u'"': *out++ = '"'; break;
            case u'\\': *out++ = '\\'; break;
            case u'\b': *out++ = 'b'; break;
            case u'\f': *out++ = 'f'; break;
            case u'\n': *out++ = 'n'; break;
            case u'\r': *out++ = 'r'; break;
            case u'\t': *out++ = 't'; break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hexDigit(u >> 4);
                *out++ = hexDigit(u & 0xF);
            }
        } else if (u < 0x800) {
            *out++ = char(0xC0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3F));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xE0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && in != end && QChar::isLowSurrogate(*in)) {
            const char32_t c = QChar::surrogateToUcs4(u, *in++);
            *out++ = char(0xF0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3F));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        } else {
            // A lone surrogate has no UTF-8 form.
            *out++ = '\\';
            *out++ = 'u';
            *out++ = hexDigit(u >> 12);
            *out++ = hexDigit((u >> 8) & 0xF);
            *out++ = hexDigit((u >> 4) & 0xF);
            *out++ = hexDigit(u & 0xF);
        }
    }
    *out++ = '"';
    m_out.resize(out - m_out.constData());
}

// The members of an object with few of them, each a key and how to write
// its value, written sorted by key as QJsonDocument does. The many small
// objects (measures, phases, milestones) list their members in sorted
// order by hand instead.
using Members = std::vector<std::pair<const char *, std::function<void()>>>;

void writeObject(JsonText &json, Members members)
{
    std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return qstrcmp(a.first, b.first) < 0; });
    json.beginObject();
    for (const auto &[key, write] : members) {
        json.key(key);
        write();
    }
    json.endObject();
}

template<typename T, typename Fn>
void writeArray(JsonText &json, const QList<T> &items, Fn writeItem)
{
    json.beginArray();
    for (const T &item : items) {
        json.element();
        writeItem(item);
    }
    json.endArray();
}

// A simple kind's object: its id and its fields (ItemKinds.h).
template<typename T>
void writeFields(JsonText &json, const T &item)
{
    Members members { { "id", [&] { json.integer(item.id); } } };
    forEachField<T>([&](const auto &field) {
        const auto &value = item.*field.member;
        using Value = std::decay_t<decltype(value)>;
        members.push_back({ field.key, [&json, &value] {
                               if constexpr (std::is_same_v<Value, QByteArray>)
                                   json.string(QString::fromLatin1(value.toBase64()));
                               else if constexpr (std::is_same_v<Value, QString>)
                                   json.string(value);
                               else
                                   json.number(double(value));
                           } });
    });
    writeObject(json, std::move(members));
}

// Phases and milestones: keys in sorted order by hand.
void writePhases(JsonText &json, const QList<Phase> &phases)
{
    writeArray(json, phases, [&](const Phase &p) {
        json.beginObject();
        json.key("endMonth");
        json.integer(p.endMonth);
        json.key("endYear");
        json.integer(p.endYear);
        json.key("kind");
        json.string(nameOf(p.kind));
        json.key("label");
        json.string(p.label);
        json.key("startMonth");
        json.integer(p.startMonth);
        json.key("startYear");
        json.integer(p.startYear);
        json.endObject();
    });
}

void writeMilestones(JsonText &json, const QList<Milestone> &milestones)
{
    writeArray(json, milestones, [&](const Milestone &s) {
        json.beginObject();
        json.key("label");
        json.string(s.label);
        json.key("month");
        json.integer(s.month);
        json.key("year");
        json.integer(s.year);
        json.endObject();
    });
}

void writeMeasure(JsonText &json, const Measure &m)
{
    // Keys in sorted order by hand.
    json.beginObject();
    json.key("allDepartments");
    json.boolean(m.allDepartments);
    json.key("audiences");
    json.integers(m.audienceIds);
    json.key("departments");
    json.integers(m.departmentIds);
    json.key("effect");
    json.string(m.effect);
    json.key("id");
    json.integer(m.id);
    json.key("milestones");
    writeMilestones(json, m.milestones);
    json.key("overview");
    json.string(m.overview);
    json.key("phases");
    writePhases(json, m.phases);
    json.key("principles");
    json.integers(m.principleIds);
    json.key("status");
    json.string(nameOf(m.status));
    json.key("title");
    json.string(m.title);
    json.endObject();
}

void writeTheme(JsonText &json, const Theme &t)
{
    Members members {
        { "id", [&] { json.integer(t.id); } },
        { "title", [&] { json.string(t.title); } },
        { "section", [&] { json.optionalId(t.sectionId); } },
        { "overview", [&] { json.string(t.overview); } },
        { "principles", [&] { json.integers(t.principleIds); } },
        { "futureCandidates", [&] { json.strings(t.futureCandidates); } },
        { "measures", [&] { writeArray(json, t.measures, [&](const Measure &m) { writeMeasure(json, m); }); } },
        { "phases", [&] { writePhases(json, t.phases); } },
        { "milestones", [&] { writeMilestones(json, t.milestones); } },
    };
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (isSimpleKind<T> && ItemKind<T>::isChild)
            members.push_back({ ItemKind<T>::jsonKey, [&] {
                                   writeArray(json, ItemKind<T>::listOf(t), [&](const T &item) { writeFields(json, item); });
                               } });
    });
    writeObject(json, std::move(members));
}

void writeKpi(JsonText &json, const Kpi &k)
{
    writeObject(json, {
        { "id", [&] { json.integer(k.id); } },
        { "name", [&] { json.string(k.name); } },
        { "unit", [&] { json.string(k.unit); } },
        { "description", [&] { json.string(k.description); } },
        { "direction", [&] { json.string(nameOf(k.direction)); } },
        { "baselineValue", [&] { json.optionalNumber(k.baselineValue); } },
        { "baselineDate", [&] { json.string(k.baselineDate.toString()); } },
        { "source", [&] { json.string(k.source); } },
        { "themeId", [&] { json.optionalId(k.themeId); } },
        { "measures", [&] { json.integers(k.measureIds); } },
        { "targets", [&] {
             writeArray(json, k.targets, [&](const KpiTarget &t) {
                 writeObject(json, { { "year", [&] { json.integer(t.year); } },
                                     { "value", [&] { json.optionalNumber(t.value); } },
                                     { "statement", [&] { json.string(t.statement); } } });
             });
         } },
        { "actuals", [&] {
             writeArray(json, k.actuals, [&](const KpiActual &a) {
                 writeObject(json, { { "date", [&] { json.string(a.date.toString()); } },
                                     { "value", [&] { json.optionalNumber(a.value); } },
                                     { "note", [&] { json.string(a.note); } } });
             });
         } },
        { "targetRevisions", [&] {
             writeArray(json, k.targetRevisions, [&](const KpiTargetRevision &r) {
                 writeObject(json, { { "year", [&] { json.integer(r.year); } },
                                     { "date", [&] { json.string(r.date.toString()); } },
                                     { "oldValue", [&] { json.optionalNumber(r.oldValue); } },
                                     { "oldStatement", [&] { json.string(r.oldStatement); } },
                                     { "newValue", [&] { json.optionalNumber(r.newValue); } },
                                     { "newStatement", [&] { json.string(r.newStatement); } },
                                     { "reason", [&] { json.string(r.reason); } } });
             });
         } },
    });
}

void writeInfo(JsonText &json, const PlanInfo &i)
{
    writeObject(json, {
        { "title", [&] { json.string(i.title); } },
        { "organisation", [&] { json.string(i.organisation); } },
        { "organisationKind", [&] { json.string(i.organisationKind); } },
        { "language", [&] { json.string(i.language); } },
        { "startYear", [&] { json.integer(i.startYear); } },
        { "endYear", [&] {
             if (i.isOpenEnded())
                 json.null();
             else
                 json.integer(i.endYear);
         } },
        { "vision", [&] { json.string(i.vision); } },
        { "goal", [&] { json.string(i.goal); } },
        { "numbering", [&] {
             const QStringList keys = levelKeys();
             const QList<QByteArray> names { keys[0].toLatin1(), keys[1].toLatin1(), keys[2].toLatin1() };
             Members levels;
             for (int level = 0; level < PlanInfo::LevelCount; ++level) {
                 const LevelNumbering &n = i.numbering[level];
                 levels.push_back({ names[level].constData(), [&json, &n] {
                                       writeObject(json, { { "style", [&] { json.string(nameOf(n.style)); } },
                                                           { "prefix", [&] { json.string(n.prefix); } },
                                                           { "restart", [&] { json.boolean(n.restart); } } });
                                   } });
             }
             writeObject(json, std::move(levels));
         } },
        { "phaseKinds", [&] {
             const QStringList &kinds = EnumNames<Phase::Kind>::names();
             QList<QByteArray> names;
             for (const QString &kind : kinds)
                 names << kind.toLatin1();
             Members members;
             for (int k = 0; k < kinds.size(); ++k)
                 members.push_back({ names[k].constData(), [&json, &i, k] { json.string(i.phaseKindNames.value(k)); } });
             writeObject(json, std::move(members));
         } },
        { "documentParts", [&] { json.strings(i.documentParts); } },
        { "termStyle", [&] { json.string(nameOf(i.termStyle)); } },
    });
}

} // namespace

QByteArray write(const Plan &plan)
{
    QByteArray out;
    // About 1.6 KB a measure; growing past a guess costs one copy.
    out.reserve(qsizetype(plan.measureCount()) * 1700 + 64 * 1024);
    JsonText json(&out);
    Members members {
        { "format", [&] { json.string(QStringLiteral("dxplan-json")); } },
        { "formatVersion", [&] { json.integer(formatVersion); } },
        { "plan", [&] { writeInfo(json, plan.info); } },
    };
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        using Kind = ItemKind<T>;
        if constexpr (!Kind::isChild) {
            members.push_back({ Kind::jsonKey, [&] {
                                   const QList<T> &items = Kind::list(plan, 0);
                                   if constexpr (std::is_same_v<T, Theme>) {
                                       writeArray(json, items, [&](const Theme &t) { writeTheme(json, t); });
                                   } else if constexpr (std::is_same_v<T, Kpi>) {
                                       writeArray(json, items, [&](const Kpi &k) { writeKpi(json, k); });
                                   } else if constexpr (std::is_same_v<T, Revision>) {
                                       writeArray(json, items, [&](const Revision &r) {
                                           writeObject(json, { { "id", [&] { json.integer(r.id); } },
                                                               { "date", [&] { json.string(r.date.toString()); } },
                                                               { "kind", [&] { json.string(nameOf(r.kind)); } },
                                                               { "summary", [&] { json.string(r.summary); } },
                                                               { "name", [&] { json.string(r.name); } },
                                                               { "author", [&] { json.string(r.author); } } });
                                       });
                                   } else {
                                       writeArray(json, items, [&](const T &item) { writeFields(json, item); });
                                   }
                               } });
        }
    });
    writeObject(json, std::move(members));
    out += '\n';
    return out;
}

QJsonObject toObject(const Plan &plan)
{
    return QJsonDocument::fromJson(write(plan)).object();
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

} // namespace PlanJson
