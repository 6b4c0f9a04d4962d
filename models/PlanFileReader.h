#pragma once

#include "models/Plan.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

class QIODevice;

// Reads a .dxplan file into plan values. The archive is checked before
// anything is trusted: one unambiguous ZIP structure (see ZipListing), entry
// names, symlinks, duplicates, a strictly typed manifest, entries missing
// from or unknown to it, sizes (counting the bytes actually read), CRCs and
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
        QString savedBy; // "" for files saved before format 1.1
        // The manifest's exact bytes and the signature entry's (empty when
        // unsigned), for PlanSignature::verify.
        QByteArray manifest;
        QByteArray signature;
        // With KeepDatabase: the verified (and upgraded) database, in a
        // private folder that lives as long as this result.
        std::shared_ptr<QTemporaryDir> folder;
        QString databasePath;
    };

    enum class Mode {
        LoadPlan,     // read the plan into Result::plan
        KeepDatabase, // verify only, and keep the database for copying
    };

    // `device` must be open for reading and seekable; it is read from its
    // start and left open.
    bool read(QIODevice *device, Result *result, Mode mode = Mode::LoadPlan);
    // Opens the file at `path` and reads it.
    bool read(const QString &path, Result *result, Mode mode = Mode::LoadPlan);
    // One sentence saying what is wrong, without the file name.
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &why);
    QString m_error;
};
