#pragma once

#include "models/Plan.h"

#include <QString>

// Reads a plan out of a database file that came from elsewhere (a received
// .dxplan): opened read-only with SQLite's defensive settings before the
// first statement runs, integrity-checked, its schema compared with ours,
// then read by value. The file is never adopted as a working database.
class ReceivedDatabase
{
public:
    struct Result
    {
        Plan plan;
        int schemaVersion = 0;
    };

    // `path` must be a private copy: older schema versions are migrated in
    // place before reading.
    bool read(const QString &path, Result *result);
    // Accept a database from a newer minor format version: its schema may
    // add to ours, and only our own tables and columns are read.
    void setAllowNewer(bool allow) { m_allowNewer = allow; }
    // Only verify (and upgrade) the database, without reading the plan:
    // for callers that copy it into a working database themselves.
    void setLoadPlan(bool load) { m_loadPlan = load; }
    QString errorString() const { return m_error; }

private:
    QString m_error;
    bool m_allowNewer = false;
    bool m_loadPlan = true;
};
