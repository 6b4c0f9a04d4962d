#include "models/PlanDiff.h"

#include "models/ItemKinds.h"
#include "models/PlanJsonNames.h"
#include "models/Sha256.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <dtl/dtl.hpp>
#include <tuple>
#include <vector>

namespace PlanDiff {

namespace {

using PlanJson::Names::nameOf;
using Part = PlanChange::Part;

// One field of an item as the comparison sees it.
struct FieldValue
{
    QString key;
    QString text;
    bool isText = false; // prose, compared character by character
};
using Fields = QList<FieldValue>;

struct Context
{
    const Plan &plan;
    const Words &words;
};

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : QString();
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// ---- titles ----

QString titleOf(const AudienceGroup &a) { return a.name; }
QString titleOf(const Section &s) { return s.title; }
QString titleOf(const Principle &p) { return p.title; }
QString titleOf(const Role &r) { return r.name; }
QString titleOf(const Department &d) { return d.name; }
QString titleOf(const Theme &t) { return t.title; }
QString titleOf(const Measure &m) { return m.title; }
QString titleOf(const Kpi &k) { return k.name; }
QString titleOf(const SystemEntry &s) { return s.business.isEmpty() ? s.system : s.business; }
QString titleOf(const GlossaryEntry &g) { return g.term; }
QString titleOf(const Revision &r) { return r.name.isEmpty() ? r.date.toString() : r.name; }
QString titleOf(const Chapter &c) { return c.title; }
QString titleOf(const Figure &f) { return f.caption; }
// A direction is one sentence with no title: its first words stand for it.
QString titleOf(const Direction &d)
{
    const QString line = d.text.section(QLatin1Char('\n'), 0, 0);
    return line.size() > 40 ? line.left(40) + QStringLiteral("…") : line;
}

// ---- values that name other items ----

template<typename T>
QString titlesOf(const QList<T> &items, const QList<int> &ids)
{
    QStringList titles;
    for (int id : ids)
        if (const T *item = findById(items, id))
            titles << titleOf(*item);
    return titles.join(QStringLiteral("、"));
}

QString measureTitles(const Plan &plan, const QList<int> &ids)
{
    QStringList titles;
    for (int id : ids)
        if (const Measure *m = plan.measure(id))
            titles << m->title;
    return titles.join(QStringLiteral("、"));
}

QString themeTitle(const Plan &plan, int id)
{
    const Theme *t = plan.theme(id);
    return t ? t->title : QString();
}

QString sectionTitle(const Plan &plan, int id)
{
    const Section *s = plan.section(id);
    return s ? s->title : QString();
}

QString phasesText(const Context &c, const QList<Phase> &phases)
{
    QStringList lines;
    for (const Phase &p : phases) {
        const QString kind = c.words.phaseKind ? c.words.phaseKind(c.plan.info, p.kind) : nameOf(p.kind);
        // A bar reads as it prints: its own label, else its kind's name.
        const QString label = p.label.isEmpty() ? kind : p.label;
        auto when = [](int year, int month) {
            return month ? QStringLiteral("%1/%2").arg(year).arg(month, 2, 10, QLatin1Char('0')) : QString::number(year);
        };
        lines << QStringLiteral("%1 %2–%3").arg(label, when(p.startYear, p.startMonth), when(p.endYear, p.endMonth));
    }
    return lines.join(QLatin1Char('\n'));
}

QString milestonesText(const QList<Milestone> &milestones)
{
    QStringList lines;
    for (const Milestone &m : milestones)
        lines << (m.month ? QStringLiteral("%1 %2/%3").arg(m.label).arg(m.year).arg(m.month, 2, 10, QLatin1Char('0'))
                          : QStringLiteral("%1 %2").arg(m.label).arg(m.year));
    return lines.join(QLatin1Char('\n'));
}

QString targetText(const std::optional<double> &value, const QString &statement)
{
    QStringList parts;
    if (value)
        parts << number(*value);
    if (!statement.isEmpty())
        parts << statement;
    return parts.join(QLatin1Char(' '));
}

// ---- fields of each kind ----

template<typename T>
Fields fieldsOf(const T &item, const Context &)
{
    static_assert(isSimpleKind<T>, "kinds with their own fields have their own fieldsOf");
    Fields fields;
    forEachField<T>([&](const auto &field) {
        const auto &value = item.*field.member;
        using Value = std::decay_t<decltype(value)>;
        FieldValue f { QString::fromLatin1(field.key), QString(), field.multiLine };
        if constexpr (std::is_same_v<Value, QString>)
            f.text = value;
        else if constexpr (std::is_same_v<Value, int>)
            f.text = QString::number(value);
        else // the bytes of a picture: their size and fingerprint
            f.text = QStringLiteral("%1 bytes, SHA-256 %2")
                         .arg(value.size())
                         .arg(QString::fromLatin1(Sha256::hash(value).toHex().left(16)));
        fields << f;
    });
    return fields;
}

Fields fieldsOf(const Theme &t, const Context &c)
{
    return { { QStringLiteral("title"), t.title },
             { QStringLiteral("overview"), t.overview, true },
             { QStringLiteral("principles"), titlesOf(c.plan.principles, t.principleIds) },
             { QStringLiteral("futureCandidates"), t.futureCandidates.join(QLatin1Char('\n')), true },
             { QStringLiteral("phases"), phasesText(c, t.phases) },
             { QStringLiteral("milestones"), milestonesText(t.milestones) } };
}

Fields fieldsOf(const Measure &m, const Context &c)
{
    return { { QStringLiteral("title"), m.title },
             { QStringLiteral("audiences"), titlesOf(c.plan.audiences, m.audienceIds) },
             { QStringLiteral("overview"), m.overview, true },
             { QStringLiteral("effect"), m.effect, true },
             { QStringLiteral("allDepartments"), yesNo(m.allDepartments) },
             { QStringLiteral("departments"), titlesOf(c.plan.departments, m.departmentIds) },
             { QStringLiteral("principles"), titlesOf(c.plan.principles, m.principleIds) },
             { QStringLiteral("status"), c.words.status ? c.words.status(c.plan.info, m.status) : nameOf(m.status) },
             { QStringLiteral("phases"), phasesText(c, m.phases) },
             { QStringLiteral("milestones"), milestonesText(m.milestones) } };
}

Fields fieldsOf(const Kpi &k, const Context &c)
{
    Fields fields { { QStringLiteral("name"), k.name },
                    { QStringLiteral("unit"), k.unit },
                    { QStringLiteral("description"), k.description, true },
                    { QStringLiteral("direction"), nameOf(k.direction) },
                    { QStringLiteral("baselineValue"), optionalNumber(k.baselineValue) },
                    { QStringLiteral("baselineDate"), k.baselineDate.toString() },
                    { QStringLiteral("source"), k.source },
                    { QStringLiteral("themeId"), themeTitle(c.plan, k.themeId) },
                    { QStringLiteral("measures"), measureTitles(c.plan, k.measureIds) } };
    // One field per target year and per actual, so raising one target is
    // one change that names its year.
    for (const KpiTarget &t : k.targets)
        fields.append({ QStringLiteral("targets.%1").arg(t.year), targetText(t.value, t.statement) });
    QHash<QString, int> seen;
    for (const KpiActual &a : k.actuals) {
        QString key = QStringLiteral("actuals.") + a.date.toString();
        if (const int n = seen[key]++)
            key += QStringLiteral("#%1").arg(n + 1);
        fields.append({ key, targetText(a.value, a.note) });
    }
    QStringList revisions;
    for (const KpiTargetRevision &r : k.targetRevisions)
        revisions << QStringLiteral("%1: %2 → %3 (%4) %5")
                         .arg(r.year)
                         .arg(targetText(r.oldValue, r.oldStatement), targetText(r.newValue, r.newStatement),
                              r.date.toString(), r.reason)
                         .trimmed();
    fields.append({ QStringLiteral("targetRevisions"), revisions.join(QLatin1Char('\n')) });
    return fields;
}

Fields fieldsOf(const Revision &r, const Context &)
{
    return { { QStringLiteral("name"), r.name },
             { QStringLiteral("date"), r.date.toString() },
             { QStringLiteral("kind"), nameOf(r.kind) },
             { QStringLiteral("summary"), r.summary, true },
             { QStringLiteral("author"), r.author } };
}

Fields infoFields(const PlanInfo &i)
{
    QStringList numbering;
    for (const LevelNumbering &n : i.numbering)
        numbering << QStringLiteral("%1 %2%3").arg(nameOf(n.style), n.prefix, n.restart ? QString() : QStringLiteral(" continuous"));
    return { { QStringLiteral("title"), i.title },
             { QStringLiteral("organisation"), i.organisation },
             { QStringLiteral("organisationKind"), i.organisationKind },
             { QStringLiteral("language"), i.language },
             { QStringLiteral("startYear"), QString::number(i.startYear) },
             { QStringLiteral("endYear"), i.isOpenEnded() ? QString() : QString::number(i.endYear) },
             { QStringLiteral("vision"), i.vision, true },
             { QStringLiteral("goal"), i.goal, true },
             { QStringLiteral("numbering"), numbering.join(QStringLiteral("; ")) },
             { QStringLiteral("phaseKinds"), i.phaseKindNames.join(QStringLiteral("; ")) },
             { QStringLiteral("documentParts"), i.documentParts.join(QStringLiteral("; ")) },
             { QStringLiteral("termStyle"), nameOf(i.termStyle) } };
}

// ---- where items are ----

// What an item hangs under, and the field a move changes.
template<typename T>
int parentOf(const T &item)
{
    if constexpr (std::is_same_v<T, Theme>)
        return item.sectionId;
    else
        return ItemKind<T>::parentOf(item);
}

template<typename T>
QString parentField()
{
    if constexpr (std::is_same_v<T, Theme>)
        return QStringLiteral("section");
    else if constexpr (ItemKind<T>::isChild)
        return QStringLiteral("theme");
    else
        return QString();
}

template<typename T>
QString parentTitle(const Plan &plan, int parent)
{
    if constexpr (std::is_same_v<T, Theme>)
        return sectionTitle(plan, parent);
    else
        return themeTitle(plan, parent);
}

// A kind's items in plan order, children theme by theme.
template<typename T>
QList<const T *> itemsOf(const Plan &plan)
{
    QList<const T *> items;
    if constexpr (ItemKind<T>::isChild) {
        for (const Theme &t : plan.themes)
            for (const T &item : ItemKind<T>::listOf(t))
                items << &item;
    } else {
        for (const T &item : ItemKind<T>::list(plan, 0))
            items << &item;
    }
    return items;
}

// Where each item of a kind prints in the merged order of both versions:
// an item of `after` at its index, a removed item just after the item
// that preceded it in `before`.
QHash<int, double> mergedPlaces(const QList<int> &before, const QList<int> &after)
{
    QHash<int, double> places;
    QHash<int, int> afterIndex;
    for (int i = 0; i < after.size(); ++i) {
        afterIndex.insert(after[i], i);
        places.insert(after[i], i);
    }
    double anchor = -1;
    for (int i = 0; i < before.size(); ++i) {
        if (auto it = afterIndex.constFind(before[i]); it != afterIndex.constEnd())
            anchor = *it;
        else
            places.insert(before[i], anchor + 0.5 + i * 1e-7);
    }
    return places;
}

// The ids of `after` that keep their relative order from `before` (the
// longest common subsequence); the others moved.
QSet<int> inOrder(const QList<int> &before, const QList<int> &after)
{
    std::vector<int> a(before.begin(), before.end());
    std::vector<int> b(after.begin(), after.end());
    dtl::Diff<int, std::vector<int>> diff(a, b);
    diff.compose();
    QSet<int> kept;
    for (const auto &[id, info] : diff.getSes().getSequence())
        if (info.type == dtl::SES_COMMON)
            kept.insert(id);
    return kept;
}

// A difference with the key that puts it in plan order.
struct Placed
{
    std::tuple<int, double, int, double, int> key; // kind, theme, sub-kind, item, field
    PlanDifference difference;
};

class Comparison
{
public:
    Comparison(const Plan &before, const Plan &after, const Words &words)
        : m_before(before), m_after(after), m_beforeContext { before, words }, m_afterContext { after, words }
    {
        m_themePlaces = mergedPlaces(idsOf(before.themes), idsOf(after.themes));
    }

    void compareInfo()
    {
        compareFields(infoFields(m_before.info), infoFields(m_after.info), [&](int field) {
            PlanDifference d;
            d.part = Part::Info;
            d.title = m_after.info.title;
            return std::make_pair(d, std::make_tuple(-1, 0.0, 0, 0.0, field));
        });
    }

    template<typename T>
    void compareKind(int kindOrder)
    {
        using Kind = ItemKind<T>;
        const QList<const T *> beforeItems = itemsOf<T>(m_before);
        const QList<const T *> afterItems = itemsOf<T>(m_after);
        QHash<int, const T *> beforeById;
        QHash<int, const T *> afterById;
        const QHash<int, int> beforeIndex = siblingIndexes(beforeItems);
        const QHash<int, int> afterIndex = siblingIndexes(afterItems);
        QList<int> beforeIds;
        for (const T *item : beforeItems) {
            beforeById.insert(item->id, item);
            beforeIds << item->id;
        }
        QList<int> afterIds;
        for (const T *item : afterItems) {
            afterById.insert(item->id, item);
            afterIds << item->id;
        }
        const QHash<int, double> places = mergedPlaces(beforeIds, afterIds);

        // Kind order: directions and measures print with their theme.
        constexpr bool isChild = Kind::isChild;
        const int group = isChild ? m_themeKindOrder : kindOrder;
        const int sub = std::is_same_v<T, Direction> ? 1 : std::is_same_v<T, Measure> ? 2 : 0;
        auto placeOf = [&](const T &item, int field) {
            const int id = item.id;
            double theme = 0;
            if constexpr (std::is_same_v<T, Theme>)
                theme = m_themePlaces.value(id);
            else if constexpr (isChild)
                theme = m_themePlaces.value(Kind::parentOf(item));
            return std::make_tuple(group, theme, sub, places.value(id), field);
        };
        auto make = [&](PlanDifference::Change change, const T &item) {
            PlanDifference d;
            d.change = change;
            d.part = Kind::part;
            d.id = item.id;
            if constexpr (isChild)
                d.themeId = Kind::parentOf(item);
            d.title = titleOf(item);
            return d;
        };

        // Ids that keep their parent, per parent, for order moves.
        QHash<int, QList<int>> beforeSiblings;
        QHash<int, QList<int>> afterSiblings;
        for (const T *item : beforeItems)
            if (const T *now = afterById.value(item->id); now && parentOf(*now) == parentOf(*item))
                beforeSiblings[parentOf(*item)] << item->id;
        for (const T *item : afterItems)
            if (const T *was = beforeById.value(item->id); was && parentOf(*was) == parentOf(*item))
                afterSiblings[parentOf(*item)] << item->id;
        QSet<int> kept;
        for (auto it = afterSiblings.constBegin(); it != afterSiblings.constEnd(); ++it)
            kept.unite(inOrder(beforeSiblings.value(it.key()), it.value()));

        for (const T *item : afterItems) {
            const T *was = beforeById.value(item->id);
            if (!was) {
                add({ placeOf(*item, 0), make(PlanDifference::Change::Added, *item) });
                continue;
            }
            if (parentOf(*was) != parentOf(*item)) {
                PlanDifference d = make(PlanDifference::Change::Moved, *item);
                d.field = parentField<T>();
                d.before = parentTitle<T>(m_before, parentOf(*was));
                d.after = parentTitle<T>(m_after, parentOf(*item));
                add({ placeOf(*item, 0), d });
            } else if (!kept.contains(item->id)) {
                PlanDifference d = make(PlanDifference::Change::Moved, *item);
                d.field = QStringLiteral("position");
                d.before = QString::number(beforeIndex.value(item->id) + 1);
                d.after = QString::number(afterIndex.value(item->id) + 1);
                add({ placeOf(*item, 0), d });
            }
            compareFields(fieldsOf(*was, m_beforeContext), fieldsOf(*item, m_afterContext), [&](int field) {
                return std::make_pair(make(PlanDifference::Change::Changed, *item), placeOf(*item, field + 1));
            });
        }
        QSet<int> afterSet(afterIds.begin(), afterIds.end());
        for (const T *item : beforeItems)
            if (!afterSet.contains(item->id))
                add({ placeOf(*item, 0), make(PlanDifference::Change::Removed, *item) });
    }

    void setThemeKindOrder(int order) { m_themeKindOrder = order; }

    QList<PlanDifference> result()
    {
        std::stable_sort(m_placed.begin(), m_placed.end(),
                         [](const Placed &a, const Placed &b) { return a.key < b.key; });
        QList<PlanDifference> list;
        list.reserve(m_placed.size());
        for (Placed &p : m_placed)
            list << std::move(p.difference);
        return list;
    }

private:
    void add(Placed placed) { m_placed << std::move(placed); }

    // Compares two field lists by key; `start(fieldIndex)` gives the
    // difference to fill in and its place.
    template<typename Start>
    void compareFields(const Fields &before, const Fields &after, Start start)
    {
        QHash<QString, int> beforeByKey;
        for (int i = 0; i < before.size(); ++i)
            beforeByKey.insert(before[i].key, i);
        QSet<QString> afterKeys;
        for (int i = 0; i < after.size(); ++i) {
            afterKeys.insert(after[i].key);
            const int b = beforeByKey.value(after[i].key, -1);
            const QString old = b >= 0 ? before[b].text : QString();
            if (old != after[i].text)
                changed(start, i, after[i].key, old, after[i].text, after[i].isText);
        }
        // Fields only `before` has (a KPI target year since dropped).
        for (int i = 0; i < before.size(); ++i)
            if (!afterKeys.contains(before[i].key) && !before[i].text.isEmpty())
                changed(start, after.size() + i, before[i].key, before[i].text, QString(), before[i].isText);
    }

    template<typename Start>
    void changed(Start start, int index, const QString &key, const QString &before, const QString &after, bool isText)
    {
        auto [d, place] = start(index);
        d.change = PlanDifference::Change::Changed;
        d.field = key;
        d.before = before;
        d.after = after;
        d.isText = isText;
        add({ place, d });
    }

    // Each item's index among the items of its parent, by id.
    template<typename T>
    static QHash<int, int> siblingIndexes(const QList<const T *> &items)
    {
        QHash<int, int> counts;
        QHash<int, int> indexes;
        for (const T *item : items)
            indexes.insert(item->id, counts[parentOf(*item)]++);
        return indexes;
    }

    const Plan &m_before;
    const Plan &m_after;
    Context m_beforeContext;
    Context m_afterContext;
    QHash<int, double> m_themePlaces;
    int m_themeKindOrder = 0;
    QList<Placed> m_placed;
};

} // namespace

QList<PlanDifference> compare(const Plan &before, const Plan &after, bool revisions, const Words &words)
{
    Comparison comparison(before, after, words);
    comparison.compareInfo();
    int order = 0;
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (std::is_same_v<T, Theme>)
            comparison.setThemeKindOrder(order);
        ++order;
    });
    order = 0;
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        const int kindOrder = order++;
        if (std::is_same_v<T, Revision> && !revisions)
            return;
        comparison.compareKind<T>(kindOrder);
    });
    return comparison.result();
}

QString changeName(PlanDifference::Change change)
{
    switch (change) {
    case PlanDifference::Change::Added:
        return QStringLiteral("added");
    case PlanDifference::Change::Removed:
        return QStringLiteral("removed");
    case PlanDifference::Change::Moved:
        return QStringLiteral("moved");
    case PlanDifference::Change::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString itemName(PlanChange::Part part)
{
    static const QHash<Part, QString> names {
        { Part::Info, QStringLiteral("plan") },           { Part::Audience, QStringLiteral("audience") },
        { Part::Section, QStringLiteral("section") },     { Part::Principle, QStringLiteral("principle") },
        { Part::Role, QStringLiteral("role") },           { Part::Department, QStringLiteral("department") },
        { Part::Theme, QStringLiteral("theme") },         { Part::Direction, QStringLiteral("direction") },
        { Part::Measure, QStringLiteral("measure") },     { Part::Kpi, QStringLiteral("kpi") },
        { Part::System, QStringLiteral("system") },       { Part::Glossary, QStringLiteral("glossary") },
        { Part::Revision, QStringLiteral("revision") },   { Part::Chapter, QStringLiteral("chapter") },
        { Part::Figure, QStringLiteral("figure") },
    };
    return names.value(part);
}

QByteArray toJson(const QList<PlanDifference> &differences)
{
    QJsonArray changes;
    for (const PlanDifference &d : differences) {
        QJsonObject o { { QStringLiteral("change"), changeName(d.change) },
                        { QStringLiteral("item"), itemName(d.part) },
                        { QStringLiteral("id"), d.part == Part::Info ? QJsonValue() : QJsonValue(d.id) },
                        { QStringLiteral("title"), d.title } };
        if (d.change == PlanDifference::Change::Changed || d.change == PlanDifference::Change::Moved) {
            o.insert(QStringLiteral("field"), d.field);
            o.insert(QStringLiteral("old"), d.before);
            o.insert(QStringLiteral("new"), d.after);
        }
        changes.append(o);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("changes"), changes } }).toJson(QJsonDocument::Indented);
}

} // namespace PlanDiff
