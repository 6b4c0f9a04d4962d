#pragma once

#include "models/sheets/SheetGrid.h"

#include <QString>

class QIODevice;

// Reads a CSV file (RFC 4180 quoting, comma or tab separated) into one
// sheet. Its encoding is UTF-8 (with or without a byte order mark) or
// Shift_JIS as Japanese Excel writes it (CP932): given, or detected.
class CsvReader
{
public:
    enum class Encoding { Detect, Utf8, Cp932 };
    static constexpr qint64 maxBytes = qint64(64) << 20;

    void setEncoding(Encoding encoding) { m_encoding = encoding; }
    // "utf-8" / "cp932" (and the usual other names of these two).
    static bool encodingFromName(const QString &name, Encoding *encoding);
    // Whether this Qt can decode CP932 at all.
    static bool hasCp932();

    bool read(QIODevice *device, SheetBook *book);
    bool read(const QString &path, SheetBook *book);
    QString errorString() const { return m_error; }
    // The encoding the last read used.
    Encoding usedEncoding() const { return m_used; }

private:
    bool fail(const QString &why);
    Encoding m_encoding = Encoding::Detect;
    Encoding m_used = Encoding::Utf8;
    QString m_error;
};
