#include "views/roadmap/RoadmapStyle.h"

#include "views/common/DocumentFont.h"

#include <QStringList>

namespace RoadmapStyle {

namespace {

QFont makeFont(FontRole role)
{
    QFont f;
    f.setFamilies(DocumentFont::families());
    // Unhinted metrics scale exactly, so a layout measured once fits on
    // paper and screen alike.
    f.setHintingPreference(QFont::PreferNoHinting);
    switch (role) {
    case FontRole::Body:
        f.setPixelSize(8);
        break;
    case FontRole::Bold:
        f.setPixelSize(8);
        f.setBold(true);
        break;
    case FontRole::Small:
        f.setPixelSize(7);
        break;
    case FontRole::Header:
        f.setPixelSize(8);
        f.setBold(true);
        break;
    case FontRole::Title:
        f.setPixelSize(14);
        f.setBold(true);
        break;
    }
    return f;
}

} // namespace

QFont font(FontRole role)
{
    // Made once: a layout of ten thousand rows asks for them often.
    static const QFont fonts[] = { makeFont(FontRole::Body), makeFont(FontRole::Bold), makeFont(FontRole::Small),
                                   makeFont(FontRole::Header), makeFont(FontRole::Title) };
    return fonts[int(role)];
}

QFont separateFont(FontRole role)
{
    return makeFont(role);
}

} // namespace RoadmapStyle
