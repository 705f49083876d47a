"""PDF/X markers written after ReportLab, read back with pikepdf."""
from __future__ import annotations

import pikepdf

from editor.export.pdfx import PDFX_VERSION, make_pdfx


def test_markers_present(make_test_pdf, tmp_path):
    pdf = make_test_pdf(tmp_path / "x.pdf")
    result = make_pdfx(pdf, title="常州科技 2021年第3期", author="常州市科学技术局")
    assert result.pages == 4 and not result.missing_trim and not result.missing_bleed
    with pikepdf.open(pdf) as doc:
        intents = doc.Root.OutputIntents
        assert len(intents) == 1
        oi = intents[0]
        assert oi.S == "/GTS_PDFX" and str(oi.OutputConditionIdentifier) == "FOGRA39"
        assert int(oi.DestOutputProfile.N) == 4
        assert oi.DestOutputProfile.read_bytes()[36:40] == b"acsp"          # an ICC profile
        info = doc.docinfo
        assert str(info.GTS_PDFXVersion) == PDFX_VERSION == "PDF/X-4"
        assert info.Trapped == pikepdf.Name("/False")
        assert str(info.Title) == "常州科技 2021年第3期"
        assert "/Subject" not in info                                       # no ReportLab placeholder
        xmp = doc.Root.Metadata.read_bytes().decode()
        assert "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>" in xmp
        assert "<pdf:Trapped>False</pdf:Trapped>" in xmp
        with doc.open_metadata() as meta:
            assert meta["dc:title"] == "常州科技 2021年第3期"
            assert meta["dc:creator"] == ["常州市科学技术局"]
        assert doc.pdf_version >= "1.6"


def test_missing_boxes_reported(make_test_pdf, tmp_path):
    pdf = make_test_pdf(tmp_path / "nobox.pdf", trim=False, pages=2)
    result = make_pdfx(pdf, title="t")
    assert result.missing_trim == [1, 2] and result.missing_bleed == [1, 2]
