#include "tests/kpi/KpiTestSupport.h"

#include "models/PlanDocument.h"
#include "models/PlanJson.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

Plan demoPlan()
{
    Plan plan;
    QFile file(QStringLiteral(DXPLAN_KPI_TEST_DATA "/kpi-demo.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QString error;
    EXPECT_TRUE(PlanJson::read(&file, &plan, &error)) << error.toStdString();
    return plan;
}

bool savePlanFile(const Plan &plan, const QString &path)
{
    QString error;
    std::unique_ptr<PlanDocument> document = PlanDocument::create(plan, &error);
    if (!document) {
        ADD_FAILURE() << error.toStdString();
        return false;
    }
    const bool saved = document->save(path, false, &error) == PlanDocument::SaveResult::Saved;
    EXPECT_TRUE(saved) << error.toStdString();
    document->closeCleanly();
    return saved;
}

int pdfPageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(file.readAll());
    return int(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}
