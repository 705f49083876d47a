"""The export, toc, preflight and package commands: output shapes and exit statuses of cli.md."""
from __future__ import annotations

import json
import re
import zipfile

import pikepdf

from editor.cli.main import main


def test_preflight_exit_codes(make_test_pdf, tmp_path, cmyk_jpeg, capsys):
    from editor.export.pdfx import make_pdfx
    good = make_test_pdf(tmp_path / "good.pdf", image=cmyk_jpeg)
    make_pdfx(good, title="t")
    assert main(["preflight", str(good)]) == 0
    assert "可以付印" in capsys.readouterr().out
    bad = make_test_pdf(tmp_path / "bad.pdf", font="Helvetica", pages=3)
    assert main(["preflight", str(bad), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ready"] is False and data["pages"] == 3
    assert {"PDF-FONT-NOT-EMBEDDED", "PDF-PAGE-COUNT"} <= {p["rule"] for p in data["problems"]}
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"PK\x03\x04 not a pdf")
    assert main(["preflight", str(junk)]) == 2
    err = capsys.readouterr().err
    assert "不是 PDF" in err and "Traceback" not in err


def test_export_ok_refused_and_failure(demo_folder, tmp_path, capsys):
    out = tmp_path / "demo.pdf"
    assert main(["export", str(demo_folder), "-o", str(out), "--pad"]) == 0
    said = capsys.readouterr()
    assert "已导出付印 PDF" in said.out and out.is_file()
    assert "预检" not in said.out                        # on request only: it costs a third of an export
    assert main(["export", str(demo_folder), "-o", str(out), "--pad", "--preflight"]) == 0
    assert re.search(r"预检：demo\.pdf：\d+ 页，可以付印", capsys.readouterr().out)
    with pikepdf.open(out) as doc:
        assert len(doc.pages) % 4 == 0

    # An error standing (a picture file gone: FIGURE-MISSING) refuses with 1, --force exports.
    import shutil
    broken = tmp_path / "broken"
    shutil.copytree(demo_folder, broken)
    next((broken / "images").iterdir()).unlink()
    assert main(["export", str(broken), "-o", str(tmp_path / "b.pdf"), "--pad"]) == 1
    assert "FIGURE-MISSING" in capsys.readouterr().err and not (tmp_path / "b.pdf").exists()
    assert main(["export", str(broken), "-o", str(tmp_path / "b.pdf"), "--pad", "--force"]) == 0
    capsys.readouterr()

    assert main(["export", str(tmp_path / "nowhere"), "-o", str(tmp_path / "x.pdf")]) == 2
    assert main(["export", str(demo_folder), "-o", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_proof_export(demo_folder, tmp_path, capsys):
    out = tmp_path / "proof.pdf"
    assert main(["export", str(demo_folder), "-o", str(out), "--proof"]) == 0
    assert "校样" in capsys.readouterr().out
    with pikepdf.open(out) as doc:
        assert "/OutputIntents" not in doc.Root


def test_toc_json_text_and_pdf(demo_folder, tmp_path, capsys):
    assert main(["toc", str(demo_folder), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    entries = data["entries"]
    assert entries and all(set(e) == {"section", "title", "printed_page", "page", "article"} for e in entries)
    assert all(e["printed_page"] == e["page"] for e in entries)          # the demo's contents are right
    assert main(["toc", str(demo_folder)]) == 0
    text = capsys.readouterr().out
    assert entries[0]["title"].split("\n")[0] in text and "0 条页码不符" in text
    sheet = tmp_path / "toc.pdf"
    assert main(["toc", str(demo_folder), "--format", "pdf", "-o", str(sheet)]) == 0
    with pikepdf.open(sheet) as doc:
        fonts = doc.pages[0].Resources.Font
        assert all("/FontFile2" in f.DescendantFonts[0].FontDescriptor if f.Subtype == "/Type0"
                   else "/FontFile2" in f.FontDescriptor for _, f in fonts.items())
    assert main(["toc", str(demo_folder), "--format", "pdf"]) == 2       # pdf needs -o


def test_toc_shows_a_wrong_printed_page(demo_folder, tmp_path, capsys):
    """An entry whose printed page disagrees with the layout is flagged in text and JSON."""
    import shutil

    from editor.model import ContentsEntry
    from editor.store import IssueFolder
    copy = tmp_path / "issue"
    shutil.copytree(demo_folder, copy)
    folder = IssueFolder(copy)
    art = next(folder.issue.articles())
    folder.issue.contents = [ContentsEntry("c01", folder.issue.sections[0].name, art.title, page=40, article=art.id)]
    folder.save()
    folder.close()
    assert main(["toc", str(copy), "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)["entries"][0]
    assert first["printed_page"] == 40 and first["page"] != 40
    assert main(["toc", str(copy)]) == 0
    assert "页码不符" in capsys.readouterr().out.splitlines()[2]


def test_package(demo_folder, tmp_path, capsys):
    out = tmp_path / "handoff.zip"
    (tmp_path / "handoff.zip").write_bytes(b"old")
    assert main(["package", str(demo_folder), "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        root = names[0].split("/")[0]
        pdfs = [n for n in names if n.endswith(".pdf")]
        assert len(pdfs) == 1 and pdfs[0].count("/") == 1
        assert f"{root}/preflight.json" in names and f"{root}/preflight.txt" in names
        assert f"{root}/issue/issue.issuedesk" in names
        assert any(n.startswith(f"{root}/issue/images/") for n in names)
        assert not any("/." in n for n in names)                          # no lock, autosave, backups
        report = json.loads(zf.read(f"{root}/preflight.json"))
        assert report["pages"] % 4 == 0 and set(report) == {"ready", "pages", "problems"}
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
