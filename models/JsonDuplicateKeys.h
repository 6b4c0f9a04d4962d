#pragma once

#include <QByteArray>
#include <QString>

// A careful look at the raw bytes of a JSON document before a parser
// (simdjson for plans, QJsonDocument for the manifest) takes it, for what
// parsers hide or do not bound:
//
//  - a key that appears twice in one object (QJsonDocument silently keeps
//    one of the values, simdjson both, so a plan could say two things at
//    once);
//  - nesting deeper than a limit (a hostile file of 10,000 nested arrays);
//  - a number no double can hold (1e309).
//
// Keys are compared as the text they stand for, so "a" and "\u0061" are the
// same key. The scan is iterative and keeps one small frame per open object
// or array, never more than the depth limit: no input can exhaust the stack.
// Used by the JSON plan importer and meant for any other JSON DX Plan Studio
// reads from outside (the .dxplan manifest).
namespace JsonDuplicateKeys {

// Deep enough for every JSON file DX Plan Studio reads (a plan nests 7
// levels), shallow enough to refuse nonsense at once.
constexpr int defaultMaxDepth = 64;

struct Finding
{
    enum class Kind {
        None,             // nothing found
        DuplicateKey,     // `path` is the object, `key` the repeated key
        TooDeep,          // `path` is the object or array one level too deep
        NumberOutOfRange, // `path` is the number, `token` its text
        Malformed,        // not JSON at `line`, `column`; the JSON parser says why
    };
    Kind kind = Kind::None;
    QString path;  // JSON path such as $.themes[2].measures[0]
    QString key;
    QString token;
    int maxDepth = defaultMaxDepth;
    qint64 offset = 0; // byte offset of the finding
    qint64 line = 0;   // 1-based
    qint64 column = 0; // 1-based, in bytes

    bool found() const { return kind != Kind::None; }
    // One line of English (translated when a translator is installed), e.g.
    // $.themes[2].measures[0]: the key "title" appears twice
    QString message() const;
};

// Scans `json` (UTF-8, optionally with a byte order mark) and returns the
// first problem met in document order.
Finding scan(const QByteArray &json, int maxDepth = defaultMaxDepth);

// A key as the next segment of a JSON path: ".title" for plain names,
// ["two words"] for others; control characters, line separators and
// bidirectional marks (UserMessage::needsEscape) are escaped and very long
// keys shortened, so a path always prints on one short line as it is.
QString pathSegment(const QString &key);
// A key or other text quoted for a message, escaped and shortened the same way.
QString quoted(const QString &text);

} // namespace JsonDuplicateKeys
