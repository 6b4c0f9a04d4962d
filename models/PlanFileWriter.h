#pragma once

#include <QString>

class WorkingCopy;

// Writes a .dxplan file from a working copy: a VACUUM INTO snapshot of the
// database, packed with a manifest by KZip, which writes through its own
// QSaveFile so the old file stays untouched until close() commits.
class PlanFileWriter
{
public:
    bool write(WorkingCopy &copy, const QString &path);
    // Packs an existing database file (a snapshot) into `path`.
    bool writeDatabase(const QString &databasePath, const QString &path);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};
