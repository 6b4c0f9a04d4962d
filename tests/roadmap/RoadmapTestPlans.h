#pragma once

#include "models/PlanJson.h"
#include "tests/roadmap/RoadmapTestSupport.h"

#include "views/roadmap/RoadmapRenderer.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QSvgGenerator>
#include <QXmlStreamReader>

// Plans shaped like the real ones the roadmap must print, kept as JSON under
// tests/data/roadmap/: okayama-like (an open-ended prefecture guideline with
// sections (1)–(3), themes ア, イ ..., unnumbered 項目, theme-level bars and
// themes of directions only, FY2026–2030) and nishinoshima-like (a town
// plan FY2024–2028 whose themes 重点的に取り組む事項1–5 stand alone and 6
// その他事項 is a section of (1)–(7), measures ①, ②).
namespace RoadmapTest {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(DXPLAN_ROADMAP_TEST_DATA "/") + name;
}

inline Plan planFromData(const QString &name)
{
    Plan plan;
    QFile file(dataPath(name + QStringLiteral(".json")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    QString error;
    EXPECT_TRUE(PlanJson::read(&file, &plan, &error)) << error.toStdString();
    return plan;
}

inline Plan okayamaLikePlan()
{
    return planFromData(QStringLiteral("okayama-like"));
}

inline Plan nishinoshimaLikePlan()
{
    return planFromData(QStringLiteral("nishinoshima-like"));
}

inline const Theme &themeTitled(const Plan &plan, const QString &title)
{
    for (const Theme &theme : plan.themes)
        if (theme.title == title)
            return theme;
    ADD_FAILURE() << "no theme " << title.toStdString();
    static const Theme none;
    return none;
}

inline Theme &themeTitled(Plan &plan, const QString &title)
{
    return const_cast<Theme &>(themeTitled(static_cast<const Plan &>(plan), title));
}

// The texts painted on each printed page `pageHeight` points tall, one
// entry per text drawn, read back from the page painted as SVG.
inline QList<QStringList> pageTexts(const Plan &plan, const RoadmapOptions &options, qreal width, qreal pageHeight)
{
    const RoadmapLayout layout(plan, options, width);
    const RoadmapRenderer renderer(plan, options, layout);
    const QList<RoadmapLayout::Page> pages = layout.paginate(pageHeight);
    QList<QStringList> texts;
    for (int i = 0; i < pages.size(); ++i) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setResolution(72);
        svg.setSize(QSize(int(layout.width()), int(pageHeight)));
        QPainter painter(&svg);
        renderer.paintPage(&painter, pages[i], i + 1, int(pages.size()), pageHeight);
        painter.end();
        QStringList page;
        QXmlStreamReader xml(buffer.data());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("text"))
                page << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        texts << page;
    }
    return texts;
}

} // namespace RoadmapTest
