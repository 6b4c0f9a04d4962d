#pragma once

#include "models/Plan.h"
#include "models/PlanDiff.h"
#include "views/document/DocumentOptions.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

// What a comparison report compares, and how it is shown: as a 新旧対照表
// (a table, 改定前 | 改定後, one row per changed item) or as the whole plan
// document with its changes marked (見え消し).
struct DocumentComparison
{
    enum class Style { Table, Markup };
    Plan before;
    QString beforeLabel; // 令和6年3月策定, a file name ...
    QString afterLabel;
    Style style = Style::Table;
    // Compare the revision lists too (two files; not a file and one of its
    // revisions, whose snapshot has none).
    bool revisions = true;
};

// The 新旧対照表 of two versions of a plan, built as a QTextDocument with
// the plan document's marks (DocumentMarks.h), so DocumentExporter writes
// it as PDF, ODT or HTML like the plan document. Its words are in the
// plan's language.
class ComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonReport)

public:
    static std::unique_ptr<QTextDocument> buildTable(const DocumentComparison &comparison, const Plan &after,
                                                     const DocumentOptions &options);
    // The report's title: the plan's title and 新旧対照表 / 見え消し版.
    static QString title(const DocumentComparison &comparison, const Plan &after);

    // A field of a difference (PlanDifference::field) as the plan's
    // language calls it: 概要, R7目標 ...
    static QString fieldLabel(const PlanInfo &info, const QString &field, FiscalYear::EraStyle era);
    // The same in the user's language (the comparison window).
    static QString fieldLabel(const QString &field, FiscalYear::EraStyle era);
    // An item kind as the plan's language calls it: 施策, テーマ ...
    static QString kindLabel(const PlanInfo &info, PlanChange::Part part);
    // The plan's own words for phase kinds and statuses, for PlanDiff.
    static PlanDiff::Words words();
};
