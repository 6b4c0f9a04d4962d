#include "views/common/PrintedText.h"

#include <QTranslator>

namespace PrintedText {

QString text(const QString &language, const char *context, const char *source)
{
    if (language != QLatin1String("ja"))
        return QString::fromUtf8(source);
    // Our own translation, loaded once from the resources the application
    // and the command line embed; a program without it prints English.
    static QTranslator *const japanese = [] {
        auto *translator = new QTranslator;
        if (!translator->load(QStringLiteral(":/i18n/dxplan_ja.qm"))) {
            delete translator;
            return static_cast<QTranslator *>(nullptr);
        }
        return translator;
    }();
    if (!japanese)
        return QString::fromUtf8(source);
    const QString translated = japanese->translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

} // namespace PrintedText
