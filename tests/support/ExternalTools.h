#pragma once

#include <QList>
#include <QPair>
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
// The same for another program (a copy of dxplan-cli, one of the programs
// it starts), with `environment` added to the process's.
CliRun runProgram(const QString &program, const QStringList &arguments,
                  const QList<QPair<QString, QString>> &environment = {});

bool havePdfToText();
// The PDF's text layer, one string per page (pdftotext).
QStringList pdfPages(const QString &path);
QString pdfText(const QString &path);
// Every word of the PDF with its box in points, page by page (pdftotext
// -bbox, the document's metadata left out): two PDFs that give the same
// show the same words in the same places.
QString pdfWordBoxes(const QString &path);

// The text of an SVG's <text> elements, run together; fails the test when
// the SVG is not well-formed XML.
QString svgText(const QString &path);

// axe-core (tests/document/axe) in Debian's Chromium over an HTML file.
// Empty when it can run; otherwise why not (for GTEST_SKIP).
QString axeUnavailable();
struct AxeRun
{
    int exitCode = -1; // 0 no violations, 1 violations, 2 error, -1 crashed or hung
    QString violations; // JSON
    QString errors;
};
AxeRun runAxe(const QString &htmlPath);

// LibreOffice converts `file` headless into `outDir` ("pdf", "docx", ...),
// with a profile of its own; the converted file's path, or empty with
// `log` saying why. Empty reason when soffice is installed.
QString libreOfficeUnavailable();
QString convertWithLibreOffice(const QString &file, const QString &format, const QString &outDir,
                               QString *log);
