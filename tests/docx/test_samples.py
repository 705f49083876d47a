"""Each Word sample of ../shared/samples/docx imports to what its manifest.json says."""
from __future__ import annotations

import json

import pytest

from editor.importers.docx import read_docx
from editor.model import Figure, Note, Paragraph, Sidebar, Subhead, Table

FILES = ["a1-qiche-chanye-jiqun.docx", "a2-zhongtian-gangtie.docx", "a3-gaoxinqu-paiming.docx",
         "a4-nongcun-keji-chaoshi.docx", "a5-zhongda-xiangmu-kaigong.docx",
         "a6-gaoxinqu-174-zhengce.docx"]


def _load(docx_dir, name):
    entries = json.loads((docx_dir / "manifest.json").read_text(encoding="utf-8"))["files"]
    expected = next(e for e in entries if e["file"] == name)
    return expected, read_docx(docx_dir / name)


def _of(article, kind):
    return [b for b in article.blocks if isinstance(b, kind)]


@pytest.mark.sample
@pytest.mark.parametrize("name", FILES)
def test_title_block_and_body(docx_dir, name):
    expected, result = _load(docx_dir, name)
    art = result.article
    assert art.title == expected["title"]
    assert art.kicker == expected["kicker"]
    assert art.subtitle == expected["subtitle"]
    assert len(_of(art, Paragraph)) == expected["body_paragraphs"]
    assert [s.text for s in _of(art, Subhead)] == expected["subheads"]
    heads = [p.run_in_head for p in _of(art, Paragraph) if p.run_in_head]
    assert heads == expected["bold_run_in_heads"]
    source = f"■（{art.source}）" if art.source else None
    assert source == expected["source_line"]
    assert art.lead_mark == expected["lead_mark"]
    # The lead mark is a flag, not text; no paragraph keeps an indent of ideographic spaces.
    assert not any(p.text.startswith(("■", "\u3000", " ")) for p in _of(art, Paragraph))


@pytest.mark.sample
@pytest.mark.parametrize("name", FILES)
def test_images_captions_credits(docx_dir, name):
    expected, result = _load(docx_dir, name)
    figures = _of(result.article, Figure)
    assert len(figures) == len(expected["images"])
    for fig, want, pending in zip(figures, expected["images"], result.images):
        printed = fig.caption + (fig.credit or "") + (" ■" if fig.group_end else "")
        assert printed == want["caption"]
        assert fig.credit == want["credit"]
        assert [fig.info.width_px, fig.info.height_px] == want["displayed_pixel_size"]
        assert fig.info.mode == want["mode"]
        assert fig.info.dpi_x == pytest.approx(want["dpi"][0], abs=0.01)
        assert [fig.width_mm, fig.height_mm] == pytest.approx(want["placed_size_mm"], abs=0.1)
        assert pending.source == want["media"]
        assert pending.figure is fig and pending.image is not None


@pytest.mark.sample
@pytest.mark.parametrize("name", FILES)
def test_sidebars_notes_tables_footnotes(docx_dir, name):
    expected, result = _load(docx_dir, name)
    art = result.article
    sidebars = _of(art, Sidebar)
    assert len(sidebars) == len(expected["sidebars"])
    for box, want in zip(sidebars, expected["sidebars"]):
        assert f"■ {box.label} >>" == want["label"]
        assert box.title == want["title"]
        assert len(box.blocks) == want["paragraphs"]
        assert [b.run_in_head for b in box.blocks if isinstance(b, Paragraph) and b.run_in_head] \
            == want["bold_run_in_heads"]
    notes = _of(art, Note)
    boxed = [n for n in notes if n.label != "注"]
    footnotes = [n for n in notes if n.label == "注"]
    assert len(boxed) == len(expected["notes"])
    for note, want in zip(boxed, expected["notes"]):
        assert f"■ {note.label} >>" == want["label"]
        assert (note.title or None) == want["title"]
        assert len(note.blocks) == want["paragraphs"]
    assert len(footnotes) == len(expected["footnotes"])
    for note, want in zip(footnotes, expected["footnotes"]):
        assert note.blocks[0].text.endswith(want["text"])
        mark = note.blocks[0].text[0]
        para = _of(art, Paragraph)[want["in_paragraph"] - 1]
        assert want["anchor_after"] + mark in para.text
    tables = _of(art, Table)
    assert len(tables) == len(expected["tables"])
    for table, want in zip(tables, expected["tables"]):
        assert table.title == want["title_paragraph"]
        assert table.header_rows == want["header_rows"]
        assert table.rows[0] == want["header"] and table.rows[1:] == want["cells"]
        assert len(table.rows) == want["rows"] and all(len(r) == want["columns"] for r in table.rows)
    codes = [f.code for f in result.findings]
    assert codes.count("DOCX-TABLE") == len(expected["tables"])
    assert codes.count("DOCX-COMMENT") == len(expected["comments"])
    assert ("DOCX-TRACKED" in codes) == bool(expected["tracked_changes"])
