#include "models/DatabaseConnection.h"
#include "models/PlanDocument.h"
#include "models/PlanFileReader.h"
#include "models/Schema.h"
#include "tests/support/TestSupport.h"
#include "ZipBuilder.h"

#include <QDir>
#include <QSqlQuery>

// Every kind of broken or hostile .dxplan is refused with one clear reason,
// and reading it writes nothing anywhere but its own temporary folder.
namespace {

class HostileFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // A private TMPDIR: after each read it must be empty again.
        m_savedTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", m_tmp.path().toLocal8Bit());
        m_database = database();
    }
    void TearDown() override { qputenv("TMPDIR", m_savedTmp); }

    static const QByteArray &database()
    {
        static const QByteArray bytes = planDatabaseBytes(samplePlan());
        return bytes;
    }

    // Reads the file and returns the error (empty on success), checking
    // that nothing was left behind or written next to the file.
    QString readError(const QByteArray &fileBytes)
    {
        const QString path = m_home.filePath(QStringLiteral("received.dxplan"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(fileBytes);
        file.close();
        PlanFileReader reader;
        PlanFileReader::Result result;
        const bool ok = reader.read(path, &result);
        m_readOnly = result.readOnly;
        EXPECT_EQ(QDir(m_home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                  QStringList { QStringLiteral("received.dxplan") });
        EXPECT_TRUE(QDir(m_tmp.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            << "left behind: " << QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(QFile::exists(m_home.filePath(QStringLiteral("../evil.txt"))));
        return ok ? QString() : reader.errorString();
    }

    ZipBuilder withExtra(const ZipBuilder::Entry &extra, bool listInManifest)
    {
        const ZipBuilder::Entry db { QStringLiteral("plan.sqlite"), m_database, true, false, -1 };
        QList<ZipBuilder::Entry> listed { db };
        if (listInManifest)
            listed << extra;
        ZipBuilder zip;
        zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.dxplan+zip"));
        zip.add(QStringLiteral("manifest.json"), ZipBuilder::manifestFor(listed), true);
        zip.add(db);
        zip.add(extra);
        return zip;
    }

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;
    QByteArray m_savedTmp;
    QByteArray m_database;
    bool m_readOnly = false;
};

#define EXPECT_REFUSED(bytes, fragment)                                                            \
    do {                                                                                           \
        const QString error = readError(bytes);                                                    \
        EXPECT_TRUE(error.contains(QStringLiteral(fragment))) << "error was: " << error.toStdString(); \
    } while (false)

} // namespace

TEST_F(HostileFileTest, AWellFormedCraftedFileIsAccepted)
{
    EXPECT_EQ(readError(ZipBuilder::planFile(m_database).build()), QString());
}

TEST_F(HostileFileTest, NamesThatEscapeTheFolderAreRefused)
{
    const QByteArray data("x");
    EXPECT_REFUSED(withExtra({ QStringLiteral("../evil.txt"), data }, true).build(), "climbs out");
    EXPECT_REFUSED(withExtra({ QStringLiteral("a/../../evil.txt"), data }, true).build(), "climbs out");
    EXPECT_REFUSED(withExtra({ QStringLiteral("/tmp/evil.txt"), data }, true).build(), "absolute path");
    EXPECT_REFUSED(withExtra({ QStringLiteral("..\\evil.txt"), data }, true).build(), "backslash");
    EXPECT_REFUSED(withExtra({ QStringLiteral("C:evil.txt"), data }, true).build(), "drive letter");
}

TEST_F(HostileFileTest, SymlinkEntriesAreRefused)
{
    ZipBuilder::Entry link { QStringLiteral("link"), QByteArrayLiteral("/etc/passwd") };
    link.symlink = true;
    EXPECT_REFUSED(withExtra(link, true).build(), "symbolic link");
}

TEST_F(HostileFileTest, DuplicateAndCaseOnlyDuplicateNamesAreRefused)
{
    EXPECT_REFUSED(withExtra({ QStringLiteral("plan.sqlite"), m_database }, false).build(), "appears twice");
    EXPECT_REFUSED(withExtra({ QStringLiteral("Plan.SQLite"), m_database }, true).build(), "letter case");
}

TEST_F(HostileFileTest, EntriesMissingFromTheManifestAreRefused)
{
    EXPECT_REFUSED(withExtra({ QStringLiteral("notes.txt"), QByteArrayLiteral("hello") }, false).build(),
                   "not listed in the manifest");
}

TEST_F(HostileFileTest, TooManyEntriesAreRefused)
{
    ZipBuilder zip = ZipBuilder::planFile(m_database);
    for (int i = 0; i < 100; ++i)
        zip.add(QStringLiteral("e%1").arg(i), QByteArrayLiteral("x"));
    EXPECT_REFUSED(zip.build(), "entries");
}

TEST_F(HostileFileTest, ZipBombIsStoppedByTheBytesActuallyRead)
{
    // 64 MiB of zeros deflate to about 64 KiB; the manifest is honest, so
    // only the ratio of bytes read can stop it.
    ZipBuilder::Entry bomb { QStringLiteral("plan.sqlite"), QByteArray(64 << 20, '\0'), true, false, -1 };
    ZipBuilder zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.dxplan+zip"));
    zip.add(QStringLiteral("manifest.json"), ZipBuilder::manifestFor({ bomb }), true);
    zip.add(bomb);
    EXPECT_REFUSED(zip.build(), "ZIP bomb");
}

TEST_F(HostileFileTest, LyingDeclaredSizeIsRefused)
{
    ZipBuilder::Entry db { QStringLiteral("plan.sqlite"), m_database, true, false, 4096 };
    ZipBuilder zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.dxplan+zip"));
    zip.add(QStringLiteral("manifest.json"), ZipBuilder::manifestFor({ db }), true);
    zip.add(db);
    const QString error = readError(zip.build());
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(HostileFileTest, HashMismatchIsRefused)
{
    ZipBuilder::Entry db { QStringLiteral("plan.sqlite"), m_database, true, false, -1 };
    QByteArray tampered = m_database;
    tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x55);
    ZipBuilder zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.dxplan+zip"));
    zip.add(QStringLiteral("manifest.json"), ZipBuilder::manifestFor({ db }), true);
    zip.add({ QStringLiteral("plan.sqlite"), tampered, true, false, -1 });
    EXPECT_REFUSED(zip.build(), "checksum");
}

TEST_F(HostileFileTest, TruncatedEmptyAndNonZipDataAreRefused)
{
    const QByteArray good = ZipBuilder::planFile(m_database).build();
    EXPECT_REFUSED(good.left(good.size() / 2), "truncated");
    EXPECT_REFUSED(good.left(good.size() - 30), "truncated");
    EXPECT_REFUSED(QByteArray(), "too short");
    EXPECT_REFUSED(QByteArray("This is a Word document, honestly.").repeated(40), "not a ZIP archive");
}

TEST_F(HostileFileTest, WrongMimetypeOrMissingManifestIsRefused)
{
    ZipBuilder zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/zip"));
    zip.add(QStringLiteral("plan.sqlite"), m_database);
    EXPECT_REFUSED(zip.build(), "not a DX Plan Studio file");

    ZipBuilder first;
    first.add(QStringLiteral("plan.sqlite"), m_database);
    first.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.dxplan+zip"));
    EXPECT_REFUSED(first.build(), "mimetype");

    ZipBuilder noManifest;
    noManifest.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.dxplan+zip"));
    noManifest.add(QStringLiteral("plan.sqlite"), m_database);
    EXPECT_REFUSED(noManifest.build(), "manifest.json");
}

TEST_F(HostileFileTest, GarbageDatabaseIsRefused)
{
    EXPECT_REFUSED(ZipBuilder::planFile(QByteArray("not sqlite at all").repeated(100)).build(),
                   "not a SQLite database");
}

namespace {

// A database made by hand: `prepare` shapes it.
QByteArray craftedDatabase(const std::function<void(QSqlDatabase &)> &prepare)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crafted.sqlite"));
    {
        DatabaseConnection c;
        EXPECT_TRUE(c.open(path, DatabaseConnection::Mode::ReadWrite));
        QSqlDatabase db = c.database();
        prepare(db);
    }
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_F(HostileFileTest, ADatabaseThatIsNotOursIsRefused)
{
    const QByteArray foreign = craftedDatabase([](QSqlDatabase &db) {
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
    });
    EXPECT_REFUSED(ZipBuilder::planFile(foreign).build(), "not a DX Plan Studio plan");
}

TEST_F(HostileFileTest, ADatabaseWithATriggerIsRefused)
{
    const QByteArray rigged = craftedDatabase([](QSqlDatabase &db) {
        QString error;
        ASSERT_TRUE(Schema::create(db, &error));
        QSqlQuery q(db);
        q.exec(QStringLiteral("INSERT INTO plan_info VALUES (1,'T','O','town',2024,2028,'','','','')"));
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON themes BEGIN DELETE FROM themes; END")));
    });
    EXPECT_REFUSED(ZipBuilder::planFile(rigged).build(), "structure differs");
}

TEST_F(HostileFileTest, ADatabaseFromANewerSchemaIsRefused)
{
    const QByteArray newer = craftedDatabase([](QSqlDatabase &db) {
        QString error;
        ASSERT_TRUE(Schema::create(db, &error));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
    });
    EXPECT_REFUSED(ZipBuilder::planFile(newer).build(), "schema version 99");
}

TEST_F(HostileFileTest, NewerMajorFormatIsRefusedAndNewerMinorOpensReadOnly)
{
    const ZipBuilder::Entry db { QStringLiteral("plan.sqlite"), m_database, true, false, -1 };
    EXPECT_REFUSED(ZipBuilder::planFile(m_database, QString::fromUtf8(ZipBuilder::manifestFor({ db }, 2, 0))).build(),
                   "newer DX Plan Studio");
    EXPECT_EQ(readError(ZipBuilder::planFile(m_database, QString::fromUtf8(ZipBuilder::manifestFor({ db }, 1, 3))).build()),
              QString());
    EXPECT_TRUE(m_readOnly);
}

TEST_F(HostileFileTest, RowsThatBreakForeignKeysAreRefusedOnOpen)
{
    const QByteArray dangling = craftedDatabase([](QSqlDatabase &db) {
        QString error;
        ASSERT_TRUE(Schema::create(db, &error));
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO plan_info VALUES (1,'T','O','town',2024,2028,'','','','')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO themes VALUES (1, 0, 'テーマ', '', '')")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO measures VALUES (1, 1, 0, '施策', 2, '', '', 0, 0)")));
        // Foreign keys are off on this connection, as in any crafted file.
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO measure_departments VALUES (1, 77, 0)")));
    });
    const QString path = m_home.filePath(QStringLiteral("dangling.dxplan"));
    ASSERT_TRUE(ZipBuilder::planFile(dangling).writeTo(path));
    QString error;
    auto doc = PlanDocument::open(path, false, &error);
    EXPECT_FALSE(doc);
    EXPECT_TRUE(error.contains(QStringLiteral("inconsistent"))) << error.toStdString();
    EXPECT_TRUE(QDir(m_tmp.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}
