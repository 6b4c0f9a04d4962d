#pragma once

#include "models/TextDiff.h"
#include "views/document/DocumentMarks.h"

#include <QTextCharFormat>

class QTextCursor;
class QTextDocument;

// Marks of what changed between two versions of a plan, in a document:
// added text red and underlined, removed text red and struck through, a
// table cell whose content changed on yellow (as a council's marked-up
// pages show them). Used by the 新旧対照表 and the marked-up document.
namespace ChangeMarkup {

// `base` as text of that change looks and is marked (DocumentMarks).
QTextCharFormat changeFormat(const QTextCharFormat &base, DocumentMarks::TextChange change);

// Writes `segments` at the cursor in `base`, changed runs marked.
void insertSegments(QTextCursor &cursor, const QList<TextDiff::Segment> &segments,
                    const QTextCharFormat &base);

// Marks in `after` what differs from `before`, both made by the same
// builder: paragraphs and cells are matched in order (an edit script over
// whole paragraphs), a changed paragraph is compared character by
// character, and removed paragraphs are written, struck through, where
// they stood. Returns the number of paragraphs marked.
int markChanges(QTextDocument *after, const QTextDocument &before);

} // namespace ChangeMarkup
