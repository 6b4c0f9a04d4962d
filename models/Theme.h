#pragma once

#include "models/Measure.h"

#include <QList>
#include <QString>
#include <QStringList>

// 取組の方向性: one ▷ bullet of a theme, with no schedule of its own.
struct Direction
{
    int id = 0;
    int themeId = 0;
    QString text;
    bool operator==(const Direction &o) const
    {
        return id == o.id && themeId == o.themeId && text == o.text;
    }
};

// 取組テーマ / 重点的に取り組む事項, in a section or directly under the
// plan; its directions and measures are kept in their display order.
struct Theme
{
    int id = 0;
    QString title;
    int sectionId = 0; // 0: directly under the plan
    QString overview;
    QList<int> principleIds;
    QStringList futureCandidates; // 今後検討が必要となるもの
    // Bars on the theme's own row of the roadmap (公金収納におけるeL-QRの
    //活用 has no 項目 below it).
    QList<Phase> phases;
    QList<Milestone> milestones;
    QList<Direction> directions;
    QList<Measure> measures;

    // Equality of the theme's own fields, directions and measures not
    // included.
    bool sameFields(const Theme &o) const
    {
        return id == o.id && title == o.title && sectionId == o.sectionId && overview == o.overview
            && principleIds == o.principleIds && futureCandidates == o.futureCandidates
            && phases == o.phases && milestones == o.milestones;
    }
    bool operator==(const Theme &o) const
    {
        return sameFields(o) && directions == o.directions && measures == o.measures;
    }
};
