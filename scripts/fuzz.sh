#!/usr/bin/env bash
# Fuzzes the .dxplan and JSON plan readers with libFuzzer for SECONDS
# (default 60):
#
#   bash scripts/fuzz.sh [SECONDS]
#
# Installs clang and libFuzzer if missing (scripts/install-deps.sh --fuzz),
# builds tests/fuzz with clang, AddressSanitizer and UndefinedBehaviorSanitizer
# in its own build folder ($FUZZ_BUILD_DIR, default build-fuzz), and runs three
# fuzzers, each for a third of the time:
#
#   plan_reader_fuzzer    any bytes as a .dxplan file; starts from valid plan
#                         files made now (the bundled sample and an empty
#                         plan) and every crafted file of tests/data/hostile/;
#   plan_database_fuzzer  any bytes as the plan.sqlite of a well-formed file
#                         (true size and SHA-256), so mutations reach SQLite
#                         and the database checks; starts from the sample's
#                         and the empty plan's databases;
#   plan_json_fuzzer      any bytes as a JSON plan to import; starts from the
#                         sample and the empty plan as JSON and every crafted
#                         file of tests/data/json/.
#
# Inputs that found new paths are kept in build-fuzz/corpus/ for the next
# run. Exits non-zero when the reader crashed, hung, ran out of memory or
# left a file behind; the input is saved in build-fuzz/crashes/ (a database
# input also packed as the .dxplan the reader was given).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

SECONDS_TO_RUN="${1:-60}"
case "$SECONDS_TO_RUN" in
    ''|*[!0-9]*) echo "fuzz.sh: ERROR: SECONDS must be a whole number, not '$SECONDS_TO_RUN'" >&2; exit 2 ;;
esac
BUILD_DIR="${FUZZ_BUILD_DIR:-build-fuzz}"
JOBS="${JOBS:-2}"

log() { echo "fuzz.sh: $*"; }

bash scripts/install-deps.sh --fuzz
bash scripts/build-karchive.sh

# The sanitizers' crash reports name source lines when a symbolizer exists.
for symbolizer in llvm-symbolizer llvm-symbolizer-14; do
    if command -v "$symbolizer" >/dev/null 2>&1; then
        export ASAN_SYMBOLIZER_PATH
        ASAN_SYMBOLIZER_PATH=$(command -v "$symbolizer")
        break
    fi
done

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
log "configuring $BUILD_DIR"
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_PREFIX_PATH="$ROOT/.deps/kf6" \
    -DDXPLAN_FUZZ=ON -DDXPLAN_BUILD_TESTS=OFF -DDXPLAN_BUILD_BENCHMARKS=OFF \
    "${launcher[@]}" >/dev/null
log "building"
cmake --build "$BUILD_DIR" -j"$JOBS" --target dxplan_plan_reader_fuzzer dxplan_plan_database_fuzzer dxplan_plan_json_fuzzer dxplan_fuzz_seeds

# Everything the run writes outside build-fuzz goes to a private folder.
PRIVATE_TMP=$(mktemp -d "${TMPDIR:-/tmp}/dxplan-fuzz.XXXXXX")
trap 'rm -rf "$PRIVATE_TMP"' EXIT
export TMPDIR="$PRIVATE_TMP"
export QT_QPA_PLATFORM=offscreen

FUZZ_BIN="$BUILD_DIR/tests/fuzz"
SEEDS="$BUILD_DIR/seeds"
CORPUS="$BUILD_DIR/corpus"
CRASHES="$BUILD_DIR/crashes"
rm -rf "$SEEDS"
mkdir -p "$SEEDS" "$CORPUS/archive" "$CORPUS/database" "$CORPUS/json" "$CRASHES"
"$FUZZ_BIN/dxplan_fuzz_seeds" "$SEEDS"
if [ -d tests/data/hostile ]; then
    find tests/data/hostile -maxdepth 1 -type f ! -name '*.md' ! -name '*.expect' -exec cp -t "$SEEDS/archive" {} +
fi
if [ -d tests/data/json ]; then
    find tests/data/json -maxdepth 1 -type f -name '*.json' -exec cp -t "$SEEDS/json" {} +
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$ROOT/tests/fuzz/lsan.supp:print_suppressions=0}"

first=$(( (SECONDS_TO_RUN + 2) / 3 ))
second=$(( (SECONDS_TO_RUN + 1) / 3 ))
third=$(( SECONDS_TO_RUN - first - second ))
[ "$first" -ge 1 ] || first=1
[ "$second" -ge 1 ] || second=1
[ "$third" -ge 1 ] || third=1

failed=()
run_fuzzer() { # NAME KIND SECONDS
    local name=$1 kind=$2 time=$3 status=0
    log "$name: $(find "$SEEDS/$kind" -type f | wc -l) seeds, $(find "$CORPUS/$kind" -type f | wc -l) kept inputs; ${time}s"
    "$FUZZ_BIN/dxplan_$name" \
        -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -max_total_time="$time" -print_final_stats=1 \
        -artifact_prefix="$CRASHES/$kind-" \
        "$CORPUS/$kind" "$SEEDS/$kind" || status=$?
    if [ "$status" -ne 0 ]; then
        failed+=("$name (status $status)")
    fi
}
run_fuzzer plan_reader_fuzzer archive "$first"
run_fuzzer plan_database_fuzzer database "$second"
run_fuzzer plan_json_fuzzer json "$third"

# A database input is kept as the plan file the reader was given, too.
for input in "$CRASHES"/database-*; do
    [ -f "$input" ] || continue
    case "$input" in *.dxplan) continue ;; esac
    [ -f "$input.dxplan" ] || "$FUZZ_BIN/dxplan_fuzz_seeds" --wrap "$input" "$input.dxplan"
done

if [ "${#failed[@]}" -ne 0 ]; then
    log "FAILED: ${failed[*]}; the inputs are in $CRASHES/:"
    ls -l "$CRASHES" >&2 || true
    exit 1
fi
log "no crash in ${SECONDS_TO_RUN}s."
