#pragma once

#include "views/sheets/SheetOptions.h"
#include "views/sheets/SheetTables.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Comma- and tab-separated text as spreadsheets read it (RFC 4180): a field
// holding the separator, a quote, a line break or leading or trailing
// spaces is quoted, its quotes doubled; lines end in CR LF. The bytes are
// UTF-8 with a byte order mark, or CP932 (Shift_JIS as Windows has it).
namespace CsvText {

QString field(const QString &text, QChar separator = QLatin1Char(','));
QString line(const QStringList &cells, QChar separator = QLatin1Char(','));
// The header row, then the rows.
QString table(const SheetTable &table, QChar separator = QLatin1Char(','));

// The text in the encoding. CP932 has no room for some characters (𠮷,
// emoji, accented letters): then nothing is returned and `error` names the
// first such character and where it stands. Characters Japanese software
// writes two ways (〜 U+301C and ～ U+FF5E, − U+2212 and － U+FF0D ...) are
// written as Windows writes them.
bool encode(const QString &text, SheetOptions::Encoding encoding, QByteArray *bytes, QString *error);

// Splits tab-separated text (as Excel puts it on the clipboard) into rows
// of cells, quoted cells unquoted; a trailing empty line is dropped.
QList<QStringList> parseTabSeparated(const QString &text);

} // namespace CsvText
