#include "models/DatabaseConnection.h"
#include "models/SqliteRows.h"

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
