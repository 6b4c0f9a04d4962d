#pragma once

#include "models/Plan.h"

#include <QString>

// Reads a plan out of a database file that came from elsewhere (a received
// .dxplan), in an order that lets nothing from the file run before it is
// known to be ours:
//   1. the raw 100-byte header: SQLite magic, application_id, user_version,
//      size — before SQLite parses anything;
//   2. the schema, compared object by object with the exact SQL our own
//      versions create (tables, columns, generated and hidden columns,
//      CHECK constraints, indexes — and nothing else, whatever its name);
//   3. PRAGMA quick_check, now that every expression in the schema is ours;
//   4. every value against the format's rules (models/PlanLimits.h): types,
//      ranges, enums, sizes, totals, references.
// All of it runs with SQLite's defensive settings, a time budget and a
// heap limit. The file is never adopted as a working database.
class ReceivedDatabase
{
public:
    struct Result
    {
        Plan plan;
        int schemaVersion = 0;
    };

    // `path` must be a private copy: older schema versions are migrated in
    // place before reading. `result` may be null to only check.
    bool read(const QString &path, Result *result);
    // Accept a database from a newer minor format version: its schema may
    // add tables and columns to ours, and only ours are read.
    void setAllowNewer(bool allow) { m_allowNewer = allow; }
    // Only verify (and upgrade) the database, without reading the plan:
    // for callers that copy it into a working database themselves.
    void setLoadPlan(bool load) { m_loadPlan = load; }
    QString errorString() const { return m_error; }

    // The work one received database may cause (docs/dxplan-format.md).
    static qint64 timeLimitMs();
    static void setTimeLimitMs(qint64 ms); // tests make it short
    static constexpr qint64 heapLimitBytes = qint64(256) << 20;

private:
    bool fail(const QString &why);
    QString m_error;
    bool m_allowNewer = false;
    bool m_loadPlan = true;
};
