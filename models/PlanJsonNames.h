#pragma once

#include "models/Plan.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

// What the JSON reader and writer share (models/PlanJson.cpp,
// models/PlanJsonWriter.cpp): the names of enumerations and the written
// forms of dates and optional numbers.
namespace PlanJson::Names {

template<typename E>
struct EnumNames;

// Version 1's fixed audiences; version 2 lists the plan's own.
enum class AudienceV1 { Residents, Staff, Both };
template<>
struct EnumNames<AudienceV1>
{
    static QStringList names() { return { QStringLiteral("residents"), QStringLiteral("staff"), QStringLiteral("both") }; }
};
template<>
struct EnumNames<LevelNumbering::Style>
{
    static QStringList names()
    {
        return { QStringLiteral("arabic"), QStringLiteral("parenthesised"), QStringLiteral("katakana"),
                 QStringLiteral("parenthesisedKatakana"), QStringLiteral("circled"), QStringLiteral("dai"),
                 QStringLiteral("none") };
    }
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

template<>
struct EnumNames<PlanInfo::TermStyle>
{
    static QStringList names() { return { QStringLiteral("footnotes"), QStringLiteral("links") }; }
};

template<typename E>
inline QString nameOf(E value)
{
    return EnumNames<E>::names().value(int(value));
}

inline QJsonArray intArray(const QList<int> &ids)
{
    QJsonArray a;
    for (int id : ids)
        a.append(id);
    return a;
}

inline QString dateString(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

inline QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

inline QStringList levelKeys()
{
    return { QStringLiteral("section"), QStringLiteral("theme"), QStringLiteral("measure") };
}

} // namespace PlanJson::Names
