#include "models/DatabaseConnection.h"
#include "models/SqliteRows.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct Database
{
    QTemporaryDir dir;
    DatabaseConnection connection;
    Database() { EXPECT_TRUE(connection.open(dir.filePath(QStringLiteral("rows.sqlite")), DatabaseConnection::Mode::ReadWrite)); }
};

} // namespace

TEST(SqliteRows, GivesEachColumnAsItsType)
{
    Database db;
    SqliteRows rows(db.connection.database(),
                    "SELECT 42, 2.5, '検討・準備', NULL, x'00ff41', '' UNION ALL SELECT -7, NULL, 'b', 'c', NULL, 'd'");
    ASSERT_FALSE(rows.failed()) << rows.errorString().toStdString();
    ASSERT_TRUE(rows.next());
    EXPECT_EQ(rows.integer(0), 42);
    EXPECT_DOUBLE_EQ(rows.real(1), 2.5);
    EXPECT_EQ(rows.text(2), QStringLiteral("検討・準備"));
    EXPECT_TRUE(rows.isNull(3));
    EXPECT_TRUE(rows.text(3).isNull());
    EXPECT_EQ(rows.bytes(4), QByteArray("\x00\xff\x41", 3));
    EXPECT_TRUE(rows.text(5).isEmpty());
    EXPECT_FALSE(rows.isNull(5));
    EXPECT_EQ(rows.value<int>(0), 42);
    EXPECT_EQ(rows.value<QString>(2), QStringLiteral("検討・準備"));
    ASSERT_TRUE(rows.next());
    EXPECT_EQ(rows.integer(0), -7);
    EXPECT_TRUE(rows.isNull(1));
    EXPECT_TRUE(rows.bytes(4).isNull());
    EXPECT_FALSE(rows.next());
    EXPECT_FALSE(rows.failed());
}

// Texts come back exactly as they were stored, each at its own size: an
// initial byte order mark, a NUL inside, characters beyond the BMP, a long
// text after a short one and a short one after a long one (the decoding
// buffer is reused).
TEST(SqliteRows, TextsReadBackExactlyAsStored)
{
    Database db;
    QSqlQuery create(db.connection.database());
    ASSERT_TRUE(create.exec(QStringLiteral("CREATE TABLE t (n INTEGER PRIMARY KEY, s TEXT)")));
    // Stored as UTF-8 bytes: bound as a QString, SQLite's own conversion
    // from UTF-16 would drop an initial byte order mark before it is stored.
    const QList<QString> texts = {
        QStringLiteral("\uFEFF西ノ島町"),
        QString::fromUtf16(u"a\0b", 3),
        QStringLiteral("𠮷野家・🙂"),
        QString(5000, QChar(0x30FB)),
        QStringLiteral("短"),
        QStringLiteral("ASCII only"),
    };
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QSqlQuery insert(db.connection.database());
        ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, CAST(? AS TEXT))")));
        insert.addBindValue(int(i));
        insert.addBindValue(texts[i].toUtf8());
        ASSERT_TRUE(insert.exec());
    }
    SqliteRows rows(db.connection.database(), "SELECT s FROM t ORDER BY n");
    for (const QString &expected : texts) {
        ASSERT_TRUE(rows.next());
        const QString text = rows.text(0);
        EXPECT_EQ(text, expected);
        EXPECT_EQ(text.size(), expected.size());
        EXPECT_LE(text.capacity(), expected.size() + 8) << "the string is made at its size";
    }
    EXPECT_FALSE(rows.next());
}

// Bytes that are not UTF-8 in a text column (a received file may hold
// them) read as replacement characters, never past the value.
TEST(SqliteRows, BytesThatAreNotUtf8ReadAsReplacementCharacters)
{
    Database db;
    SqliteRows rows(db.connection.database(), "SELECT CAST(x'41ff42c3' AS TEXT)");
    ASSERT_TRUE(rows.next());
    const QString text = rows.text(0);
    EXPECT_TRUE(text.startsWith(QLatin1Char('A'))) << text.toStdString();
    EXPECT_TRUE(text.contains(QChar(QChar::ReplacementCharacter)));
    EXPECT_TRUE(text.contains(QLatin1Char('B')));
    EXPECT_LE(text.size(), 4);
}

TEST(SqliteRows, AStatementThatCannotBePreparedFailsAtOnce)
{
    Database db;
    SqliteRows rows(db.connection.database(), "SELECT * FROM no_such_table");
    EXPECT_TRUE(rows.failed());
    EXPECT_TRUE(rows.errorString().contains(QStringLiteral("no_such_table"))) << rows.errorString().toStdString();
    EXPECT_FALSE(rows.next());
}

// An error part way through is an error, not a short result: the caller
// must not take the rows so far for the whole.
TEST(SqliteRows, AnErrorPartWayThroughIsNotTheEnd)
{
    Database db;
    SqliteRows rows(db.connection.database(),
                    "SELECT abs(v) FROM (SELECT 1 AS v UNION ALL SELECT -9223372036854775807 - 1)");
    ASSERT_FALSE(rows.failed());
    ASSERT_TRUE(rows.next());
    EXPECT_EQ(rows.integer(0), 1);
    EXPECT_FALSE(rows.next());
    EXPECT_TRUE(rows.failed());
    EXPECT_TRUE(rows.errorString().contains(QStringLiteral("overflow"))) << rows.errorString().toStdString();
}

TEST(SqliteRows, AClosedConnectionGivesAnErrorNotACrash)
{
    SqliteRows rows(QSqlDatabase(), "SELECT 1");
    EXPECT_TRUE(rows.failed());
    EXPECT_FALSE(rows.next());
}
