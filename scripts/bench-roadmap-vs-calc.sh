#!/usr/bin/env bash
# Times the roadmap PDF of DX Plan Studio against LibreOffice Calc on the
# same plan, side by side, and prints the ratio.
#
# For each size (default 1000 and 10000 measures) a plan is generated
# (dxplan-generate-plan), imported into a .dxplan file, and also written as
# the spreadsheets a town would keep today: with one coloured column per
# month (dxplan-roadmap-sheet, .fods), and the 工程表 most towns keep, one
# column per fiscal year with theme rows and coloured phase cells
# (`dxplan-cli export-sheet --sheets schedule`, .xlsx, A3 landscape fitted
# to the page width). Then both programs make an A3 PDF of it:
#   dxplan-cli roadmap plan.dxplan -o plan.pdf --paper A3
#   soffice --headless --convert-to pdf plan.fods      (month columns)
#   soffice --headless --convert-to pdf plan.xlsx      (year columns)
# Each is run $REPEAT times (default 3) and the fastest wall time counts;
# peak memory is the largest resident set of that run (GNU time).
# LibreOffice Calc is installed with apt-get when missing.
#
# Usage: BUILD_DIR=build SIZES="1000 10000" REPEAT=3 scripts/bench-roadmap-vs-calc.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR="${BUILD_DIR:-build}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
SIZES="${SIZES:-1000 10000}"
REPEAT="${REPEAT:-3}"

CLI="$BUILD_DIR/app/dxplan-cli"
GENERATE="$BUILD_DIR/tests/benchmarks/dxplan-generate-plan"
SHEET="$BUILD_DIR/tests/roadmap/dxplan-roadmap-sheet"
if [ ! -x "$CLI" ] || [ ! -x "$GENERATE" ] || [ ! -x "$SHEET" ]; then
    echo "Building dxplan-cli, dxplan-generate-plan and dxplan-roadmap-sheet in $BUILD_DIR ..." >&2
    cmake --build "$BUILD_DIR" --target dxplan-cli dxplan-generate-plan dxplan-roadmap-sheet -j"${JOBS:-2}" >&2
fi

SOFFICE=$(command -v soffice || command -v libreoffice || true)
if [ -z "$SOFFICE" ]; then
    echo "Installing LibreOffice Calc (no GUI) ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >&2 \
        || apt-get install -y -qq --no-install-recommends libreoffice-calc >&2
    SOFFICE=$(command -v soffice || command -v libreoffice)
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
PROFILE="file://$WORK/lo-profile"

pages() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }

# Runs a command $REPEAT times; prints "seconds peak-MB" of the fastest run.
best_of() {
    local best="" best_mem="" line
    for _ in $(seq "$REPEAT"); do
        /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "$@" >/dev/null 2>&1
        line=$(tail -n 1 "$WORK/time.txt")
        local secs=${line% *} kb=${line#* }
        if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$secs
            best_mem=$((kb / 1024))
        fi
    done
    echo "$best $best_mem"
}

# LibreOffice makes its user profile on the first start: not part of the race.
echo "x" > "$WORK/warmup.csv"
"$SOFFICE" -env:UserInstallation="$PROFILE" --headless --convert-to pdf --outdir "$WORK" "$WORK/warmup.csv" >/dev/null 2>&1

echo "LibreOffice: $("$SOFFICE" --version 2>/dev/null | head -n 1)"
echo "DX Plan Studio: $("$CLI" --version)"
printf '\n%-9s | %-28s | %-28s | %-11s | %-28s | %s\n' "measures" "dxplan-cli roadmap (A3 PDF)" \
    "Calc, month columns" "Calc / ours" "Calc, year columns" "Calc / ours"
printf '%s\n' "----------+------------------------------+------------------------------+-------------+------------------------------+------------"
for n in $SIZES; do
    "$GENERATE" "$n" > "$WORK/plan-$n.json"
    "$CLI" import "$WORK/plan-$n.json" -o "$WORK/plan-$n.dxplan" 2>/dev/null
    "$SHEET" "$WORK/plan-$n.json" > "$WORK/plan-$n.fods"
    "$CLI" export-sheet "$WORK/plan-$n.dxplan" -o "$WORK/years-$n.xlsx" --sheets schedule

    read -r ours_s ours_mb < <(best_of "$CLI" roadmap "$WORK/plan-$n.dxplan" -o "$WORK/ours-$n.pdf" --paper A3)
    read -r calc_s calc_mb < <(best_of "$SOFFICE" -env:UserInstallation="$PROFILE" --headless \
        --convert-to pdf --outdir "$WORK/calc-$n" "$WORK/plan-$n.fods")
    read -r years_s years_mb < <(best_of "$SOFFICE" -env:UserInstallation="$PROFILE" --headless \
        --convert-to pdf --outdir "$WORK/calc-$n" "$WORK/years-$n.xlsx")
    ours_pages=$(pages "$WORK/ours-$n.pdf")
    calc_pages=$(pages "$WORK/calc-$n/plan-$n.pdf")
    years_pages=$(pages "$WORK/calc-$n/years-$n.pdf")
    ratio=$(awk -v a="$calc_s" -v b="$ours_s" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }')
    years_ratio=$(awk -v a="$years_s" -v b="$ours_s" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }')
    printf '%-9s | %6.2f s %5d MB %4s pages | %6.2f s %5d MB %4s pages | %-11s | %6.2f s %5d MB %4s pages | %s\n' \
        "$n" "$ours_s" "$ours_mb" "$ours_pages" "$calc_s" "$calc_mb" "$calc_pages" "$ratio" \
        "$years_s" "$years_mb" "$years_pages" "$years_ratio"
done
