#include "views/common/ViewSettings.h"

#include <QSettings>

namespace {
const char *const eraKey = "view/eraStyle";
}

ViewSettings *ViewSettings::instance()
{
    static ViewSettings settings;
    return &settings;
}

ViewSettings::ViewSettings()
{
    FiscalYear::EraStyle style = FiscalYear::EraStyle::Both;
    if (FiscalYear::eraStyleFromName(QSettings().value(QLatin1String(eraKey)).toString(), &style))
        m_eraStyle = style;
}

void ViewSettings::setEraStyle(FiscalYear::EraStyle style)
{
    if (style == m_eraStyle)
        return;
    m_eraStyle = style;
    QSettings().setValue(QLatin1String(eraKey), FiscalYear::eraStyleName(style));
    emit eraStyleChanged(style);
}
