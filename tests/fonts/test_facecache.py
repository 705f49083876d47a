"""The on-disk copy of ReportLab's font reading gives the same font as parsing the file."""
from __future__ import annotations

import copy
import mmap
import os
import shutil
from pathlib import Path

import pytest

from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from editor.errors import UserError
from editor.layout import facecache, fonts


def _pdf_bytes(font, tmp_path, name) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    pdfmetrics.registerFont(font)
    out = tmp_path / f"{name}.pdf"
    c = Canvas(str(out), invariant=1)
    c.setFont(font.fontName, 12)
    c.drawString(20, 700, "期刊编排台 IssueDesk 2021年，“科技”——常州")
    # enough characters for three subsets, each cut out of the glyph table
    c.drawString(20, 600, "".join(chr(code) for code in range(0x4E00, 0x4E00 + 600)))
    c.showPage()
    c.save()
    return out.read_bytes()


def test_cached_face_is_the_parsed_face(ready_fonts, tmp_path):
    path = tmp_path / "serif.ttf"
    shutil.copy(fonts.font_file("serif"), path)
    cache = tmp_path / "faces"
    parsed = TTFont("FC-Parsed", str(path))
    first = facecache.load_ttfont("FC-First", path, 0, cache)     # parses, writes the entry
    entries = list(cache.glob("*.rlface"))
    assert len(entries) == 1
    cached = facecache.load_ttfont("FC-Cached", path, 0, cache)   # from the entry
    assert set(vars(cached)) == set(vars(parsed))
    assert isinstance(cached.face, type(parsed.face))
    for key, value in vars(parsed.face).items():
        if key != "_pdfScale":
            got = getattr(cached.face, key)
            if key == "_ttf_data":          # mapped, not read (POSIX): the same bytes
                got = got[:]
            assert (list(got) if isinstance(value, list) else got) == value, key
    assert set(vars(cached.face)) - {facecache.LATER_KEY, facecache.FILE_KEY} == set(vars(parsed.face))
    twin = copy.copy(facecache.load_ttfont("FC-Twin", path, 0, cache).face)   # as half_face does
    assert list(twin.glyphPos) == parsed.face.glyphPos
    assert twin.hmetrics[5] == parsed.face.hmetrics[5] and len(twin.hmetrics) == len(parsed.face.hmetrics)
    assert cached.face._pdfScale(2048) == parsed.face._pdfScale(2048)
    assert cached.face.name.ustr == parsed.face.name.ustr
    assert cached.stringWidth("编排 Desk", 10) == parsed.stringWidth("编排 Desk", 10)
    # same embedded subset and page, byte for byte, whatever the font's ReportLab name
    pdf_parsed = _pdf_bytes(parsed, tmp_path, "parsed").replace(b"FC-Parsed", b"FC-X")
    pdf_cached = _pdf_bytes(cached, tmp_path, "cached").replace(b"FC-Cached", b"FC-X")
    assert pdf_cached == pdf_parsed
    assert first.face.charToGlyph == parsed.face.charToGlyph


def test_stale_or_damaged_entry_is_parsed_again(ready_fonts, tmp_path):
    path = tmp_path / "sans.ttf"
    shutil.copy(fonts.font_file("sans"), path)
    cache = tmp_path / "faces"
    facecache.load_ttfont("FC-A", path, 0, cache)
    entry = next(cache.glob("*.rlface"))
    entry.write_bytes(b"\x00 not marshal")
    font = facecache.load_ttfont("FC-B", path, 0, cache)
    assert len(font.face.charToGlyph) > 20000
    # rewritten: the next load reads it back
    stamp = facecache._stamp(path, 0)
    assert facecache._read(entry, stamp) is not None
    # the file changed (other size): the old entry does not match it
    with open(path, "ab") as fh:
        fh.write(b"\0" * 4)
    assert facecache._read(entry, facecache._stamp(path, 0)) is None


def test_missing_chars_agrees_with_fonttools(ready_fonts):
    text = "期刊编排台，“科技”——常州 ABC \U00020000\ue000"
    for family, bold in (("serif", False), ("sans", True)):
        from editor.layout.fonts import _cmap, _font_location
        fonttools = {ch for ch in set(text) if ord(ch) not in _cmap(*_font_location(family, bold))}
        assert fonts.missing_chars(text, family, bold) == fonttools


def test_source_hashes_are_remembered_in_the_fonts_folder(tmp_path, monkeypatch):
    import hashlib
    import json
    import os

    from editor.layout import fontprep
    monkeypatch.setattr(fontprep, "_SHA_CACHE", {})
    src = tmp_path / "source.otf"
    src.write_bytes(b"outlines" * 1000)
    memo = tmp_path / "fonts" / fontprep.SHA_MEMO
    real = hashlib.sha256(src.read_bytes()).hexdigest()
    assert fontprep.sha256(src, memo) == real
    known = json.loads(memo.read_text())
    assert list(known.values()) == [real]
    # a new process (empty in-memory cache) takes the remembered hash without reading the file
    monkeypatch.setattr(fontprep, "_SHA_CACHE", {})
    memo.write_text(json.dumps({k: "remembered" for k in known}))
    assert fontprep.sha256(src, memo) == "remembered"
    # the file changed: hashed again
    monkeypatch.setattr(fontprep, "_SHA_CACHE", {})
    src.write_bytes(b"other outlines" * 1000)
    os.utime(src, ns=(1, 2))
    assert fontprep.sha256(src, memo) == hashlib.sha256(src.read_bytes()).hexdigest()


def test_glyph_table_window_slices_like_the_copy():
    data = bytes(range(256)) * 4
    window, copy_ = facecache._Window(data, 10, 100), data[10:110]
    for a in (None, 0, 5, -3, 99, 100, 150, -200):
        for b in (None, 0, 5, -3, 99, 100, 150, -200):
            assert window[a:b] == copy_[a:b], (a, b)
    assert [window[i] for i in (0, 5, 99, -1, -100)] == [copy_[i] for i in (0, 5, 99, -1, -100)]
    assert window[::3] == copy_[::3] and bytes(window) == copy_ and len(window) == 100


def test_a_subset_made_again_is_the_same_font_file(ready_fonts, tmp_path):
    path = tmp_path / "serif.ttf"
    shutil.copy(fonts.font_file("serif"), path)
    cache = tmp_path / "faces"
    facecache.load_ttfont("FC-S1", path, 0, cache)
    cached = facecache.load_ttfont("FC-S2", path, 0, cache)
    parsed = TTFont("FC-S3", str(path))
    subset = [0] + [ord(ch) for ch in "期刊编排台，科技常州"]
    first = cached.face.makeSubset(subset)
    assert first == parsed.face.makeSubset(subset)
    assert cached.face.makeSubset(list(subset)) is first
    assert cached.face.makeSubset(subset + [ord("新")]) == parsed.face.makeSubset(subset + [ord("新")])


def test_entries_go_beside_our_fonts_or_to_the_user_folder(tmp_path, monkeypatch):
    ours = tmp_path / "fonts"
    ours.mkdir()
    monkeypatch.setenv("ISSUEDESK_FONTS", str(ours))
    monkeypatch.setenv("ISSUEDESK_DATA", str(tmp_path / "data"))
    assert fonts._face_cache_dir(ours / "NotoSerifSC-Regular.ttf") == ours / ".faces"
    # a system font folder is never written to
    assert fonts._face_cache_dir(tmp_path / "usr" / "simsun.ttc") == tmp_path / "data" / "cache" / "faces"


def test_an_entry_loads_with_shared_code_points_and_widths(ready_fonts, tmp_path):
    path = tmp_path / "sans.ttf"
    shutil.copy(fonts.font_file("sans"), path)
    cache = tmp_path / "faces"
    parsed = facecache.load_ttfont("FC-Share1", path, 0, cache)
    cached = facecache.load_ttfont("FC-Share2", path, 0, cache).face
    assert cached.charWidths == parsed.face.charWidths
    assert cached.charToGlyph == parsed.face.charToGlyph
    # charWidths is a copy of charToGlyph given its values: the same code point objects
    assert list(cached.charWidths) == list(cached.charToGlyph)
    assert all(a is b for a, b in zip(cached.charWidths, cached.charToGlyph))
    assert len({id(w) for w in cached.charWidths.values()}) == len(set(cached.charWidths.values()))
    # a glyph number that is also a code point is that code point's object
    glyph = next(g for g in cached.charToGlyph.values() if g > 256 and g in cached.charToGlyph)
    assert glyph is next(c for c in cached.charToGlyph if c == glyph)


def test_faces_that_map_the_same_glyphs_share_one_dict(ready_fonts, tmp_path):
    """Noto Sans SC regular and bold map each character to the same glyph: one charToGlyph for
    both, their own widths."""
    cache = tmp_path / "faces"
    regular, bold = fonts.font_file("sans"), fonts.font_file("sans", True)
    for path in (regular, bold):
        facecache.load_ttfont("FC-Parse", path, 0, cache)
    a = facecache.load_ttfont("FC-Reg", regular, 0, cache).face
    b = facecache.load_ttfont("FC-Bold", bold, 0, cache).face
    assert a.charToGlyph is b.charToGlyph
    assert a.charToGlyph == TTFont("FC-RegP", str(regular)).face.charToGlyph
    assert b.charWidths == TTFont("FC-BoldP", str(bold)).face.charWidths
    assert a.charWidths != b.charWidths
    serif = facecache.load_ttfont("FC-Serif", fonts.font_file("serif"), 0, tmp_path / "other")
    serif = facecache.load_ttfont("FC-Serif2", fonts.font_file("serif"), 0, tmp_path / "other").face
    assert serif.charToGlyph is not a.charToGlyph


def test_a_code_point_without_a_width_stays_without(tmp_path):
    """A cmap entry for a glyph past the metrics: ReportLab maps it but gives it no width (the
    default is used); the entry keeps it so."""
    cached, parsed = _vera(tmp_path, "FC-W")
    code = next(iter(parsed.charToGlyph))
    del parsed.charWidths[code]
    entry = next((tmp_path / "faces").glob("*.rlface"))
    facecache._write(entry, facecache._stamp(tmp_path / "Vera.ttf", 0), parsed)
    again = facecache.load_ttfont("FC-W2", tmp_path / "Vera.ttf", 0, tmp_path / "faces").face
    assert code in again.charToGlyph and code not in again.charWidths
    assert again.charWidths == parsed.charWidths and again.charToGlyph == parsed.charToGlyph


def test_an_entry_with_a_damaged_tail_is_parsed_again(tmp_path):
    cached, parsed = _vera(tmp_path, "FC-T")
    entry = next((tmp_path / "faces").glob("*.rlface"))
    whole = entry.read_bytes()
    entry.write_bytes(whole[:-8])           # head intact, the last table cut short
    font = facecache.load_ttfont("FC-T2", tmp_path / "Vera.ttf", 0, tmp_path / "faces")
    assert font.face.charToGlyph == parsed.charToGlyph and list(font.face.glyphPos) == parsed.glyphPos
    assert entry.read_bytes() == whole                  # written again


@pytest.mark.skipif(os.name == "nt", reason="read, not mapped, on Windows")
def test_a_mapped_face_keeps_the_file_it_was_made_from(ready_fonts, tmp_path):
    path = tmp_path / "serif.ttf"
    shutil.copy(fonts.font_file("serif"), path)
    cache = tmp_path / "faces"
    facecache.load_ttfont("FC-M1", path, 0, cache)
    font = facecache.load_ttfont("FC-M2", path, 0, cache)
    subset = [0] + [ord(ch) for ch in "期刊编排台"]
    assert isinstance(font.face._ttf_data, mmap.mmap)
    # replaced by a rename, as `fonts prepare` does: the face goes on with the file it was read from
    other = tmp_path / "other.ttf"
    shutil.copy(fonts.font_file("sans"), other)
    os.replace(other, path)
    more = subset + [ord("新")]
    assert font.face.makeSubset(more) == TTFont("FC-M3", str(fonts.font_file("serif"))).face.makeSubset(more)
    # rewritten in place: its glyphs may no longer be those measured, so no PDF is made with them
    facecache.load_ttfont("FC-M4", path, 0, cache)      # the entry for the new file
    font = facecache.load_ttfont("FC-M5", path, 0, cache)
    assert isinstance(font.face._ttf_data, mmap.mmap)
    with open(path, "r+b") as fh:
        fh.seek(1000)
        fh.write(b"\0" * 4)
    os.utime(path, ns=(1, 2))
    with pytest.raises(UserError, match="IssueDesk"):
        font.face.makeSubset(subset)


def test_a_file_changed_since_its_stat_is_parsed_not_mapped(ready_fonts, tmp_path):
    path = tmp_path / "sans.ttf"
    shutil.copy(fonts.font_file("sans"), path)
    cache = tmp_path / "faces"
    facecache.load_ttfont("FC-C1", path, 0, cache)
    stamp = facecache._stamp(path, 0)
    os.utime(path, ns=(1, 2))
    assert facecache._file_bytes(path, stamp) is None
    assert facecache._file_bytes(path, facecache._stamp(path, 0)) is not None


def _vera(tmp_path, name):
    import reportlab
    path = tmp_path / "Vera.ttf"
    if not path.exists():
        shutil.copy(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf", path)
    cache = tmp_path / "faces"
    facecache.load_ttfont(f"{name}-0", path, 0, cache)         # parses, writes the entry
    return facecache.load_ttfont(name, path, 0, cache).face, TTFont(f"{name}-P", str(path)).face


def test_our_subsets_are_reportlabs_byte_for_byte(tmp_path):
    """Composite glyphs (accented Latin letters, fractions in Vera), their components, characters
    the font lacks, repeated glyphs, a glyph reached twice (space and no-break space)."""
    from reportlab.pdfbase.ttfonts import TTFontFile
    cached, parsed = _vera(tmp_path, "FC-Sub")
    assert isinstance(cached.hmetrics, facecache._Pairs)
    subsets = [[0], [0, 32, 160, 65], [ord(ch) for ch in "ÀÁÂÃÄÇÈÉÊ¼½¾àáâãäåçèéêëì AEIOUaeiou"],
               [0] + list(range(32, 127)) + list(range(160, 256)) + [0x4E00, 0x2014],
               [ord(ch) for ch in "éeé\u00e9E"], list(range(255, 31, -1))]
    for subset in subsets:
        made = facecache._subset_file(cached, subset)
        assert made is not None
        assert made == TTFontFile.makeSubset(parsed, subset), subset
        assert made == TTFontFile.makeSubset(cached, subset), subset   # ReportLab's code on our face
    # what the face's makeSubset hands ReportLab's writer
    assert cached.makeSubset(subsets[2]) == TTFontFile.makeSubset(parsed, subsets[2])


def test_a_subset_with_a_long_glyph_index_is_reportlabs(ready_fonts, tmp_path):
    from reportlab.pdfbase.ttfonts import TTFontFile
    path = tmp_path / "serif.ttf"
    shutil.copy(fonts.font_file("serif"), path)
    cache = tmp_path / "faces"
    facecache.load_ttfont("FC-L1", path, 0, cache)
    cached = facecache.load_ttfont("FC-L2", path, 0, cache).face
    parsed = TTFont("FC-L3", str(path)).face
    subset = [0] + list(range(0x4E00, 0x4E00 + 1500))      # > 128 KB of glyphs: loca in longs
    made = facecache._subset_file(cached, subset)
    assert made == TTFontFile.makeSubset(parsed, subset)
    head = made.index(b"head")
    at = int.from_bytes(made[head + 8:head + 12], "big")
    assert made[at + 50:at + 52] == b"\0\1"                   # indexToLocFormat: long
    small = [0] + [ord(ch) for ch in "期刊编排台"]
    assert facecache._subset_file(cached, small) == TTFontFile.makeSubset(parsed, small)


def test_a_damaged_composite_glyph_is_left_to_reportlab(tmp_path):
    cached, _ = _vera(tmp_path, "FC-Bad")
    glyph = cached.charToGlyph[ord("À")]
    start = cached.get_table_pos("glyf")[0] + cached.glyphPos[glyph]
    data = bytearray(cached._ttf_data[:])
    # its last component says more follow, past the end of the glyph
    end = cached.get_table_pos("glyf")[0] + cached.glyphPos[glyph + 1]
    at = start + 10
    while True:
        flags = int.from_bytes(data[at:at + 2], "big")
        step = 4 + (4 if flags & 1 else 2) + (2 if flags & 8 else 4 if flags & 0x40 else 8 if flags & 0x80 else 0)
        if not flags & 0x20:
            data[at + 1] |= 0x20
            break
        at += step
    assert at + step <= end
    cached._ttf_data = bytes(data)
    assert facecache._subset_file(cached, [ord("À")]) is None
