#include "models/TextDiff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace TextDiff {

namespace {

void append(QList<Segment> *segments, Segment::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments->isEmpty() && segments->last().kind == kind)
        segments->last().text += text;
    else
        segments->append({ kind, text });
}

QList<Segment> sideOf(const QList<Segment> &segments, Segment::Kind dropped)
{
    QList<Segment> side;
    for (const Segment &s : segments)
        if (s.kind != dropped)
            append(&side, s.kind, s.text);
    return side;
}

} // namespace

QList<Segment> compare(const QString &before, const QString &after)
{
    QList<Segment> segments;
    if (before == after) {
        append(&segments, Segment::Kind::Same, before);
        return segments;
    }
    if (before.size() + after.size() > maxCompareLength) {
        append(&segments, Segment::Kind::Removed, before);
        append(&segments, Segment::Kind::Added, after);
        return segments;
    }
    // Code points, not UTF-16 units, so a character outside the BMP is
    // never split in two.
    const QList<uint> a = before.toUcs4();
    const QList<uint> b = after.toUcs4();
    dtl::Diff<uint, std::vector<uint>> diff(std::vector<uint>(a.begin(), a.end()),
                                            std::vector<uint>(b.begin(), b.end()));
    diff.compose();
    // Within one change, dtl may interleave removals and additions; a
    // reader wants the removed run, then the added run.
    QString removed;
    QString added;
    auto flush = [&] {
        append(&segments, Segment::Kind::Removed, removed);
        append(&segments, Segment::Kind::Added, added);
        removed.clear();
        added.clear();
    };
    for (const auto &[code, info] : diff.getSes().getSequence()) {
        const char32_t c = char32_t(code);
        const QString ch = QString::fromUcs4(&c, 1);
        if (info.type == dtl::SES_DELETE) {
            removed += ch;
        } else if (info.type == dtl::SES_ADD) {
            added += ch;
        } else {
            flush();
            append(&segments, Segment::Kind::Same, ch);
        }
    }
    flush();
    return segments;
}

QList<Segment> compareReadable(const QString &before, const QString &after, double minimumSameShare)
{
    QList<Segment> segments = compare(before, after);
    qsizetype same = 0;
    for (const Segment &s : segments)
        if (s.kind == Segment::Kind::Same)
            same += s.text.size();
    if (same >= minimumSameShare * qMax(before.size(), after.size()))
        return segments;
    segments.clear();
    append(&segments, Segment::Kind::Removed, before);
    append(&segments, Segment::Kind::Added, after);
    return segments;
}

bool isUnchanged(const QList<Segment> &segments)
{
    for (const Segment &s : segments)
        if (s.kind != Segment::Kind::Same)
            return false;
    return true;
}

QList<Segment> beforeSide(const QList<Segment> &segments)
{
    return sideOf(segments, Segment::Kind::Added);
}

QList<Segment> afterSide(const QList<Segment> &segments)
{
    return sideOf(segments, Segment::Kind::Removed);
}

} // namespace TextDiff
