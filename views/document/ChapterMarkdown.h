#pragma once

#include <QString>

struct Chapter;
struct Plan;
class QTextCursor;
class QTextDocument;

// A chapter's Markdown as the document prints it: Qt's Markdown reader
// (CommonMark with GitHub tables), its headings one level below the
// chapter's, `![alt](figure:ID)` as the plan's figure with its caption and
// alternative text, and `[text](glossary:ID)` as a glossary term marked by
// the plan's TermStyle (a numbered note at the end of the chapter, or a
// link to the glossary). The document builder and the chapter editor's
// preview both come through here.
namespace ChapterMarkdown {

QString figureTarget(int figureId);   // "figure:12"
QString glossaryTarget(int entryId);  // "glossary:7"

// Every figure of the plan as an image resource of `document` under its
// figureTarget(), so pictures in inserted Markdown find their pixels.
void addFigureResources(QTextDocument *document, const Plan &plan);

// Inserts the chapter's text at the cursor. Glossary notes are numbered
// from `*noteNumber` on (and it is advanced); the notes themselves follow
// the text.
void insert(QTextCursor &cursor, const Plan &plan, const Chapter &chapter, int *noteNumber);

// The chapter alone, for the editor's live preview.
void preview(QTextDocument *document, const Plan &plan, const Chapter &chapter);

} // namespace ChapterMarkdown
