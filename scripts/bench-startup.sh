#!/usr/bin/env bash
# Times the start of DX Plan Studio: from launching dxplan on the bundled
# sample plan to its window painted and ready for work (the hidden option
# --exit-after-first-paint ends the program there). Under Xvfb when it is
# installed (a real X server, as a desktop has), offscreen otherwise.
# Prints each run's wall time and the median (GNU time).
#
# Usage: BUILD_DIR=build RUNS=7 scripts/bench-startup.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR="${BUILD_DIR:-build}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
RUNS="${RUNS:-7}"
APP="$BUILD_DIR/app/dxplan"
CLI="$BUILD_DIR/app/dxplan-cli"
[ -x "$APP" ] && [ -x "$CLI" ] || { echo "bench-startup.sh: ERROR: build first (scripts/build.sh)." >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A home of its own: no settings, working copies or recovery dialog of the user's.
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" \
    XDG_CACHE_HOME="$WORK/cache" XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
QT_QPA_PLATFORM=offscreen "$CLI" new "$WORK/sample.dxplan" --sample >/dev/null

run() {
    /usr/bin/time -f '%e' -o "$WORK/time.txt" "$APP" "$WORK/sample.dxplan" --exit-after-first-paint >/dev/null 2>&1
    tail -n 1 "$WORK/time.txt"
}
if command -v xvfb-run >/dev/null; then
    platform="Xvfb"
    times=$(QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "$(declare -f run); APP='$APP' WORK='$WORK'; for i in \$(seq $RUNS); do run; done")
else
    platform="offscreen"
    times=$(for i in $(seq "$RUNS"); do QT_QPA_PLATFORM=offscreen run; done)
fi
echo "start to first paint on the sample ($platform), $RUNS runs: $(echo $times)"
echo "median: $(echo "$times" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') s"
