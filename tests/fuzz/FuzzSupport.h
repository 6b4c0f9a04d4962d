#pragma once

// What the fuzz targets share: a private folder for everything the reader
// unpacks, reading the input in both modes (through the reader's QIODevice
// overload, from memory), and checking that nothing was left behind.
// Header-only: each target is one program.

#include "models/PlanFileFormat.h"
#include "models/PlanFileReader.h"
#include "tests/support/StoredZip.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace FuzzSupport {

inline QString &privateTemp()
{
    static QString path;
    return path;
}

[[noreturn]] inline void failed(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "dxplan fuzzer: %s %s\n", what, qPrintable(detail));
    std::fflush(stderr);
    std::abort(); // libFuzzer keeps the input that did it
}

inline void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "fatal: %s\n", qPrintable(message));
}

// Makes the private folder (under $TMPDIR), points TMPDIR and SQLite's
// temporary files into it, and makes the application object the SQL
// drivers need. Qt's and KArchive's messages are dropped unless
// DXPLAN_DEBUG is set.
inline void initialize(char *program)
{
    QByteArray base = qgetenv("TMPDIR");
    if (base.isEmpty())
        base = "/tmp";
    QByteArray folder = base + "/dxplan-fuzz-XXXXXX";
    if (!mkdtemp(folder.data()))
        failed("cannot make a private folder under", QString::fromLocal8Bit(base));
    const QByteArray temp = folder + "/tmp";
    if (!QDir().mkpath(QString::fromLocal8Bit(temp)))
        failed("cannot make", QString::fromLocal8Bit(temp));
    qputenv("TMPDIR", temp);
    qputenv("SQLITE_TMPDIR", temp);
    if (qEnvironmentVariableIsEmpty("DXPLAN_DEBUG"))
        qInstallMessageHandler(quiet);
    static int argc = 1;
    static char *argv[] = { program, nullptr };
    static QCoreApplication app(argc, argv);
    privateTemp() = QString::fromLocal8Bit(temp);
}

inline void readOnce(const QByteArray &bytes, PlanFileReader::Mode mode)
{
    QBuffer input;
    input.setData(bytes);
    if (!input.open(QIODevice::ReadOnly))
        failed("cannot open the input buffer");
    PlanFileReader reader;
    PlanFileReader::Result result;
    if (reader.read(&input, &result, mode)) {
        if (mode == PlanFileReader::Mode::KeepDatabase && (!result.folder || !QFile::exists(result.databasePath)))
            failed("the kept database is missing:", result.databasePath);
    } else if (reader.errorString().isEmpty()) {
        failed("a refusal without a reason");
    }
}

// Reads `bytes` as a plan file, as a plan and as a kept database;
// afterwards the private temporary folder must be empty again.
inline void readBothModes(const QByteArray &bytes)
{
    readOnce(bytes, PlanFileReader::Mode::LoadPlan);
    readOnce(bytes, PlanFileReader::Mode::KeepDatabase);
    const QStringList left = QDir(privateTemp()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    if (!left.isEmpty())
        failed("files left behind in the temporary folder:", left.join(QLatin1Char(' ')));
}


// A well-formed plan file around `database`: mimetype, a manifest with the
// database's true size and SHA-256, and the database itself.
inline QByteArray planFileAround(const QByteArray &database)
{
    const QJsonObject manifest {
        { QStringLiteral("format"), QString(PlanFileFormat::mimeType) },
        { QStringLiteral("formatMajor"), PlanFileFormat::formatMajor },
        { QStringLiteral("formatMinor"), PlanFileFormat::formatMinor },
        { QStringLiteral("application"), QStringLiteral("DX Plan Studio") },
        { QStringLiteral("applicationVersion"), QStringLiteral("0.1.0") },
        { QStringLiteral("savedAt"), QStringLiteral("2026-01-01T00:00:00Z") },
        { QStringLiteral("entries"),
          QJsonArray { QJsonObject {
              { QStringLiteral("name"), QString(PlanFileFormat::databaseEntry) },
              { QStringLiteral("size"), double(database.size()) },
              { QStringLiteral("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(database, QCryptographicHash::Sha256).toHex()) } } } },
    };
    return storedZip({
        { QByteArray(PlanFileFormat::mimetypeEntry.data()), QByteArray(PlanFileFormat::mimeType.data()) },
        { QByteArray(PlanFileFormat::manifestEntry.data()), QJsonDocument(manifest).toJson(QJsonDocument::Compact) },
        { QByteArray(PlanFileFormat::databaseEntry.data()), database },
    });
}

} // namespace FuzzSupport
