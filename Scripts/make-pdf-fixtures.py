#!/usr/bin/env python3
"""Exports the .docx fixtures to PDF with LibreOffice (Debian: libreoffice-writer-nogui and, for
real CJK glyphs, fonts-noto-cjk), as an office exports a Word table: Tests/Fixtures/formats/
NAME.libreoffice.pdf. linan-2023.centred.libreoffice.pdf is the sample with every cell vertically
centred, as many Word tables are: numbers in the middle of tall rows, merged 工作目标 cells centred
over their group. The committed PDFs are what the tests read; run this only to regenerate them.
"""
import os, pathlib, re, shutil, subprocess, sys, tempfile, zipfile

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


if __name__ == "__main__":
    main()
