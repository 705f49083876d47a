"""The composition cache on disk: a fresh process (here: the memo and the cache forgotten) gets
the very lines it would compose, composes again whenever the font files or the composer changed
or the file is damaged, writes only when it set new paragraphs, and never fails for the cache."""
from __future__ import annotations

import marshal
import os
import shutil
import struct
import subprocess
import sys

import pytest

from editor.layout import composecache, setting
from editor.layout import compose as compose_module
from editor.layout.metrics import HALF_SUFFIX
from editor.layout.template import load_layout

BODY = ("科技创新是发展的第一动力，企业是创新的主体。今年以来，我市围绕产业链部署创新链，"
        "推动“政产学研用”深度融合，新增高新技术企业 120 家，研发投入占比达到 3.2%。"
        "（数据来源：市统计局）下一步，将继续加大对基础研究——特别是应用基础研究的支持……")
TEXTS = [BODY, "“智创未来”——中天钢铁 2021 年 Annual Report：（5G）、《科技》。 ", "区。\n第二行",
         "A" * 5 + "超长的英文单词 Supercalifragilisticexpialidocious 在窄栏里。"]


@pytest.fixture
def cache(tmp_path, monkeypatch, ready_fonts):
    """A data folder of the test's own, and a process that has read nothing of it yet."""
    monkeypatch.setenv("ISSUEDESK_DATA", str(tmp_path / "data"))
    fresh_process()
    yield composecache.cache_file()
    fresh_process()


def fresh_process() -> None:
    setting._MEMO.clear()
    composecache.forget()


def set_all(layout) -> list:
    """Lines of a few paragraphs in several styles and widths, as a layout sets them."""
    out = []
    for name in ("body", "caption", "title"):
        st = layout.style(name)
        for text in TEXTS:
            for width in (40.0, 85.0):
                out.append(setting.set_text(text, st, layout, width))
    head = layout.style("body")
    spans = (setting.span_key("聚焦开放。", head, layout, bold=True), setting.span_key(BODY, head, layout))
    out.append(setting.set_spans(spans, 60.0, head))
    return out


def composed_count(monkeypatch) -> list:
    calls = []
    original = compose_module.compose_paragraph

    def counting(*a, **kw):
        calls.append(a)
        return original(*a, **kw)
    monkeypatch.setattr(compose_module, "compose_paragraph", counting)
    return calls


def bits(lines) -> list:
    """Every field of every line, floats as their bytes (0.0 and -0.0 differ)."""
    def b(v):
        return struct.pack("<d", v) if isinstance(v, float) else v
    return [(line.text, line.texts, [b(x) for x in line.xs], [b(w) for w in line.widths],
             [b(s) for s in line.shifts], line.styles, b(line.width), b(line.natural),
             b(line.ascent), b(line.descent), line.last, b(line.leading), line.justified)
            for line in lines]


def test_a_fresh_process_gets_the_lines_it_would_compose(cache, monkeypatch):
    layout = load_layout("magazine-16k")
    fresh = set_all(layout)
    assert not cache.exists()           # written at the end of a layout, not per paragraph
    composecache.flush()
    assert cache.is_file()
    fresh_process()
    calls = composed_count(monkeypatch)
    again = set_all(layout)
    assert calls == []                  # nothing composed: every paragraph from the file
    assert [bits(a) for a in again] == [bits(f) for f in fresh]
    assert again == fresh
    assert again[0][0].styles[0] is fresh[0][0].styles[0]     # one object per style, as set
    # the glyphs read the same too
    assert [[tuple(vars_of(g)) for line in a for g in line.glyphs] for a in again] == \
        [[tuple(vars_of(g)) for line in f for g in line.glyphs] for f in fresh]


def vars_of(g):
    return (g.text, g.x, g.width, g.font, g.size, g.color, g.fake_bold, g.shift, g.hscale)


def test_lay_out_writes_the_cache_and_a_second_layout_composes_nothing(cache, monkeypatch, issue_folder):
    from editor.layout.paginate import lay_out
    issue, folder = issue_folder
    first = lay_out(issue, folder)
    assert cache.is_file()
    fresh_process()
    calls = composed_count(monkeypatch)
    second = lay_out(issue, folder)
    assert calls == []
    assert [r.text for r in second.pagemap.lines] == [r.text for r in first.pagemap.lines]
    ops = [(op.x, op.y, bits([op.line])) for p in second.pages for op in p.texts()]
    assert ops == [(op.x, op.y, bits([op.line])) for p in first.pages for op in p.texts()]


def test_no_write_when_nothing_new(cache):
    layout = load_layout("magazine-16k")
    set_all(layout)
    composecache.flush()
    before = cache.stat()
    count = len(marshal.loads(cache.read_bytes())[2])
    fresh_process()
    set_all(layout)
    composecache.flush()
    after = cache.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    # one new paragraph: written again, the old ones kept
    setting.set_text("新的一段。", layout.style("body"), layout, 85.0)
    composecache.flush()
    assert cache.stat().st_ino != before.st_ino         # a new file renamed over the old
    assert len(marshal.loads(cache.read_bytes())[2]) == count + 1


def test_a_changed_font_file_means_composing_again(cache, monkeypatch, tmp_path):
    from reportlab.pdfbase.pdfmetrics import getFont

    from editor.layout.metrics import resolve_font
    layout = load_layout("magazine-16k")
    body = layout.style("body")
    # the body face, pointed at a file of the test's own (the real prepared files are shared)
    face = getFont(resolve_font(layout.font_name(body.font), body.bold)[0]).face
    stand_in = tmp_path / "face.ttf"
    stand_in.write_bytes(b"one")
    monkeypatch.setattr(face, "filename", str(stand_in), raising=False)
    fresh_process()
    setting.set_text(BODY, body, layout, 85.0)
    composecache.flush()
    fresh_process()
    calls = composed_count(monkeypatch)
    setting.set_text(BODY, body, layout, 85.0)
    assert calls == []
    stand_in.write_bytes(b"two, a new version of the face")
    fresh_process()
    setting.set_text(BODY, body, layout, 85.0)
    assert len(calls) == 1


def test_another_composer_version_means_composing_again(cache, monkeypatch):
    layout = load_layout("magazine-16k")
    fresh = set_all(layout)
    composecache.flush()
    monkeypatch.setattr(composecache, "COMPOSER_VERSION", composecache.COMPOSER_VERSION + 1)
    fresh_process()
    calls = composed_count(monkeypatch)
    assert set_all(layout) == fresh
    assert len(calls) == len(fresh)
    composecache.flush()                # and the file now holds this composer's lines
    fresh_process()
    del calls[:]
    set_all(layout)
    assert calls == []


@pytest.mark.parametrize("damage", [
    lambda blob: blob[:len(blob) // 2],                     # torn
    lambda blob: b"\x00garbage" + blob[8:],                 # not marshal at all
    lambda blob: marshal.dumps({"some": "other file"}),     # foreign
    lambda blob: marshal.dumps(marshal.loads(blob)[:2] + ({k: ("bad",) for k in marshal.loads(blob)[2]},)),
])
def test_a_damaged_file_is_ignored_and_written_anew(cache, monkeypatch, damage):
    layout = load_layout("magazine-16k")
    fresh = set_all(layout)
    composecache.flush()
    cache.write_bytes(damage(cache.read_bytes()))
    fresh_process()
    calls = composed_count(monkeypatch)
    assert set_all(layout) == fresh
    assert len(calls) == len(fresh)
    composecache.flush()
    fresh_process()
    del calls[:]
    set_all(layout)
    assert calls == []


def test_a_cache_that_cannot_be_written_is_only_no_cache(tmp_path, monkeypatch, ready_fonts):
    data = tmp_path / "data"
    data.mkdir()
    (data / "cache").write_text("a file where the cache folder would go")
    monkeypatch.setenv("ISSUEDESK_DATA", str(data))
    fresh_process()
    try:
        layout = load_layout("magazine-16k")
        fresh = set_all(layout)
        composecache.flush()                # no error
        fresh_process()
        calls = composed_count(monkeypatch)
        assert set_all(layout) == fresh
        assert len(calls) == len(fresh)
        assert not any(p.name.endswith(".tmp") for p in data.rglob("*"))
    finally:
        fresh_process()


def test_the_file_keeps_the_latest_layouts_paragraphs(cache, monkeypatch):
    layout = load_layout("magazine-16k")
    st = layout.style("body")
    for k in range(8):
        setting.set_text(f"第{k}段。", st, layout, 85.0)
    composecache.flush()
    monkeypatch.setattr(composecache, "MAX_ENTRIES", 5)
    fresh_process()
    calls = composed_count(monkeypatch)
    # a later process uses two old paragraphs and sets a new one: those three are kept
    setting.set_text("第0段。", st, layout, 85.0)
    setting.set_text("第1段。", st, layout, 85.0)
    setting.set_text("新的。", st, layout, 85.0)
    assert len(calls) == 1              # the two old ones came from the file
    composecache.flush()
    kept = {key[0][0][0][0] for key in marshal.loads(cache.read_bytes())[2]}
    assert len(kept) == 5
    assert {"第0段。", "第1段。", "新的。"} <= kept
    assert {"第6段。", "第7段。"} <= kept       # then the newest of the rest


def test_two_writers_leave_one_whole_file(cache):
    layout = load_layout("magazine-16k")
    st = layout.style("body")
    setting.set_text("甲进程的段落。", st, layout, 85.0)
    composecache.flush()
    fresh_process()
    setting.set_text("乙进程的段落。", st, layout, 85.0)
    composecache.flush()
    entries = marshal.loads(cache.read_bytes())[2]
    assert {key[0][0][0][0] for key in entries} == {"甲进程的段落。", "乙进程的段落。"}
    assert [p.name for p in cache.parent.iterdir()] == [cache.name]     # no temporary left


def test_spans_without_text_ask_for_no_font(cache):
    layout = load_layout("magazine-16k")
    st = layout.style("body")
    nowhere = ("", "No Such Family", st.size_pt, False, (0.0, 0.0, 0.0, 1.0))
    assert setting.set_spans((nowhere,), 85.0, st) == []
    lines = setting.set_spans((nowhere, setting.span_key("正文。", st, layout)), 85.0, st)
    assert [line.text for line in lines] == ["正文。"]


def test_packed_lines_come_back_bit_for_bit(ready_fonts):
    from editor.layout.compose import Span, compose_paragraph
    spans = [Span("聚焦开放。", "serif", 9.5, bold=True),
             Span(TEXTS[1] + "  ", "sans", 9.5, color=(0, 1, 1, 0)), Span(BODY, "serif", 10.0)]
    for width in (60.0, 113.0, 241.0):
        for align in ("justify", "left", "center", "right"):
            lines = compose_paragraph(spans, width, first_indent=19.0, align=align)
            text = "".join(s.text for s in spans)
            back = composecache.unpack(composecache.pack(lines, text), text)
            assert bits(back) == bits(lines)
    assert composecache.pack(lines, "not the paragraph") is None


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
def test_an_export_from_the_cache_is_the_export_composed_afresh(demo_master, tmp_path, ready_fonts):
    """Two fresh processes export the demo: the second takes every line from the file (half-width
    twins of the faces included: composing registers them, here they must be registered for the
    lines) and writes the same PDF."""
    env = dict(os.environ, ISSUEDESK_DATA=str(tmp_path / "data"))
    cache = tmp_path / "data" / "cache" / "compose" / composecache.FILE_NAME

    def export(name):
        out = tmp_path / name
        done = subprocess.run([sys.executable, "-m", "editor", "export", str(demo_master), "-o", str(out)],
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        return out

    first = export("first.pdf")
    written = cache.stat()
    kept = [composecache.unpack(entry, "".join(span[0] for span in key[0][0]))
            for key, entry in marshal.loads(cache.read_bytes())[2].items()]
    assert any(st[0].endswith(HALF_SUFFIX) for lines in kept for line in lines for st in line.styles)
    second = export("second.pdf")
    assert (cache.stat().st_ino, cache.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)

    def shown(pdf, folder):
        text = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        folder.mkdir()
        subprocess.run(["pdftoppm", "-r", "36", "-gray", str(pdf), str(folder / "p")], check=True)
        return [line for line in text.splitlines() if "<meta" not in line], \
            [p.read_bytes() for p in sorted(folder.glob("p*.pgm"))]

    assert shown(second, tmp_path / "b") == shown(first, tmp_path / "a")
