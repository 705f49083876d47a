"""The text rules find Han neighbours with is_han() instead of Han character classes in their
patterns (each class cost 2 ms to compile at every start). These tests hold the patterns they
replaced as oracles and compare, over many random strings of the characters that matter
(Han inside and outside each rule's ranges, the marks, dashes, digits of several scripts,
Latin letters, spaces of several kinds), everything the rules read from them. The same for the
scanners made faster since (numbers found from their first digit, paired marks found by the
regex engine instead of a walk over every character)."""
from __future__ import annotations

import random
import re

import pytest

from editor.checks import misprints, names, text
from editor.checks.context import TextPiece

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
OLD_HALF_STOP = re.compile(rf"(?:(?<=[{_HAN}])\s?[,;:?!](?!//))|(?:(?<![\d\sA-Za-z])[,;:?!]\s?(?=[{_HAN}]))")
OLD_HALF_DOT = re.compile(rf"(?<=[{_HAN}])\.(?=\s?[{_HAN}]|\s*$)")
OLD_HAN_RE = re.compile(f"[{_HAN}]")
OLD_NUMBER = re.compile(r"(\s?)(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])(\s?)")
OLD_HYPHEN_RANGE = re.compile(rf"(?<![\d.\-])([1-9]\d{{0,3}}(?:\.\d+)?(?:%|[万亿千百]?[元吨个家项名辆台亩]|万)?)"
                              rf"-(\d+(?:\.\d+)?)(?=\s?[%{_HAN}])")
_DASHES = "—―－–-"
OLD_LONE_DASH = re.compile(rf"(?<=[{_HAN}])(\s?)(?<![{_DASHES}])([{_DASHES}])(?![{_DASHES}])(\s?)(?=[{_HAN}])")
OLD_BROKEN_WORD = re.compile(rf"[A-Z](?: [A-Z])+(?=[{_HAN}])")
_NAME_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
OLD_TOKEN = re.compile(rf"[{_NAME_HAN}（）]+")
OLD_HAN_ONLY = re.compile(rf"[{_NAME_HAN}]+")

ALPHABET = (["中", "文", "一", "统", "系", "高", "资", "京", "年", "园", "局", "院", "公司", "中心", "有限公司",
             "\u3400", "\u4dbf", "\u4dc0", "\uf900", "\ufaff", "\u9fff", "\ua000", "\U00020000"] * 3
            + list(",;:?!.()/%") * 2 + list(_DASHES) * 2 + ["//", "——"]
            + [" ", " ", "\u3000", "\n", "\t", "\x1c", "\xa0"] * 2
            + ["0", "1", "5", "9", "１", "٣", "12", "2021"] * 2
            + ["A", "T", "V", "a", "z", "É", "T V", "A B C"]
            + ["万", "元", "个", "亿", "千", "（", "）", "《", "》", "“", "”", "。", "，", "、"])


# Numbers and what stands around them, for the range rule.
NUMBERS = ["1", "5", "0", "12", "2021", "１", ".", "-", "-", "%", " ", "\u3000", "万", "元", "个", "亿",
           "千", "百", "中", "年", "\uf900", "\U00020000", "a"]


def _strings(seed: int, count: int = 20000, alphabet=ALPHABET):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choices(alphabet, k=rng.randint(0, 14)))


def old_half_width_marks(s: str) -> list[str]:
    hits = []
    for m in list(OLD_HALF_STOP.finditer(s)) + list(OLD_HALF_DOT.finditer(s)):
        hits.append((m.start(), s[max(m.start() - 3, 0):m.end() + 3].strip()))
    for m in re.finditer(r"\(([^()]*)\)", s):
        before = s[m.start() - 1] if m.start() else ""
        after = s[m.end()] if m.end() < len(s) else ""
        if OLD_HAN_RE.search(m.group(1)) or OLD_HAN_RE.match(before) or OLD_HAN_RE.match(after):
            hits.append((m.start(), s[max(m.start() - 3, 0):m.end() + 2].strip()))
    return [ctx for _, ctx in sorted(hits)]


def old_spacing_counts(s: str):
    spaced, tight, examples = 0, 0, []
    for m in OLD_NUMBER.finditer(s):
        before = s[m.start(2) - 1] if m.start(2) else ""
        after = s[m.end(2)] if m.end(2) < len(s) else ""
        han_before = m.start() > 0 and OLD_HAN_RE.match(s[m.start() - 1] if m.group(1) else before)
        han_after = m.end() < len(s) and (OLD_HAN_RE.match(s[m.end()]) or s[m.end()] == "%")
        if not (han_before or han_after):
            continue
        if (m.group(1) and han_before) or (m.group(3) and han_after):
            spaced += 1
            examples.append(s[max(m.start() - 1, 0):m.end() + 1])
        elif not (before.isspace() or after.isspace()):
            tight += 1
    return spaced, tight, examples


def old_lone_dash_spans(s: str):
    return [(m.start(), m.end(), m.group(1), m.group(2), m.group(3)) for m in OLD_LONE_DASH.finditer(s)]


def old_names(texts):
    import bisect
    found = {}
    for piece in texts:
        s = piece.text
        ends = [m.end() for m in names._SUFFIX_RE.finditer(s)]
        if not ends:
            continue
        runs = [(m.start(), m.end()) for m in OLD_TOKEN.finditer(s)]
        starts = [r[0] for r in runs]
        for end in ends:
            run_start = runs[bisect.bisect_right(starts, end - 1) - 1][0]
            cut = max(run_start, end - names._LONGEST)
            before = s[run_start - 1] if run_start else ""
            whole = cut == run_start and not (before.isalnum() or before.isspace())
            name = s[cut:end]
            found[name] = found.get(name, False) or whole
    return found


@pytest.mark.parametrize("seed", [1, 2])
def test_punctuation_width_as_the_patterns_found_it(seed):
    for s in _strings(seed):
        assert text._half_width_marks(s) == old_half_width_marks(s), repr(s)
        assert text._spacing_counts(s) == old_spacing_counts(s), repr(s)


@pytest.mark.parametrize("seed", [3, 4])
def test_number_ranges_as_the_pattern_found_them(seed):
    for s in _strings(seed, alphabet=NUMBERS):
        new = [text._with_unit(s, m) for m in text._HYPHEN_RANGE.finditer(s) if text._han_or_percent_next(s, m.end())]
        assert new == [text._with_unit(s, m) for m in OLD_HYPHEN_RANGE.finditer(s)], repr(s)


@pytest.mark.parametrize("seed", [5, 6])
def test_dashes_and_broken_words_as_the_patterns_found_them(seed):
    for s in _strings(seed):
        assert list(misprints._lone_dash_spans(s)) == old_lone_dash_spans(s), repr(s)
        new = [m.span() for m in misprints._BROKEN_WORD.finditer(s) if text.is_han(text._at(s, m.end()))]
        assert new == [m.span() for m in OLD_BROKEN_WORD.finditer(s)], repr(s)


@pytest.mark.parametrize("seed", [7, 8])
def test_name_tokens_as_the_patterns_found_them(seed):
    rng = random.Random(seed)
    long_names = ["常州市科学技术博物馆", "上海原能细胞科技集团有限公司", "国立高端装备创新中心（常州）有限公司",
                  "武进国家高新区", "省级华罗庚高新区管委会"]
    for s in _strings(seed, 10000):
        s = s + rng.choice(long_names) * rng.randint(0, 3) + s[::-1]
        piece = TextPiece(s, "paragraph")
        assert names._names([piece]) == old_names([piece]), repr(s)
        for k in range(len(s)):
            window = s[k:k + 3]
            assert names._all_han(window) == bool(OLD_HAN_ONLY.fullmatch(window)), repr(window)


def test_every_code_point_is_han_as_the_classes_said():
    for c in range(0x110000):
        ch = chr(c)
        assert text.is_han(ch) == bool(OLD_HAN_RE.match(ch)), hex(c)
        assert names._is_han(ch) == bool(OLD_HAN_ONLY.match(ch)), hex(c)
    assert not text.is_han("") and not names._all_han("")


@pytest.mark.parametrize("seed", [9, 10])
def test_numbers_as_the_pattern_with_spaces_found_them(seed):
    """_numbers() (a pattern that begins with the digit, spaces read around it) against the
    pattern that took a space on either side itself."""
    for s in _strings(seed, alphabet=NUMBERS + ["\n", "\t", "\u3000", "٣", "2.5", ".5"]):
        old = [(m.start(2), m.end(2), bool(m.group(1)), bool(m.group(3))) for m in OLD_NUMBER.finditer(s)]
        assert list(text._numbers(s)) == old, repr(s)


def old_unbalanced(s: str):
    stack, bad = [], []
    for i, ch in enumerate(s):
        if ch in text._OPEN:
            stack.append((i, ch))
        elif ch in text._CLOSE:
            if ch == "’" and 0 < i < len(s) - 1 and s[i - 1].isascii() and s[i + 1].isascii() and s[i - 1].isalpha():
                continue
            if stack and stack[-1][1] == text._CLOSE[ch]:
                stack.pop()
            elif any(o == text._CLOSE[ch] for _, o in stack):
                while stack and stack[-1][1] != text._CLOSE[ch]:
                    bad.append(stack.pop())
                stack.pop()
            else:
                bad.append((i, ch))
    return sorted(bad + stack)


@pytest.mark.parametrize("seed", [11])
def test_paired_marks_as_the_character_walk_found_them(seed):
    """_unbalanced() visits the marks the regex finds; it used to walk every character."""
    marks = list(text._OPEN) + list(text._CLOSE) + ["China", "s", "’", "'", "a’b", "中文", " "]
    for s in _strings(seed, alphabet=ALPHABET + marks * 2):
        assert text._unbalanced(s) == old_unbalanced(s), repr(s)


@pytest.mark.parametrize("seed", [12])
def test_sentences_as_the_lookbehind_split_cut_them(seed):
    old = re.compile(r"(?<=[。！？])")
    for s in _strings(seed, alphabet=ALPHABET + ["。", "！", "？", "。。", "？」"] * 3):
        assert list(text._sentences(s)) == old.split(s), repr(s)
