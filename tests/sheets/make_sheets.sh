#!/bin/sh
# Writes the golden spreadsheets of tests/data/sheets/ and the hostile ones
# of tests/data/sheets-hostile/. Run by hand when a case is added; the
# written files are committed and the tests read those.
#   tests/sheets/make_sheets.sh
# Needs libxlsxwriter-dev, LibreOffice (soffice) and python3.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../data/sheets"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cc -O1 -o "$work/make_sheets" "$here/make_sheets.c" -lxlsxwriter
"$work/make_sheets" "$data"

# The .ods case: made by LibreOffice itself from an .xlsx source.
soffice --headless -env:UserInstallation="file://$work/profile" \
    --convert-to ods --outdir "$work" "$data/calc-source.xlsx" >/dev/null
mv "$work/calc-source.ods" "$data/calc.ods"
rm "$data/calc-source.xlsx"
# The same sheet as LibreOffice writes it to .xlsx: another producer's
# parts, styles and ZIP.
soffice --headless -env:UserInstallation="file://$work/profile" \
    --convert-to xlsx --outdir "$work" "$data/calc.ods" >/dev/null
mv "$work/calc.xlsx" "$data/libreoffice-export.xlsx"

python3 "$here/make_text_sheets.py" "$data"
python3 "$here/make_hostile_sheets.py" "$here/../data/sheets-hostile"
