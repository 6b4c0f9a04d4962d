#pragma once

#include "models/Plan.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

// Reads a .dxplan file into plan values. The archive is checked before
// anything is trusted: entry names, symlinks, duplicates, entries missing
// from or unknown to the manifest, sizes (counting the bytes actually read),
// hashes, and the database inside (see ReceivedDatabase). Nothing is
// written outside a private temporary folder, which is gone on return.
class PlanFileReader
{
public:
    struct Result
    {
        Plan plan;
        bool readOnly = false; // made by a newer minor version of the format
        int formatMajor = 0;
        int formatMinor = 0;
        QString applicationVersion;
        QString savedAt;
        // With KeepDatabase: the verified (and upgraded) database, in a
        // private folder that lives as long as this result.
        std::shared_ptr<QTemporaryDir> folder;
        QString databasePath;
    };

    enum class Mode {
        LoadPlan,     // read the plan into Result::plan
        KeepDatabase, // verify only, and keep the database for copying
    };

    bool read(const QString &path, Result *result, Mode mode = Mode::LoadPlan);
    // One sentence saying what is wrong, without the file name.
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &why);
    QString m_error;
};
