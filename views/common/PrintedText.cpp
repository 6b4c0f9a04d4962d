#include "views/common/PrintedText.h"

#include <QTranslator>

namespace PrintedText {

namespace {

// Our own translation, loaded once from the resources the application and
// the command line embed; a program without it prints English.
const QTranslator *japanese()
{
    static QTranslator *const translator = [] {
        auto *loaded = new QTranslator;
        if (!loaded->load(QStringLiteral(":/i18n/dxplan_ja.qm"))) {
            delete loaded;
            return static_cast<QTranslator *>(nullptr);
        }
        return loaded;
    }();
    return translator;
}

} // namespace

QString text(const QString &language, const char *context, const char *source, int n)
{
    QString translated;
    if (language == QLatin1String("ja") && japanese())
        translated = japanese()->translate(context, source, nullptr, n);
    if (translated.isEmpty())
        translated = QString::fromUtf8(source);
    // QTranslator leaves %n for its caller, as QCoreApplication::translate does.
    if (n >= 0)
        translated.replace(QLatin1String("%n"), QString::number(n));
    return translated;
}

} // namespace PrintedText
