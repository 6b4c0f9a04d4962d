"""Writes the crafted workbooks of tests/data/sheets-hostile/ (see
make_sheets.sh): each is refused with the sentence its .expect holds."""
import os
import sys
import zipfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

CT = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
      '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def sheet(cells):
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>' + cells + '</sheetData></worksheet>')


OK_SHEET = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>施策</t></is></c><c r="B1" t="inlineStr"><is><t>2024年度</t></is></c></row>')


def xlsx(name, parts, expect):
    with zipfile.ZipFile(f"{out}/{name}.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts:
            z.writestr(part, text)
    with open(f"{out}/{name}.expect", "w") as f:
        f.write(expect + "\n")


def base(**replace):
    parts = {"[Content_Types].xml": CT, "xl/workbook.xml": WB, "xl/_rels/workbook.xml.rels": RELS,
             "xl/worksheets/sheet1.xml": OK_SHEET}
    parts.update(replace)
    return [(k, v) for k, v in parts.items() if v is not None]


CONTENT_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
                '<table:table table:name="S">')
CONTENT_TAIL = '</table:table></office:spreadsheet></office:body></office:document-content>'


def ods(name, content, expect):
    with zipfile.ZipFile(f"{out}/{name}.ods", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        if content is not None:
            z.writestr("content.xml", content)
    with open(f"{out}/{name}.expect", "w") as f:
        f.write(expect + "\n")


# A part that unpacks to far more than a sheet needs.
xlsx("zip-bomb-size", base(**{"xl/worksheets/sheet1.xml": " " * (80 << 20)}), "unpacks to more than 64 MiB")
# One compressed beyond what real XML does.
xlsx("zip-bomb-ratio", base(**{"xl/sharedStrings.xml": "\0" * (20 << 20)}), "a ZIP bomb?")
xlsx("not-well-formed", base(**{"xl/worksheets/sheet1.xml": OK_SHEET[:-30]}), "is not well-formed XML")
xlsx("entity-expansion", base(**{"xl/sharedStrings.xml":
     '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
     '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><sst><si><t>&c;</t></si></sst>'}),
     "declares a document type or entities")
xlsx("external-entity", base(**{"xl/workbook.xml":
     '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook>&x;</workbook>'}),
     "declares a document type or entities")
xlsx("missing-workbook", base(**{"xl/workbook.xml": None}), "it is not an Excel workbook")
xlsx("missing-sheet-part", base(**{"xl/worksheets/sheet1.xml": None}), "has no part \"xl/worksheets/sheet1.xml\"")
xlsx("missing-relations", base(**{"xl/_rels/workbook.xml.rels": None}), "has no part \"xl/_rels/workbook.xml.rels\"")
xlsx("absurd-cell-reference", base(**{"xl/worksheets/sheet1.xml":
     sheet('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>')}),
     "beyond the 100000 rows and 1000 columns")
xlsx("absurd-merge", base(**{"xl/worksheets/sheet1.xml":
     OK_SHEET.replace('</worksheet>', '<mergeCells><mergeCell ref="A1:XFD1"/></mergeCells></worksheet>')}),
     "has a cell XFD1, beyond")
xlsx("shared-string-out-of-range", base(**{"xl/worksheets/sheet1.xml": sheet('<row r="1"><c r="A1" t="s"><v>7</v></c></row>')}),
     "refers to a text the workbook does not have")
xlsx("path-traversal", base(**{"../../evil.xml": "<x/>"}), "climbs out of the archive")
xlsx("absolute-path", base(**{"/etc/evil.xml": "<x/>"}), "is not a relative path")
xlsx("sheet-outside-archive", base(**{"xl/_rels/workbook.xml.rels": RELS.replace("worksheets/sheet1.xml", "../../../etc/passwd")}),
     "has no part")
with open(f"{out}/not-a-zip.xlsx", "w") as f:
    f.write("施策,2024年度\n電子申請,運用\nこれはZIPではない\n")
with open(f"{out}/not-a-zip.expect", "w") as f:
    f.write("not an .xlsx or .ods workbook\n")

row = '<table:table-row><table:table-cell><text:p>施策</text:p></table:table-cell></table:table-row>'
ods("huge-column-repeat", CONTENT_HEAD + '<table:table-row><table:table-cell table:number-columns-repeated="1048576">'
    '<text:p>運用</text:p></table:table-cell></table:table-row>' + CONTENT_TAIL, "beyond the 100000 rows and 1000 columns")
ods("huge-row-repeat", CONTENT_HEAD + '<table:table-row table:number-rows-repeated="1048576"><table:table-cell>'
    '<text:p>運用</text:p></table:table-cell></table:table-row>' + CONTENT_TAIL, "beyond the 100000 rows and 1000 columns")
ods("impossible-repeat", CONTENT_HEAD + '<table:table-row table:number-rows-repeated="99999999999"><table:table-cell/>'
    '</table:table-row>' + CONTENT_TAIL, "repeats a row an impossible number of times")
ods("ods-doctype", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>' + CONTENT_HEAD[len('<?xml version="1.0" encoding="UTF-8"?>'):]
    + row + CONTENT_TAIL, "declares a document type or entities")
ods("missing-content", None, "no \"content.xml\"")


def text(name, data, expect):
    with open(f"{out}/{name}.csv", "wb") as f:
        f.write(data)
    with open(f"{out}/{name}.expect", "w") as f:
        f.write(expect + "\n")


text("binary", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "it holds binary data")
text("neither-utf8-nor-cp932", "施策,R6\n".encode("cp932") + b"\x81\x20\xff\xfe\n", "neither UTF-8 nor Shift_JIS")
text("unterminated-quote", "施策,R6\n\"電子申請,運用\n".encode("utf-8"), "ends inside a quoted value")

merges = "".join(f'<mergeCell ref="A{r}:B{r}"/>' for r in range(1, 20003))
xlsx("too-many-merges", base(**{"xl/worksheets/sheet1.xml":
     OK_SHEET.replace('</worksheet>', f'<mergeCells>{merges}</mergeCells></worksheet>')}),
     "has too many merged cells")
