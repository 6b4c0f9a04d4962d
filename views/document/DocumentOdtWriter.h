#pragma once

#include <QString>

class DocumentObjects;
class QIODevice;
class QTextDocument;

// Writes the plan document as an ODF text package (.odt) that LibreOffice
// and Word open and edit: headings as real heading paragraphs with the
// standard "Heading n" styles and outline levels, tables as tables (header
// rows repeated), lists as lists, pictures and generated drawings embedded
// under Pictures/, title and language in meta.xml and the styles.
class DocumentOdtWriter
{
public:
    DocumentOdtWriter(const QTextDocument &document, const DocumentObjects *objects);
    void setTitle(const QString &title) { m_title = title; }
    void setAuthor(const QString &author) { m_author = author; }
    void setLanguage(const QString &language) { m_language = language; }
    // Writes the whole package; false with errorString() on failure.
    bool write(QIODevice *device);
    QString errorString() const { return m_error; }

private:
    const QTextDocument &m_document;
    const DocumentObjects *m_objects;
    QString m_title;
    QString m_author;
    QString m_language = QStringLiteral("ja");
    QString m_error;
};
