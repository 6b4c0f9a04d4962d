#include "models/PlanGenerator.h"

#include <QRandomGenerator>

namespace PlanGenerator {

Plan generate(int measureCount, int seed)
{
    QRandomGenerator random { quint32(seed) };
    Plan plan;
    plan.info.title = QStringLiteral("生成計画 %1施策").arg(measureCount);
    plan.info.organisation = QStringLiteral("検証町");
    plan.info.startYear = 2024;
    plan.info.endYear = 2028;
    plan.info.vision = QStringLiteral("デジタルで未来をつなぐまち");
    for (int i = 1; i <= 3; ++i)
        plan.principles.append({ i, QStringLiteral("基本原則%1").arg(i), QString() });
    const QStringList departmentNames = { QStringLiteral("総務課"), QStringLiteral("町民課"),
                                          QStringLiteral("健康福祉課"), QStringLiteral("財政課"),
                                          QStringLiteral("産業振興課"), QStringLiteral("建設課"),
                                          QStringLiteral("教育委員会"), QStringLiteral("上下水道課") };
    for (int i = 0; i < departmentNames.size(); ++i)
        plan.departments.append({ i + 1, departmentNames[i] });
    plan.audiences = { { 1, QStringLiteral("町民") }, { 2, QStringLiteral("職員") } };
    plan.sections = { { 1, QStringLiteral("重点的に取り組む事項"), QString() },
                      { 2, QStringLiteral("その他事項"), QString() } };

    const int perTheme = 40;
    const int themeCount = qMax(1, (measureCount + perTheme - 1) / perTheme);
    int measureId = 1;
    for (int t = 1; t <= themeCount; ++t) {
        Theme theme;
        theme.id = t;
        theme.title = QStringLiteral("取組テーマ%1 行政サービスのデジタル化").arg(t);
        theme.sectionId = t <= 5 ? 1 : 2;
        theme.overview = QStringLiteral("テーマ%1の概要。住民の利便性向上と業務効率化を図る。").arg(t);
        theme.principleIds = { 1 + t % 3 };
        const int count = qMin(perTheme, measureCount - (measureId - 1));
        for (int m = 0; m < count; ++m) {
            Measure measure;
            measure.id = measureId++;
            measure.themeId = t;
            measure.title = QStringLiteral("施策%1 電子申請と窓口のデジタル化").arg(measure.id);
            const int audience = random.bounded(3); // 町民, 職員, both
            if (audience != 1)
                measure.audienceIds << 1;
            if (audience != 0)
                measure.audienceIds << 2;
            measure.overview = QStringLiteral("施策%1の概要。手続をオンライン化し、窓口の待ち時間を減らす。").arg(measure.id);
            measure.effect = QStringLiteral("来庁不要となり、職員の事務負担も軽くなる。");
            measure.allDepartments = random.bounded(10) == 0;
            if (!measure.allDepartments)
                measure.departmentIds = { 1 + int(random.bounded(departmentNames.size())) };
            measure.principleIds = theme.principleIds;
            const int studyYears = 1 + random.bounded(3);
            measure.phases.append({ Phase::Kind::Study, QStringLiteral("検討・準備"), 2024, 0,
                                    2024 + studyYears - 1, 0 });
            measure.phases.append({ Phase::Kind::Operate, QStringLiteral("運用"), 2024 + studyYears,
                                    0, 2028, 0 });
            if (random.bounded(4) == 0)
                measure.milestones.append({ QStringLiteral("運用開始"), 2024 + studyYears, 4 });
            theme.measures.append(measure);
        }
        plan.themes.append(theme);
    }
    const int kpiCount = qMax(1, measureCount / 50);
    for (int k = 1; k <= kpiCount; ++k) {
        Kpi kpi;
        kpi.id = k;
        kpi.name = QStringLiteral("指標%1 オンライン手続利用率").arg(k);
        kpi.unit = QStringLiteral("%");
        kpi.baselineValue = 10 + random.bounded(30);
        kpi.baselineDate = { QDate(2024, 3, 31), false };
        kpi.themeId = 1 + (k - 1) % themeCount;
        for (int y = 2024; y <= 2028; ++y)
            kpi.targets.append({ y, *kpi.baselineValue + (y - 2023) * 10.0, QString() });
        kpi.actuals.append({ { QDate(2025, 3, 31), false }, *kpi.baselineValue + random.bounded(20), QString() });
        plan.kpis.append(kpi);
    }
    plan.revisions.append({ 1, { QDate(2024, 4, 1), false }, Revision::Kind::Adopted, QStringLiteral("策定"), QString(), QString(), false });
    return plan;
}

} // namespace PlanGenerator
