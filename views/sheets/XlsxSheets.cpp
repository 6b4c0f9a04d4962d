#include "views/sheets/XlsxSheets.h"

#include "views/common/Palette.h"
#include "views/common/PrintedText.h"
#include "views/sheets/ScheduleGrid.h"
#include "views/sheets/SheetTables.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>
#include <xlsxwriter.h>

namespace XlsxSheets {

namespace {

// Excel's paper code for A3 (worksheet_set_paper).
constexpr uint8_t paperA3 = 8;
// Excel holds at most this many characters in a cell.
constexpr int maximumCellText = 32767;

lxw_color_t rgb(const QColor &color)
{
    return lxw_color_t((color.red() << 16) | (color.green() << 8) | color.blue());
}

QByteArray utf8(const QString &text)
{
    if (text.size() <= maximumCellText)
        return text.toUtf8();
    int cut = maximumCellText;
    if (text[cut - 1].isHighSurrogate())
        --cut;
    return text.left(cut).toUtf8();
}

// The formats of one workbook, made once each.
class Formats
{
public:
    explicit Formats(lxw_workbook *workbook) : m_workbook(workbook) { }

    lxw_format *title()
    {
        return once(QStringLiteral("title"), [](lxw_format *f) {
            format_set_bold(f);
            format_set_font_size(f, 14);
        });
    }
    lxw_format *header()
    {
        return once(QStringLiteral("header"), [](lxw_format *f) {
            bordered(f);
            format_set_bold(f);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_bg_color(f, rgb(Palette::themeHeaderColor()));
        });
    }
    lxw_format *section()
    {
        return once(QStringLiteral("section"), [](lxw_format *f) {
            bordered(f);
            format_set_bold(f);
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_bg_color(f, rgb(Palette::themeHeaderColor().darker(115)));
        });
    }
    lxw_format *theme()
    {
        return once(QStringLiteral("theme"), [](lxw_format *f) {
            bordered(f);
            format_set_bold(f);
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_bg_color(f, rgb(Palette::themeHeaderColor()));
        });
    }
    lxw_format *text()
    {
        return once(QStringLiteral("text"), [](lxw_format *f) { bordered(f); });
    }
    lxw_format *centred()
    {
        return once(QStringLiteral("centred"), [](lxw_format *f) {
            bordered(f);
            format_set_align(f, LXW_ALIGN_CENTER);
        });
    }
    lxw_format *phase(int kind)
    {
        return once(QStringLiteral("phase%1").arg(kind), [kind](lxw_format *f) {
            bordered(f);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_bg_color(f, rgb(Palette::phaseColor(Phase::Kind(kind))));
        });
    }

private:
    static void bordered(lxw_format *f)
    {
        format_set_border(f, LXW_BORDER_THIN);
        format_set_border_color(f, rgb(Palette::gridColor()));
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    }
    template<typename Setup>
    lxw_format *once(const QString &key, Setup setup)
    {
        lxw_format *&format = m_formats[key];
        if (!format) {
            format = workbook_add_format(m_workbook);
            setup(format);
        }
        return format;
    }

    lxw_workbook *m_workbook;
    QHash<QString, lxw_format *> m_formats;
};

// Writes cells, keeping the first error: libxlsxwriter reports per call.
class Sheet
{
public:
    explicit Sheet(lxw_worksheet *sheet) : m_sheet(sheet) { }
    lxw_worksheet *get() const { return m_sheet; }

    void text(int row, int column, const QString &text, lxw_format *format)
    {
        if (text.isEmpty())
            check(worksheet_write_blank(m_sheet, row, column, format));
        else
            check(worksheet_write_string(m_sheet, row, column, utf8(text).constData(), format));
    }
    void number(int row, int column, double value, lxw_format *format)
    {
        check(worksheet_write_number(m_sheet, row, column, value, format));
    }
    void merged(int row, int firstColumn, int lastRow, int lastColumn, const QString &text, lxw_format *format)
    {
        if (firstColumn == lastColumn && row == lastRow)
            return this->text(row, firstColumn, text, format);
        check(worksheet_merge_range(m_sheet, row, firstColumn, lastRow, lastColumn, utf8(text).constData(), format));
    }
    void width(int first, int last, double width, lxw_format *format = nullptr)
    {
        check(worksheet_set_column(m_sheet, first, last, width, format));
    }
    // A3 landscape, as wide as one page, the header rows on every page.
    void printSetup(int firstHeaderRow, int lastHeaderRow)
    {
        worksheet_set_landscape(m_sheet);
        worksheet_set_paper(m_sheet, paperA3);
        worksheet_fit_to_pages(m_sheet, 1, 0);
        worksheet_set_margins(m_sheet, 0.4, 0.4, 0.6, 0.6);
        check(worksheet_repeat_rows(m_sheet, firstHeaderRow, lastHeaderRow));
        check(worksheet_set_footer(m_sheet, "&C&P / &N"));
    }
    void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = error;
    }
    lxw_error error() const { return m_error; }

private:
    lxw_worksheet *m_sheet;
    lxw_error m_error = LXW_NO_ERROR;
};

lxw_error writeSchedule(lxw_workbook *workbook, Formats *formats, const Plan &plan, const SheetOptions &options)
{
    const ScheduleGrid grid(plan, options);
    const QString name = PrintedText::text(plan.info, "SheetTables", QT_TRANSLATE_NOOP("SheetTables", "Schedule"));
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, utf8(name).constData());
    if (!worksheet)
        return LXW_ERROR_SHEETNAME_ALREADY_USED; // a translation gave two sheets one name
    Sheet sheet(worksheet);
    constexpr int leading = 3; // number, title, departments
    const int lastColumn = leading + grid.timeColumnCount() - 1;

    sheet.text(0, 0, grid.title(), formats->title());
    const int headerRow = 1;
    const int lastHeaderRow = grid.monthColumns() ? 2 : 1;
    for (int c = 0; c < leading; ++c)
        sheet.merged(headerRow, c, lastHeaderRow, c, grid.leadingHeaders().value(c), formats->header());
    const QStringList years = grid.yearLabels();
    const int perYear = grid.monthColumns() ? 12 : 1;
    for (int y = 0; y < years.size(); ++y)
        sheet.merged(headerRow, leading + y * perYear, headerRow, leading + (y + 1) * perYear - 1, years[y],
                     formats->header());
    const QStringList months = grid.monthLabels();
    for (int m = 0; m < months.size(); ++m)
        sheet.text(lastHeaderRow, leading + m, months[m], formats->header());

    int row = lastHeaderRow + 1;
    for (const ScheduleGrid::Row &r : grid.rows()) {
        const QString heading = (r.number + QLatin1Char(' ') + r.title).trimmed();
        if (r.kind != ScheduleGrid::Row::Kind::Measure && !r.hasSchedule()) {
            // Section and theme rows span the table, as towns draw them.
            lxw_format *format = r.kind == ScheduleGrid::Row::Kind::Section ? formats->section() : formats->theme();
            sheet.merged(row, 0, row, lastColumn, heading, format);
            ++row;
            continue;
        }
        if (r.kind == ScheduleGrid::Row::Kind::Measure) {
            sheet.text(row, 0, r.number, formats->centred());
            sheet.text(row, 1, r.title, formats->text());
            sheet.text(row, 2, r.departments, formats->text());
        } else {
            // A theme with bars of its own: its title over the leading columns.
            sheet.merged(row, 0, row, leading - 1, heading, formats->theme());
        }
        for (int c = 0; c < r.cells.size(); ++c) {
            const ScheduleGrid::Cell &cell = r.cells[c];
            sheet.text(row, leading + c, cell.text,
                       cell.kind == ScheduleGrid::noKind ? formats->text() : formats->phase(cell.kind));
        }
        ++row;
    }

    sheet.width(0, 0, 7);
    sheet.width(1, 1, 42);
    sheet.width(2, 2, 16);
    sheet.width(leading, lastColumn, grid.monthColumns() ? 4.5 : 16);
    worksheet_freeze_panes(sheet.get(), lastHeaderRow + 1, leading);
    sheet.printSetup(headerRow, lastHeaderRow);
    return sheet.error();
}

lxw_error writeTable(lxw_workbook *workbook, Formats *formats, const SheetTable &table)
{
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, utf8(table.name).constData());
    if (!worksheet)
        return LXW_ERROR_SHEETNAME_ALREADY_USED;
    Sheet sheet(worksheet);
    for (int c = 0; c < table.header.size(); ++c)
        sheet.text(0, c, table.header[c], formats->header());
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows[r];
        for (int c = 0; c < cells.size(); ++c) {
            bool isNumber = false;
            const double value = table.numberColumns.contains(c) ? cells[c].toDouble(&isNumber) : 0;
            if (isNumber)
                sheet.number(r + 1, c, value, formats->text());
            else
                sheet.text(r + 1, c, cells[c], formats->text());
        }
    }
    for (int c = 0; c < table.header.size(); ++c)
        sheet.width(c, c, table.wideColumns.contains(c) ? 48 : table.numberColumns.contains(c) ? 14 : 20);
    worksheet_freeze_panes(sheet.get(), 1, 0);
    if (!table.header.isEmpty())
        sheet.check(worksheet_autofilter(sheet.get(), 0, 0, table.rows.size(), table.header.size() - 1));
    sheet.printSetup(0, 0);
    return sheet.error();
}

} // namespace

bool write(const QString &path, const QString &tempFolder, const Plan &plan, const SheetOptions &options,
           QString *error)
{
    const QByteArray folder = tempFolder.toUtf8();
    lxw_workbook_options workbookOptions {};
    workbookOptions.constant_memory = LXW_FALSE; // merged ranges need the whole sheet in memory
    workbookOptions.tmpdir = const_cast<char *>(folder.constData());
    lxw_workbook *workbook = workbook_new_opt(path.toUtf8().constData(), &workbookOptions);
    if (!workbook) {
        *error = QCoreApplication::translate("XlsxSheets", "The spreadsheet could not be started.");
        return false;
    }
    const QByteArray title = plan.info.title.toUtf8();
    const QByteArray company = plan.info.organisation.toUtf8();
    lxw_doc_properties properties {};
    properties.title = const_cast<char *>(title.constData());
    properties.company = const_cast<char *>(company.constData());
    properties.comments = const_cast<char *>("DX Plan Studio");
    workbook_set_properties(workbook, &properties);

    Formats formats(workbook);
    lxw_error failure = LXW_NO_ERROR;
    auto keep = [&failure](lxw_error e) {
        if (failure == LXW_NO_ERROR)
            failure = e;
    };
    if (options.scheduleSheet)
        keep(writeSchedule(workbook, &formats, plan, options));
    if (options.measuresSheet)
        keep(writeTable(workbook, &formats, SheetTables::measures(plan, options)));
    if (options.kpiSheet)
        keep(writeTable(workbook, &formats, SheetTables::kpis(plan, options)));
    if (!options.scheduleSheet && !options.measuresSheet && !options.kpiSheet)
        workbook_add_worksheet(workbook, nullptr); // a workbook needs a sheet
    const lxw_error closed = workbook_close(workbook); // frees the workbook whatever happens
    keep(closed);
    if (failure != LXW_NO_ERROR) {
        *error = QCoreApplication::translate("XlsxSheets", "The spreadsheet could not be written: %1")
                     .arg(QString::fromUtf8(lxw_strerror(failure)));
        return false;
    }
    return true;
}

} // namespace XlsxSheets
