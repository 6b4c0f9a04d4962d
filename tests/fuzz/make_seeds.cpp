// The valid inputs the fuzzers start from, made when they run.
//
//   dxplan_fuzz_seeds FOLDER
//       FOLDER/archive/: the bundled sample plan and an empty plan as
//       DX Plan Studio saves them (for plan_reader_fuzzer);
//       FOLDER/database/: their plan.sqlite, with small pages so that a
//       whole database fits in the fuzzer's input size (for
//       plan_database_fuzzer). Each is checked to open.
//   dxplan_fuzz_seeds --wrap DATABASE OUT.dxplan
//       packs a database input of plan_database_fuzzer into the plan file
//       the fuzzer read (to keep a crash as a crafted file).

#include "models/PlanFileWriter.h"
#include "models/PlanJson.h"
#include "models/SamplePlan.h"
#include "models/WorkingCopy.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QTemporaryDir>
#include <sqlite3.h>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "dxplan_fuzz_seeds: %s\n", qPrintable(message));
    return 1;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool opens(const QString &path, QString *error)
{
    PlanFileReader reader;
    PlanFileReader::Result result;
    if (reader.read(path, &result))
        return true;
    *error = path + QStringLiteral(": ") + reader.errorString();
    return false;
}

// The plan as a .dxplan and as a small-page database.
bool makeSeeds(const Plan &plan, const QString &name, const QDir &folder, const QDir &scratch, QString *error)
{
    std::unique_ptr<WorkingCopy> copy = WorkingCopy::create(plan, QString(), error);
    if (!copy)
        return false;
    const QString archive = folder.filePath(QStringLiteral("archive/%1.dxplan").arg(name));
    PlanFileWriter writer;
    if (!writer.write(*copy, archive)) {
        *error = archive + QStringLiteral(": ") + writer.errorString();
        copy->remove();
        return false;
    }
    const QString snapshot = scratch.filePath(name + QStringLiteral(".sqlite"));
    const bool snapped = copy->snapshot(snapshot, error);
    copy->remove();
    if (!snapped || !opens(archive, error))
        return false;

    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(snapshot).constData(), &db) != SQLITE_OK
        || sqlite3_exec(db, "PRAGMA journal_mode=DELETE; PRAGMA page_size=512; VACUUM;", nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("cannot repack %1: %2").arg(snapshot, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return false;
    }
    sqlite3_close(db);
    const QByteArray database = readBytes(snapshot);
    const QString wrapped = scratch.filePath(name + QStringLiteral("-wrapped.dxplan"));
    if (database.isEmpty() || !writeBytes(wrapped, FuzzSupport::planFileAround(database)) || !opens(wrapped, error))
        return false;
    return writeBytes(folder.filePath(QStringLiteral("database/%1.sqlite").arg(name)), database);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() == 3 && arguments[0] == QLatin1String("--wrap")) {
        const QByteArray database = readBytes(arguments[1]);
        return writeBytes(arguments[2], FuzzSupport::planFileAround(database)) ? 0 : fail(arguments[2] + QStringLiteral(": cannot write"));
    }
    if (arguments.size() != 1)
        return fail(QStringLiteral("usage: dxplan_fuzz_seeds FOLDER | --wrap DATABASE OUT.dxplan"));
    const QDir folder(arguments[0]);
    if (!QDir().mkpath(folder.filePath(QStringLiteral("archive"))) || !QDir().mkpath(folder.filePath(QStringLiteral("database")))
        || !QDir().mkpath(folder.filePath(QStringLiteral("json"))))
        return fail(QStringLiteral("cannot make folders in ") + folder.path());
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(QStringLiteral("no temporary folder"));
    WorkingCopy::setRootDirectory(scratch.path());

    Plan sample;
    QString error;
    if (!SamplePlan::load(&sample, &error))
        return fail(error);
    Plan empty;
    empty.info.title = QStringLiteral("DX推進計画");
    empty.info.startYear = 2024;
    empty.info.endYear = 2028;
    if (!makeSeeds(sample, QStringLiteral("sample"), folder, QDir(scratch.path()), &error)
        || !makeSeeds(empty, QStringLiteral("empty"), folder, QDir(scratch.path()), &error))
        return fail(error);
    // The JSON reader's seeds: the same plans as JSON.
    if (!writeBytes(folder.filePath(QStringLiteral("json/sample.json")), PlanJson::write(sample))
        || !writeBytes(folder.filePath(QStringLiteral("json/empty.json")), PlanJson::write(empty)))
        return fail(QStringLiteral("cannot write the JSON seeds in ") + folder.path());
    return 0;
}
