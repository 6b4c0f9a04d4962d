#include "models/JsonDuplicateKeys.h"

#include "models/HexDigits.h"
#include "models/UserMessage.h"

#include <QCoreApplication>

#include <limits>
#include <string>
#include <unordered_set>
#include <vector>

namespace JsonDuplicateKeys {

namespace {

// Keys and quoted texts longer than this are shortened in messages.
constexpr int longestShownText = 60;

bool isPlainName(const QString &key)
{
    if (key.isEmpty() || key.size() > longestShownText)
        return false;
    for (int i = 0; i < key.size(); ++i) {
        const char16_t c = key[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

// Objects with up to this many keys are checked against a plain list; a
// plan's objects have a dozen keys at most, and a list needs no allocation
// per key. Larger objects move their keys into a hash set.
constexpr size_t listedKeys = 16;

// One open object or array. Frames are kept and reused as the scan goes
// deeper and back, so that a plan of 100,000 measures does not allocate
// a set for each of its objects.
struct Frame
{
    bool object = false;
    qint64 index = 0;       // arrays: the index of the current element
    std::string currentKey; // objects: the key of the current member (UTF-8)
    std::vector<std::string> keys;         // the keys so far, while few
    std::unordered_set<std::string> manyKeys; // all keys, once there are more

    void reset(bool isObject)
    {
        object = isObject;
        index = 0;
        currentKey.clear();
        keys.clear();
        // A fresh set, not clear(): clearing keeps the buckets of a huge
        // object and would cost their count again for every later object.
        if (!manyKeys.empty())
            manyKeys = std::unordered_set<std::string>();
    }

    // False when the object already has `key`.
    bool addKey(const std::string &key)
    {
        if (manyKeys.empty()) {
            for (const std::string &k : keys)
                if (k == key)
                    return false;
            if (keys.size() < listedKeys) {
                keys.push_back(key);
                return true;
            }
            manyKeys.insert(keys.begin(), keys.end());
            keys.clear();
        }
        return manyKeys.insert(key).second;
    }
};

class Scanner
{
public:
    Scanner(const QByteArray &json, int maxDepth)
        : m_data(json.constData()), m_size(json.size()), m_maxDepth(maxDepth)
    {
    }

    Finding run()
    {
        // QJsonDocument skips a UTF-8 byte order mark; so do we.
        if (m_size >= 3 && uchar(m_data[0]) == 0xEF && uchar(m_data[1]) == 0xBB && uchar(m_data[2]) == 0xBF)
            m_pos = 3;
        enum class Expect { Value, FirstValueOrEnd, FirstKeyOrEnd, Key, CommaOrEnd, End };
        Expect expect = Expect::Value;
        for (;;) {
            skipWhitespace();
            if (expect == Expect::End)
                return m_pos == m_size ? Finding() : malformed();
            if (m_pos >= m_size)
                return malformed();
            const char c = m_data[m_pos];
            switch (expect) {
            case Expect::FirstValueOrEnd:
                if (c == ']') {
                    ++m_pos;
                    --m_depth;
                    expect = m_depth == 0 ? Expect::End : Expect::CommaOrEnd;
                    break;
                }
                [[fallthrough]];
            case Expect::Value:
                if (c == '{' || c == '[') {
                    if (int(m_depth) >= m_maxDepth) {
                        Finding f = at(Finding::Kind::TooDeep, m_pos);
                        f.path = pathOf(m_depth);
                        return f;
                    }
                    ++m_pos;
                    push(c == '{');
                    expect = c == '{' ? Expect::FirstKeyOrEnd : Expect::FirstValueOrEnd;
                    break;
                }
                if (c == '"') {
                    if (!skipString())
                        return malformed();
                } else if (c == '-' || (c >= '0' && c <= '9')) {
                    const qint64 start = m_pos;
                    if (!skipNumber())
                        return malformed();
                    const QByteArray token = QByteArray::fromRawData(m_data + start, m_pos - start);
                    // Too small for a double is nearly 0 and harmless.
                    if (isTooLarge(token)) {
                        Finding f = at(Finding::Kind::NumberOutOfRange, start);
                        f.path = pathOf(m_depth);
                        f.token = QString::fromLatin1(token.left(longestShownText));
                        if (token.size() > longestShownText)
                            f.token += QChar(0x2026);
                        return f;
                    }
                } else if (!skipLiteral("true") && !skipLiteral("false") && !skipLiteral("null")) {
                    return malformed();
                }
                expect = m_depth == 0 ? Expect::End : Expect::CommaOrEnd;
                break;
            case Expect::FirstKeyOrEnd:
                if (c == '}') {
                    ++m_pos;
                    --m_depth;
                    expect = m_depth == 0 ? Expect::End : Expect::CommaOrEnd;
                    break;
                }
                [[fallthrough]];
            case Expect::Key: {
                if (c != '"')
                    return malformed();
                const qint64 start = m_pos;
                m_key.clear();
                if (!readString(&m_key))
                    return malformed();
                skipWhitespace();
                if (m_pos >= m_size || m_data[m_pos] != ':')
                    return malformed();
                ++m_pos;
                Frame &frame = m_stack[m_depth - 1];
                if (!frame.addKey(m_key)) {
                    Finding f = at(Finding::Kind::DuplicateKey, start);
                    f.path = pathOf(m_depth - 1);
                    f.key = QString::fromUtf8(m_key.data(), qsizetype(m_key.size()));
                    return f;
                }
                frame.currentKey = m_key;
                expect = Expect::Value;
                break;
            }
            case Expect::CommaOrEnd: {
                Frame &frame = m_stack[m_depth - 1];
                ++m_pos;
                if (c == ',') {
                    if (frame.object) {
                        expect = Expect::Key;
                    } else {
                        ++frame.index;
                        expect = Expect::Value;
                    }
                } else if (c == (frame.object ? '}' : ']')) {
                    --m_depth;
                    expect = m_depth == 0 ? Expect::End : Expect::CommaOrEnd;
                } else {
                    --m_pos;
                    return malformed();
                }
                break;
            }
            case Expect::End:
                break;
            }
        }
    }

private:
    void push(bool object)
    {
        if (m_stack.size() == m_depth)
            m_stack.emplace_back();
        m_stack[m_depth++].reset(object);
    }

    void skipWhitespace()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool skipLiteral(const char *word)
    {
        const qint64 length = qint64(qstrlen(word));
        if (m_size - m_pos < length || qstrncmp(m_data + m_pos, word, size_t(length)) != 0)
            return false;
        m_pos += length;
        return true;
    }

    qint64 skipDigits()
    {
        const qint64 start = m_pos;
        while (m_pos < m_size && m_data[m_pos] >= '0' && m_data[m_pos] <= '9')
            ++m_pos;
        return m_pos - start;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    bool skipNumber()
    {
        if (m_data[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '0')
            ++m_pos;
        else if (skipDigits() == 0)
            return false;
        if (m_pos < m_size && m_data[m_pos] == '.') {
            ++m_pos;
            if (skipDigits() == 0)
                return false;
        }
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (skipDigits() == 0)
                return false;
        }
        return true;
    }

    // Whether a well-formed JSON number is beyond the largest double
    // (1.797...e308), judged by its decimal order of magnitude first, so
    // that neither 1e400 nor 1 followed by 400 zeros needs converting.
    static bool isTooLarge(const QByteArray &token)
    {
        qsizetype i = token.startsWith('-') ? 1 : 0;
        qint64 integerDigits = 0;
        qint64 order = std::numeric_limits<qint64>::min(); // of the first non-zero digit
        for (; i < token.size() && token[i] >= '0' && token[i] <= '9'; ++i, ++integerDigits)
            if (order == std::numeric_limits<qint64>::min() && token[i] != '0')
                order = integerDigits; // from the left, made relative below
        if (order != std::numeric_limits<qint64>::min())
            order = integerDigits - order - 1;
        if (i < token.size() && token[i] == '.') {
            ++i;
            for (qint64 place = 1; i < token.size() && token[i] >= '0' && token[i] <= '9'; ++i, ++place)
                if (order == std::numeric_limits<qint64>::min() && token[i] != '0')
                    order = -place;
        }
        if (order == std::numeric_limits<qint64>::min())
            return false; // zero
        qint64 exponent = 0;
        if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
            ++i;
            const bool negative = i < token.size() && token[i] == '-';
            if (i < token.size() && (token[i] == '-' || token[i] == '+'))
                ++i;
            for (; i < token.size(); ++i)
                exponent = qMin<qint64>(exponent * 10 + (token[i] - '0'), 1000000000);
            if (negative)
                exponent = -exponent;
        }
        order += exponent;
        if (order != 308)
            return order > 308;
        bool ok = false;
        const double value = token.toDouble(&ok);
        return !ok || qIsInf(value);
    }

    // Reads the four hex digits after "\u" at m_pos.
    bool readHex4(char32_t *unit)
    {
        if (m_size - m_pos < 4)
            return false;
        const int value = HexDigits::valueOfFour(m_data + m_pos);
        if (value < 0)
            return false;
        m_pos += 4;
        *unit = char32_t(value);
        return true;
    }

    static void appendUtf8(std::string *out, char32_t cp)
    {
        // Lone surrogates are kept as three bytes each, so two keys that
        // differ only in them still differ.
        if (cp < 0x80) {
            out->push_back(char(cp));
        } else if (cp < 0x800) {
            out->push_back(char(0xC0 | (cp >> 6)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out->push_back(char(0xE0 | (cp >> 12)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        } else {
            out->push_back(char(0xF0 | (cp >> 18)));
            out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out->push_back(char(0x80 | (cp & 0x3F)));
        }
    }

    // A string at m_pos (on its opening quote), decoded into `out` when
    // given; false when it is not a well-formed JSON string.
    bool readString(std::string *out)
    {
        ++m_pos; // the opening quote
        for (;;) {
            // Plain bytes in one go.
            qint64 run = m_pos;
            while (run < m_size && m_data[run] != '"' && m_data[run] != '\\')
                ++run;
            if (out)
                out->append(m_data + m_pos, size_t(run - m_pos));
            m_pos = run;
            if (m_pos >= m_size)
                return false;
            if (m_data[m_pos] == '"') {
                ++m_pos;
                return true;
            }
            // An escape.
            if (++m_pos >= m_size)
                return false;
            const char e = m_data[m_pos++];
            char plain = 0;
            switch (e) {
            case '"': plain = '"'; break;
            case '\\': plain = '\\'; break;
            case '/': plain = '/'; break;
            case 'b': plain = '\b'; break;
            case 'f': plain = '\f'; break;
            case 'n': plain = '\n'; break;
            case 'r': plain = '\r'; break;
            case 't': plain = '\t'; break;
            case 'u': {
                char32_t unit = 0;
                if (!readHex4(&unit))
                    return false;
                // A high surrogate followed by an escaped low one is one character.
                if (unit >= 0xD800 && unit <= 0xDBFF && m_size - m_pos >= 6 && m_data[m_pos] == '\\'
                    && m_data[m_pos + 1] == 'u') {
                    const qint64 back = m_pos;
                    m_pos += 2;
                    char32_t low = 0;
                    if (readHex4(&low) && low >= 0xDC00 && low <= 0xDFFF)
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    else
                        m_pos = back;
                }
                if (out)
                    appendUtf8(out, unit);
                continue;
            }
            default:
                return false;
            }
            if (out)
                out->push_back(plain);
        }
    }

    bool skipString() { return readString(nullptr); }

    // The path of the value the first `frames` frames lead to.
    QString pathOf(size_t frames) const
    {
        QString path = QStringLiteral("$");
        for (size_t i = 0; i < frames && i < m_depth; ++i) {
            const Frame &f = m_stack[i];
            if (f.object)
                path += pathSegment(QString::fromUtf8(f.currentKey.data(), qsizetype(f.currentKey.size())));
            else
                path += QStringLiteral("[%1]").arg(f.index);
        }
        return path;
    }

    Finding at(Finding::Kind kind, qint64 offset) const
    {
        Finding f;
        f.kind = kind;
        f.maxDepth = m_maxDepth;
        f.offset = offset;
        f.line = 1;
        qint64 lineStart = 0;
        for (qint64 i = 0; i < offset && i < m_size; ++i)
            if (m_data[i] == '\n') {
                ++f.line;
                lineStart = i + 1;
            }
        f.column = offset - lineStart + 1;
        return f;
    }

    Finding malformed() const { return at(Finding::Kind::Malformed, qMin(m_pos, m_size)); }

    const char *m_data;
    qint64 m_size;
    int m_maxDepth;
    qint64 m_pos = 0;
    // m_stack[0, m_depth) are the open objects and arrays; frames past
    // m_depth wait to be reused.
    std::vector<Frame> m_stack;
    size_t m_depth = 0;
    std::string m_key; // the key being read, reused

};

QString escaped(const QString &text)
{
    QString out;
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (count == longestShownText) {
            out += QChar(0x2026); // …
            break;
        }
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u == u'"')
            out += QStringLiteral("\\\"");
        else if (u == u'\\')
            out += QStringLiteral("\\\\");
        else if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (UserMessage::needsEscape(u)
                 || (c.isSurrogate() && !(c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
                     && !(c.isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())))
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
        // A surrogate pair is one character: never cut between its halves.
        if (!(c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()))
            ++count;
    }
    return out;
}

} // namespace

QString quoted(const QString &text)
{
    return QLatin1Char('"') + escaped(text) + QLatin1Char('"');
}

QString pathSegment(const QString &key)
{
    if (isPlainName(key))
        return QLatin1Char('.') + key;
    return QLatin1Char('[') + quoted(key) + QLatin1Char(']');
}

QString Finding::message() const
{
    switch (kind) {
    case Kind::None:
        break;
    case Kind::DuplicateKey:
        return QCoreApplication::translate("JsonDuplicateKeys", "%1: the key %2 appears twice").arg(path, quoted(key));
    case Kind::TooDeep:
        return QCoreApplication::translate("JsonDuplicateKeys", "%1: nested more than %2 levels deep").arg(path).arg(maxDepth);
    case Kind::NumberOutOfRange:
        return QCoreApplication::translate("JsonDuplicateKeys", "%1: the number %2 is too large").arg(path, token);
    case Kind::Malformed:
        return QCoreApplication::translate("JsonDuplicateKeys", "not valid JSON at line %1, column %2").arg(line).arg(column);
    }
    return QString();
}

Finding scan(const QByteArray &json, int maxDepth)
{
    return Scanner(json, qMax(1, maxDepth)).run();
}

} // namespace JsonDuplicateKeys
