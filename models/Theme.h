#pragma once

#include "models/Measure.h"

#include <QList>
#include <QString>
#include <QStringList>

// 取組テーマ / 重点的に取り組む事項. Its number is its 1-based position in
// the plan; its measures are kept in their display order.
struct Theme
{
    int id = 0;
    QString title;
    QString section; // grouping heading, e.g. 重点的に取り組む事項 / その他事項
    QString overview;
    QList<int> principleIds;
    QStringList futureCandidates; // 今後検討が必要となるもの
    QList<Measure> measures;

    // Equality of the theme's own fields, measures not included.
    bool sameFields(const Theme &o) const
    {
        return id == o.id && title == o.title && section == o.section && overview == o.overview
            && principleIds == o.principleIds && futureCandidates == o.futureCandidates;
    }
    bool operator==(const Theme &o) const { return sameFields(o) && measures == o.measures; }
};
