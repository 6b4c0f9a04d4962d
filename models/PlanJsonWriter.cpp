#include "models/PlanJson.h"

#include "models/ItemKinds.h"
#include "models/PlanJsonNames.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

// The writer of the JSON form: always the current format version.
namespace PlanJson {

namespace {

using namespace Names;

// A simple kind's object: its id, then its fields (ItemKinds.h).
template<typename T>
QJsonObject fieldsObject(const T &item)
{
    QJsonObject o { { QStringLiteral("id"), item.id } };
    forEachField<T>([&](const auto &field) {
        const auto &value = item.*field.member;
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, QByteArray>)
            o.insert(QString::fromLatin1(field.key), QString::fromLatin1(value.toBase64()));
        else
            o.insert(QString::fromLatin1(field.key), QJsonValue::fromVariant(QVariant::fromValue(value)));
    });
    return o;
}

template<typename T>
QJsonArray fieldsArray(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(fieldsObject(item));
    return a;
}

QJsonObject scheduleInto(QJsonObject o, const QList<Phase> &phaseList, const QList<Milestone> &milestoneList)
{
    QJsonArray phases;
    for (const Phase &p : phaseList)
        phases.append(QJsonObject { { QStringLiteral("kind"), nameOf(p.kind) },
                                    { QStringLiteral("label"), p.label },
                                    { QStringLiteral("startYear"), p.startYear },
                                    { QStringLiteral("startMonth"), p.startMonth },
                                    { QStringLiteral("endYear"), p.endYear },
                                    { QStringLiteral("endMonth"), p.endMonth } });
    QJsonArray milestones;
    for (const Milestone &s : milestoneList)
        milestones.append(QJsonObject { { QStringLiteral("label"), s.label },
                                        { QStringLiteral("year"), s.year },
                                        { QStringLiteral("month"), s.month } });
    o.insert(QStringLiteral("phases"), phases);
    o.insert(QStringLiteral("milestones"), milestones);
    return o;
}

QJsonObject measureObject(const Measure &m)
{
    return scheduleInto(QJsonObject {
        { QStringLiteral("id"), m.id },
        { QStringLiteral("title"), m.title },
        { QStringLiteral("audiences"), intArray(m.audienceIds) },
        { QStringLiteral("overview"), m.overview },
        { QStringLiteral("effect"), m.effect },
        { QStringLiteral("allDepartments"), m.allDepartments },
        { QStringLiteral("departments"), intArray(m.departmentIds) },
        { QStringLiteral("principles"), intArray(m.principleIds) },
        { QStringLiteral("status"), nameOf(m.status) },
    }, m.phases, m.milestones);
}

QJsonObject themeObject(const Theme &t)
{
    QJsonArray measures;
    for (const Measure &m : t.measures)
        measures.append(measureObject(m));
    QJsonObject o = scheduleInto(QJsonObject {
        { QStringLiteral("id"), t.id },
        { QStringLiteral("title"), t.title },
        { QStringLiteral("section"), t.sectionId ? QJsonValue(t.sectionId) : QJsonValue() },
        { QStringLiteral("overview"), t.overview },
        { QStringLiteral("principles"), intArray(t.principleIds) },
        { QStringLiteral("futureCandidates"), QJsonArray::fromStringList(t.futureCandidates) },
        { QStringLiteral("measures"), measures },
    }, t.phases, t.milestones);
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if constexpr (isSimpleKind<T> && ItemKind<T>::isChild)
            o.insert(QString::fromLatin1(ItemKind<T>::jsonKey), fieldsArray(ItemKind<T>::listOf(t)));
    });
    return o;
}

QJsonObject kpiObject(const Kpi &k)
{
    QJsonArray targets;
    for (const KpiTarget &t : k.targets)
        targets.append(QJsonObject { { QStringLiteral("year"), t.year },
                                     { QStringLiteral("value"), optionalNumber(t.value) },
                                     { QStringLiteral("statement"), t.statement } });
    QJsonArray actuals;
    for (const KpiActual &a : k.actuals)
        actuals.append(QJsonObject { { QStringLiteral("date"), a.date.toString() },
                                     { QStringLiteral("value"), optionalNumber(a.value) },
                                     { QStringLiteral("note"), a.note } });
    QJsonArray targetRevisions;
    for (const KpiTargetRevision &r : k.targetRevisions)
        targetRevisions.append(QJsonObject { { QStringLiteral("year"), r.year },
                                             { QStringLiteral("date"), r.date.toString() },
                                             { QStringLiteral("oldValue"), optionalNumber(r.oldValue) },
                                             { QStringLiteral("oldStatement"), r.oldStatement },
                                             { QStringLiteral("newValue"), optionalNumber(r.newValue) },
                                             { QStringLiteral("newStatement"), r.newStatement },
                                             { QStringLiteral("reason"), r.reason } });
    return QJsonObject {
        { QStringLiteral("id"), k.id },
        { QStringLiteral("name"), k.name },
        { QStringLiteral("unit"), k.unit },
        { QStringLiteral("description"), k.description },
        { QStringLiteral("direction"), nameOf(k.direction) },
        { QStringLiteral("baselineValue"), optionalNumber(k.baselineValue) },
        { QStringLiteral("baselineDate"), k.baselineDate.toString() },
        { QStringLiteral("source"), k.source },
        { QStringLiteral("themeId"), k.themeId ? QJsonValue(k.themeId) : QJsonValue() },
        { QStringLiteral("measures"), intArray(k.measureIds) },
        { QStringLiteral("targets"), targets },
        { QStringLiteral("actuals"), actuals },
        { QStringLiteral("targetRevisions"), targetRevisions },
    };
}

QJsonObject infoObject(const PlanInfo &i)
{
    QJsonObject numbering;
    for (int level = 0; level < PlanInfo::LevelCount; ++level)
        numbering.insert(levelKeys()[level],
                         QJsonObject { { QStringLiteral("style"), nameOf(i.numbering[level].style) },
                                       { QStringLiteral("prefix"), i.numbering[level].prefix },
                                       { QStringLiteral("restart"), i.numbering[level].restart } });
    QJsonObject phaseKinds;
    const QStringList kinds = EnumNames<Phase::Kind>::names();
    for (int k = 0; k < kinds.size(); ++k)
        phaseKinds.insert(kinds[k], i.phaseKindNames.value(k));
    return QJsonObject { { QStringLiteral("title"), i.title },
                         { QStringLiteral("organisation"), i.organisation },
                         { QStringLiteral("organisationKind"), i.organisationKind },
                         { QStringLiteral("language"), i.language },
                         { QStringLiteral("startYear"), i.startYear },
                         { QStringLiteral("endYear"), i.isOpenEnded() ? QJsonValue() : QJsonValue(i.endYear) },
                         { QStringLiteral("vision"), i.vision },
                         { QStringLiteral("goal"), i.goal },
                         { QStringLiteral("numbering"), numbering },
                         { QStringLiteral("phaseKinds"), phaseKinds },
                         { QStringLiteral("documentParts"), QJsonArray::fromStringList(i.documentParts) },
                         { QStringLiteral("termStyle"), nameOf(i.termStyle) } };
}

} // namespace

QJsonObject toObject(const Plan &plan)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("dxplan-json"));
    root.insert(QStringLiteral("formatVersion"), formatVersion);
    root.insert(QStringLiteral("plan"), infoObject(plan.info));
    forEachKind([&](auto tag) {
        using T = typename decltype(tag)::Type;
        using Kind = ItemKind<T>;
        if constexpr (!Kind::isChild) {
            QJsonArray items;
            if constexpr (std::is_same_v<T, Theme>) {
                for (const Theme &t : plan.themes)
                    items.append(themeObject(t));
            } else if constexpr (std::is_same_v<T, Kpi>) {
                for (const Kpi &k : plan.kpis)
                    items.append(kpiObject(k));
            } else if constexpr (std::is_same_v<T, Revision>) {
                for (const Revision &r : plan.revisions)
                    items.append(QJsonObject { { QStringLiteral("id"), r.id },
                                               { QStringLiteral("date"), r.date.toString() },
                                               { QStringLiteral("kind"), nameOf(r.kind) },
                                               { QStringLiteral("summary"), r.summary },
                                               { QStringLiteral("name"), r.name },
                                               { QStringLiteral("author"), r.author } });
            } else {
                items = fieldsArray(Kind::list(plan, 0));
            }
            root.insert(QString::fromLatin1(Kind::jsonKey), items);
        }
    });
    return root;
}

QByteArray write(const Plan &plan)
{
    return QJsonDocument(toObject(plan)).toJson(QJsonDocument::Indented);
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
