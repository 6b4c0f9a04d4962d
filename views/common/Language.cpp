#include "views/common/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Language {

namespace {

QString settingsKey()
{
    return QStringLiteral("ui/language");
}

} // namespace

QString chosen()
{
    return QSettings().value(settingsKey()).toString();
}

void choose(const QString &language)
{
    QSettings().setValue(settingsKey(), language);
}

QString effective(const QString &override)
{
    const QString language = override.isEmpty() ? chosen() : override;
    if (language == QLatin1String("en") || language == QLatin1String("ja"))
        return language;
    for (const QString &name : QLocale::system().uiLanguages())
        if (name.startsWith(QLatin1String("ja")))
            return QStringLiteral("ja");
    return QStringLiteral("en");
}

bool install(QCoreApplication *app, const QString &language)
{
    if (language != QLatin1String("ja"))
        return false;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    auto *own = new QTranslator(app);
    const bool loaded = own->load(QStringLiteral(":/i18n/dxplan_ja.qm"));
    if (loaded)
        app->installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    return loaded;
}

} // namespace Language
