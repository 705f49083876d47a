"""The tricky bits of import-text on small invented issues: joins, kickers, jumps, boxes, figures."""
from __future__ import annotations

from editor.importers.sample_text import import_text
from editor.model import Figure, JumpLine, Note, Paragraph, Sidebar, Subhead


def article(issue, fragment):
    return next(a for a in issue.articles() if fragment in a.title)


def paragraphs(art):
    return [b.text for b in art.blocks if isinstance(b, Paragraph)]


def test_paragraph_cut_by_ocr_is_joined(make_magazine):
    issue = import_text(make_magazine()).issue
    texts = paragraphs(article(issue, "春耕机具"))
    assert texts == ["三月里，县里的农机展在老粮站开幕，二十多家企业带来了插秧机和无人植保机。",
                     "展会第二天，来看的人比第一天多了一倍，不少合作社当场签下订单。"]


def test_finished_paragraphs_stay_apart(make_magazine):
    body = "## 新站启用\n\n气象新站本周启用：\n\n一是测雨；\n\n二是测风。\n"
    texts = paragraphs(article(import_text(make_magazine(extra_body=body)).issue, "新站"))
    assert texts == ["气象新站本周启用：", "一是测雨；", "二是测风。"]


def test_paragraph_cut_round_a_lost_picture(make_magazine):
    body = ("## 新站启用\n\n气象新站建在山顶，四周装了\n\n\n\n站房全景 ■\n\n\n\n"
            "雨量计和风速仪。\n\n\n\n站长（右）在调试仪器（林木摄）\n")
    art = article(import_text(make_magazine(extra_body=body)).issue, "新站")
    kinds = [type(b).__name__ for b in art.blocks]
    assert kinds == ["Paragraph", "Figure", "Figure"]
    assert art.blocks[0].text == "气象新站建在山顶，四周装了雨量计和风速仪。"
    first, second = art.blocks[1], art.blocks[2]
    assert (first.caption, first.group_end, first.credit) == ("站房全景", True, None)
    assert (second.caption, second.credit) == ("站长（右）在调试仪器", "（林木摄）")
    assert first.id != second.id


def test_kicker_in_the_contents_line_and_over_the_title(make_magazine):
    entries = "- 03 县长走访农户——春耕一线看备耕\n"
    body = "县长走访农户——\n\n## 春耕一线看备耕\n\n■ 四月初，县长到三个村走访。\n"
    issue = import_text(make_magazine(entries, body)).issue
    art = article(issue, "春耕一线")
    assert (art.kicker, art.title, art.subtitle) == ("县长走访农户——", "春耕一线看备耕", None)
    assert art.lead_mark and paragraphs(art) == ["四月初，县长到三个村走访。"]
    assert issue.contents[2].article == art.id


def test_kicker_on_the_contents_second_line(make_magazine):
    entries = "- 03 县长走访农户——  \n春耕一线看备耕\n"
    body = "县长走访农户——\n\n## 春耕一线看备耕\n\n四月初，县长到三个村走访。\n"
    issue = import_text(make_magazine(entries, body)).issue
    art = article(issue, "春耕一线")
    assert issue.contents[2].title == "县长走访农户——\n春耕一线看备耕"
    assert (art.kicker, art.title) == ("县长走访农户——", "春耕一线看备耕")


def test_kicker_and_title_in_one_heading(make_magazine):
    entries = "- 03 县长走访农户——春耕一线看备耕\n"
    body = "## 县长走访农户——春耕一线看备耕\n\n四月初，县长到三个村走访。\n"
    art = article(import_text(make_magazine(entries, body)).issue, "春耕一线")
    assert (art.kicker, art.title) == ("县长走访农户——", "春耕一线看备耕")


def test_plain_kicker_line_over_a_heading_title(make_magazine):
    entries = "- 03 全县农技推广的一件大事  \n第一座农机共享仓库开门\n"
    body = "全县农技推广的一件大事\n\n## 第一座农机共享仓库开门\n\n仓库里有六十台农机，\n\n四月起对外出租。\n"
    art = article(import_text(make_magazine(entries, body)).issue, "共享仓库")
    assert (art.kicker, art.title, art.subtitle) == ("全县农技推广的一件大事", "第一座农机共享仓库开门", None)
    assert paragraphs(art) == ["仓库里有六十台农机，四月起对外出租。"]


def test_heading_levels_do_not_decide_what_is_an_article(make_magazine):
    body = ("# 新站启用\n\n县里的气象新站本周启用。\n\n# 站里有什么\n\n雨量计和风速仪各一台。\n\n"
            "## ■ 链接 >>\n\n# 全省的气象站\n\n全省已有一千座气象站。\n")
    issue = import_text(make_magazine(extra_body=body)).issue
    assert len(list(issue.articles())) == 3
    art = article(issue, "新站启用")
    assert [type(b).__name__ for b in art.blocks] == ["Paragraph", "Subhead", "Paragraph", "Sidebar"]
    assert art.blocks[1].text == "站里有什么"
    box = art.blocks[3]
    assert box.title == "全省的气象站" and box.blocks[0].text == "全省已有一千座气象站。"


def test_note_source_and_bold_run_in(make_magazine):
    body = ("## 新站启用\n\n**站点选址。**新站选在山顶。\n\n■（气象办）\n\n## ■ 附注 >>\n\n"
            "新站的数据每小时上传一次。\n")
    art = article(import_text(make_magazine(extra_body=body)).issue, "新站")
    assert art.source == "气象办"
    para, note = art.blocks
    assert para.run_in_head == "站点选址。" and para.text == "站点选址。新站选在山顶。"
    assert isinstance(note, Note) and note.title == "" and note.blocks[0].text.startswith("新站的数据")


def test_continuation_goes_to_the_article_that_jumped(make_magazine):
    """The continuation stands after another article; pages and the cut sentence decide its owner."""
    entries = "- 03 新站启用\n- 05 山区通了光纤\n"
    body = ("## 新站启用\n\n县里的气象新站本周启用，站里装了\n\n■（下转第6页）\n\n"
            "## 山区通了光纤\n\n山区六个村通了光纤。\n\n## ■ (上接第3页)\n\n雨量计和风速仪。\n\n站长说很满意。\n")
    issue = import_text(make_magazine(entries, body)).issue
    station, fibre = article(issue, "新站"), article(issue, "光纤")
    assert paragraphs(fibre) == ["山区六个村通了光纤。"] and not fibre.jump_lines()
    assert paragraphs(station) == ["县里的气象新站本周启用，站里装了雨量计和风速仪。", "站长说很满意。"]
    jumps = [(b.direction, b.page) for b in station.blocks if isinstance(b, JumpLine)]
    assert jumps == [("to", 6), ("from", 3)]
    assert isinstance(station.blocks[1], JumpLine) and isinstance(station.blocks[2], JumpLine)


def test_continuation_without_owner_is_reported_not_glued_on(make_magazine):
    entries = "- 03 新站启用\n"
    body = "## 新站启用\n\n气象新站本周启用。\n\n■（上接第9页）\n\n来历不明的一段续文。\n"
    result = import_text(make_magazine(entries, body))
    station = article(result.issue, "新站")
    assert paragraphs(station) == ["气象新站本周启用。"]
    reported = [u for u in result.unplaced if "续文" in u.reason]
    assert [u.text for u in reported] == ["■（上接第9页）", "来历不明的一段续文。"]


def test_entry_without_article_is_reported(make_magazine):
    entries = "- 03 新站启用\n- 04 一篇不存在的文章\n"
    result = import_text(make_magazine(entries))
    missing = next(e for e in result.issue.contents if "不存在" in e.title)
    assert missing.article is None
    assert any(u.text == "一篇不存在的文章" and "找不到" in u.reason for u in result.unplaced)
    assert len(list(result.issue.articles())) == 3


def test_entries_matched_by_text_not_position(make_magazine):
    # the contents list the two news items the other way round from the pages
    entries = "- 04 山区通了光纤\n- 03 新站启用\n"
    body = "## 新站启用\n\n气象新站本周启用。\n\n## 山区通了光纤\n\n六个村通了光纤。\n"
    issue = import_text(make_magazine(entries, body)).issue
    by_entry = {e.title: issue.article(e.article).title for e in issue.contents}
    assert by_entry["新站启用"] == "新站启用" and by_entry["山区通了光纤"] == "山区通了光纤"


def test_titles_folded_for_matching(make_magazine):
    entries = "- 03 常州“新站”启用：山顶上的气象站\n"
    body = "# 常州 “新站” 启用： 山顶上的 气象站\n\n气象新站本周启用。\n"
    issue = import_text(make_magazine(entries, body)).issue
    art = article(issue, "气象站")
    assert art.title == "常州“新站”启用：山顶上的 气象站"
    assert issue.contents[2].article == art.id


def test_cover_masthead_and_colophon(make_magazine):
    text = make_magazine().replace("# 青溪科技\n\n## 目录", "青溪科技\n\n2024年第5期  \n总第40期  \n2024 年春耕机具展示\n\n# 青溪科技\n\n## 目录")
    issue = import_text(text).issue
    places = {i.place: i for i in issue.imprints}
    assert places["cover"].cumulative == 41 and places["masthead"].cumulative == 40
    assert places["cover"].lines == ["2024 年春耕机具展示"]
    meta = issue.meta
    assert (meta.year, meta.number, meta.cumulative, meta.print_run) == (2024, 5, 41, 800)
    assert meta.permit == "S(2024)01000007" and meta.internal_marking == "内部资料 免费交流"
    assert [(r.role, r.names, r.note) for r in meta.board] == [
        ("主任", ["林木"], None), ("副主任", ["方圆", "石磊"], "(以姓氏笔画为序)")]     # half-width as printed


def test_running_heads_and_folios_leave_the_text(make_magazine):
    body = ("## 新站启用\n\n气象新站建在山顶，四周装了\n\n14\n\n青溪科技 2024年第5期\n\n"
            "雨量计和风速仪。\n\n青溪科技 2024 年第 5 期\n")
    result = import_text(make_magazine(extra_body=body))
    art = article(result.issue, "新站")
    assert paragraphs(art) == ["气象新站建在山顶，四周装了雨量计和风速仪。"]
    heads = [i for i in result.issue.imprints if i.place == "running-head"]
    assert [(h.title, h.year, h.number) for h in heads] == [("青溪科技", 2024, 5)]
    assert any(u.text == "14" and "页码" in u.reason for u in result.unplaced)


def test_article_left_out_of_the_contents_is_kept_apart(make_magazine):
    body = ("## 新站启用\n\n县里的气象新站本周启用。\n\n## 山区通了光纤\n\n■ 山区六个村通了光纤。\n\n"
            "### 站里有什么\n\n雨量计一台。\n")
    result = import_text(make_magazine(extra_body=body))
    issue = result.issue
    station, fibre = article(issue, "新站"), article(issue, "光纤")
    assert paragraphs(station) == ["县里的气象新站本周启用。"]
    assert fibre.lead_mark and not any(e.article == fibre.id for e in issue.contents)
    assert issue.section_of(fibre.id) is issue.section_of(station.id)
    assert result.notes and "山区通了光纤" in result.notes[0]


def test_contents_variants(make_magazine):
    """Page numbers after the title, an unknown banner inside the contents, the board as plain text."""
    text = make_magazine(extra_entries="## 本期导读\n\n- 新站启用 ……… 03\n\n- 山区通了光纤    04\n",
                         extra_body="## 新站启用\n\n气象新站本周启用。\n\n## 山区通了光纤\n\n六个村通了光纤。\n")
    text = text.replace("### 编辑委员会", "编辑委员会")
    issue = import_text(text).issue
    assert [(e.title, e.page) for e in issue.contents][2:] == [("新站启用", 3), ("山区通了光纤", 4)]
    assert all(e.article for e in issue.contents)
    assert [r.role for r in issue.meta.board] == ["主任", "副主任"]


def test_cover_description_inline_or_under_its_heading(make_magazine):
    inline = make_magazine().replace("印数：800 本", "印数：800 本\n\n封面说明：春耕时节的河湾镇（林木摄）")
    heading = make_magazine().replace("印数：800 本", "印数：800 本\n\n### 封面说明\n\n春耕时节的河湾镇(林木摄)")
    for text, credit in ((inline, "（林木摄）"), (heading, "(林木摄)")):
        cover = import_text(text).issue.meta.cover
        assert (cover.description, cover.credit) == ("春耕时节的河湾镇", credit)


def test_photo_pages_after_the_last_article(make_magazine):
    body = ("## 新站启用\n\n气象新站本周启用。\n\n# 春耕掠影\n\n\n\n插秧机下田\n\n\n\n无人机植保（林木摄）\n\n"
            "# 封底\n\n\n\n河湾镇的稻田\n\n\n\n老粮站新貌 ■\n")
    issue = import_text(make_magazine(extra_body=body)).issue
    station = article(issue, "新站")
    assert paragraphs(station) == ["气象新站本周启用。"] and not list(station.figures())
    back = issue.photo_pages
    assert [(p.title, p.position, len(p.figures)) for p in back] == [
        ("春耕掠影", "inside-back", 2), ("封底", "back", 2)]
    assert back[0].figures[1].credit == "（林木摄）" and back[1].figures[1].group_end
    assert len({f.id for _, f in issue.figures()}) == 4
