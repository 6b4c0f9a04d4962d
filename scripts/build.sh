#!/usr/bin/env bash
# Sets the machine up (scripts/setup.sh), then configures and builds the
# project with CMake + Ninja into $BUILD_DIR (default: build).
# Extra arguments are passed to the CMake configure step.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/setup.sh

BUILD_DIR="${BUILD_DIR:-build}"
JOBS="${JOBS:-2}"

# A build dir configured earlier with another generator cannot be switched to
# Ninja in place; say so instead of failing with CMake's less obvious message.
if [ -f "$BUILD_DIR/CMakeCache.txt" ]; then
    gen=$(sed -n 's/^CMAKE_GENERATOR:INTERNAL=//p' "$BUILD_DIR/CMakeCache.txt")
    if [ -n "$gen" ] && [ "$gen" != "Ninja" ]; then
        echo "build.sh: ERROR: $BUILD_DIR was configured with the '$gen' generator; remove it (rm -rf '$BUILD_DIR') or set BUILD_DIR to another directory." >&2
        exit 1
    fi
fi

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_PREFIX_PATH="$ROOT/.deps/kf6" \
    "${launcher[@]}" "$@"
cmake --build "$BUILD_DIR" -j"$JOBS"
