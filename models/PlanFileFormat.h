#pragma once

#include <QLatin1String>

// The .dxplan container (docs/dxplan-format.md): a ZIP archive with an
// uncompressed `mimetype` entry first, `manifest.json`, and `plan.sqlite`.
namespace PlanFileFormat {

inline constexpr QLatin1String mimeType("application/vnd.dxplan+zip");
inline constexpr QLatin1String mimetypeEntry("mimetype");
inline constexpr QLatin1String manifestEntry("manifest.json");
inline constexpr QLatin1String databaseEntry("plan.sqlite");

// A newer major version is refused; a newer minor opens read-only.
constexpr int formatMajor = 1;
constexpr int formatMinor = 0;

// Limits on what a received file may make us read.
constexpr qint64 maxManifestBytes = 1 << 20;
constexpr qint64 maxDatabaseBytes = qint64(1) << 30;
constexpr qint64 maxTotalBytes = qint64(1) << 30;
// Uncompressed to compressed; SQLite pages of text compress about 5:1.
constexpr qint64 maxCompressionRatio = 200;

} // namespace PlanFileFormat
