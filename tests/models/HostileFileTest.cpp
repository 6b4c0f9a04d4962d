#include "models/DatabaseConnection.h"
#include "models/PlanDocument.h"
#include "models/PlanFileFormat.h"
#include "models/PlanFileReader.h"
#include "models/PlanLimits.h"
#include "models/Schema.h"
#include "models/ZipListing.h"
#include "tests/support/TestSupport.h"
#include "ZipBuilder.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
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

TEST_F(HostileFileTest, APlanIsReadFromAnyDeviceWhichStaysOpen)
{
    QByteArray bytes = ZipBuilder::planFile(m_database).build();
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    buffer.seek(100); // read from the start, wherever the device stands
    PlanFileReader reader;
    PlanFileReader::Result result;
    EXPECT_TRUE(reader.read(&buffer, &result)) << reader.errorString().toStdString();
    EXPECT_TRUE(result.plan == samplePlan());
    EXPECT_TRUE(buffer.isOpen());

    QByteArray broken = bytes;
    broken.prepend("MZ");
    QBuffer brokenBuffer(&broken);
    ASSERT_TRUE(brokenBuffer.open(QIODevice::ReadOnly));
    EXPECT_FALSE(reader.read(&brokenBuffer, &result));
    EXPECT_TRUE(reader.errorString().contains(QStringLiteral("data before"))) << reader.errorString().toStdString();

    QBuffer closed(&bytes);
    EXPECT_FALSE(reader.read(&closed, &result));
    EXPECT_FALSE(reader.errorString().isEmpty());
}

TEST_F(HostileFileTest, EntriesWithADataDescriptorAreAccepted)
{
    ZipBuilder zip = ZipBuilder::planFile(m_database);
    for (ZipBuilder::Entry &e : zip.entries()) {
        e.descriptor = true;
        e.localCrc = e.localCompressedSize = e.localSize = 0;
    }
    EXPECT_EQ(readError(zip.build()), QString());

    // A descriptor that disagrees with the directory is not.
    zip.entries()[2].after = QByteArrayLiteral("PK\x07\x08");
    zip.entries()[2].descriptor = false;
    zip.entries()[2].flags |= 0x0008;
    EXPECT_REFUSED(zip.build(), "data descriptor");
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
    // 64 MiB of zeros in a few KiB, declared (in the archive and in the
    // manifest) as 4 KiB: reading stops at the first chunk past that.
    ZipBuilder::Entry bomb { QStringLiteral("plan.sqlite"), QByteArray(), true, false, 4096 };
    bomb.compressed = ZipBuilder::deflatedZeros(qint64(64) << 20);
    ZipBuilder zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.dxplan+zip"));
    zip.add(QStringLiteral("manifest.json"), ZipBuilder::manifestFor({ bomb }), true);
    zip.add(bomb);
    EXPECT_REFUSED(zip.build(), "ZIP bomb");
}

TEST_F(HostileFileTest, TheCraftedZerosAreAValidDeflateStream)
{
    // The bomb above is stopped by its size, not by a broken stream: the
    // same zeros, declared honestly, unpack and reach the database check.
    const qint64 count = 3 * 258 + 100;
    ZipBuilder::Entry zeros { QStringLiteral("plan.sqlite"), QByteArray(count, '\0'), true, false, -1 };
    zeros.compressed = ZipBuilder::deflatedZeros(count);
    ZipBuilder zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.dxplan+zip"));
    zip.add(QStringLiteral("manifest.json"), ZipBuilder::manifestFor({ zeros }), true);
    zip.add(zeros);
    EXPECT_REFUSED(zip.build(), "not a SQLite database");
}

TEST_F(HostileFileTest, DeclaredSizesOverTheLimitsAreRefusedBeforeReading)
{
    ZipBuilder::Entry db { QStringLiteral("plan.sqlite"), m_database, true, false, -1 };
    ZipBuilder zip;
    zip.add(QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.dxplan+zip"));
    ZipBuilder::Entry manifest { QStringLiteral("manifest.json"), ZipBuilder::manifestFor({ db }), true, false,
                                 PlanFileFormat::maxManifestBytes + 1 };
    zip.add(manifest);
    zip.add(db);
    EXPECT_REFUSED(zip.build(), "larger than a plan file allows (1 MiB)");

    ZipBuilder::Entry huge = db;
    huge.declaredSize = PlanLimits::maxDatabaseBytes + 1;
    EXPECT_REFUSED(ZipBuilder::planFile(m_database, QString::fromUtf8(ZipBuilder::manifestFor({ huge }))).build(),
                   "a size that is not a whole number from 0 to 536870912");
}

// A plan our own writer made is never refused as a bomb, however well its
// text compresses.
TEST_F(HostileFileTest, AHighlyCompressiblePlanWrittenByUsOpensAgain)
{
    Plan plan = samplePlan();
    const QString line = QStringLiteral("DX ");
    qint64 textBytes = 0;
    for (Theme &theme : plan.themes) {
        for (Measure &measure : theme.measures) {
            if (textBytes >= (qint64(10) << 20))
                break;
            measure.overview = line.repeated(270000); // 810 KB each
            textBytes += measure.overview.toUtf8().size();
        }
    }
    ASSERT_GE(textBytes, qint64(10) << 20);
    QString error;
    auto doc = PlanDocument::create(plan, &error);
    ASSERT_TRUE(doc) << error.toStdString();
    const QString path = m_home.filePath(QStringLiteral("repetitive.dxplan"));
    ASSERT_EQ(doc->save(path, false, &error), PlanDocument::SaveResult::Saved) << error.toStdString();
    doc->closeCleanly();
    // Its database compresses better than the 200:1 a ratio check once
    // allowed.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    ZipListing listing;
    ASSERT_TRUE(listing.read(&file)) << listing.errorString().toStdString();
    ASSERT_EQ(listing.entries().size(), 3);
    const ZipListing::Entry &db = listing.entries()[2];
    EXPECT_GT(db.uncompressedSize, 200 * db.compressedSize) << db.uncompressedSize << " in " << db.compressedSize;

    PlanFileReader reader;
    PlanFileReader::Result result;
    ASSERT_TRUE(reader.read(path, &result)) << reader.errorString().toStdString();
    EXPECT_TRUE(result.plan == plan);
    EXPECT_TRUE(QDir(m_tmp.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
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
    // In the words a planner understands: an incomplete copy, not ZIP terms.
    EXPECT_REFUSED(good.left(good.size() / 2), "damaged or was not copied completely");
    EXPECT_REFUSED(good.left(good.size() - 30), "damaged or was not copied completely");
    EXPECT_REFUSED(QByteArray(), "too short");
    EXPECT_REFUSED(QByteArray("This is a Word document, honestly.").repeated(40), "not a plan file");
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
        q.exec(QStringLiteral("INSERT INTO plan_info VALUES (1,'T','O','town',2024,2028,'','','ja','',0)"));
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
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO plan_info VALUES (1,'T','O','town',2024,2028,'','','ja','',0)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO themes VALUES (1, 0, 'テーマ', '', NULL)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO measures VALUES (1, 1, 0, '施策', '', '', 0, 0)")));
        // Foreign keys are off on this connection, as in any crafted file.
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO measure_departments VALUES (1, 77, 0)")));
    });
    const QString path = m_home.filePath(QStringLiteral("dangling.dxplan"));
    ASSERT_TRUE(ZipBuilder::planFile(dangling).writeTo(path));
    QString error;
    auto doc = PlanDocument::open(path, false, &error);
    EXPECT_FALSE(doc);
    EXPECT_TRUE(error.contains(QStringLiteral("refers to something it does not hold"))) << error.toStdString();
    EXPECT_TRUE(QDir(m_tmp.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

TEST(ZipListingCrc, MatchesTheStandardCheckValueInAnyPieces)
{
    const QByteArray check("123456789");
    EXPECT_EQ(ZipListing::crc32(0, check.constData(), check.size()), 0xCBF43926u);
    QByteArray text = QByteArray("DX Plan Studio ").repeated(1000);
    const quint32 whole = ZipListing::crc32(0, text.constData(), text.size());
    EXPECT_EQ(whole, ZipBuilder::crc32(text));
    quint32 pieces = 0;
    for (int at = 0, step = 1; at < text.size(); at += step, step = step % 13 + 1)
        pieces = ZipListing::crc32(pieces, text.constData() + at, qMin<qint64>(step, text.size() - at));
    EXPECT_EQ(pieces, whole);
}
