#pragma once

#include <QString>

// Text from a file (entry names, titles, JSON strings) shown to a user in a
// message: on a terminal, in a log, in a dialog.
namespace UserMessage {

// `text` with every character that could change how the rest of the output
// looks made visible as an escape: C0 and C1 control characters, DEL, line
// and paragraph separators as \xHH or \uHHHH (so a file can neither send ESC
// sequences to a terminal nor start a line of its own), and the
// bidirectional formatting characters as \uHHHH (so text cannot be shown in
// an order other than the one it has). Everything else, Japanese included,
// is kept as it is.
QString printableText(const QString &text);

// Whether printableText() would change `c`.
bool needsEscape(char32_t c);

} // namespace UserMessage
