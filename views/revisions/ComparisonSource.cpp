#include "views/revisions/ComparisonSource.h"

#include "models/PlanDocument.h"
#include "models/PlanSource.h"
#include "views/revisions/RevisionListModel.h"

#include <QCoreApplication>
#include <QFileInfo>

QString ComparisonSource::label(const PlanDocument *document) const
{
    switch (kind) {
    case Kind::Current:
        return QCoreApplication::translate("ComparisonSource", "Current plan");
    case Kind::Revision:
        if (document)
            for (const Revision &r : document->plan().revisions)
                if (r.id == revisionId)
                    return RevisionListModel::displayName(r);
        return QCoreApplication::translate("ComparisonSource", "Revision %1").arg(revisionId);
    case Kind::File:
        break;
    }
    return QFileInfo(path).fileName();
}

bool ComparisonSource::load(const PlanDocument *document, Plan *plan, QString *error) const
{
    switch (kind) {
    case Kind::Current:
        if (!document) {
            *error = QCoreApplication::translate("ComparisonSource", "No plan is open.");
            return false;
        }
        *plan = document->plan();
        return true;
    case Kind::Revision:
        if (!document) {
            *error = QCoreApplication::translate("ComparisonSource", "No plan is open.");
            return false;
        }
        return document->revisionPlan(revisionId, plan, error);
    case Kind::File:
        break;
    }
    return PlanSource::read(PlanSource::Spec { path, QString() }, plan, error);
}
