#pragma once

#include "models/Plan.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

// What the JSON reader and writer share (models/PlanJson.cpp,
// models/PlanJsonWriter.cpp): the names of enumerations and the written
// forms of dates and optional numbers. The name lists are made once: the
// reader and writer ask for them for every measure.
namespace PlanJson::Names {

template<typename E>
struct EnumNames;

// Version 1's fixed audiences; version 2 lists the plan's own.
enum class AudienceV1 { Residents, Staff, Both };
template<>
struct EnumNames<AudienceV1>
{
    static const QStringList &names()
    {
        static const QStringList list = { QStringLiteral("residents"), QStringLiteral("staff"), QStringLiteral("both") };
        return list;
    }
};
template<>
struct EnumNames<LevelNumbering::Style>
{
    static const QStringList &names()
    {
        static const QStringList list = { QStringLiteral("arabic"), QStringLiteral("parenthesised"),
                                          QStringLiteral("katakana"), QStringLiteral("parenthesisedKatakana"),
                                          QStringLiteral("circled"), QStringLiteral("dai"), QStringLiteral("none") };
        return list;
    }
};
template<>
struct EnumNames<MeasureStatus>
{
    static const QStringList &names()
    {
        static const QStringList list = { QStringLiteral("planned"), QStringLiteral("inProgress"), QStringLiteral("done"), QStringLiteral("onHold") };
        return list;
    }
};
template<>
struct EnumNames<Phase::Kind>
{
    static const QStringList &names()
    {
        static const QStringList list = { QStringLiteral("study"), QStringLiteral("procure"), QStringLiteral("build"), QStringLiteral("operate"), QStringLiteral("other") };
        return list;
    }
};
template<>
struct EnumNames<Kpi::Direction>
{
    static const QStringList &names()
    {
        static const QStringList list = { QStringLiteral("higher"), QStringLiteral("lower") };
        return list;
    }
};
template<>
struct EnumNames<Revision::Kind>
{
    static const QStringList &names()
    {
        static const QStringList list = { QStringLiteral("adopted"), QStringLiteral("revised") };
        return list;
    }
};

template<>
struct EnumNames<PlanInfo::TermStyle>
{
    static const QStringList &names()
    {
        static const QStringList list = { QStringLiteral("footnotes"), QStringLiteral("links") };
        return list;
    }
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
