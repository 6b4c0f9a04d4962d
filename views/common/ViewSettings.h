#pragma once

#include "models/FiscalYear.h"

#include <QObject>

// User preferences that change how plans are shown, kept in QSettings and
// announced when they change so every open view follows.
class ViewSettings : public QObject
{
    Q_OBJECT

public:
    static ViewSettings *instance();

    FiscalYear::EraStyle eraStyle() const { return m_eraStyle; }
    void setEraStyle(FiscalYear::EraStyle style);

signals:
    void eraStyleChanged(FiscalYear::EraStyle style);

private:
    ViewSettings();
    FiscalYear::EraStyle m_eraStyle = FiscalYear::EraStyle::Both;
};
