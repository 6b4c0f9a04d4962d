#pragma once

#include <QString>
#include <QStringList>

struct Plan;

// The parts of the plan document and their order. A part is named by a
// key: a generated part by its name ("cover", "themes", "roadmap" ...),
// a narrative chapter as "chapter:ID". PlanInfo::documentParts holds the
// user's order; an empty list means the standard one. A key written with
// a leading "-" names a part the user left out: it keeps its place, and a
// chapter left out is not taken for a new one.
namespace DocumentParts {

enum class Part {
    Cover,
    Contents,
    Chapter,
    Vision,     // 基本理念, 目指す姿 and the principles
    Structure,  // 推進体制: the roles
    Period,     // 計画期間
    Themes,     // the themes with their directions and measure tables
    Candidates, // 今後検討が必要となるもの
    Roadmap,    // 工程表
    Kpis,       // 成果指標
    Systems,    // 標準化対象業務
    Glossary,   // 用語集
    Revisions,  // 改定履歴
};

// The keys of the generated parts, in the standard order.
QStringList generatedKeys();
QString chapterKey(int chapterId);
// The key of a part left out ("-glossary"), and whether a key is one.
QString omittedKey(const QString &key);
bool isOmitted(const QString &key);
// False for a key that names no part (the chapter need not exist); a
// left-out key names its part.
bool parse(const QString &key, Part *part, int *chapterId = nullptr);

// Cover, contents, the chapters, then the other generated parts.
QStringList standardOrder(const Plan &plan);
// The order the document follows: the user's list without the parts left
// out, keys of chapters that are gone and repeated keys, and with chapters
// the list does not know yet placed after the last chapter it names (after
// the contents when it names none).
QStringList effectiveOrder(const Plan &plan);

} // namespace DocumentParts
