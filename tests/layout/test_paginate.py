"""Pagination of an issue built in code: page order, folios, contents from the real start pages,
pins, jumps, overset, line records and the cache."""
from __future__ import annotations

import re

import pytest

from editor.layout.paginate import Cancelled, lay_out
from editor.model import JumpLine, Paragraph, Placement

pytestmark = pytest.mark.usefixtures("ready_fonts")


def page_text(pm, index: int) -> str:
    return "\n".join(r.text for r in pm.lines if r.index == index)


def test_page_order_and_folios(issue_folder):
    issue, folder = issue_folder
    pm = lay_out(issue, folder).pagemap
    kinds = [p.kind for p in pm.pages]
    assert kinds[:3] == ["cover", "photos", "contents"]
    assert set(kinds[3:]) == {"article"}
    folios = [p.folio for p in pm.pages[3:]]
    assert folios == list(range(1, len(folios) + 1))
    assert all(p.folio is None for p in pm.pages[:3])
    assert [p.index for p in pm.pages] == list(range(1, len(pm.pages) + 1))


def test_articles_start_in_order_and_contents_follow_the_pages(issue_folder):
    issue, folder = issue_folder
    pm = lay_out(issue, folder).pagemap
    order = [a.id for a in issue.articles()]
    starts = [pm.start_folio(a) for a in order]
    assert starts == sorted(starts) and starts[0] == 1
    assert {c.article: c.folio for c in pm.contents} == dict(zip(order, starts))
    # the entry's printed page (99) is not what the contents print: the pages decide
    first = next(c for c in pm.contents if c.article == "a01")
    assert first.entry == "c01" and first.folio == 1
    for span in pm.articles.values():
        assert span.folios[0] == span.start_folio and span.folios[-1] == span.end_folio
        for f in span.folios:
            assert span.article in pm.page_by_folio(f).articles


def test_running_heads_follow_gb3179(issue_folder):
    issue, folder = issue_folder
    pm = lay_out(issue, folder).pagemap
    for page in pm.pages:
        if page.kind != "article":
            continue
        if page.folio % 2 == 0:
            assert page.running_head == "常州科技 2021年第3期"
        else:
            assert page.running_head == page.section
        assert page.running_head in page_text(pm, page.index)


def test_pinned_article_starts_on_its_page(issue_folder):
    issue, folder = issue_folder
    issue.article("a03").placement = Placement(start_page=7)
    pm = lay_out(issue, folder).pagemap
    assert pm.start_folio("a03") == 7
    assert pm.start_folio("a04") >= 7
    assert not pm.overset
    blank = [p for p in pm.pages if p.kind == "blank"]
    assert all(p.folio < 7 for p in blank)


def test_forced_jump_writes_both_lines_with_the_right_numbers(issue_folder):
    issue, folder = issue_folder
    art = issue.article("a01")
    art.placement = Placement(continue_page=5, break_after=1)
    pm = lay_out(issue, folder).pagemap
    assert len(pm.jumps) == 1
    jump = pm.jumps[0]
    assert jump.article == "a01" and jump.from_folio == pm.start_folio("a01")
    assert jump.to_folio >= 5
    span = pm.articles["a01"]
    assert span.continued_to == jump.to_folio and span.continued_from == jump.from_folio
    from_page = pm.page_by_folio(jump.from_folio).index
    to_page = pm.page_by_folio(jump.to_folio).index
    assert f"■（下转第{jump.to_folio}页）" in page_text(pm, from_page)
    assert f"■（上接第{jump.from_folio}页）" in page_text(pm, to_page)
    # the contents list the start, never the continuation
    assert [c.folio for c in pm.contents if c.article == "a01"] == [jump.from_folio]


def test_jump_from_a_full_page_without_break_after(issue_folder, make):
    issue, folder = issue_folder
    long = make("a09", "一篇很长的文章", 40, placement=Placement(continue_page=6))
    issue.sections[-1].articles.append(long)
    pm = lay_out(issue, folder).pagemap
    jump = next(j for j in pm.jumps if j.article == "a09")
    assert jump.from_folio == pm.start_folio("a09") and jump.to_folio > jump.from_folio
    assert f"下转第{jump.to_folio}页" in page_text(pm, pm.page_by_folio(jump.from_folio).index)
    assert f"上接第{jump.from_folio}页" in page_text(pm, pm.page_by_folio(jump.to_folio).index)
    assert not [o for o in pm.overset if o.article == "a09"]


def test_text_that_cannot_fit_its_pages_is_overset(issue_folder, make):
    issue, folder = issue_folder
    issue.sections[1].articles[0].blocks += [Paragraph.of("很长的正文。" * 200) for _ in range(12)]
    issue.article("a03").placement = Placement(start_page=3)
    issue.article("a04").placement = Placement(start_page=4)
    pm = lay_out(issue, folder).pagemap
    over = [o for o in pm.overset if o.article == "a03"]
    assert over and over[0].chars > 1000 and over[0].message
    assert pm.start_folio("a04") == 4
    assert pm.articles["a03"].end_folio == 3


def test_every_set_line_passes_the_line_breaking_rules(issue_folder, breaking_faults):
    issue, folder = issue_folder
    pm = lay_out(issue, folder).pagemap
    assert len(pm.lines) > 100
    assert breaking_faults(pm.lines) == []


def test_line_records_know_paragraph_ends(issue_folder):
    issue, folder = issue_folder
    issue.article("a04").blocks.append(Paragraph.of("……"))
    pm = lay_out(issue, folder).pagemap
    lone = [r for r in pm.lines if r.text == "……"]
    assert lone and lone[0].first and lone[0].last
    body = [r for r in pm.lines if r.article == "a01" and r.column in (0, 1)]
    assert any(r.first for r in body) and any(not r.first for r in body)


def test_all_text_is_set(issue_folder):
    issue, folder = issue_folder
    pm = lay_out(issue, folder).pagemap
    printed = re.sub(r"\s", "", "".join(r.text for r in pm.lines))
    for art in issue.articles():
        for label, text in art.texts():
            for ch in set(re.sub(r"\s", "", text)):
                assert ch in printed, (art.id, label, ch)
    assert "■（高新处）" in printed


def test_figures_are_placed_with_their_resolution(issue_folder):
    issue, folder = issue_folder
    pm = lay_out(issue, folder).pagemap
    placed = {f.figure: f for f in pm.figures}
    assert {"f1", "f2", "p1", "p2", "p3", "cover"} <= set(placed)
    f1 = placed["f1"]
    assert f1.ppi == pytest.approx(1200 / (f1.width_mm / 25.4), rel=0.01)
    assert placed["cover"].bleeds and not f1.bleeds
    page = pm.pages[f1.index - 1]
    assert "f1" in page.figures and "a01" in page.articles


def test_news_article_uses_three_columns(issue_folder):
    issue, folder = issue_folder
    pm = lay_out(issue, folder).pagemap
    cols = {r.column for r in pm.lines if r.article == "a02"}
    assert cols == {0, 1, 2}
    cols_body = {r.column for r in pm.lines if r.article == "a03"}
    assert cols_body <= {0, 1}


def test_missing_glyph_is_recorded_not_dropped(issue_folder):
    issue, folder = issue_folder
    issue.article("a04").blocks.append(Paragraph.of("私用区字符\ue000在此"))
    pm = lay_out(issue, folder).pagemap
    assert pm.missing_glyphs.get("\ue000") == ["a04"]
    assert any("\ue000" in r.text for r in pm.lines)
    issue.meta.cover.lines.append("封面要目\ue001")
    pm = lay_out(issue, folder).pagemap
    assert pm.missing_glyphs.get("\ue001") == []          # recorded, though no article holds it


def test_missing_glyphs_are_asked_once_and_answered_for_each_layout(issue_folder, monkeypatch):
    """Each distinct character is asked about once across layouts; every layout still records
    exactly the lacking characters its articles hold, each with the articles holding it, in
    article order."""
    from editor.layout import fonts
    issue, folder = issue_folder
    asked = []
    real = fonts.missing_chars
    monkeypatch.setattr(fonts, "missing_chars", lambda chars, fam, bold=False: asked.append(set(chars)) or real(chars, fam, bold))
    ids = [a.id for a in issue.articles()]
    issue.article(ids[-1]).blocks.append(Paragraph.of("私用区\ue010与\ue011"))
    issue.article(ids[0]).blocks.append(Paragraph.of("私用区\ue011"))
    first = lay_out(issue, folder).pagemap.missing_glyphs
    assert first == {"\ue011": [ids[0], ids[-1]], "\ue010": [ids[-1]]}
    assert list(first) == ["\ue011", "\ue010"]
    asked.clear()
    issue.article(ids[0]).blocks.pop()
    again = lay_out(issue, folder).pagemap.missing_glyphs
    assert again == {"\ue010": [ids[-1]], "\ue011": [ids[-1]]}
    assert not any(asked)                   # nothing new to ask about
    issue.article(ids[-1]).blocks.pop()
    assert lay_out(issue, folder).pagemap.missing_glyphs == {}


def test_padding_to_a_multiple_of_four_only_when_asked(issue_folder):
    issue, folder = issue_folder
    plain = lay_out(issue, folder).pagemap
    padded = lay_out(issue, folder, pad_to_4=True).pagemap
    assert padded.page_count % 4 == 0
    assert plain.page_count <= padded.page_count < plain.page_count + 4
    assert all(p.kind == "blank" for p in padded.pages[plain.page_count:])


def test_cancel_stops_the_layout(issue_folder):
    issue, folder = issue_folder
    with pytest.raises(Cancelled):
        lay_out(issue, folder, cancel=lambda: True)


def test_relayout_after_an_edit_changes_only_that_article(issue_folder):
    issue, folder = issue_folder
    before = lay_out(issue, folder)
    issue.article("a04").blocks.append(Paragraph.of("新增的一段文字。"))
    after = lay_out(issue, folder)
    texts = lambda laid, aid: [r.text for r in laid.pagemap.lines if r.article == aid]
    assert texts(before, "a01") == texts(after, "a01")
    assert "新增的一段文字。" in "".join(texts(after, "a04"))
    assert "新增的一段文字。" not in "".join(texts(before, "a04"))


def test_a4_layout_gives_taller_pages(issue_folder):
    issue, folder = issue_folder
    laid = lay_out(issue, folder, "a4")
    assert laid.layout.trim_h_mm == 297 and laid.pagemap.layout == "a4"
    assert all(r.index <= laid.pagemap.page_count for r in laid.pagemap.lines)


def test_the_line_scan_flags_a_bad_break(breaking_faults):
    from editor.layout.pagemap import LineRecord
    bad = LineRecord(5, 0, "，这一行以逗号开头", first=False, last=False)
    opening = LineRecord(5, 0, "……原文以省略号开头", first=True, last=False)
    ends_open = LineRecord(5, 1, "这一行以左引号结尾“", first=False, last=False)
    assert [f[0] for f in breaking_faults([bad, opening, ends_open])] == [5, 5]


def test_printed_jump_line_is_a_hint_where_no_placement_is_set(issue_folder):
    issue, folder = issue_folder
    art = issue.article("a03")
    k = len(art.blocks) // 2
    art.blocks[k:k] = [JumpLine("to", 9), JumpLine("from", 7)]
    pm = lay_out(issue, folder).pagemap
    jump = next(j for j in pm.jumps if j.article == "a03")
    assert jump.from_folio == pm.start_folio("a03") and jump.to_folio == 9
    printed = "\n".join(r.text for r in pm.lines)
    assert "■（下转第9页）" in printed and f"■（上接第{jump.from_folio}页）" in printed
    assert "上接第7页" not in printed          # the imported numbers are not printed
    # the editor's own placement wins over the hint
    art.placement = Placement(start_page=pm.start_folio("a03"))
    pm2 = lay_out(issue, folder).pagemap
    assert not [j for j in pm2.jumps if j.article == "a03"]


def test_back_photo_pages_close_the_issue_after_the_padding(issue_folder):
    from editor.model import Figure, PhotoPage
    issue, folder = issue_folder
    issue.photo_pages += [
        PhotoPage("pp9", title="封底", position="back",
                  figures=[Figure("b1", image="images/p1.jpg", caption="封底照片")]),
        PhotoPage("pp8", title="封三", position="inside-back",
                  figures=[Figure("b2", image="images/p2.jpg", caption="封三照片")]),
    ]
    pm = lay_out(issue, folder, pad_to_4=True).pagemap
    assert pm.page_count % 4 == 0
    assert [p.kind for p in pm.pages[-2:]] == ["photos", "back-cover"]
    assert pm.pages[-1].figures == ["b1"] and pm.pages[-2].figures == ["b2"]
    last_article = max(p.index for p in pm.pages if p.kind == "article")
    assert all(p.kind == "blank" for p in pm.pages[last_article:-2])


def test_a_continuation_does_not_run_onto_a_pinned_page(issue_folder, make):
    issue, folder = issue_folder
    long = make("a09", "很长的文章", 60, placement=Placement(continue_page=5, break_after=2))
    pinned = make("a10", "钉在第6页的文章", 2, placement=Placement(start_page=6))
    issue.sections[-1].articles += [long, pinned]
    pm = lay_out(issue, folder).pagemap
    jump = next(j for j in pm.jumps if j.article == "a09")
    assert jump.to_folio == 5
    assert pm.start_folio("a10") == 6
    assert [o.article for o in pm.overset] == ["a09"]
    assert pm.articles["a09"].end_folio == 5


def test_a_long_contents_takes_a_second_page_and_the_articles_move_on(issue_folder, make):
    issue, folder = issue_folder
    issue.sections[-1].articles += [make(f"m{i:02d}", f"第{i}篇短讯的标题", 1) for i in range(60)]
    pm = lay_out(issue, folder).pagemap
    kinds = [p.kind for p in pm.pages]
    assert kinds[:4] == ["cover", "photos", "contents", "contents"]
    assert pm.pages[4].folio == 1 and pm.pages[4].kind == "article"
    assert len(pm.contents) == len(list(issue.articles()))
    assert all(c.folio == pm.start_folio(c.article) for c in pm.contents)


def test_the_caption_of_a_photo_group_closes_with_the_mark(issue_folder):
    issue, folder = issue_folder
    issue.photo_pages[0].figures[-1].group_end = True
    pm = lay_out(issue, folder).pagemap
    photo_text = page_text(pm, 2)
    assert "观摩项目3 ■" in photo_text and "观摩项目2 ■" not in photo_text
