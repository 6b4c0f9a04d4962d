#pragma once

#include <QString>
#include <functional>

class QIODevice;

// The one way every export writes its file: all or nothing. `write` fills
// a QSaveFile, which replaces the file only once everything is written, so
// a failed or cancelled export leaves the old file (or none) behind.
// Returns false on failure; `error` gets the file's own error (it stays
// empty when `write` failed, which says why itself).
bool writeAtomically(const QString &path, const std::function<bool(QIODevice *)> &write, QString *error);
