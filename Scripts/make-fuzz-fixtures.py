#!/usr/bin/env python3
"""Writes the hand-minimised fuzz fixtures: smallest inputs with the same trap, hang or memory
blow-up as a large input the fuzzer found (see Tests/Fixtures/fuzz/README.md for each).

    Scripts/make-fuzz-fixtures.py [--out Tests/Fixtures/fuzz]
"""
import argparse, pathlib, zipfile

W = 'xmlns:w="http://schemas openxmlformats.org/wordprocessingml/2006/main"'.replace(" openxml", ".openxml")
TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Override PartName="/word/document.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')


def cell(text, span=None):
    props = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span else ""
    return f"<w:tc>{props}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def docx(path, rows):
    body = "".join("<w:tr>" + "".join(row) + "</w:tr>" for row in rows)
    document = (f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>2023年临安区政府工作报告重点工作完成情况表'
                f"</w:t></w:r></w:p><w:tbl>{body}</w:tbl></w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (("[Content_Types].xml", TYPES), ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)


def xlsx(path, sheet_data):
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook {ns} {rel}><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                      '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><worksheet {ns}><sheetData>{sheet_data}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)


def inline(reference, text):
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="Tests/Fixtures/fuzz")
    out = pathlib.Path(parser.parse_args().out)
    header = [cell("序号"), cell("工作任务"), cell("完成情况")]
    # Found as seed 42, iteration 5352 (an 833 KB Word file): one gridSpan of 99,999,999 columns.
    docx(out / "docx-gridspan-huge.docx", [header, [cell("1"), cell("新增小微企业1800家。", 99_999_999)]])
    # Found as seed 42, iteration 3815 (a 308 KB capture): thousands of figures in one progress cell.
    figures = "".join(f"完成{n}亩，" for n in range(6000))
    text = ("2023年临安区政府工作报告重点工作完成情况表\n\n\t序号\n\t工作任务\n\t完成情况\n\n"
            f"\t1\n\t完成9500亩以上。\n\t{figures}\n")
    (out / "text-many-figures-in-one-cell.txt").write_text(text, encoding="utf-8")
    rows = ('<row r="1">' + inline("A1", "序号") + inline("B1", "工作任务") + inline("C1", "完成情况") + "</row>"
            '<row r="2">' + inline("A2", "1") + inline("B2", "新增小微企业1800家。") + "{cell}</row>")
    # Found as seed 42, iteration 7026 (a 162 KB workbook): a shared-string cell whose index is -1.
    xlsx(out / "xlsx-negative-shared-string-index.xlsx", rows.format(cell='<c r="C2" t="s"><v>-1</v></c>'))
    # Found as seed 42, iteration 6571: a cell reference with 28 column letters.
    xlsx(out / "xlsx-column-letters-overflow.xlsx", rows.format(cell=inline("AAAAAAAAAAAAAAAAAAAAAAAAAAAA2", "完成")))
    # Found as seed 42, iteration 1006: a row numbered Int.min.
    xlsx(out / "xlsx-row-number-overflow.xlsx", rows.format(cell="") + '<row r="-9223372036854775808"><c t="s"><v>0</v></c></row>')


if __name__ == "__main__":
    main()
