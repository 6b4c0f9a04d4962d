#include "app/RevisionCommand.h"

#include "app/CliSupport.h"
#include "models/PlanDocument.h"
#include "models/PlanSource.h"
#include "models/UserMessage.h"
#include "models/WorkingCopy.h"
#include "models/commands/RevisionCommands.h"

#include <QTemporaryDir>

namespace RevisionCommand {

using namespace CliSupport;

namespace {

const QString nameOption = QStringLiteral("name");
const QString dateOption = QStringLiteral("date");
const QString noteOption = QStringLiteral("note");

// A plan file is changed through a working copy in a private folder, as
// the app changes it, and saved over itself atomically.
std::unique_ptr<PlanDocument> openForChange(const QString &path, QTemporaryDir *temp, QString *error)
{
    if (!temp->isValid()) {
        *error = Cli::tr("no temporary folder is available");
        return nullptr;
    }
    WorkingCopy::setRootDirectory(temp->path());
    std::unique_ptr<PlanDocument> document = PlanDocument::open(path, false, error);
    if (document && document->isReadOnly()) {
        *error = Cli::tr("%1: the plan is read-only (made by a newer version)").arg(path);
        return nullptr;
    }
    if (!document)
        *error = QStringLiteral("%1: %2").arg(path, *error);
    return document;
}

int runRevisionAdd(QCommandLineParser &p, const QString &path)
{
    const QString name = p.value(nameOption).trimmed();
    if (name.isEmpty())
        return failWith(Cli::tr("revision add: usage: dxplan-cli revision add PLAN --name NAME [--date YYYY-MM-DD] [--note TEXT]"));
    PlanDate date;
    if (p.isSet(dateOption)) {
        const QString text = p.value(dateOption);
        date = { QDate::fromString(text, Qt::ISODate), false };
        if (!date.isValid() && text.size() == 7)
            date = { QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate), true };
        if (!date.isValid())
            return failWith(Cli::tr("revision add: bad --date \"%1\"; give YYYY-MM-DD").arg(text));
    }
    QTemporaryDir temp;
    QString error;
    std::unique_ptr<PlanDocument> document = openForChange(path, &temp, &error);
    if (!document)
        return failWith(error);
    for (const Revision &r : document->plan().revisions)
        if (r.name == name) {
            document->closeCleanly();
            return failWith(Cli::tr("revision add: %1 already has a revision called \"%2\"").arg(path, name));
        }
    const Revision revision = newRevision(document.get(), name, date, p.value(noteOption));
    document->undoStack()->push(new MarkRevision(document.get(), revision, Cli::tr("Mark revision")));
    if (document->lastEditFailed() || document->undoStack()->count() == 0) {
        document->closeCleanly();
        return failWith(Cli::tr("revision add: the revision could not be recorded"));
    }
    const PlanDocument::SaveResult saved = document->save(QString(), true, &error);
    document->closeCleanly();
    if (saved != PlanDocument::SaveResult::Saved)
        return failWith(QStringLiteral("%1: %2").arg(path, error));
    return Success;
}

int runRevisionList(const QString &path)
{
    Plan plan;
    QString error;
    if (!PlanSource::read({ path, QString() }, &plan, &error))
        return failWith(error);
    for (const Revision &r : plan.revisions) {
        QStringList fields { QStringLiteral("#%1").arg(r.id), r.date.toString(),
                                   r.kind == Revision::Kind::Adopted ? QStringLiteral("adopted") : QStringLiteral("revised"),
                                   r.name, r.hasSnapshot ? QStringLiteral("snapshot") : QStringLiteral("-"), r.author,
                                   QString(r.summary).replace(QLatin1Char('\n'), QLatin1Char(' ')) };
        for (QString &field : fields)
            field = UserMessage::printableText(field);
        out() << fields.join(QLatin1Char('\t')) << '\n';
    }
    out().flush();
    return Success;
}

} // namespace

void configure(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("add|list"), Cli::tr("add: mark a revision (a snapshot of the plan as it stands); list: show the revisions."));
    p.addPositionalArgument(QStringLiteral("PLAN.dxplan"), Cli::tr("The plan file."));
    p.addOptions({
        { nameOption, Cli::tr("The revision's name, e.g. 令和7年3月改定."), QStringLiteral("NAME") },
        { dateOption, Cli::tr("The revision's date (default: today)."), QStringLiteral("YYYY-MM-DD") },
        { noteOption, Cli::tr("What the revision changed."), QStringLiteral("TEXT") },
    });
}

int run(QCommandLineParser &p, const QStringList &)
{
    const QStringList args = p.positionalArguments();
    if (args.size() == 2 && args[0] == QLatin1String("add"))
        return runRevisionAdd(p, args[1]);
    if (args.size() == 2 && args[0] == QLatin1String("list"))
        return runRevisionList(args[1]);
    return failWith(Cli::tr("revision: usage: dxplan-cli revision add PLAN --name NAME [--date YYYY-MM-DD] [--note TEXT]"
                            " | dxplan-cli revision list PLAN"));
}

} // namespace RevisionCommand
