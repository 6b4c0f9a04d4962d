#include "GuiTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QXmlStreamReader>

// The Japanese translation must be complete: every entry finished, and
// nothing in the sources that the .ts file does not have yet. lupdate
// runs on a copy, so the test never changes the source tree.
namespace {

struct Entry
{
    QString context;
    QString source;
};

// Entries whose translation is unfinished or empty.
QList<Entry> untranslated(const QString &tsPath, QString *error)
{
    QList<Entry> missing;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return missing;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                missing.append({ context, source });
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return missing;
}

std::string describe(const QList<Entry> &entries)
{
    QStringList lines;
    for (const Entry &e : entries)
        lines << e.context + QStringLiteral(": ") + e.source;
    return lines.join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiTest, JapaneseTranslationHasNoUnfinishedEntries)
{
    QString error;
    const QList<Entry> missing = untranslated(QStringLiteral(DXPLAN_SOURCE_DIR "/translations/dxplan_ja.ts"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " unfinished:\n" << describe(missing);
}

TEST_F(GuiTest, JapaneseTranslationCoversEverySourceString)
{
    const QString copy = path(QStringLiteral("dxplan_ja.ts"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(DXPLAN_SOURCE_DIR "/translations/dxplan_ja.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(DXPLAN_SOURCE_DIR));
    lupdate.start(QStringLiteral(DXPLAN_LUPDATE),
                  // As the build runs it: includes resolve from the source root,
                  // so tr() contexts declared in headers are found.
                  { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("-I"), QStringLiteral(DXPLAN_SOURCE_DIR),
                    QStringLiteral("views"), QStringLiteral("app"), QStringLiteral("models"),
                    QStringLiteral("-ts"), copy });
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    QString error;
    const QList<Entry> missing = untranslated(copy, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " strings in the sources lack a Japanese translation:\n"
                                   << describe(missing);
}

} // namespace
