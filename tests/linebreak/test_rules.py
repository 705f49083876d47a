"""The rules themselves: character kinds, break values, and the line check."""
from __future__ import annotations

import pytest

from editor.layout import linebreak as lb


@pytest.mark.parametrize("ch", list("、，。．；：？！”’）］｝〕〉》」』】〗〙…—·～－"))
def test_marks_that_may_not_start_a_line(ch):
    assert lb.line_violations(ch + "常州") != []
    assert lb.line_violations("常州" + ch) == []


@pytest.mark.parametrize("ch", list("“‘（［｛〔〈《「『【〖〘"))
def test_marks_that_may_not_end_a_line(ch):
    assert lb.line_violations("常州" + ch) != []
    assert lb.line_violations(ch + "常州") == []


def test_a_clean_line_has_no_violations():
    assert lb.line_violations("常州市122个项目参加集中开工，") == []
    assert lb.line_violations("") == []


def test_trailing_space_does_not_hide_a_bad_line_end():
    assert lb.line_violations("常州（ ") == ["行尾禁用标点：（"]


def test_split_pairs_between_lines():
    assert lb.split_pairs(["企业—", "—持续"]) != []
    assert lb.split_pairs(["创新……", "推动"]) == []
    assert lb.split_pairs(["创新…", "…推动"]) != []


def test_paragraph_violations_judge_breaks_only():
    # a paragraph that is only an ellipsis, or ends in an opening mark, is not the breaker's fault
    assert lb.paragraph_violations(["……"]) == []
    assert lb.paragraph_violations(["常州", "。常州"]) == ["行首禁用标点：。"]
    assert lb.paragraph_violations(["常州“", "常州"]) == ["行尾禁用标点：“"]


@pytest.mark.parametrize("ch, kind", [("常", lb.IDEO), ("a", lb.LATIN), ("5", lb.LATIN), ("Ü", lb.LATIN),
                                      (" ", lb.SPACE), ("，", lb.MARK), ("（", lb.MARK), ("(", lb.BRACKET),
                                      ("\n", lb.NEWLINE), ("—", lb.MARK), ("％", lb.IDEO), ("\u3000", lb.IDEO)])
def test_kinds(ch, kind):
    assert lb.kind(ch) == kind


def test_break_values():
    bv = lb.break_value
    assert bv("常", lb.IDEO, "州", lb.IDEO, False) == lb.ALLOWED
    assert bv("常", lb.IDEO, "，", lb.MARK, False) == lb.FORBIDDEN
    assert bv("（", lb.MARK, "常", lb.IDEO, False) == lb.FORBIDDEN
    assert bv("—", lb.MARK, "—", lb.MARK, False) == lb.FORBIDDEN
    assert bv("122", lb.LATIN, "个", lb.IDEO, False) == lb.DISCOURAGED
    assert bv("160", lb.LATIN, "GWh", lb.LATIN, True) == lb.DISCOURAGED
    assert bv("第", lb.IDEO, "3", lb.LATIN, False) == lb.DISCOURAGED
    assert bv("5", lb.LATIN, "G", lb.LATIN, False) == lb.FORBIDDEN
    assert bv("Hello", lb.LATIN, "world", lb.LATIN, True) == lb.ALLOWED
    assert bv("常", lb.IDEO, "2021", lb.LATIN, False) == lb.ALLOWED
    assert bv("常", lb.IDEO, " ", lb.SPACE, False) == lb.FORBIDDEN
    assert bv("州", lb.IDEO, ")", lb.BRACKET, False) == lb.FORBIDDEN
    assert bv("(", lb.BRACKET, "常", lb.IDEO, False) == lb.FORBIDDEN


def test_which_characters_keep_a_quarter_em_from_latin():
    assert lb.spaced_from_latin("常") and lb.spaced_from_latin("〇") and lb.spaced_from_latin("カ")
    assert not lb.spaced_from_latin("％") and not lb.spaced_from_latin("，") and not lb.spaced_from_latin("a")


def test_fullwidth_digits_and_letters_hold_together():
    assert lb.break_value("２", lb.IDEO, "０", lb.IDEO, False) == lb.FORBIDDEN
    assert lb.break_value("Ｇ", lb.IDEO, "Ｄ", lb.IDEO, False) == lb.FORBIDDEN
    assert lb.break_value("１", lb.IDEO, "年", lb.IDEO, False) == lb.ALLOWED
