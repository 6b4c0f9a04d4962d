#pragma once

#include <QString>

class QCoreApplication;

// The user interface language: the system's, or one the user picked in the
// Language menu (kept in the settings, used from the next start on).
namespace Language {

// "" for the system language, else "en" or "ja".
QString chosen();
void choose(const QString &language);
// The language actually used: the chosen one, or the system's when it is
// one we have, else English.
QString effective(const QString &override = QString());
// Loads our translation and Qt's own for `language` into the application.
// False when no translation was needed or found (English).
bool install(QCoreApplication *app, const QString &language);

} // namespace Language
