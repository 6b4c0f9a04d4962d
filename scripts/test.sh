#!/usr/bin/env bash
# Builds (scripts/build.sh), installs the Node packages of the HTML
# accessibility check (scripts/install-node-deps.sh) and runs the whole
# test suite with CTest.
# Qt runs offscreen, so no display is needed. Exits with CTest's status.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

export QT_QPA_PLATFORM=offscreen

bash scripts/build.sh
# axe-core and puppeteer-core for the plan document's accessibility check.
bash scripts/install-node-deps.sh

BUILD_DIR="${BUILD_DIR:-build}"
JOBS="${JOBS:-2}"
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error --timeout 600 -j"$JOBS" || status=$?
exit "$status"
