#!/usr/bin/env python3
"""Exports the .docx fixtures to PDF with LibreOffice (Debian: libreoffice-writer-nogui and, for
real CJK glyphs, fonts-noto-cjk), as an office exports a Word table: Tests/Fixtures/formats/
NAME.libreoffice.pdf. linan-2023.centred.libreoffice.pdf is the sample with every cell vertically
centred, as many Word tables are: numbers in the middle of tall rows, merged 工作目标 cells centred
over their group. The committed PDFs are what the tests read; run this only to regenerate them.

It also writes linan-2023.pdf-lines.pipe.txt: the LibreOffice PDF copied out line by line into pipe
rows, as a capture of a PDF looks when every visual line becomes a row (a long cell continues on
the lines below with the other cells empty).
"""
import html, os, pathlib, re, shutil, subprocess, sys, tempfile, zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
FORMATS = ROOT / "Tests/Fixtures/formats"
NAMES = ["linan-2023", "owner-2024-h1", "yuhang-2022-q1"]


def centred(source, target):
    """A copy of the .docx `source` whose every table cell is vertically centred."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                text = re.sub(r"<w:tc>(?!<w:tcPr>)", "<w:tc><w:tcPr></w:tcPr>", text)
                text = text.replace("<w:tcPr>", '<w:tcPr><w:vAlign w:val="center"/>')
                data = text.encode("utf-8")
            zout.writestr(item, data)


def pipe_lines(pdf):
    """The PDF's table as pipe rows, one per visual line: words placed by the header's columns."""
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    out, columns, header = [], None, None
    for page in xhtml.split("<page ")[1:]:
        lines = []
        for line in re.finditer(r"<line [^>]*>(.*?)</line>", page, re.S):
            words = [(float(m.group(1)), float(m.group(2)), html.unescape(m.group(3))) for m in
                     re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(.*?)</word>', line.group(1))]
            if words:
                lines.append(words)
        rows = {}
        for words in lines:
            for x, y, text in words:
                rows.setdefault(round(y), []).append((x, text))
        for y in sorted(rows):
            words = sorted(rows[y])
            texts = "".join(t for _, t in words)
            if columns is None and texts.startswith("序号"):
                columns, header = [x for x, _ in words], texts
                out.append("| " + " | ".join(t for _, t in words) + " |")
                continue
            if columns is None:
                out.append(texts)
                continue
            if texts == header:  # the header repeated on a later page
                continue
            cells = [""] * len(columns)
            for x, text in words:
                column = max(i for i, left in enumerate(columns) if left - 4 <= x or i == 0)
                cells[column] += text
            if words[0][0] < columns[1] - 4 and any(words[-1][0] > left for left in columns[2:]) and not cells[0].isdigit():
                out.append("| " + texts + " |")
            else:
                out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def export(docx, out_dir, profile):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(docx)], check=True, capture_output=True, timeout=300)
    return out_dir / (docx.stem + ".pdf")


def main():
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as scratch:
        scratch = pathlib.Path(scratch)
        sources = [(FORMATS / f"{name}.docx", f"{name}.libreoffice.pdf") for name in NAMES]
        centred(FORMATS / "linan-2023.docx", scratch / "linan-2023-centred.docx")
        sources.append((scratch / "linan-2023-centred.docx", "linan-2023.centred.libreoffice.pdf"))
        for source, target in sources:
            pdf = export(source, scratch, scratch / "profile")
            shutil.copyfile(pdf, FORMATS / target)
            print(f"wrote {target} ({os.path.getsize(FORMATS / target)} bytes)")
    capture = pipe_lines(FORMATS / "linan-2023.libreoffice.pdf")
    (FORMATS / "linan-2023.pdf-lines.pipe.txt").write_text(capture, encoding="utf-8")
    print(f"wrote linan-2023.pdf-lines.pipe.txt ({len(capture.splitlines())} lines)")


if __name__ == "__main__":
    main()
