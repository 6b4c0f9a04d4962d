"""Writes the CSV golden cases of tests/data/sheets/ (see make_sheets.sh)."""
import sys

data = sys.argv[1]

# As Japanese Excel saves "CSV (コンマ区切り)": CP932, CRLF, theme rows as a
# lone title, a quoted value with a comma, circled numbers (CP932 only).
cp932 = [
    ["番号", "施策名", "担当課", "R6", "R7", "R8", "R9"],
    ["基本方針1 住民サービスの向上", "", "", "", "", "", ""],
    ["①", "窓口の「書かない」化", "住民課", "検討・準備", "→", "運用", "→"],
    ["②", "施設予約のオンライン化", "\"教育委員会,総務課\"", "", "構築", "運用", "→"],
    ["基本方針2 行政運営の効率化", "", "", "", "", "", ""],
    ["①", "ペーパーレス会議", "全課", "運用", "→", "→", "→"],
]
with open(f"{data}/cp932.csv", "wb") as f:
    for row in cp932:
        f.write((",".join(row) + "\r\n").encode("cp932"))

# UTF-8 with a byte order mark, as Excel's "CSV UTF-8" writes it, with a
# quoted line break and Western fiscal-year headers.
utf8 = [
    ["テーマ", "取組", "対象", "FY2025", "FY2026", "FY2027"],
    ["DX人材", "\"外部人材の\n活用\"", "職員", "公募", "→", "→"],
    ["DX人材", "職員研修", "職員", "", "", "実施"],
]
with open(f"{data}/utf8-bom.csv", "wb") as f:
    f.write(b"\xef\xbb\xbf")
    for row in utf8:
        f.write((",".join(row) + "\r\n").encode("utf-8"))
