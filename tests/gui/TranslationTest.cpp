#include "GuiTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
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

struct Message
{
    QString context;
    QString source;
    QString translation; // numerus forms joined
};

QList<Message> messages(const QString &tsPath)
{
    QList<Message> all;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return all;
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            current.context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            all.append(current);
        }
    }
    return all;
}

struct Term
{
    QString english;
    QStringList japanese;
    QStringList banned;
};

QList<Term> terms()
{
    QList<Term> list;
    QFile file(QStringLiteral(DXPLAN_SOURCE_DIR "/translations/terms.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return list;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        list.append({ columns.value(0).trimmed(), columns.value(1).split(QLatin1Char('|'), Qt::SkipEmptyParts),
                      columns.value(2).split(QLatin1Char('|'), Qt::SkipEmptyParts) });
    }
    return list;
}

// Whether the English message uses the term as a word. The command line's
// own names ("roadmap: bad --dpi", "dxplan-cli revision add") are not
// words of the vocabulary: they stay English in every language.
bool isTermOf(const QString &source, const QString &term)
{
    static const QRegularExpression commandNames(
        QStringLiteral("^[a-z-]+( [a-z-]+)?: |dxplan-cli( [a-z-]+)*|--[a-z-]+"));
    const QRegularExpression word(QStringLiteral("\\b%1(s|es|ed|ing)?\\b").arg(QRegularExpression::escape(term)),
                                  QRegularExpression::CaseInsensitiveOption);
    return word.match(QString(source).remove(QLatin1Char('&')).remove(commandNames)).hasMatch();
}

TEST_F(GuiTest, JapaneseTranslationUsesOneWordPerTerm)
{
    const QList<Term> vocabulary = terms();
    ASSERT_GE(vocabulary.size(), 5) << "translations/terms.tsv";
    const QList<Message> all = messages(QStringLiteral(DXPLAN_SOURCE_DIR "/translations/dxplan_ja.ts"));
    ASSERT_GT(all.size(), 500);
    QStringList wrong;
    for (const Message &m : all)
        for (const Term &term : vocabulary) {
            for (const QString &banned : term.banned)
                if (m.translation.contains(banned))
                    wrong << QStringLiteral("%1: 「%2」 uses %3").arg(m.source, m.translation, banned);
            if (!term.japanese.isEmpty() && isTermOf(m.source, term.english)) {
                bool found = false;
                for (const QString &word : term.japanese)
                    found = found || m.translation.contains(word);
                if (!found)
                    wrong << QStringLiteral("%1: 「%2」 lacks %3").arg(m.source, m.translation, term.japanese.join(QLatin1Char('|')));
            }
        }
    EXPECT_TRUE(wrong.isEmpty()) << wrong.size() << " translations stray from translations/terms.tsv:\n"
                                 << wrong.join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiTest, JapaneseSentencesUseFullWidthPunctuation)
{
    const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
    // A question or exclamation mark after Japanese text: ？ and ！.
    const QRegularExpression halfWidth(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}）」][?!]"));
    QStringList wrong;
    for (const Message &m : messages(QStringLiteral(DXPLAN_SOURCE_DIR "/translations/dxplan_ja.ts")))
        if (japanese.match(m.translation).hasMatch() && halfWidth.match(m.translation).hasMatch())
            wrong << m.translation;
    EXPECT_TRUE(wrong.isEmpty()) << wrong.join(QLatin1Char('\n')).toStdString();
}

} // namespace
