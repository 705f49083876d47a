"""Property test: over random mixes of Chinese, marks, numbers and Latin words at random measures,
no line breaks the rules, none is wider than the measure, justified lines fill it exactly and the
text comes back unchanged."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HAN = "常州市科学技术局主办内部资料免费交流创新引领未来产业高质量发展的一是了在和有为我国中"
han = st.text(alphabet=HAN, min_size=1, max_size=8)
latin = st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True)
number = st.from_regex(r"[0-9]{1,6}(\.[0-9]{1,2})?%?", fullmatch=True)
named = st.sampled_from(["23.2GWh", "5G", "1+7+4", "2021", "0519-86637820", "TÜV", "SUV", "RNA"])
unit = st.sampled_from(["", "", "个", "亿元", "年", " GWh", "km", "％"])
bracketed = st.tuples(st.sampled_from(["（）", "“”", "《》", "【】", "‘’", "「」", "()"]), han).map(
    lambda t: t[0][0] + t[1] + t[0][1])
piece = st.one_of(
    han, han, han, bracketed, latin,
    st.tuples(number, unit).map("".join), named,
    han.map(lambda h: "——" + h), han.map(lambda h: h + "……"),
    st.tuples(han, han).map("·".join),
)
sep = st.sampled_from(["", "", "", "", "，", "。", "、", "；", "：", "？", "！", " ", "。”", "！”", "），"])
paragraph = st.lists(st.tuples(piece, sep).map("".join), min_size=1, max_size=40).map("".join)


# the fixtures (font name, setter, checker) hold no state, so sharing them across examples is safe
@settings(max_examples=250, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=paragraph, ems=st.floats(10, 30), size=st.sampled_from([9.5, 10.5, 12.0]),
       indent=st.sampled_from([0.0, 2.0]), align=st.sampled_from(["justify"] * 3 + ["left", "center", "right"]))
def test_random_paragraphs_obey_the_rules(font, setter, check, text, ems, size, indent, align):
    width = ems * size
    lines = setter(text, font, width, size, first_indent=indent * size, align=align)
    assert check(lines, text, width, ragged=align != "justify") == []


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.tuples(paragraph, st.booleans(), st.sampled_from([9.5, 10.5])), min_size=1, max_size=4),
       ems=st.floats(12, 30), feed=st.booleans())
def test_mixed_spans_and_line_feeds_obey_the_rules(font, check, parts, ems, feed):
    from editor.layout.compose import Span, compose_paragraph
    spans = [Span(text + ("\n" if feed and i == 0 else ""), font, size, bold=bold)
             for i, (text, bold, size) in enumerate(parts)]
    width = ems * 10.5
    text = "".join(s.text for s in spans)
    lines = compose_paragraph(spans, width, first_indent=21)
    assert check(lines, text, width) == []
    assert all(g.fake_bold == (font == "STSong-Light" and g.text in _bold_text(spans))
               or not g.fake_bold for line in lines for g in line.glyphs)


def _bold_text(spans):
    return "".join(s.text for s in spans if s.bold)
