#include "views/common/DocumentFont.h"

#include <QFont>
#include <QFontDatabase>

namespace DocumentFont {

QStringList families()
{
    return { QStringLiteral("IPAexGothic"), QStringLiteral("IPAGothic"), QStringLiteral("Noto Sans CJK JP"),
             QStringLiteral("Noto Sans JP") };
}

QString installedFamily()
{
    static const QString family = [] {
        const QStringList installed = QFontDatabase::families();
        for (const QString &candidate : families())
            if (installed.contains(candidate))
                return candidate;
        return QFont().family();
    }();
    return family;
}

} // namespace DocumentFont
