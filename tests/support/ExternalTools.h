#pragma once

#include <QString>
#include <QStringList>

// Running what a user runs: dxplan-cli as a separate process, and the
// poppler tools that read our PDFs the way a reader's software does.

struct CliRun
{
    int exitCode = -1; // -1 when it crashed or hung
    QString out;
    QString err;
};

// Runs the built dxplan-cli offscreen and waits for it.
CliRun runCli(const QStringList &arguments);

bool havePdfToText();
// The PDF's text layer, one string per page (pdftotext).
QStringList pdfPages(const QString &path);
QString pdfText(const QString &path);

// The text of an SVG's <text> elements, run together; fails the test when
// the SVG is not well-formed XML.
QString svgText(const QString &path);
