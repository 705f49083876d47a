"""Chinese line-breaking rules (GB/T 15834-2011 §5, clreq): which character may not start or end a
line, what is one unbreakable unit, and where a break is merely discouraged.

Pure data and small functions; compose.py does the measuring and placing. The rules we follow
are written down in linebreak.md among the project's shared docs."""
from __future__ import annotations

import re
import unicodedata

# Closing marks and stops: never at the start of a line.
CLOSING = frozenset("、，。．；：？！”’）］｝〕〉》」』】〗〙")
# Middle dot and connectors: not at the start of a line either.
CONNECTORS = frozenset("·～－")
DASHES = frozenset("—―")          # U+2014, and U+2015 which some GB mappings use for 破折号
ELLIPSES = frozenset("…⋯")
# Opening marks: never at the end of a line.
OPENING = frozenset("“‘（［｛〔〈《「『【〖〘")

# What line_violations reports: the rules as linebreak.md states them, nothing stricter.
NO_LINE_START = CLOSING | CONNECTORS | DASHES | ELLIPSES
NO_LINE_END = OPENING

# Stricter for the breaker than for the check: ASCII closers, the slash (clreq's strict set),
# postfix signs and small kana also stay off the line start, ASCII openers off the line end.
_NO_BREAK_BEFORE = NO_LINE_START | frozenset(",.;:!?)]}/／%％‰℃°′″ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー々〻")
_NO_BREAK_AFTER = NO_LINE_END | frozenset("([{")

# Character kinds, one letter each, as compose.py groups and spaces them.
IDEO = "I"       # Han, kana, fullwidth forms, CJK marks not listed below: one em, breakable around
LATIN = "L"      # letters, digits, ASCII punctuation: joined into unbreakable words
SPACE = "S"
NEWLINE = "N"
MARK = "M"       # the CJK punctuation above (closing, opening, connectors, dashes, ellipses)
BRACKET = "B"    # ASCII brackets: units of their own, so "(常州)" breaks like "（常州）"

_SPACES = frozenset(" \t\r\u2002\u2003\u2009\u200a")
_ASCII_BRACKETS = frozenset("()[]{}")
_KIND_CACHE: dict[str, str] = {}

# Measure words and units that a number keeps with it (2021年, 51.8亿元, 122个): a break between
# the number and these is taken only when nothing better is found on the line.
UNIT_CHARS = frozenset("年月日号时分秒亿万千百元角个件项家人名位台套次届期条座所岁米吨克度倍户张辆"
                       "篇部章节页层栋天周斤里亩公平兆％‰℃°")
# A Latin word after a number and a space that is read as its unit (160 GWh, 5 km).
MAX_UNIT_WORD = 5
# A prefix that stays with the number after it (第3期).
NUMBER_PREFIXES = frozenset("第约近逾超")

# Break values between two units.
FORBIDDEN = 0
DISCOURAGED = 1
ALLOWED = 2


def kind(ch: str) -> str:
    k = _KIND_CACHE.get(ch)
    if k is None:
        k = _KIND_CACHE[ch] = _classify(ch)
    return k


def _classify(ch: str) -> str:
    if ch == "\n" or ch == "\u2028":
        return NEWLINE
    if ch in _SPACES:
        return SPACE
    if ch in NO_LINE_START or ch in NO_LINE_END:
        return MARK
    if ch in _ASCII_BRACKETS:
        return BRACKET
    code = ord(ch)
    if code < 0x2E80 and not 0x2460 <= code <= 0x27BF:     # circled numbers etc. are CJK-wide
        return LATIN
    return IDEO


# The composer cuts a paragraph into units in bulk, with regular expressions and str.translate,
# rather than asking kind() character by character; these say the same as _classify.
# A Latin word: a run of the characters _classify calls LATIN (everything below U+2E80 but the
# CJK-wide block, line feeds, spaces, marks and ASCII brackets).
# Spelled as the ranges it allows, not as "[^those\u2e80-\U0010ffff]": the regex compiler marks
# every BMP code point of a class's ranges one by one, and the negated form had 53,000 more of
# them (2.5 ms at each start; this form 0.5 ms).


def _latin_class() -> str:
    """The code points _classify calls LATIN as a regex class: below U+2E80 and outside the
    CJK-wide U+2460–U+27BF, less the line feeds, spaces, marks and brackets among them."""
    other = sorted(ord(ch) for ch in {"\n", "\u2028"} | _SPACES | NO_LINE_START | NO_LINE_END
                   | _ASCII_BRACKETS)
    parts = []
    for lo, hi in ((0, 0x245F), (0x27C0, 0x2E7F)):
        for code in [c for c in other if lo <= c <= hi] + [hi + 1]:
            if code > lo:
                parts.append(re.escape(chr(lo)) + "-" + re.escape(chr(code - 1)))
            lo = code + 1
    return "[" + "".join(parts) + "]"


LATIN_RUN = re.compile(_latin_class() + "+")
# A unit's code: its kind, or PLAIN for a Han-like unit with no rule of its own, so that between
# two PLAIN units a line may always break and no space is added (most of a Chinese paragraph).
PLAIN = "P"


def unit_code(ch: str) -> str:
    k = kind(ch)
    if k == IDEO and ch not in _NO_BREAK_BEFORE and ch not in _NO_BREAK_AFTER \
            and not _fullwidth_alnum(ch):
        return PLAIN
    return k


class _UnitCodes(dict):
    """ord(ch) -> unit_code(ch), filled on first use: a table for str.translate."""
    __slots__ = ()

    def __missing__(self, code: int) -> str:
        c = self[code] = unit_code(chr(code))
        return c


UNIT_CODES = _UnitCodes()


def spaced_from_latin(ch: str) -> bool:
    """Does a quarter em separate this character from an adjacent Latin word or number? Han and
    kana do (常州 2021); symbols such as ％ ℃ do not (79％)."""
    spaced = _GAP_CACHE.get(ch)
    if spaced is None:
        spaced = _GAP_CACHE[ch] = kind(ch) == IDEO and unicodedata.category(ch)[0] in "LN"
    return spaced


_GAP_CACHE: dict[str, bool] = {}


def no_break_before(ch: str) -> bool:
    return ch in _NO_BREAK_BEFORE


def no_break_after(ch: str) -> bool:
    return ch in _NO_BREAK_AFTER


def is_number(word: str) -> bool:
    return bool(word) and word[-1].isdigit()


def is_unit_word(word: str) -> bool:
    return 0 < len(word) <= MAX_UNIT_WORD and word.isalpha() and word.isascii()


def break_value(a: str, a_kind: str, b: str, b_kind: str, spaced: bool) -> int:
    """May a line end after unit `a` and the next start with unit `b`? `spaced`: spaces lie between
    them (they stay at the end of the first line). Units are one character, or a whole Latin word."""
    if b_kind == SPACE or b_kind == NEWLINE:
        return FORBIDDEN
    if a_kind == NEWLINE:
        return ALLOWED
    if b[0] in _NO_BREAK_BEFORE or a[-1] in _NO_BREAK_AFTER:
        return FORBIDDEN
    if a_kind == LATIN:
        if b_kind == LATIN and not spaced:
            return FORBIDDEN            # one word that changes face in the middle
        if is_number(a) and ((b_kind == IDEO and b[0] in UNIT_CHARS)
                             or (b_kind == LATIN and spaced and is_unit_word(b))):
            return DISCOURAGED
    elif a_kind == IDEO:
        if b_kind == LATIN and a[-1] in NUMBER_PREFIXES and b[0].isdigit():
            return DISCOURAGED
        if not spaced and _fullwidth_alnum(a[-1]) and _fullwidth_alnum(b[0]):
            return FORBIDDEN            # ２０２１, ＧＤＰ: a number or word in full-width forms
    return ALLOWED


def _fullwidth_alnum(ch: str) -> bool:
    return "\uff10" <= ch <= "\uff19" or "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a"


def line_violations(text: str) -> list[str]:
    """The rule breaks of one set line (empty: the line is fine). Each is a short label that starts
    with 行首 (bad first character) or 行尾 (bad last character); checks and tests match on these
    prefixes, so they stay as they are in every language.

    The no-start set holds — and …, so a line that begins with the second half of a split pair is
    caught here; that the first half ended the line before shows only across lines: split_pairs."""
    body = text.strip(" \t\r\n\u2028")
    if not body:
        return []
    found = []
    first, last = body[0], body[-1]
    if first in DASHES:
        found.append(f"行首破折号：{first}")
    elif first in ELLIPSES:
        found.append(f"行首省略号：{first}")
    elif first in NO_LINE_START:
        found.append(f"行首禁用标点：{first}")
    if last in NO_LINE_END:
        found.append(f"行尾禁用标点：{last}")
    return found


def split_pairs(lines: list[str]) -> list[str]:
    """The places where —— or …… was split between two consecutive lines of one paragraph."""
    found = []
    for a, b in zip(lines, lines[1:]):
        a, b = a.rstrip(" \t\n"), b.lstrip(" \t")
        if a and b and ((a[-1] in DASHES and b[0] in DASHES) or (a[-1] in ELLIPSES and b[0] in ELLIPSES)):
            found.append(f"拆开的{'破折号' if a[-1] in DASHES else '省略号'}：{a[-1]}|{b[0]}")
    return found


def paragraph_violations(lines: list[str]) -> list[str]:
    """The breaking faults of one paragraph's set lines. Unlike line_violations, a mark that begins
    the paragraph or one that ends it is no fault of the breaker: only breaks are judged."""
    found = []
    for i, text in enumerate(lines):
        for v in line_violations(text):
            if (i > 0 and v.startswith("行首")) or (i < len(lines) - 1 and v.startswith("行尾")):
                found.append(v)
    return found + split_pairs(lines)
