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
// 1.1: the manifest may say who saved ("savedBy") and the archive may hold
// a signature entry (PlanSignature).
constexpr int formatMinor = 1;

// The most a received manifest may unpack to. The database's limit is
// PlanLimits::maxDatabaseBytes, the same for writing and reading.
constexpr qint64 maxManifestBytes = qint64(1) << 20;

} // namespace PlanFileFormat
