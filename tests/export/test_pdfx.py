"""PDF/X markers: written by ReportLab with the file (write_pdfx), or added to another program's
PDF (make_pdfx); read back with pikepdf as a preflighter would."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pikepdf
import pytest
from pikepdf.models.metadata import decode_pdf_date

from editor.export.print_condition import cmyk_profile_path
from editor.export.pdfx import PDF_VERSION, PDFX_VERSION, DocInfo, make_pdfx, write_pdfx

from .conftest import MM, vera_font

TITLE = "常州科技 2021年第3期"
AUTHOR = "常州市科学技术局"


def _canvas_pdf(path, info: DocInfo, **kw):
    """Two pages with boxes, made PDF/X by write_pdfx as render_pdf does."""
    from reportlab.pdfgen.canvas import Canvas
    edge, w, h = 10 * MM, 100 * MM, 140 * MM
    c = Canvas(str(path), pagesize=(w + 2 * edge, h + 2 * edge), initialFontName=vera_font(),
               enforceColorSpace="cmyk", trimBox=(edge, edge, edge + w, edge + h),
               bleedBox=(edge - 3 * MM, edge - 3 * MM, edge + w + 3 * MM, edge + h + 3 * MM), **kw)
    write_pdfx(c, info)
    for n in range(2):
        c.setFillColorCMYK(0, 0, 0, 1)
        c.drawString(edge + 10 * MM, edge + 10 * MM, f"page {n + 1}")
        c.showPage()
    c.save()
    return path


def _assert_markers(doc: pikepdf.Pdf, title: str, author: str | None) -> None:
    intents = doc.Root.OutputIntents
    assert len(intents) == 1
    oi = intents[0]
    assert oi.S == "/GTS_PDFX" and oi.Type == "/OutputIntent"
    assert str(oi.OutputConditionIdentifier) == "FOGRA39" and str(oi.RegistryName) == "http://www.color.org"
    assert "FOGRA39" in str(oi.OutputCondition) and str(oi.Info) == str(oi.OutputCondition)
    profile = oi.DestOutputProfile
    assert int(profile.N) == 4 and profile.Filter == "/FlateDecode"                  # compressed
    assert profile.read_bytes() == cmyk_profile_path().read_bytes()                   # our .icc, exactly
    info = doc.docinfo
    assert str(info.GTS_PDFXVersion) == PDFX_VERSION == "PDF/X-4"
    assert info.Trapped == pikepdf.Name("/False")
    assert str(info.Title) == title and str(info.Creator) == "IssueDesk" and "/Producer" in info
    assert "/Keywords" not in info                                                    # no ReportLab placeholder
    if author:
        assert str(info.Author) == author
    else:
        assert "/Author" not in info
    meta = doc.Root.Metadata
    assert meta.Type == "/Metadata" and meta.Subtype == "/XML"
    assert "/Filter" not in meta.stream_dict                                          # readable as it is
    xmp = meta.read_raw_bytes().decode("utf-8")
    assert "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>" in xmp
    assert "<pdf:Trapped>False</pdf:Trapped>" in xmp and "<xmpMM:DocumentID>uuid:" in xmp
    with doc.open_metadata() as xmp_meta:
        assert xmp_meta["dc:title"] == title
        assert xmp_meta.get("dc:creator") == ([author] if author else None)
        for key, entry in (("xmp:CreateDate", "/CreationDate"), ("xmp:ModifyDate", "/ModDate")):
            assert datetime.fromisoformat(xmp_meta[key]) == decode_pdf_date(str(info[entry]))
    assert doc.pdf_version >= "1.6"


def test_written_by_reportlab(tmp_path):
    pdf = _canvas_pdf(tmp_path / "x.pdf", DocInfo(TITLE, AUTHOR), pdfVersion=PDF_VERSION)
    assert pdf.read_bytes().startswith(b"%PDF-1.6\n")
    with pikepdf.open(pdf) as doc:
        _assert_markers(doc, TITLE, AUTHOR)
        assert "/Subject" not in doc.docinfo
        assert len(doc.trailer.ID) == 2
        assert all("/TrimBox" in p.obj and "/BleedBox" in p.obj for p in doc.pages)


def test_subject_and_markup_in_the_title(tmp_path):
    info = DocInfo("A & B <1>", subject="总第158期")
    with pikepdf.open(_canvas_pdf(tmp_path / "s.pdf", info, pdfVersion=PDF_VERSION)) as doc:
        _assert_markers(doc, "A & B <1>", None)
        assert str(doc.docinfo.Subject) == "总第158期"
        with doc.open_metadata() as meta:
            assert meta["dc:description"] == "总第158期"


def test_dates_with_a_utc_offset(tmp_path):
    when = datetime(2021, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    with pikepdf.open(_canvas_pdf(tmp_path / "d.pdf", DocInfo("t", when=when), pdfVersion=PDF_VERSION)) as doc:
        assert str(doc.docinfo.CreationDate) == "D:20210305093000+08'00'"
        _assert_markers(doc, "t", None)


def test_canvas_without_pdf_1_6_is_refused(tmp_path):
    with pytest.raises(ValueError, match="pdfVersion"):
        _canvas_pdf(tmp_path / "old.pdf", DocInfo("t"))


def test_added_to_another_programs_pdf(make_test_pdf, tmp_path):
    pdf = make_test_pdf(tmp_path / "x.pdf")
    make_pdfx(pdf, title=TITLE, author=AUTHOR)
    with pikepdf.open(pdf) as doc:
        _assert_markers(doc, TITLE, AUTHOR)
        assert "/Subject" not in doc.docinfo


def test_pages_without_boxes_stay_without(make_test_pdf, tmp_path):
    """make_pdfx invents no boxes: the preflight is what reports them."""
    pdf = make_test_pdf(tmp_path / "nobox.pdf", trim=False, pages=2)
    make_pdfx(pdf, title="t")
    with pikepdf.open(pdf) as doc:
        assert not any("/TrimBox" in p.obj or "/BleedBox" in p.obj for p in doc.pages)


def test_document_ids_are_random_version_4_uuids():
    import uuid

    from editor.export.pdfx import _uuid4
    ids = {_uuid4() for _ in range(200)}
    assert len(ids) == 200
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122
