#pragma once

#include <QList>
#include <QString>

// The difference between two texts, character by character: Japanese has
// no spaces to split words on, so a changed 一字 shows as that character.
// The edit script comes from dtl (Debian's libdtl-dev).
namespace TextDiff {

struct Segment
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const Segment &o) const { return kind == o.kind && text == o.text; }
};

// The texts longer than this together are compared as a whole (one
// removal, one addition): the edit script's cost grows with length times
// differences, and a hostile plan must not make a comparison hang.
constexpr int maxCompareLength = 40000;

// Same, Removed and Added runs that turn `before` into `after`, adjacent
// runs of one kind joined; removals come before additions at a change.
QList<Segment> compare(const QString &before, const QString &after);

// As compare(), but two texts that share less than `minimumSameShare` of
// their characters read as replaced, not edited: one removal and one
// addition, rather than a scatter of common particles (の, 化).
QList<Segment> compareReadable(const QString &before, const QString &after, double minimumSameShare = 0.3);
// Whether the segments change nothing.
bool isUnchanged(const QList<Segment> &segments);

// `before` with its removed runs only, or `after` with its added runs
// only: what each side of a 新旧対照表 shows.
QList<Segment> beforeSide(const QList<Segment> &segments);
QList<Segment> afterSide(const QList<Segment> &segments);

} // namespace TextDiff
