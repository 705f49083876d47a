"""The demo issue: `issuedesk demo DIR` writes a folder that loads, with print-resolution photos."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from editor.cli.main import main
from editor.demo import demo_issue
from editor.demo.build import _paint_one
from editor.model import Figure, Note, Sidebar, Subhead
from editor.store import load_issue


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "qingxi"
    assert main(["demo", str(folder)]) == 0
    return folder


def test_demo_folder_loads_with_sections_articles_figures(demo_dir):
    issue = load_issue(demo_dir)
    assert issue.meta.label == "青溪科技 2026年第11期"
    assert issue.meta.cumulative == 87
    assert [s.name for s in issue.sections] == ["专稿", "创新平台", "企业风采", "科技人才", "科技动态", "生态环保"]
    assert len(list(issue.articles())) == 11
    assert all(s.articles for s in issue.sections)
    article_figs = [f for a in issue.articles() for f in a.figures()]
    assert len(article_figs) == 7
    assert [p.position for p in issue.photo_pages] == ["inside-front", "inside-back", "back"]
    assert 4 <= len(issue.photo_pages[0].figures) <= 6


def _ppi(folder: Path, rel: str, width_mm: float) -> tuple[float, str]:
    with Image.open(folder / rel) as im:
        return im.width / (width_mm / 25.4), im.mode


def test_every_image_exists_at_print_resolution(demo_dir):
    issue = load_issue(demo_dir)
    modes = set()
    for _, fig in issue.figures():
        assert fig.image and fig.width_mm, fig.id
        ppi, mode = _ppi(demo_dir, fig.image, fig.width_mm)
        assert ppi >= 300, (fig.id, ppi)
        modes.add(mode)
        with Image.open(demo_dir / fig.image) as im:
            assert abs(im.height / im.width - fig.height_mm / fig.width_mm) < 0.01
    assert modes == {"RGB", "CMYK"}
    cover_ppi, _ = _ppi(demo_dir, issue.meta.cover.image, 216.0)   # full width with 3 mm bleed
    assert cover_ppi >= 300


def test_photos_are_not_flat(demo_dir):
    """A painted scene, not a filled rectangle: many distinct colours and real tonal range."""
    for rel in ("images/cover.jpg", "images/f03.jpg"):
        with Image.open(demo_dir / rel) as im:
            small = im.convert("RGB").resize((200, 130))
            assert len(small.getcolors(1 << 20)) > 2000, rel
            lo, hi = small.convert("L").getextrema()
            assert hi - lo > 120, rel


def test_refuses_a_non_empty_folder_with_exit_2(tmp_path, capsys):
    target = tmp_path / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("已有内容", encoding="utf-8")
    assert main(["demo", str(target)]) == 2
    err = capsys.readouterr().err
    assert "不会覆盖" in err and "Traceback" not in err
    assert sorted(p.name for p in target.iterdir()) == ["keep.txt"]


def test_writes_into_an_empty_existing_folder(tmp_path):
    target = tmp_path / "empty"
    target.mkdir()
    assert main(["demo", str(target)]) == 0
    assert (target / "images" / "cover.jpg").is_file()


def test_cover_lines_and_contents_match_the_articles():
    issue = demo_issue()
    titles = {a.title for a in issue.articles()}
    assert 3 <= len(issue.meta.cover.lines) <= 5
    assert set(issue.meta.cover.lines) <= titles
    assert [e.article for e in issue.contents] == [a.id for a in issue.articles()]
    for entry in issue.contents:
        art = issue.article(entry.article)
        assert entry.page is None
        assert entry.title.split("\n")[0] == art.title
        assert entry.section == issue.section_of(art.id).name


def test_colophon_has_what_an_internal_publication_needs():
    meta = demo_issue().meta
    assert re.fullmatch(r"S\(\d{4}\)\d{8}", meta.permit)
    assert meta.internal_marking == "内部资料 免费交流"
    assert meta.printer and meta.print_run and meta.print_date and meta.distribution and meta.cycle
    assert {r.role for r in meta.publishers} >= {"主办"}
    assert [r.role for r in meta.board] == ["主任", "副主任", "成员", "主编", "责任编辑"]
    assert meta.cover.description and meta.cover.credit and meta.cover.slogan


def test_articles_are_short_and_use_every_kind_of_part():
    issue = demo_issue()
    arts = list(issue.articles())
    for art in arts:
        assert 300 <= art.body_chars() <= 1200, (art.id, art.body_chars())
        assert art.source
    blocks = [b for a in arts for b in a.blocks]
    assert any(a.kicker for a in arts) and any(a.subtitle for a in arts)
    assert any(a.lead_mark for a in arts) and any(not a.lead_mark for a in arts)
    assert any(isinstance(b, Subhead) for b in blocks)
    assert any(getattr(b, "run_in_head", None) for b in blocks)
    assert any(isinstance(b, Sidebar) and b.title for b in blocks)
    assert any(isinstance(b, Note) for b in blocks)
    figs = [b for b in blocks if isinstance(b, Figure)]
    assert all(f.caption for f in figs) and any(f.credit and f.credit.endswith("摄）") for f in figs)


def test_text_has_no_half_width_punctuation_between_chinese():
    han = r"[\u4e00-\u9fff]"
    for owner, text in ((a.id, txt) for a in demo_issue().articles() for _, txt in a.texts()):
        assert not re.search(rf"{han}[,.;:?!()]|[,;:?!()]{han}", text), (owner, text)


def test_pictures_are_deterministic():
    first, info = _paint_one("f02", 30.0, 20.0)
    second, _ = _paint_one("f02", 30.0, 20.0)
    assert first == second
    assert info.mode == "CMYK" and info.width_px >= 30 / 25.4 * 300


def test_demo_exports_clean_to_a_saddle_stitched_print_pdf(demo_dir, tmp_path):
    """The README's main job: the demo issue passes the checks (no errors, so no --force) and
    comes out as a whole number of sheets (page count a multiple of 4)."""
    import pikepdf
    out = tmp_path / "demo.pdf"
    assert main(["export", str(demo_dir), "-o", str(out)]) == 0
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) % 4 == 0
