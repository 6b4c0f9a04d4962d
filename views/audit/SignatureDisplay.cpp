#include "views/audit/SignatureDisplay.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace SignatureDisplay {

QString shortText(const SignatureInfo &signature)
{
    switch (signature.state) {
    case SignatureInfo::State::Unsigned:
        return QCoreApplication::translate("SignatureDisplay", "Not signed");
    case SignatureInfo::State::Valid:
        return QCoreApplication::translate("SignatureDisplay", "Signed by %1").arg(signature.signer);
    case SignatureInfo::State::Changed:
        return QCoreApplication::translate("SignatureDisplay", "Changed after signing");
    case SignatureInfo::State::Untrusted:
        return QCoreApplication::translate("SignatureDisplay", "Signed by %1, not trusted here").arg(signature.signer);
    case SignatureInfo::State::Damaged:
        return QCoreApplication::translate("SignatureDisplay", "Signature damaged");
    }
    return QString();
}

QIcon icon(SignatureInfo::State state)
{
    QStyle *style = QApplication::style();
    switch (state) {
    case SignatureInfo::State::Unsigned:
        return style->standardIcon(QStyle::SP_FileIcon);
    case SignatureInfo::State::Valid:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case SignatureInfo::State::Untrusted:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case SignatureInfo::State::Changed:
    case SignatureInfo::State::Damaged:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return QIcon();
}

bool needsAttention(SignatureInfo::State state)
{
    return state == SignatureInfo::State::Changed || state == SignatureInfo::State::Untrusted
        || state == SignatureInfo::State::Damaged;
}

QString dateTimeText(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace SignatureDisplay
