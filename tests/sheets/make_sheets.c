/* Writes the .xlsx golden cases of tests/data/sheets/ in the shapes towns
 * keep their 工程表 in. Run by make_sheets.sh, never by ctest; the files it
 * writes are committed. */
#include <stdio.h>
#include <xlsxwriter.h>

static lxw_format *fill(lxw_workbook *wb)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_bg_color(f, 0x9BC2E6);
    format_set_pattern(f, LXW_PATTERN_SOLID);
    return f;
}

static lxw_format *wrapped(lxw_workbook *wb)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_text_wrap(f);
    return f;
}

static void row(lxw_worksheet *ws, int r, const char *const *cells, int n, lxw_format *fmt)
{
    for (int c = 0; c < n; ++c)
        if (cells[c] && cells[c][0])
            worksheet_write_string(ws, r, c, cells[c], fmt);
}

/* Reiwa headers, a title above the table, theme rows merged across the
 * sheet, labels and arrows, one label the import does not know. */
static void mergedThemes(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/merged-themes.xlsx", dir);
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "工程表");
    worksheet_merge_range(ws, 0, 0, 0, 8, "西ノ島町DX推進計画 工程表", NULL);
    const char *header[] = { "No.", "取組施策", "担当課", "対象", "令和6年度", "令和7年度", "令和8年度", "令和9年度", "令和10年度" };
    row(ws, 2, header, 9, NULL);
    worksheet_merge_range(ws, 3, 0, 3, 8, "1 行政手続のオンライン化", NULL);
    const char *m1[] = { "①", "電子申請サービスの拡充", "総務課、企画財政課", "住民", "検討・準備", "→", "運用", "→", "→" };
    row(ws, 4, m1, 9, NULL);
    const char *m2[] = { "②", "キャッシュレス決済の導入", "税務課・会計課", "住民", "", "調達", "導入", "運用", "→" };
    row(ws, 5, m2, 9, NULL);
    worksheet_merge_range(ws, 6, 0, 6, 8, "2 庁内業務の効率化", NULL);
    const char *m3[] = { "①", "AI・RPAの活用", "全課", "職員", "検討", "様子見", "→", "", "" };
    row(ws, 7, m3, 9, NULL);
    const char *m4[] = { "②", "テレワーク環境の整備", "総務課", "職員", "→", "運用", "運用", "運用", "運用" };
    row(ws, 8, m4, 9, NULL);
    worksheet_write_string(ws, 10, 0, "※ →は前年度からの継続を表す", NULL);
    workbook_close(wb);
}

/* Western headers, bars drawn only with a fill, the first cell labelled
 * or not, and a row with a schedule but no title. */
static void filledCells(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/filled-cells.xlsx", dir);
    lxw_workbook *wb = workbook_new(path);
    lxw_format *f = fill(wb);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "スケジュール");
    const char *header[] = { "施策名", "所管課", "2024年度", "2025年度", "2026年度", "2027年度" };
    row(ws, 0, header, 6, NULL);
    worksheet_write_string(ws, 1, 0, "オープンデータの公開", NULL);
    worksheet_write_string(ws, 1, 1, "企画財政課", NULL);
    worksheet_write_string(ws, 1, 2, "構築", f);
    worksheet_write_blank(ws, 1, 3, f);
    worksheet_write_blank(ws, 1, 4, f);
    worksheet_write_string(ws, 2, 0, "デジタル人材の育成", NULL);
    worksheet_write_string(ws, 2, 1, "総務課", NULL);
    worksheet_write_blank(ws, 2, 3, f);
    worksheet_write_blank(ws, 2, 4, f);
    worksheet_write_blank(ws, 2, 5, f);
    worksheet_write_string(ws, 3, 1, "総務課", NULL);
    worksheet_write_blank(ws, 3, 2, f);
    workbook_close(wb);
}

/* Two-line headers (FY2024 / 令和6年度) with a line break in the cell, a
 * theme column merged down its rows, overview and audience columns. */
static void twoLineHeaders(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/two-line-headers.xlsx", dir);
    lxw_workbook *wb = workbook_new(path);
    lxw_format *w = wrapped(wb);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Schedule");
    const char *header[] = { "取組テーマ", "取組項目", "概要", "対象者", "関係課", "FY2024\n令和6年度", "FY2025\n令和7年度", "FY2026\n令和8年度" };
    row(ws, 0, header, 8, w);
    worksheet_merge_range(ws, 1, 0, 2, 0, "マイナンバーカードの普及", NULL);
    const char *m1[] = { "", "出張申請受付", "公民館で申請を受け付ける", "住民", "住民課", "実施", "→", "→" };
    row(ws, 1, m1, 8, NULL);
    const char *m2[] = { "", "カード利用の拡大", "", "住民・事業者", "住民課\n企画財政課", "検討", "構築→", "運用" };
    row(ws, 2, m2, 8, NULL);
    const char *m3[] = { "情報セキュリティ", "職員研修", "", "職員", "総務課", "", "実施", "実施" };
    row(ws, 3, m3, 8, NULL);
    workbook_close(wb);
}

/* Short era headers (R6 ..) and a second sheet before the schedule. */
static void shortEra(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/short-era-second-sheet.xlsx", dir);
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *notes = workbook_add_worksheet(wb, "表紙");
    worksheet_write_string(notes, 0, 0, "DX推進計画 別紙", NULL);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "工程");
    const char *header[] = { "重点取組", "施策", "R6", "R7", "R8" };
    row(ws, 0, header, 5, NULL);
    const char *m1[] = { "自治体情報システムの標準化", "標準準拠システムへの移行", "調達・移行準備", "移行", "運用" };
    row(ws, 1, m1, 5, NULL);
    const char *m2[] = { "", "ガバメントクラウドの利用", "", "→", "" };
    row(ws, 2, m2, 5, NULL);
    workbook_close(wb);
}

/* A year header merged across its twelve month columns (4月 .. 3月). */
static void monthColumns(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/month-columns.xlsx", dir);
    lxw_workbook *wb = workbook_new(path);
    lxw_format *f = fill(wb);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "月別工程");
    worksheet_write_string(ws, 0, 0, "施策", NULL);
    worksheet_write_string(ws, 0, 1, "担当", NULL);
    worksheet_merge_range(ws, 0, 2, 0, 13, "令和7年度", NULL);
    worksheet_merge_range(ws, 0, 14, 0, 25, "令和8年度", NULL);
    static const char *months[] = { "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月" };
    for (int y = 0; y < 2; ++y)
        for (int m = 0; m < 12; ++m)
            worksheet_write_string(ws, 1, 2 + 12 * y + m, months[m], NULL);
    worksheet_write_string(ws, 2, 0, "公金収納のeL-QR対応", NULL);
    worksheet_write_string(ws, 2, 1, "会計課", NULL);
    worksheet_write_string(ws, 2, 8, "調達", f);          /* 令和7年10月 */
    worksheet_write_blank(ws, 2, 9, f);
    worksheet_write_blank(ws, 2, 10, f);
    worksheet_write_string(ws, 2, 11, "構築", f);         /* 令和8年1月 */
    worksheet_write_blank(ws, 2, 12, f);
    worksheet_write_blank(ws, 2, 13, f);
    worksheet_write_string(ws, 2, 14, "運用", f);         /* 令和8年4月 */
    for (int c = 15; c < 26; ++c)
        worksheet_write_blank(ws, 2, c, f);
    worksheet_write_string(ws, 3, 0, "窓口のキャッシュレス化", NULL);
    worksheet_write_string(ws, 3, 1, "住民課", NULL);
    worksheet_write_string(ws, 3, 20, "試行", f);         /* 令和8年10月 */
    worksheet_write_blank(ws, 3, 21, f);
    workbook_close(wb);
}

/* The source of calc.ods (converted by LibreOffice in make_sheets.sh). */
static void calcSource(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/calc-source.xlsx", dir);
    lxw_workbook *wb = workbook_new(path);
    lxw_format *f = fill(wb);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "工程表");
    const char *header[] = { "番号", "取組施策", "担当課", "2026年度", "2027年度", "2028年度", "2029年度" };
    row(ws, 0, header, 7, NULL);
    worksheet_merge_range(ws, 1, 0, 1, 6, "(1) デジタル・デバイド対策", NULL);
    worksheet_write_string(ws, 2, 0, "ア", NULL);
    worksheet_write_string(ws, 2, 1, "スマホ教室の開催", NULL);
    worksheet_write_string(ws, 2, 2, "生涯学習課", NULL);
    worksheet_write_string(ws, 2, 3, "実施", f);
    worksheet_write_blank(ws, 2, 4, f);
    worksheet_write_blank(ws, 2, 5, f);
    worksheet_write_blank(ws, 2, 6, f);
    worksheet_merge_range(ws, 3, 0, 3, 6, "(2) 地域のデジタル化", NULL);
    worksheet_write_string(ws, 4, 0, "ア", NULL);
    worksheet_write_string(ws, 4, 1, "自動運転バスの実証", NULL);
    worksheet_write_string(ws, 4, 2, "企画財政課", NULL);
    worksheet_write_string(ws, 4, 4, "検討", NULL);
    worksheet_write_string(ws, 4, 5, "⇒", NULL);
    worksheet_write_string(ws, 4, 6, "実証", NULL);
    workbook_close(wb);
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : ".";
    mergedThemes(dir);
    filledCells(dir);
    twoLineHeaders(dir);
    shortEra(dir);
    monthColumns(dir);
    calcSource(dir);
    return 0;
}
