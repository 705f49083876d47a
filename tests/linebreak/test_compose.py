"""Targeted cases of line composition: the marks, pairs and numbers the rules are about."""
from __future__ import annotations

import pytest

from editor.layout.compose import Span, compose_paragraph

SIZE = 10.0
HAN = "常州市科学技术局主办内部资料免费交流创新引领未来产业高质量发展"


def lines_at(setter, font, text, ems, **kw):
    return setter(text, font, ems * SIZE, SIZE, **kw)


def texts(lines):
    return [line.text for line in lines]


def test_plain_han_fills_lines_of_whole_ems(setter, check, font):
    text = HAN * 2
    lines = lines_at(setter, font, text, 10)
    assert check(lines, text, 100) == []
    assert [len(t) for t in texts(lines)[:-1]] == [10] * (len(text) // 10)
    assert all(abs(g.width - SIZE) < 1e-9 for g in lines[0].glyphs)


def test_stop_that_would_start_a_line_is_pushed_in(setter, check, font):
    text = "常州市科学技术局主办，内部资料"     # the comma would be the 11th em
    lines = lines_at(setter, font, text, 10)
    assert check(lines, text, 100) == []
    assert texts(lines)[0] == "常州市科学技术局主办，"
    assert lines[0].glyphs[-1].width == pytest.approx(SIZE / 2)      # set in half its width


def test_stop_and_quote_at_line_end(setter, check, font):
    # 。” together: 1.5 em; both at the end of a full line they must still fit
    text = "常州市科学技术局主“办。”内部资料"
    lines = lines_at(setter, font, text, 11)
    assert check(lines, text, 110) == []
    assert not texts(lines)[1].startswith(("。", "”"))
    # pushed in: the pair gives 0.5 em, the quote at the end another 0.5 em, spacing the rest
    assert texts(lines)[0] == "常州市科学技术局主“办。”"
    assert lines[0].glyphs[-1].width == pytest.approx(SIZE / 2)


def test_adjacent_marks_take_one_and_a_half_em(setter, font):
    lines = lines_at(setter, font, "常州。”市科", 20)
    g = {x.text: x for x in lines[0].glyphs}
    assert g["”"].x - g["。"].x == pytest.approx(SIZE / 2)
    assert g["市"].x - g["。"].x == pytest.approx(1.5 * SIZE)


def test_opening_bracket_is_never_left_at_a_line_end(setter, check, font):
    for k in range(1, 12):
        text = HAN[:k] + "（二〇二一年）" + HAN
        lines = lines_at(setter, font, text, 10)
        assert check(lines, text, 100) == [], k
        assert not any(t.rstrip().endswith("（") for t in texts(lines)[:-1])


@pytest.mark.parametrize("pair", ["——", "……"])
def test_pairs_are_never_split_nor_start_a_line(setter, check, font, pair):
    for k in range(1, 14):
        text = HAN[:k] + pair + HAN
        lines = lines_at(setter, font, text, 10)
        assert check(lines, text, 100) == [], (k, texts(lines))
        assert sum(t.count(pair) for t in texts(lines)) == 1


def test_dash_pair_is_two_ems_drawn_without_a_gap(setter, font):
    from editor.layout.compose import ink, resolve_font
    lines = lines_at(setter, font, "企业——持续强化创新引领推动产业转型升级", 12)
    line = lines[0]
    dashes = [g for g in line.glyphs if g.text == "—"]
    assert dashes[1].x == pytest.approx(dashes[0].x + dashes[0].width)
    assert [d.width for d in dashes] == [pytest.approx(SIZE)] * 2
    edges = ink(resolve_font(font, False)[0], "—")
    if edges is not None:           # the ink, as drawn, runs from one end of the pair to the other
        for d in dashes:
            assert d.x + d.shift + edges[0] * SIZE * d.hscale == pytest.approx(d.x, abs=0.01)
            assert d.x + d.shift + edges[1] * SIZE * d.hscale == pytest.approx(d.x + SIZE, abs=0.01)


@pytest.mark.parametrize("word", ["23.2GWh", "5G", "1+7+4", "2021", "0519-86637820",
                                  "http://kjj.changzhou.gov.cn/", "TÜV"])
def test_numbers_and_words_are_not_split(setter, check, font, word):
    for k in range(0, 16):
        text = HAN[:k] + word + HAN
        lines = lines_at(setter, font, text, 16)
        assert check(lines, text, 160) == []
        assert any(word in t for t in texts(lines)), (k, texts(lines))


def test_number_stays_with_its_unit(setter, check, font):
    # at a column's measure (25 em), wherever the line fills up around the number, a break
    # between 51.8 and 亿元 is possible but discouraged: the number goes down with its unit, or
    # the unit is pushed in
    long_han = HAN * 2
    for k in range(18, 27):
        text = long_han[:k] + "51.8亿元，" + long_han
        lines = lines_at(setter, font, text, 25)
        assert check(lines, text, 250) == []
        assert any("51.8亿" in t for t in texts(lines)), (k, texts(lines))
    for k in range(16, 25):
        text = long_han[:k] + "容量160 GWh" + long_han
        lines = lines_at(setter, font, text, 25)
        assert check(lines, text, 250) == []
        assert any("160 GWh" in t for t in texts(lines)), (k, texts(lines))


def test_latin_word_longer_than_the_line_is_broken_by_characters(setter, check, font):
    word = "Supercalifragilisticexpialidocious" * 2
    text = "常州" + word + "常州"
    lines = lines_at(setter, font, text, 8)
    assert check(lines, text, 80) == []
    assert len(lines) > 2
    assert all(line.end <= 80 + 0.01 for line in lines)


def test_quarter_em_between_han_and_latin_and_spaces_normalised(setter, font):
    a = lines_at(setter, font, "全年申请专利7738件", 30)[0]
    b = lines_at(setter, font, "全年申请专利 7738 件", 30)[0]
    assert a.natural == pytest.approx(b.natural)
    g = {x.text: x for x in a.glyphs}
    assert g["7738"].x - (g["利"].x + g["利"].width) == pytest.approx(SIZE / 4)


def test_no_quarter_em_at_line_end(setter, check, font):
    text = HAN[:9] + "5G" + HAN[9:20]
    lines = lines_at(setter, font, text, 10)
    assert check(lines, text, 100) == []


def test_first_indent_and_last_line(setter, check, font):
    text = HAN * 2
    lines = lines_at(setter, font, text, 10, first_indent=2 * SIZE)
    assert check(lines, text, 100) == []
    assert lines[0].glyphs[0].x == pytest.approx(2 * SIZE)
    assert len(lines[0].text) == 8
    last = lines[-1]
    assert last.last and not last.justified
    assert last.glyphs[1].x - last.glyphs[0].x == pytest.approx(SIZE)     # natural spacing


@pytest.mark.parametrize("align", ["left", "center", "right"])
def test_other_alignments(setter, font, align):
    lines = lines_at(setter, font, "常州科技", 10, align=align)
    x0 = lines[0].glyphs[0].x
    assert x0 == pytest.approx({"left": 0, "center": 30, "right": 60}[align])


def test_unknown_alignment_is_refused(font):
    with pytest.raises(ValueError):
        compose_paragraph([Span("常州", font, SIZE)], 100, align="middle")


def test_spans_keep_their_faces_and_colours(font):
    red = (0, 1, 1, 0)
    lines = compose_paragraph([Span("聚力创新，", font, SIZE, bold=True), Span("高起点建设", font, SIZE, color=red)],
                              100)
    g = lines[0].glyphs
    assert [x.text for x in g][:5] == list("聚力创新，")
    assert g[5].color == red and g[0].color is None
    assert g[0].size == SIZE


def test_colour_in_percent_is_refused(font):
    with pytest.raises(ValueError):
        compose_paragraph([Span("常州", font, SIZE, color=(0, 0, 0, 100))], 100)


def test_line_feed_ends_a_line(setter, check, font):
    text = "常州科技\n内部资料"
    lines = lines_at(setter, font, text, 20)
    assert texts(lines) == ["常州科技\n", "内部资料"]
    assert check(lines, text, 200) == []


def test_empty_input_gives_no_lines(font):
    assert compose_paragraph([], 100) == []
    assert compose_paragraph([Span("", font, SIZE)], 100) == []


def test_paragraph_does_not_end_in_one_lone_character(setter, check, font):
    text = (HAN * 2)[:51] + "。"                # first fit: 25, 25, then 1 character and its stop
    lines = lines_at(setter, font, text, 25)
    assert check(lines, text, 250) == []
    # pulled up (the last line squeezed by 1 em over 25 gaps) or one more sent down
    assert len(lines[-1].text) >= 3
    assert lines[-2].justified and lines[-2].end == pytest.approx(250, abs=0.01)
    # in a narrow column sending a character down would spread the line above too much
    text = HAN[:21] + "。"
    assert texts(lines_at(setter, font, text, 10))[-1] == HAN[20] + "。"


def test_no_quarter_em_before_a_fullwidth_percent(setter, font):
    line = lines_at(setter, font, "占79％", 20)[0]
    g = {x.text: x for x in line.glyphs}
    assert g["％"].x == pytest.approx(g["79"].x + g["79"].width)
    assert g["79"].x == pytest.approx(g["占"].x + SIZE + SIZE / 4)


@pytest.mark.parametrize("align", ["left", "center"])
def test_titles_break_between_phrases(setter, check, font, align):
    text = "智创未来 谋局而定 中天钢铁为世界一流作创新注解"
    lines = lines_at(setter, font, text, 16, align=align)
    assert check(lines, text, 160, ragged=True) == []
    assert texts(lines) == ["智创未来 谋局而定 ", "中天钢铁为世界一流作创新注解"]
    # justified body text fills its lines instead
    body = lines_at(setter, font, text, 16)
    assert len(body[0].text.strip()) > len("智创未来 谋局而定")
