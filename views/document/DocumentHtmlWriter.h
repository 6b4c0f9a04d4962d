#pragma once

#include <QByteArray>
#include <QString>

class DocumentObjects;
class QTextDocument;

// Writes the plan document as one self-contained, accessible HTML file
// (JIS X 8341-3 / WCAG 2.1 AA): lang attribute, one <h1> (the
// DocumentTitle block) and headings below it in order, tables with <th>
// header cells (scope) and <caption>, lists as lists, pictures inline as
// data: URIs with alt text, generated drawings as inline SVG with a text
// alternative, a print stylesheet, readable without CSS.
class DocumentHtmlWriter
{
public:
    // `objects` paints the custom objects (may be null when there are none).
    DocumentHtmlWriter(const QTextDocument &document, const DocumentObjects *objects);
    void setTitle(const QString &title) { m_title = title; }
    void setLanguage(const QString &language) { m_language = language; }
    QByteArray html() const;

private:
    const QTextDocument &m_document;
    const DocumentObjects *m_objects;
    QString m_title;
    QString m_language = QStringLiteral("ja");
};
