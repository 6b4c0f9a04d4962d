#include "models/ReceivedDatabase.h"

#include "models/DatabaseConnection.h"
#include "models/PlanLimits.h"
#include "models/PlanStore.h"
#include "models/PlanValueRules.h"
#include "models/Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <algorithm>
#include <atomic>
#include <memory>
#include <sqlite3.h>

namespace {

// The messages, in the ReceivedDatabase translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReceivedDatabase)
};

std::atomic<qint64> g_timeLimitMs { 60000 };

// SQLite's heap limit is one per process: lowered while a received
// database is worked on, and put back afterwards.
class HeapLimit
{
public:
    explicit HeapLimit(qint64 bytes) : m_previous(sqlite3_hard_heap_limit64(-1))
    {
        if (m_previous == 0 || m_previous > bytes)
            sqlite3_hard_heap_limit64(bytes);
    }
    ~HeapLimit() { sqlite3_hard_heap_limit64(m_previous); }
    HeapLimit(const HeapLimit &) = delete;
    HeapLimit &operator=(const HeapLimit &) = delete;

private:
    sqlite3_int64 m_previous;
};

struct Header
{
    int userVersion = 0;
    int applicationId = 0;
};

// The database header, read as bytes before SQLite parses anything
// (sqlite.org/fileformat.html, "The Database Header").
QString readHeader(const QString &path, Header *header)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("the plan database cannot be read");
    if (file.size() > PlanLimits::maxDatabaseBytes)
        return Text::tr("the plan database is larger than %1 MiB").arg(PlanLimits::maxDatabaseBytes >> 20);
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Text::tr("the plan database is not a SQLite database");
    header->userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header->applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return QString();
}

// The lines of a problem list, summarised in one: the first and a count.
QString summary(const QStringList &lines)
{
    if (lines.isEmpty())
        return QString();
    QString first = lines.first().simplified().left(200);
    if (lines.size() == 1)
        return first;
    return Text::tr("%1, and %2 more").arg(first).arg(lines.size() - 1);
}

// Every object of ours present exactly, or as a table our SQL extended by
// added columns; anything added must be a table or an index.
bool extendsOurs(const QStringList &theirs, const QStringList &ours)
{
    QStringList remaining = theirs;
    for (const QString &object : ours) {
        if (remaining.removeOne(object))
            continue;
        const bool isTable = object.startsWith(QLatin1String("table|"));
        const QString open = object.left(object.size() - 1) + QLatin1Char(',');
        auto it = std::find_if(remaining.begin(), remaining.end(), [&](const QString &o) {
            return isTable && object.endsWith(QLatin1Char(')')) && o.startsWith(open) && o.endsWith(QLatin1Char(')'));
        });
        if (it == remaining.end())
            return false;
        remaining.erase(it);
    }
    return std::all_of(remaining.begin(), remaining.end(), [](const QString &o) {
        return o.startsWith(QLatin1String("table|")) || o.startsWith(QLatin1String("index|"));
    });
}

} // namespace

qint64 ReceivedDatabase::timeLimitMs()
{
    return g_timeLimitMs;
}

void ReceivedDatabase::setTimeLimitMs(qint64 ms)
{
    g_timeLimitMs = ms;
}

bool ReceivedDatabase::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool ReceivedDatabase::read(const QString &path, Result *result)
{
    Header header;
    if (const QString problem = readHeader(path, &header); !problem.isEmpty())
        return fail(problem);
    if (header.applicationId != Schema::applicationId)
        return fail(Text::tr("the database is not a DX Plan Studio plan"));
    const int version = header.userVersion;
    const bool newer = version > Schema::currentVersion && m_allowNewer;
    if (version < 1 || (version > Schema::currentVersion && !newer))
        return fail(Text::tr("the plan database has schema version %1, which this version cannot read").arg(version));

    HeapLimit heapLimit(heapLimitBytes);
    // Opened read-write only so that an older schema can be migrated; the
    // file is our own private copy inside the document's temp folder.
    DatabaseConnection connection;
    if (!connection.open(path, DatabaseConnection::Mode::ReadWrite))
        return fail(Text::tr("the plan database cannot be opened: %1").arg(connection.errorString()));
    QSqlDatabase db = connection.database();
    // A row holds a dozen texts at most, each within the text limit.
    const int maxRowBytes = int(qMin<qint64>(16 * PlanLimits::maxTextBytes, INT_MAX));
    if (!connection.applyDefensiveSettings() || !connection.applyReceivedLimits(timeLimitMs(), maxRowBytes))
        return fail(connection.errorString());
    DatabaseConnection::mapIntoMemory(db);
    // The values' check shares its tables' scans with a second connection
    // to the same file, read-only and bounded as this one.
    PlanValueRules::SecondConnection second;
    second.open = [&]() -> std::unique_ptr<DatabaseConnection> {
        auto helper = std::make_unique<DatabaseConnection>();
        if (!helper->open(path, DatabaseConnection::Mode::ReadOnly) || !helper->applyDefensiveSettings()
            || !helper->applyReceivedLimits(timeLimitMs(), maxRowBytes))
            return nullptr;
        DatabaseConnection::mapIntoMemory(helper->database());
        return helper;
    };
    auto stopped = [&](const QString &why) {
        if (connection.timedOut() || second.timedOut)
            return fail(Text::tr("checking the plan database took too long (over %1 s); the file is refused")
                            .arg(timeLimitMs() / 1000.0, 0, 'g', 3));
        return fail(why);
    };

    // The schema, before any expression in it can run: the header said
    // which version, and that version's objects must be there exactly.
    const QStringList theirs = Schema::objects(db);
    if (theirs == QStringList { QStringLiteral("unreadable") })
        return stopped(Text::tr("the plan database is damaged (its schema cannot be read)"));
    const bool schemaOk = newer ? extendsOurs(theirs, Schema::createdObjects(Schema::currentVersion))
                                : Schema::acceptsObjects(version, theirs);
    if (!schemaOk)
        return fail(Text::tr("the plan database's structure differs from a DX Plan Studio plan"));

    QSqlQuery q(db);
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA quick_check(100)")))
        return stopped(Text::tr("the plan database is not a SQLite database or is damaged"));
    while (q.next())
        problems << q.value(0).toString();
    q.finish();
    if (problems != QStringList { QStringLiteral("ok") })
        return stopped(Text::tr("the plan database is damaged (%1)").arg(summary(problems)));

    if (version < Schema::currentVersion) {
        // Values are judged as the file holds them: a migration may drop
        // a column whose value would then never be seen.
        if (const QString problem = PlanValueRules::check(db, version, &second); !problem.isEmpty())
            return stopped(problem);
        QString error;
        if (!Schema::migrate(db, &error))
            return stopped(Text::tr("the plan database could not be upgraded: %1").arg(error));
    }
    if (const QString problem = PlanValueRules::check(db, Schema::currentVersion, &second); !problem.isEmpty())
        return stopped(problem);

    if (!result)
        return true;
    result->schemaVersion = version;
    if (!m_loadPlan)
        return true;
    PlanStore store(db);
    if (!store.load(&result->plan))
        return stopped(Text::tr("the plan cannot be read: %1").arg(store.errorString()));
    return true;
}
