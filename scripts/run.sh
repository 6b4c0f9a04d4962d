#!/usr/bin/env bash
# Builds DX Plan Studio (scripts/build.sh), creates the Nishinoshima sample
# plan in your documents folder if it is not there yet, and opens it.
# Without a display it still writes the sample and prints its summary.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/build.sh

BUILD_DIR="${BUILD_DIR:-build}"
APP="$BUILD_DIR/app/dxplan"
CLI="$BUILD_DIR/app/dxplan-cli"
[ -x "$CLI" ] || { echo "run.sh: ERROR: $CLI was not built." >&2; exit 1; }

: "${HOME:?HOME is not set}"
if [ -d "$HOME/Documents" ]; then
    docs="$HOME/Documents"
elif [ -n "${XDG_DOCUMENTS_DIR:-}" ] && [ -d "$XDG_DOCUMENTS_DIR" ]; then
    docs="$XDG_DOCUMENTS_DIR"
else
    docs="$HOME"
fi
SAMPLE="$docs/Nishinoshima-sample.dxplan"
mkdir -p "$docs"

if [ -e "$SAMPLE" ]; then
    echo "run.sh: using the existing sample plan $SAMPLE (left as it is)."
else
    "$CLI" new "$SAMPLE" --sample
    echo "run.sh: created the sample plan $SAMPLE"
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    [ -x "$APP" ] || { echo "run.sh: ERROR: $APP was not built." >&2; exit 1; }
    exec "$APP" "$SAMPLE"
fi

echo "No display found: neither DISPLAY nor WAYLAND_DISPLAY is set, so the DX Plan Studio window cannot open here."
echo "The sample plan is at: $SAMPLE"
echo "To look at it without a display: $CLI info \"$SAMPLE\""
echo
"$CLI" info "$SAMPLE"
exit 0
