#include "tests/support/ExternalTools.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

CliRun runCli(const QStringList &arguments)
{
    return runProgram(QStringLiteral(DXPLAN_CLI), arguments);
}

CliRun runProgram(const QString &program, const QStringList &arguments,
                  const QList<QPair<QString, QString>> &environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(120000)) << arguments.join(QLatin1Char(' ')).toStdString();
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

bool havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

QStringList pdfPages(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString pdfText(const QString &path)
{
    return pdfPages(path).join(QLatin1Char('\f'));
}

QString pdfWordBoxes(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    return html.mid(html.indexOf(QLatin1String("<body>")));
}

QString svgText(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return text;
}

QString axeUnavailable()
{
    const QString modules = QStringLiteral(DXPLAN_SOURCE_DIR "/.deps/node/node_modules");
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node is not installed");
    if (!QFile::exists(QStringLiteral("/usr/bin/chromium")))
        return QStringLiteral("/usr/bin/chromium is not installed");
    if (!QFile::exists(modules + QStringLiteral("/axe-core")) || !QFile::exists(modules + QStringLiteral("/puppeteer-core")))
        return QStringLiteral("axe-core and puppeteer-core are not installed: run scripts/install-node-deps.sh");
    return QString();
}

AxeRun runAxe(const QString &htmlPath)
{
    QProcess axe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_PATH"), QStringLiteral(DXPLAN_SOURCE_DIR "/.deps/node/node_modules"));
    axe.setProcessEnvironment(environment);
    axe.start(QStandardPaths::findExecutable(QStringLiteral("node")),
              { QStringLiteral(DXPLAN_SOURCE_DIR "/tests/document/axe/axe-check.js"), htmlPath });
    const bool finished = axe.waitForFinished(120000);
    EXPECT_TRUE(finished) << "axe-check.js did not finish";
    if (!finished)
        axe.kill();
    return { finished && axe.exitStatus() == QProcess::NormalExit ? axe.exitCode() : -1,
             QString::fromUtf8(axe.readAllStandardOutput()), QString::fromUtf8(axe.readAllStandardError()) };
}

QString libreOfficeUnavailable()
{
    return QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty()
        ? QStringLiteral("LibreOffice (soffice) is not installed")
        : QString();
}

QString convertWithLibreOffice(const QString &file, const QString &format, const QString &outDir, QString *log)
{
    QProcess convert;
    convert.setProcessChannelMode(QProcess::MergedChannels);
    // soffice is a launcher that starts soffice.bin: a process group of
    // their own lets a hung conversion be ended whole.
    convert.setChildProcessModifier([] { ::setpgid(0, 0); });
    // Temporary folders' names have spaces ("DX Plan Studio Tests-…"): the
    // profile URL must be encoded, or LibreOffice waits forever.
    convert.start(QStandardPaths::findExecutable(QStringLiteral("soffice")),
                  { QStringLiteral("--headless"), QStringLiteral("--norestore"),
                    QStringLiteral("-env:UserInstallation=")
                        + QUrl::fromLocalFile(outDir + QStringLiteral("/lo-profile")).toString(QUrl::FullyEncoded),
                    QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"), outDir, file });
    if (!convert.waitForFinished(180000)) {
        ::kill(-pid_t(convert.processId()), SIGKILL);
        convert.waitForFinished(5000);
        *log = QStringLiteral("soffice did not finish in 180 s");
        return QString();
    }
    *log = QString::fromUtf8(convert.readAll());
    const QString converted = outDir + QLatin1Char('/') + QFileInfo(file).completeBaseName() + QLatin1Char('.')
        + format.section(QLatin1Char(':'), 0, 0);
    return QFile::exists(converted) ? converted : QString();
}
