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

# shoot LANG OUT [TAB] [SCREEN] [SCALE] [PLAN]: SCREEN is the X screen's
# size in pixels, SCALE Qt's scale factor (1.5 for 150 %); PLAN "none"
# shows the start page.
shoot() {
    local lang="$1" out="$2" tab="${3:-}" screen="${4:-1600x1000}" scale="${5:-1}" file="${6:-$plan}"
    [ "$file" = none ] && file=""
    # A private home: no settings, recent files or working copies of the user.
    HOME="$work/home-$lang" XDG_CONFIG_HOME="$work/home-$lang/.config" \
    XDG_DATA_HOME="$work/home-$lang/.local/share" LANG=C.UTF-8 QT_SCALE_FACTOR="$scale" \
        xvfb-run -a -s "-screen 0 ${screen}x24" \
        "$APP" --lang "$lang" --screenshot "$out" ${tab:+--screenshot-tab "$tab"} $file
    echo "screenshots.sh: wrote $out"
}

shoot en "$ROOT/docs/images/window-en.png"
shoot ja "$ROOT/docs/images/window-ja.png"
shoot ja "$ROOT/docs/images/window-roadmap-ja.png" roadmapView
shoot ja "$ROOT/docs/images/window-kpi-ja.png" kpiView

# The screens of town-hall PCs (docs/ui.md "Daily use"): laptops at 100 %,
# and full HD at 150 % and WQXGA at 200 % scaling, in both languages, and
# the start page.
for lang in en ja; do
    shoot "$lang" "$ROOT/docs/images/screen-1280x800-$lang.png" roadmapView 1280x800 1
    shoot "$lang" "$ROOT/docs/images/screen-1366x768-$lang.png" "" 1366x768 1
    shoot "$lang" "$ROOT/docs/images/screen-150-$lang.png" roadmapView 1920x1080 1.5
    shoot "$lang" "$ROOT/docs/images/screen-200-$lang.png" "" 2560x1600 2
    shoot "$lang" "$ROOT/docs/images/start-page-$lang.png" "" 1366x768 1 none
done
