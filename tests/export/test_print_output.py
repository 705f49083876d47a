"""The exported PDFs read back: the demo issue and the real sample, laid out and exported for print.

Asserted as a printer's preflight would: boxes, embedded fonts, no RGB, page count, PDF/X
markers; and as a proofreader would: contents numbers and jump lines equal the PageMap, and
every Chinese character of the sample is in the PDF (or reported)."""
from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pikepdf
import pytest

from editor.export.exporter import run_export
from editor.export.preflight import preflight

SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "samples" / "changzhou-keji-2021-03.md"
MM = 72 / 25.4
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory, fonts_ready, image_cache):
    if not SAMPLE.is_file():
        pytest.skip(f"the real sample is not here: {SAMPLE} (it lives in ../shared/samples beside the checkout)")
    from editor.cli.main import main
    work = tmp_path_factory.mktemp("sample")
    said = io.StringIO()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        assert main(["import-text", str(SAMPLE), "-o", str(work / "issue")]) == 0
    # The sample carries real editorial errors (checks find them): export it anyway, padded to 4.
    result = run_export(work / "issue", work / "sample.pdf", force=True, pad_to_4=True, cache_dir=image_cache)
    return result, said.getvalue()


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory, demo_folder, image_cache):
    out = tmp_path_factory.mktemp("demo-out") / "demo.pdf"
    return run_export(demo_folder, out, pad_to_4=True, cache_dir=image_cache), ""


@pytest.fixture(params=["demo", "sample"])
def exported(request):
    return request.getfixturevalue(f"{request.param}_export")[0]


def _page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"], capture_output=True,
                          check=True, text=True).stdout
    return text.split("\f")[:-1]


def test_boxes_on_every_page(exported):
    layout_trim = (210 * MM, 285 * MM)
    with pikepdf.open(exported.path) as doc:
        assert len(doc.pages) == exported.pages == exported.pagemap.page_count
        for page in doc.pages:
            trim = [float(v) for v in page.obj.TrimBox]
            bleed = [float(v) for v in page.obj.BleedBox]
            media = [float(v) for v in page.mediabox]
            assert trim[2] - trim[0] == pytest.approx(layout_trim[0], abs=0.1)
            assert trim[3] - trim[1] == pytest.approx(layout_trim[1], abs=0.1)
            for side in range(2):
                assert trim[side] - bleed[side] == pytest.approx(3 * MM, abs=0.05)
                assert bleed[side + 2] - trim[side + 2] == pytest.approx(3 * MM, abs=0.05)
            assert media[0] <= bleed[0] and media[2] >= bleed[2] + 5 * MM    # room for crop marks


def test_page_count_padded_to_four(exported):
    assert exported.pages % 4 == 0


def test_preflight_finds_nothing_but_known_picture_issues(exported):
    report = preflight(exported.path)
    assert report.pages == exported.pages
    assert report.rules() <= {"PDF-IMAGE-RES"}, report.to_text()


@needs_poppler
def test_pdffonts_all_embedded(exported):
    out = subprocess.run(["pdffonts", str(exported.path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, "no fonts at all?"
    for row in rows:
        assert not row.startswith(("Helvetica", "Times", "Courier"))
        # columns: name type encoding emb sub uni object ID; emb is the 3rd from the right of "uni"
        assert re.search(r"\syes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", row), row


@needs_poppler
def test_no_rgb_images(exported):
    out = subprocess.run(["pdfimages", "-list", str(exported.path)], capture_output=True, text=True,
                         check=True).stdout
    colours = {line.split()[5] for line in out.splitlines()[2:] if line.strip()}
    assert colours <= {"cmyk", "gray"}, colours


def test_no_rgb_operators(exported):
    with pikepdf.open(exported.path) as doc:
        for page in doc.pages:
            ops = {str(i.operator) for i in pikepdf.parse_content_stream(page, "rg RG k K")}
            assert not ops & {"rg", "RG"}


def test_pdfx_markers(exported):
    with pikepdf.open(exported.path) as doc:
        assert doc.Root.OutputIntents[0].S == "/GTS_PDFX"
        assert str(doc.docinfo.GTS_PDFXVersion) == "PDF/X-4"
        assert doc.docinfo.Trapped == pikepdf.Name("/False")
        assert b"pdfxid:GTS_PDFXVersion" in doc.Root.Metadata.read_bytes()


def test_xmp_says_what_info_says(exported):
    """The XMP packet is readable by a library (pikepdf's open_metadata) and agrees with Info."""
    from pikepdf.models.metadata import decode_pdf_date
    with pikepdf.open(exported.path) as doc:
        info = doc.docinfo
        assert doc.pdf_version == "1.6" and "/Filter" not in doc.Root.Metadata.stream_dict
        with doc.open_metadata() as meta:
            assert meta["dc:title"] == str(info.Title)
            assert meta.get("dc:creator") == ([str(info.Author)] if "/Author" in info else None)
            assert meta.get("dc:description") == (str(info.Subject) if "/Subject" in info else None)
            assert meta["pdf:Producer"] == str(info.Producer) and meta["xmp:CreatorTool"] == str(info.Creator)
            assert meta["{http://www.npes.org/pdfx/ns/id/}GTS_PDFXVersion"] == str(info.GTS_PDFXVersion)
            assert meta["pdf:Trapped"] == "False"
            for key, entry in (("xmp:CreateDate", "/CreationDate"), ("xmp:ModifyDate", "/ModDate")):
                assert datetime.fromisoformat(meta[key]) == decode_pdf_date(str(info[entry]))


def test_output_intent_embeds_our_profile(exported):
    from editor.export.print_condition import cmyk_profile_path
    with pikepdf.open(exported.path) as doc:
        profile = doc.Root.OutputIntents[0].DestOutputProfile
        assert int(profile.N) == 4 and profile.Filter == "/FlateDecode"
        assert profile.read_bytes() == cmyk_profile_path().read_bytes()


@needs_poppler
def test_contents_numbers_equal_the_pagemap(exported):
    pm = exported.pagemap
    assert pm.contents, "the layout printed no contents lines"
    texts = _page_texts(exported.path)
    contents_pages = [p.index for p in pm.pages if p.kind == "contents"]
    printed = "".join(texts[i - 1] for i in contents_pages)
    for line in pm.contents:
        start = pm.start_folio(line.article)
        assert line.folio == start, line
        assert f"{start:02d}" in printed, (line.title, start)
        first_title_line = line.title.split("\n")[0].replace(" ", "")[:8]
        assert first_title_line in printed.replace(" ", ""), line.title


@needs_poppler
def test_jump_lines_name_the_right_pages(exported):
    pm = exported.pagemap
    texts = _page_texts(exported.path)
    wanted_to = {(j.from_folio, j.to_folio) for j in pm.jumps}
    wanted_from = {(j.to_folio, j.from_folio) for j in pm.jumps}
    found_to, found_from = set(), set()
    for info, text in zip(pm.pages, texts):
        flat = text.replace(" ", "")
        found_to |= {(info.folio, int(n)) for n in re.findall(r"下转第(\d+)页", flat)}
        found_from |= {(info.folio, int(n)) for n in re.findall(r"上接第(\d+)页", flat)}
    assert found_to == wanted_to and found_from == wanted_from


@needs_poppler
def test_every_chinese_character_of_the_sample_is_printed(sample_export):
    result, import_report = sample_export
    md_lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    printed = set(HAN.findall("".join(_page_texts(result.path))))
    wanted = set(HAN.findall("\n".join(md_lines)))
    # What may be absent, and where it is reported: lines the importer could not place (it lists
    # them by number), the sample's own jump lines (the engine writes its own where it jumps),
    # and characters the fonts lack (PageMap.missing_glyphs, the GLYPH-MISSING check).
    unplaced = {int(n) for n in re.findall(r"第(\d+)行", import_report)}
    excused = set(HAN.findall("".join(md_lines[n - 1] for n in unplaced if 0 < n <= len(md_lines))))
    excused |= set(HAN.findall("".join(l for l in md_lines if re.fullmatch(r"\s*■（[上下]接?转?第\d+页）\s*", l))))
    excused |= set(result.pagemap.missing_glyphs)
    missing = wanted - printed - excused
    assert not missing, "".join(sorted(missing))
    assert len(printed) > 1300
