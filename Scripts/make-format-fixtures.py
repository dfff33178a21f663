#!/usr/bin/env python3
"""Writes the format and layout fixtures under Tests/Fixtures/formats/.

Every fixture is written from a table built here: the Lin'an 2023 sample (read from its
tab-led text capture) and two small variants. Each table is also written in the tab-led layout
(`<table>.reference.txt`) so the tests can compare every format with the same table parsed
from plain text.

Usage: pip install python-docx openpyxl reportlab && python3 Scripts/make-format-fixtures.py
(with pdftotext from poppler-utils on the PATH, the PDF's text is written beside it).
`--bench DIR` writes the 158-task sample and a 2,000-task table in every format to DIR instead.
"""
import html
import io
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile

import docx
import openpyxl
from docx.enum.text import WD_BREAK
from openpyxl.styles import Alignment

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures")
OUT = os.path.join(FIXTURES, "formats")
SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}、")


class Table:
    """A progress table: title lines, header names, rows of cells (a cell's lines joined by \\n)."""

    def __init__(self, name, preamble, header, rows, category_column=None, header_split=None):
        self.name = name
        self.preamble = preamble
        self.header = header
        self.rows = rows
        self.category_column = category_column
        # Two header rows for layouts that can show a header split over two lines.
        self.header_split = header_split

    def is_grouping(self, row):
        filled = [c for c in row if c]
        return len(filled) == 1 and row[0] == filled[0] and len(row) == 1

    def width(self):
        return len(self.header)


def read_tab_led(path):
    """The sample's layout: every cell starts with a tab, a blank line ends a row."""
    preamble, rows, cells, saw_blank = [], [], [], False
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("\t"):
            if saw_blank or not cells:
                if cells:
                    rows.append(cells)
                cells = []
            cells.append([line[1:]])
            saw_blank = False
        elif not line.strip():
            saw_blank = True
        elif not cells:
            preamble.append(line.strip())
        else:
            cells[-1].append(line)
            saw_blank = False
    if cells:
        rows.append(cells)
    joined = [["\n".join(l.strip() for l in cell if l.strip()) for cell in row] for row in rows]
    return [p for p in preamble if p], joined


def sample_table():
    preamble, rows = read_tab_led(os.path.join(FIXTURES, "linan-2023-annual.txt"))
    header, body = rows[0], rows[1:]
    body = [[r[0]] if len([c for c in r if c]) == 1 and SECTION.match(r[0]) else r for r in body]
    return Table("linan-2023", preamble, header, body, category_column=1)


def owner_table(sample):
    """A half-year table: owner and leader columns, numbers that skip, a category on every row."""
    tasks = [r for r in sample.rows if len(r) == 4][:14]
    units = ["区发改局", "区经信局\n区商务局", "区自然资源和规划分局", "区住建局\n区交通运输局\n各镇街"]
    rows, category = [], ""
    rows.append(["一、以更强的定力促产兴业"])
    for index, task in enumerate(tasks):
        category = task[1] or category
        number = str(index * 2 + 1 - (index % 3))
        if index == 7:
            rows.append(["二、以更大的力度扩容提质"])
        progress = task[3].split("\n")[0]
        rows.append([number, category, task[2], "王副区长" if index % 2 else "李副区长", units[index % 4], progress])
    preamble = ["2024年《政府工作报告》重点工作半年度进展情况", "杭州市临安区人民政府办公室 2024年7月"]
    header = ["序号", "工作目标", "年度目标任务", "牵头领导", "责任单位", "进展情况"]
    split = [["序号", "工作", "年度目标", "牵头", "责任", "进展"], ["", "目标", "任务", "领导", "单位", "情况"]]
    return Table("owner-2024-h1", preamble, header, rows, category_column=1, header_split=split)


def nocategory_table():
    """A first-quarter table without category or number column: sections and sub-sections group tasks."""
    preamble = ["2022年政府工作报告主要目标任务一季度完成情况"]
    header = ["项目内容", "责任单位", "推进情况"]
    rows = [
        ["一、稳增长"],
        ["（一）扩大有效投资"],
        ["全年完成固定资产投资增长8%以上。", "区发改局", "1-3月完成固定资产投资增长9.2%。"],
        ["落地亿元以上产业项目40个，其中10亿元以上产业项目8个。", "区投促中心", "落地亿元以上项目11个。\n其中10亿元以上项目2个。"],
        ["（二）提振消费"],
        ["社会消费品零售总额增长7%。", "区商务局", "增长6.1%，序时推进。"],
        ["二、惠民生"],
        ["（一）办好民生实事"],
        ["新建改建农村公路50公里。", "区交通运输局\n各镇街", "已开工32公里。"],
        ["新增城镇就业1.2万人。", "区人力社保局", "新增城镇就业3100人。"],
        ["（二）健全社会保障"],
        ["城乡居民基本养老保险参保率达到99%。", "区人力社保局", "参保率98.6%。"],
    ]
    return Table("yuhang-2022-q1", preamble, header, rows)


# --- text layouts -------------------------------------------------------------------------

def write(name, text, encoding="utf-8"):
    data = text.encode(encoding) if isinstance(text, str) else text
    if data.startswith(b"PK") and "understated" not in name:
        data = normalized(data)
    with open(os.path.join(OUT, name), "wb") as handle:
        handle.write(data)


def normalized(archive_bytes):
    """The archive rewritten with fixed timestamps, so regenerating leaves unchanged files unchanged."""
    source = zipfile.ZipFile(io.BytesIO(archive_bytes))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                             rb"<dcterms:\1\2>2024-01-01T00:00:00Z<", source.read(info.filename))
            target.writestr(zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0)), content,
                            compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def tab_led(table):
    out = list(table.preamble) + [""]
    for row in [table.header] + table.rows:
        for cell in row:
            lines = cell.split("\n") if cell else [""]
            out.append("\t" + lines[0])
            out.extend(lines[1:])
        out.append("")
    return "\n".join(out) + "\n"


def padded(table, row):
    return row + [""] * (table.width() - len(row)) if len(row) == 1 else row


def pipe(table, cut=False):
    """Pipe rows; a wrapped cell continues on lines with fewer cells; some rows have trailing empty cells."""
    out = list(table.preamble) + [""]
    headers = table.header_split or [table.header]
    for header in headers:
        out.append("| " + " | ".join(header) + " |")
    for index, row in enumerate(table.rows):
        row = padded(table, row)
        columns = [cell.split("\n") for cell in row]
        depth = max(len(c) for c in columns)
        for level in range(depth):
            cells = [c[level] if level < len(c) else "" for c in columns]
            if level > 0:
                while cells and not cells[-1]:
                    cells.pop()
            trailing = " | |" if level == 0 and index % 5 == 0 else " |"
            out.append("| " + " | ".join(cells) + trailing)
    text = "\n".join(out) + "\n"
    return text[: text.rindex("|", 0, len(text) - 3) - 12] if cut else text


def markdown(table):
    out = ["# " + table.preamble[0], ""] + table.preamble[1:] + [""]
    out.append("| " + " | ".join(table.header) + " |")
    out.append("|" + "|".join(["---"] * table.width()) + "|")
    for row in table.rows:
        out.append("| " + " | ".join(c.replace("\n", "<br>") for c in padded(table, row)) + " |")
    return "\n".join(out) + "\n"


def paragraphs(table):
    """One cell per paragraph; the empty category of a group's later rows is left out."""
    out = list(table.preamble)
    for name in table.header:
        out.append(name)
    for row in table.rows:
        out.extend(c for c in row if c)
    return "\n\n".join(out) + "\n"


def spaced(table):
    """A row's cells on one line separated by single spaces; a space inside a cell becomes U+3000."""
    out = list(table.preamble) + [" ".join(table.header)]
    for row in table.rows:
        out.append(" ".join(c.replace("\n", "").replace(" ", "\u3000") for c in row))
    return "\n".join(out) + "\n"


def delimited(table, separator):
    def quote(cell):
        if any(ch in cell for ch in (separator, "\n", '"')):
            return '"' + cell.replace('"', '""') + '"'
        return cell
    out = [separator.join([quote(line)] + [""] * (table.width() - 1)) for line in table.preamble]
    for row in [table.header] + [padded(table, r) for r in table.rows]:
        out.append(separator.join(quote(c) for c in row))
    return "\r\n".join(out) + "\r\n"


# --- office formats -----------------------------------------------------------------------

def groups(table):
    """Row index ranges sharing a category (for vertical merges), within [start, end)."""
    spans, start = [], None
    for index, row in enumerate(table.rows):
        if len(row) == 1:
            if start is not None:
                spans.append((start, index))
            start = None
        elif row[table.category_column]:
            if start is not None:
                spans.append((start, index))
            start = index
    if start is not None:
        spans.append((start, len(table.rows)))
    return spans


def set_cell(cell, text):
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def docx_file(table, split_at=None):
    """Title paragraphs, then the table; split in two tables after a page break (header repeated)."""
    document = docx.Document()
    for line in table.preamble:
        document.add_paragraph(line)
    parts = [(0, len(table.rows))] if split_at is None else [(0, split_at), (split_at, len(table.rows))]
    for number, (start, end) in enumerate(parts):
        if number > 0:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        grid = document.add_table(rows=1 + end - start, cols=table.width())
        for column, name in enumerate(table.header):
            set_cell(grid.cell(0, column), name)
        for offset, row in enumerate(table.rows[start:end]):
            cells = grid.rows[offset + 1].cells
            if len(row) == 1:
                merged = cells[0].merge(cells[-1])
                set_cell(merged, row[0])
                continue
            for column, text in enumerate(row):
                if column != table.category_column:
                    set_cell(cells[column], text)
        if table.category_column is not None:
            for first, last in groups(table):
                first, last = max(first, start), min(last, end)
                if first >= last or len(table.rows[first]) == 1:
                    continue
                top = grid.cell(first - start + 1, table.category_column)
                name = next((table.rows[i][table.category_column] for i in range(first, -1, -1)
                             if len(table.rows[i]) > 1 and table.rows[i][table.category_column]), "")
                set_cell(top, name)
                if last - first > 1:
                    top.merge(grid.cell(last - start, table.category_column))
    document.add_paragraph("（此件公开发布）")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_file(table):
    """Title row merged across, header (split over two rows when the table has one), merged categories and sections."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    width = table.width()
    for number, line in enumerate(table.preamble, start=1):
        sheet.cell(number, 1, line)
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=width)
    top = len(table.preamble) + 1
    headers = table.header_split or [table.header]
    for offset, header in enumerate(headers):
        for column, name in enumerate(header):
            if name:
                sheet.cell(top + offset, column + 1, name)
    first_body = top + len(headers)
    for index, row in enumerate(table.rows):
        for column, text in enumerate(row):
            if text and column != table.category_column:
                cell = sheet.cell(first_body + index, column + 1, text)
                cell.alignment = Alignment(wrap_text=True)
        if len(row) == 1:
            sheet.merge_cells(start_row=first_body + index, start_column=1, end_row=first_body + index, end_column=width)
    if table.category_column is not None:
        for first, last in groups(table):
            column = table.category_column + 1
            sheet.cell(first_body + first, column, table.rows[first][table.category_column])
            if last - first > 1:
                sheet.merge_cells(start_row=first_body + first, start_column=column,
                                  end_row=first_body + last - 1, end_column=column)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def column_letter(index):
    return openpyxl.utils.get_column_letter(index + 1)


def inline_xlsx(table):
    """A minimal workbook written by hand with inline strings (t="inlineStr"), no sharedStrings.xml."""
    def cell(ref, text):
        escaped = html.escape(text, quote=False)
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escaped}</t></is></c>'
    rows = [[table.preamble[0]], table.header] + [padded(table, r) for r in table.rows]
    xml_rows = []
    for number, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{column_letter(c)}{number}", t) for c, t in enumerate(row) if t)
        xml_rows.append(f'<row r="{number}">{cells}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(xml_rows)}</sheetData></worksheet>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="一季度" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    return zip_bytes(parts)


def zip_bytes(parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# --- web page -----------------------------------------------------------------------------

def entities(text):
    """Escapes like a CMS: &amp;/&lt; plus named quotes and a numeric reference for 、."""
    text = html.escape(text, quote=False)
    return text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("、", "&#12289;")


def html_cell(text, tag="td", attributes=""):
    if not text:
        return f"<{tag}{attributes}>&nbsp;</{tag}>"
    lines = text.split("\n")
    if len(lines) == 1:
        return f"<{tag}{attributes}>{entities(text)}</{tag}>"
    if len(lines) % 2:
        return f"<{tag}{attributes}>" + "<br/>\n".join(entities(l) for l in lines) + f"</{tag}>"
    return f"<{tag}{attributes}>" + "".join(f"<p style=\"text-indent:2em\">{entities(l)}</p>" for l in lines) + f"</{tag}>"


def html_page(table):
    """A saved government page: navigation, index number, dates, view count, nested layout tables."""
    width = table.width()
    rows = []
    headers = table.header_split or [table.header]
    for header in headers:
        rows.append("<tr>" + "".join(html_cell(n, "th") for n in header) + "</tr>")
    spans = {first: last - first for first, last in groups(table)} if table.category_column is not None else {}
    covered = {row for first, size in spans.items() for row in range(first, first + size)}
    for index, row in enumerate(table.rows):
        if len(row) == 1:
            span = ' colspan="%d"' % width
            rows.append("<tr>" + html_cell(row[0], attributes=span) + "</tr>")
            continue
        cells = []
        for column, text in enumerate(row):
            if column == table.category_column:
                if index in spans:
                    cells.append(html_cell(row[column], attributes=f' rowspan="{spans[index]}"'))
                elif index not in covered:
                    cells.append(html_cell(""))
                continue
            cells.append(html_cell(text))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    title = entities(table.preamble[0])
    notes = "".join(f"<p>{entities(line)}</p>" for line in table.preamble[1:])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title>
<script type="text/javascript">var s = "<table><tr><td>序号</td><td>工作任务</td></tr></table>"; if (a < b && c) {{}}</script>
<style>td {{ border: 1px solid #000; }}</style></head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/col/col1">政务公开</a> &gt; <A HREF=/col/col2>计划总结</A></div>
<table width="100%" class="layout"><tr><td class="side"><ul><li>政府信息公开指南</li><li>政府信息公开制度</li></ul></td>
<td class="main">
<table class="meta"><tr><td>索引号：</td><td>002509542/2024-12345</td><td>发布日期：</td><td>2024-01-22</td></tr>
<tr><td>主题分类：</td><td>综合政务</td><td>浏览量：</td><td><span id="views">1203</span></td></tr></table>
<h1 class="title">{title}</h1>
<!-- 正文开始 <table><tr><td>工作任务</td></tr></table> -->
<div class="content">{notes}
<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tbody>
{chr(10).join(rows)}
</tbody></table>
<p>&nbsp;</p></div>
</td></tr></table>
<div class="footer">主办单位：某区人民政府办公室 &copy; 版权所有 &nbsp;|&nbsp; 网站标识码3301850001</div>
</body></html>
"""


# --- PDF ---------------------------------------------------------------------------------

def pdf_file(table):
    """A PDF table (reportlab, the non-embedded STSong-Light CID font), header repeated on each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table as PdfTable, TableStyle
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("cell", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    cell = lambda text: Paragraph(html.escape(text).replace("\n", "<br/>"), style)
    data, spans = [[cell(n) for n in table.header]], []
    for index, row in enumerate(table.rows, start=1):
        data.append([cell(t) for t in padded(table, row)])
        if len(row) == 1:
            spans.append(("SPAN", (0, index), (-1, index)))
    widths = {3: [200, 60, 230], 4: [30, 60, 200, 200], 6: [30, 50, 170, 50, 60, 130]}[table.width()]
    grid = PdfTable(data, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")] + spans))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
    document.build([cell(line) for line in table.preamble] + [grid])
    return buffer.getvalue()


def write_pdf(table):
    name = f"{table.name}.pdf"
    write(name, pdf_file(table))
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", os.path.join(OUT, name), "-"],
                              check=True, capture_output=True).stdout
        write(f"{table.name}.pdftotext.txt", text)


# --- failure fixtures ---------------------------------------------------------------------

def docx_parts(document_xml):
    return {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        "word/document.xml": document_xml,
    }


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_table(rows):
    cells = lambda row: "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in row)
    return "<w:tbl>" + "".join(f"<w:tr>{cells(r)}</w:tr>" for r in rows) + "</w:tbl>"


def understated(archive):
    """The archive with every entry's uncompressed size rewritten as 1000 bytes, as a bomb would lie."""
    data = bytearray(archive)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        index = data.find(signature)
        while index >= 0:
            struct.pack_into("<I", data, index + offset, 1000)
            index = data.find(signature, index + 4)
    return bytes(data)


def failure_fixtures():
    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
              f'<w:document {W}><w:body><w:p><w:r><w:t>&lol3;&xxe;</w:t></w:r></w:p></w:body></w:document>')
    write("failure-entity-expansion.docx", zip_bytes(docx_parts(laughs)))
    tables = "".join(word_table([["日期", "事项"], ["1月", "会议"]]) for _ in range(3))
    plain = f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>2023年工作安排</w:t></w:r></w:p>{tables}</w:body></w:document>'
    write("failure-no-task-table.docx", zip_bytes(docx_parts(plain)))
    padding = " " * (8 * 1024 * 1024)
    bomb = f'<?xml version="1.0"?><w:document {W}><w:body>{padding}</w:body></w:document>'
    write("failure-zip-bomb.docx", zip_bytes(docx_parts(bomb)))
    write("failure-zip-bomb-understated.docx", understated(normalized(zip_bytes(docx_parts(bomb)))))
    write("failure-no-document.docx", zip_bytes({"[Content_Types].xml": "<Types/>"}))
    broken = f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>2023年</w:p></w:body>'
    write("failure-malformed.docx", zip_bytes(docx_parts(broken)))
    book = openpyxl.Workbook()
    book.active.append(["日期", "事项"])
    book.create_sheet("附件").append(["单位", "联系人"])
    buffer = io.BytesIO()
    book.save(buffer)
    write("failure-no-task-sheet.xlsx", buffer.getvalue())


def scaled_table(sample, tasks):
    """The sample's rows repeated and renumbered until the table has `tasks` tasks (for benchmarks)."""
    rows, count = [], 0
    while count < tasks:
        for row in sample.rows:
            if len(row) > 1:
                if count == tasks:
                    break
                count += 1
                row = [str(count)] + row[1:]
            rows.append(row)
    return Table(f"linan-{tasks}", sample.preamble, sample.header, rows, category_column=1)


def write_all_formats(table):
    name = table.name
    write(f"{name}.reference.txt", tab_led(table))
    write(f"{name}.pipe.txt", pipe(table))
    write(f"{name}.md", markdown(table))
    write(f"{name}.csv", delimited(table, ","))
    write(f"{name}.tsv", delimited(table, "\t"))
    write(f"{name}.docx", docx_file(table, split_at=len(table.rows) // 2))
    write(f"{name}.xlsx", xlsx_file(table))
    write(f"{name}.html", html_page(table))
    write(f"{name}.paragraphs.txt", paragraphs(table))
    write(f"{name}.spaced.txt", spaced(table))
    write_pdf(table)


def bench(directory):
    """Writes the sample (158 tasks) and a 2,000-task table in every format to `directory`."""
    global OUT
    OUT = directory
    os.makedirs(OUT, exist_ok=True)
    sample = sample_table()
    sample.name = "linan-158"
    write_all_formats(sample)
    write_all_formats(scaled_table(sample, 2000))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--bench":
        bench(sys.argv[2])
        return
    os.makedirs(OUT, exist_ok=True)
    sample = sample_table()
    tables = [sample, owner_table(sample), nocategory_table()]
    for table in tables:
        write_all_formats(table)
    write("yuhang-2022-q1.inline.xlsx", inline_xlsx(tables[2]))
    write("linan-2023.tabbed-rows.txt", delimited(sample, "\t").replace("\r\n", "\n"))
    write("linan-2023.truncated.pipe.txt", pipe(sample, cut=True))
    text = open(os.path.join(FIXTURES, "linan-2023-annual.txt"), encoding="utf-8").read()
    write("linan-2023.utf8-bom.txt", "\ufeff" + text)
    write("linan-2023.utf16le.txt", "\ufeff" + text, "utf-16-le")
    write("linan-2023.gb18030.txt", text, "gb18030")
    write("owner-2024-h1.gb18030.html", html_page(tables[1]).replace("charset=utf-8", "charset=gb2312"), "gb18030")
    failure_fixtures()


if __name__ == "__main__":
    main()
