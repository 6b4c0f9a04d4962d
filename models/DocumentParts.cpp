#include "models/DocumentParts.h"

#include "models/Plan.h"

#include <QSet>

namespace DocumentParts {

namespace {

const QString chapterPrefix = QStringLiteral("chapter:");

struct Generated
{
    Part part;
    const char *key;
};

const Generated generated[] = {
    { Part::Cover, "cover" },         { Part::Contents, "contents" }, { Part::Vision, "vision" },
    { Part::Structure, "structure" }, { Part::Period, "period" },     { Part::Themes, "themes" },
    { Part::Candidates, "candidates" }, { Part::Roadmap, "roadmap" }, { Part::Kpis, "kpis" },
    { Part::Systems, "systems" },     { Part::Glossary, "glossary" }, { Part::Revisions, "revisions" },
};

} // namespace

QStringList generatedKeys()
{
    QStringList keys;
    for (const Generated &g : generated)
        keys << QString::fromLatin1(g.key);
    return keys;
}

QString chapterKey(int chapterId)
{
    return chapterPrefix + QString::number(chapterId);
}

QString omittedKey(const QString &key)
{
    return isOmitted(key) ? key : QLatin1Char('-') + key;
}

bool isOmitted(const QString &key)
{
    return key.startsWith(QLatin1Char('-'));
}

bool parse(const QString &keyOrOmitted, Part *part, int *chapterId)
{
    const QString key = isOmitted(keyOrOmitted) ? keyOrOmitted.mid(1) : keyOrOmitted;
    if (key.startsWith(chapterPrefix)) {
        bool ok = false;
        const int id = key.mid(chapterPrefix.size()).toInt(&ok);
        if (!ok || id <= 0 || key != chapterKey(id))
            return false;
        *part = Part::Chapter;
        if (chapterId)
            *chapterId = id;
        return true;
    }
    for (const Generated &g : generated) {
        if (key == QLatin1String(g.key)) {
            *part = g.part;
            return true;
        }
    }
    return false;
}

QStringList standardOrder(const Plan &plan)
{
    QStringList keys = generatedKeys();
    int at = keys.indexOf(QStringLiteral("contents")) + 1;
    for (const Chapter &c : plan.chapters)
        keys.insert(at++, chapterKey(c.id));
    return keys;
}

QStringList effectiveOrder(const Plan &plan)
{
    if (plan.info.documentParts.isEmpty())
        return standardOrder(plan);
    QStringList keys;
    QSet<QString> seen;
    int afterLastChapter = -1;
    for (const QString &entry : plan.info.documentParts) {
        Part part;
        int id = 0;
        const QString key = isOmitted(entry) ? entry.mid(1) : entry;
        if (seen.contains(key) || !parse(key, &part, &id))
            continue;
        if (part == Part::Chapter && !findById(plan.chapters, id))
            continue;
        seen.insert(key);
        if (isOmitted(entry))
            continue;
        keys << key;
        if (part == Part::Chapter || (part == Part::Contents && afterLastChapter < 0))
            afterLastChapter = keys.size();
    }
    int at = afterLastChapter < 0 ? 0 : afterLastChapter;
    for (const Chapter &c : plan.chapters)
        if (!seen.contains(chapterKey(c.id)))
            keys.insert(at++, chapterKey(c.id));
    return keys;
}

} // namespace DocumentParts
