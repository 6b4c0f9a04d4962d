#include "models/PlanSource.h"

#include "models/DatabaseConnection.h"
#include "models/PlanFileReader.h"
#include "models/PlanJson.h"
#include "models/PlanStore.h"
#include "models/RevisionSnapshots.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace PlanSource {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlanSource)
};

} // namespace

Spec parse(const QString &text)
{
    const int at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || QFileInfo::exists(text))
        return { text, QString() };
    return { text.left(at), text.mid(at + 1) };
}

const Revision *findRevision(const Plan &plan, const QString &name)
{
    auto unique = [&](auto matches) -> const Revision * {
        const Revision *found = nullptr;
        for (const Revision &r : plan.revisions) {
            if (!matches(r))
                continue;
            if (found)
                return nullptr;
            found = &r;
        }
        return found;
    };
    if (name.isEmpty())
        return nullptr;
    if (const Revision *r = unique([&](const Revision &r) { return r.name == name; }))
        return r;
    if (const Revision *r = unique([&](const Revision &r) { return r.date.toString() == name; }))
        return r;
    if (name.startsWith(QLatin1Char('#')))
        return unique([&](const Revision &r) { return QStringLiteral("#%1").arg(r.id) == name; });
    return nullptr;
}

bool read(const Spec &spec, Plan *plan, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = QStringLiteral("%1: %2").arg(spec.path, why);
        return false;
    };
    if (spec.path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        if (!spec.revision.isEmpty())
            return fail(Text::tr("a JSON plan keeps no revisions"));
        QFile file(spec.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString());
        QString why;
        return PlanJson::read(&file, plan, &why) || fail(why);
    }
    PlanFileReader reader;
    PlanFileReader::Result result;
    const auto mode = spec.revision.isEmpty() ? PlanFileReader::Mode::LoadPlan : PlanFileReader::Mode::KeepDatabase;
    if (!reader.read(spec.path, &result, mode))
        return fail(reader.errorString());
    if (spec.revision.isEmpty()) {
        *plan = result.plan;
        return true;
    }
    // The database was verified by the reader; read it as received all the
    // same (no triggers, no schema writes).
    DatabaseConnection db;
    if (!db.open(result.databasePath, DatabaseConnection::Mode::ReadOnly) || !db.applyDefensiveSettings())
        return fail(db.errorString());
    Plan current;
    PlanStore store(db.database());
    if (!store.load(&current))
        return fail(store.errorString());
    const Revision *revision = findRevision(current, spec.revision);
    if (!revision)
        return fail(Text::tr("no single revision is called \"%1\"").arg(spec.revision));
    QString why;
    if (!RevisionSnapshots::load(db.database(), revision->id, plan, &why))
        return fail(why);
    return true;
}

} // namespace PlanSource
