#pragma once

#include "models/PlanSignature.h"

#include <QIcon>
#include <QString>

// How a plan's signature looks wherever the window shows it: the status
// bar, the banner over the tabs and the properties panel use the same
// icon and words, so that a user learns them once.
namespace SignatureDisplay {

// A few words for the status bar: "Signed by 西ノ島町", "Not signed", ...
QString shortText(const SignatureInfo &signature);
QIcon icon(SignatureInfo::State state);
// Changed, untrusted and damaged signatures deserve a banner; a valid one
// or none at all does not.
bool needsAttention(SignatureInfo::State state);
// A date and time as an auditor reads it, in local time: 2025-03-31 14:05.
QString dateTimeText(const QDateTime &when);

} // namespace SignatureDisplay
