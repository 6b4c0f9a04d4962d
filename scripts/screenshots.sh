#!/usr/bin/env bash
# Takes the screenshots of the main window in docs/images (English and
# Japanese) with the Nishinoshima sample plan, under a virtual X server.
# Builds nothing: give the build directory (default: build).
#   bash scripts/screenshots.sh [build-dir]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR="${1:-${BUILD_DIR:-build}}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
APP="$BUILD_DIR/app/dxplan"
CLI="$BUILD_DIR/app/dxplan-cli"
for program in "$APP" "$CLI"; do
    [ -x "$program" ] || { echo "screenshots.sh: ERROR: $program is missing; build first (scripts/build.sh)." >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "screenshots.sh: ERROR: xvfb-run is not installed (Debian package xvfb)." >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
plan="$work/nishinoshima.dxplan"
"$CLI" new "$plan" --sample >/dev/null
mkdir -p "$ROOT/docs/images"

shoot() {
    local lang="$1" out="$2" tab="${3:-}"
    # A private home: no settings, recent files or working copies of the user.
    HOME="$work/home-$lang" XDG_CONFIG_HOME="$work/home-$lang/.config" \
    XDG_DATA_HOME="$work/home-$lang/.local/share" LANG=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$APP" --lang "$lang" --screenshot "$out" ${tab:+--screenshot-tab "$tab"} "$plan"
    echo "screenshots.sh: wrote $out"
}

shoot en "$ROOT/docs/images/window-en.png"
shoot ja "$ROOT/docs/images/window-ja.png"
shoot ja "$ROOT/docs/images/window-roadmap-ja.png" roadmapView
shoot ja "$ROOT/docs/images/window-kpi-ja.png" kpiView
