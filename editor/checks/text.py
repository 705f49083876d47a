"""Rules on the running text: punctuation widths and pairs (GB/T 15834), number style
(GB/T 15835), doubled words."""
from __future__ import annotations

import re
from collections import Counter

from editor.i18n import t
from editor.model import Paragraph

from .fold import short
from .registry import finding, rule

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# The rules test a character for Han with is_han() instead of a [_HAN] class in their patterns:
# the regex compiler walks each of the class's 28,000 code points, 2 ms for every class at each
# start of the program, and these rules had eleven. The patterns find the rare marks; is_han
# looks at their neighbours.


def is_han(ch: str) -> bool:
    """One character of _HAN ("" is not)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _at(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else ""


_STOP = re.compile(r"[,;:?!]")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _half_stops(text: str):
    r"""(start, end) of each half-width , ; : ? ! with Chinese on one side, one space allowed
    between: Han before it (and no // of a web address after it), or Han after it where it does
    not follow a digit, a space or a Latin letter (1,000 and 3:1 stay). Left to right and not
    overlapping, the matches of the pattern this replaced:
    (?<=[Han])\s?[,;:?!](?!//) | (?<![\d\sA-Za-z])[,;:?!]\s?(?=[Han])"""
    end = 0
    for m in _STOP.finditer(text):
        d = m.start()
        if d < end:
            continue
        after_ok = text[d + 1:d + 3] != "//"
        if d - 1 >= end and _at(text, d - 1).isspace() and is_han(_at(text, d - 2)) and after_ok:
            span = (d - 1, d + 1)            # Han, a space, the mark
        elif is_han(_at(text, d - 1)) and after_ok:
            span = (d, d + 1)                # Han, the mark
        elif d and (text[d - 1].isdecimal() or text[d - 1].isspace() or text[d - 1] in _LATIN):
            continue
        elif _at(text, d + 1).isspace() and is_han(_at(text, d + 2)):
            span = (d, d + 2)                # the mark, a space (Han follows)
        elif is_han(_at(text, d + 1)):
            span = (d, d + 1)                # the mark (Han follows)
        else:
            continue
        end = span[1]
        yield span


def _half_dots(text: str):
    r"""Positions of a half-width full stop after Han, before Han (one space allowed) or at the
    end: the matches of (?<=[Han])\.(?=\s?[Han]|\s*$)."""
    d = text.find(".")
    while d >= 0:
        if is_han(_at(text, d - 1)) and (is_han(_at(text, d + 1)) or not text[d + 1:].strip()
                                        or (text[d + 1].isspace() and is_han(_at(text, d + 2)))):
            yield d
        d = text.find(".", d + 1)


_HALF_PARENS = re.compile(r"\(([^()]*)\)")


def _half_width_marks(text: str) -> list[str]:
    """The half-width marks standing in Chinese text, each with a little context."""
    hits = []
    for start, end in _half_stops(text):
        hits.append((start, text[max(start - 3, 0):end + 3].strip()))
    for start in _half_dots(text):
        hits.append((start, text[max(start - 3, 0):start + 4].strip()))
    for m in _HALF_PARENS.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if any(map(is_han, m.group(1))) or is_han(before) or is_han(after):
            hits.append((m.start(), text[max(m.start() - 3, 0):m.end() + 2].strip()))
    return [ctx for _, ctx in sorted(hits)]


@rule("PUNCT-WIDTH", "warning", "text",
      title=("中文里用了半角标点", "Half-width punctuation in Chinese text"),
      explain=("中文行文中的逗号、句号、分号、冒号、问号、叹号和括号应使用全角形式（，。；：？！（））（GB/T 15834）。"
               "数字内部（1,000、3:1）和外文里的半角标点不在此列。把半角标点改为全角。",
               "In Chinese text , . ; : ? ! ( ) take their full-width forms (，。；：？！（）) "
               "(GB/T 15834). Marks inside numbers (1,000, 3:1) and inside Latin text are fine. "
               "Replace the half-width marks."))
def punct_width(ctx):
    for piece in ctx.printed_texts:
        hits = _half_width_marks(piece.text)
        if hits:
            yield finding("PUNCT-WIDTH", t("半角标点 {n} 处：{examples}", "{n} half-width marks: {examples}",
                                           n=len(hits), examples=" / ".join(f"“{h}”" for h in hits[:3])),
                          **piece.location, data={"examples": hits})


_OPEN = {"“": "”", "‘": "’", "《": "》", "（": "）", "【": "】", "〈": "〉", "「": "」", "『": "』"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_ENDS = tuple("。！？…；：”’）》」』】.!?") + ("——",)


# The paired marks, found by the regex engine: a Python step per character of the issue's
# text cost ~3 ms, compiling this class ~0.5 ms once.
_PAIRED = re.compile("[" + "".join(_OPEN) + "".join(_CLOSE) + "]")


def _unbalanced(text: str) -> list[tuple[int, str]]:
    """(position, mark) of every mark that has no partner."""
    stack: list[tuple[int, str]] = []
    bad = []
    for m in _PAIRED.finditer(text):
        i, ch = m.start(), m.group()
        if ch in _OPEN:
            stack.append((i, ch))
        elif ch in _CLOSE:
            if ch == "’" and 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i + 1].isascii() \
                    and text[i - 1].isalpha():
                continue     # an apostrophe in Latin text: China’s
            if stack and stack[-1][1] == _CLOSE[ch]:
                stack.pop()
            elif any(o == _CLOSE[ch] for _, o in stack):
                while stack and stack[-1][1] != _CLOSE[ch]:
                    bad.append(stack.pop())
                stack.pop()
            else:
                bad.append((i, ch))
    return sorted(bad + stack)


def _article_runs(art):
    """Paragraph texts of an article joined where a paragraph runs on into the next (a break
    that came from a page or column, so it does not end a sentence): (block index, text)."""
    runs: list[tuple[int, str]] = []
    joining = False
    for i, b in enumerate(art.blocks):
        if not isinstance(b, Paragraph):
            joining = False
            continue
        text = b.text.strip()
        if joining and runs:
            runs[-1] = (runs[-1][0], runs[-1][1] + text)
        else:
            runs.append((i, text))
        joining = bool(text) and not text.endswith(_ENDS)
    return runs


def _pieces_for_pairs(ctx):
    """(location, text) to check for pairs: joined paragraph runs of articles, every other piece as is."""
    by_article: dict[str, list] = {}
    for art in ctx.articles:
        by_article[art.id] = _article_runs(art)
    done = set()
    for piece in ctx.printed_texts:
        art = ctx.article_by_id.get(piece.article) if piece.article else None
        if art is not None and piece.block is not None and piece.block < len(art.blocks) \
                and isinstance(art.blocks[piece.block], Paragraph):
            if piece.article not in done:
                done.add(piece.article)
                for block, text in by_article[piece.article]:
                    yield {"article": piece.article, "block": block}, text
            continue
        yield piece.location, piece.text


@rule("PUNCT-PAIR", "warning", "text",
      title=("成对标点不配对", "Paired punctuation unbalanced"),
      explain=("引号“”‘’、书名号《》、括号（）【】应成对出现。按跨段引文的习惯，只有开引号的段落后接以开引号起头的段落时不算错。"
               "补上缺失的一半，或删去多余的一个。",
               "Quotes “” ‘’, title marks 《》 and brackets （）【】 come in pairs. A quotation "
               "running over paragraphs may leave each paragraph open when the next opens again. "
               "Add the missing half, or remove the extra one."))
def punct_pair(ctx):
    pending = None     # an open quote left at the end of the previous run of the same article
    for loc, text in _pieces_for_pairs(ctx):
        bad = _unbalanced(text)
        if pending is not None:
            ploc, ptext, pbad = pending
            if not (ploc.get("article") == loc.get("article") and text.startswith("“")
                    and all(m == "“" for _, m in pbad)):
                yield _pair_finding(ploc, ptext, pbad)
            pending = None
        if not bad:
            continue
        if all(m == "“" for _, m in bad) and loc.get("block") is not None:
            pending = (loc, text, bad)
            continue
        yield _pair_finding(loc, text, bad)
    if pending is not None:
        yield _pair_finding(*pending)


def _pair_finding(loc, text, bad):
    pos, mark = bad[0]
    return finding("PUNCT-PAIR", t("“{mark}”没有配对：…{around}…", "“{mark}” has no partner: …{around}…",
                                   mark=mark, around=text[max(pos - 8, 0):pos + 9]),
                   **loc, data={"marks": [m for _, m in bad]})


# A number not part of a longer one (no digit or "." on either side). The pattern begins with the
# digit, its lookbehind moved behind it, so that the regex engine skips from digit to digit
# instead of trying a match at every character of the issue (~1.5 ms).
_NUMBER = re.compile(r"\d(?<![\d.]\d)\d*(?:\.\d+)?(?![\d.])")


def _numbers(text: str):
    r"""(start, end, space before, space after) of each number, as the pattern
    (\s?)(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])(\s?) matched them left to right: one space on
    either side, a space between two numbers going with the first."""
    taken = 0
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        before = start > taken and text[start - 1].isspace()
        after = end < len(text) and text[end].isspace()
        taken = end + after
        yield start, end, before, after


def _spacing_counts(text: str) -> tuple[int, int, list[str]]:
    """How many numbers stand apart from the Han text beside them by a space, how many do not."""
    spaced, tight, examples = 0, 0, []
    for start, end, space_before, space_after in _numbers(text):
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        first, last = start - space_before, end + space_after      # the number and its spaces
        han_before = first > 0 and is_han(text[first - 1])
        han_after = last < len(text) and (is_han(text[last]) or text[last] == "%")
        if not (han_before or han_after):
            continue
        if (space_before and han_before) or (space_after and han_after):
            spaced += 1
            examples.append(text[max(first - 1, 0):last + 1])
        elif not (before.isspace() or after.isspace()):
            tight += 1
    return spaced, tight, examples


@rule("NUMBER-SPACING", "info", "text",
      title=("数字前后空格不统一", "Spacing around numbers inconsistent"),
      explain=("同一期里数字与汉字之间有的留空格（“2021 年”），有的不留（“2021年”）。GB/T 15835 要求全刊一致，通常不留。"
               "统一为全刊多数的写法；本条指出用了少数写法的文章。",
               "Within one issue some numbers stand apart from the Chinese around them (“2021 年”), "
               "others do not (“2021年”). GB/T 15835 asks for one style, usually without the space. "
               "Use the style of the majority; this rule names the articles that use the other."))
def number_spacing(ctx):
    per_place: dict[tuple, list] = {}
    totals = Counter()
    for piece in ctx.texts:
        if piece.kind == "cover-line":
            continue     # display type on the cover: spacing there is the designer's
        spaced, tight, examples = _spacing_counts(piece.text)
        totals["spaced"] += spaced
        totals["tight"] += tight
        key = ("article", piece.article) if piece.article else ("field", piece.field or piece.kind)
        acc = per_place.setdefault(key, [0, 0, [], piece])
        acc[0] += spaced
        acc[1] += tight
        acc[2].extend(examples)
    if not totals["spaced"] or not totals["tight"]:
        return
    minority_spaced = totals["spaced"] < totals["tight"]
    for (kind, key), (spaced, tight, examples, piece) in per_place.items():
        n = spaced if minority_spaced else tight
        if not n:
            continue
        loc = {"article": key} if kind == "article" else piece.location
        if minority_spaced:
            msg = t("数字与汉字间留了空格 {n} 处（如“{ex}”），全刊多数不留", "Numbers set apart by a space: {n} "
                    "(e.g. “{ex}”); most of the issue has none", n=n, ex=examples[0] if examples else "")
        else:
            msg = t("数字与汉字间没留空格 {n} 处，全刊多数留空格", "Numbers without a space: {n}; most of the issue has one", n=n)
        yield finding("NUMBER-SPACING", msg, **loc, data={"spaced": spaced, "tight": tight,
                                                          "issue": dict(totals)})


_DOUBLED = re.compile(r"(的的(?!确)|在在|和和|与与|及及|将将|把把|被被|于于|从从|并并|，，|。。|、、|；；|：：)")


@rule("TEXT-DOUBLED", "warning", "text",
      title=("字或标点重复", "Doubled word or mark"),
      explain=("同一个虚词或标点连写了两次（“的的”“在在”“，，”），多半是录入错误。删去一个。",
               "A function word or a mark written twice in a row (的的, 在在, ，，) is almost always "
               "a typing slip. Remove one."))
def text_doubled(ctx):
    for piece in ctx.printed_texts:
        for m in _DOUBLED.finditer(piece.text):
            yield finding("TEXT-DOUBLED", t("“{w}”重复：…{around}…", "“{w}” doubled: …{around}…", w=m.group(1)[0],
                                            around=piece.text[max(m.start() - 6, 0):m.end() + 6]),
                          **piece.location)


# A number (not 0519…, not part of 2021-03-15), maybe with its unit, a hyphen, a number, then
# Chinese or % (_han_or_percent_next, one space allowed): 5-7个, 30%-40%, 15万元-20万元. A match
# the test refuses hides no other: a number in it follows a digit, "." or "-". The lookbehind
# stands after the first digit so that the engine skips to the digits (see _NUMBER).
_HYPHEN_RANGE = re.compile(r"([1-9](?<![\d.\-][1-9])\d{0,3}(?:\.\d+)?(?:%|[万亿千百]?[元吨个家项名辆台亩]|万)?)"
                           r"-(\d+(?:\.\d+)?)")


def _han_or_percent_next(text: str, i: int) -> bool:
    """Han or % at i, or after one space there."""
    ch = _at(text, i)
    if ch.isspace():
        ch = _at(text, i + 1)
    return ch == "%" or is_han(ch)


def _with_unit(text: str, m) -> str:
    unit = re.match(r"%|[万亿千百]?[元吨个家项名辆台亩]", text[m.end():])
    return m.group(0) + (unit.group(0) if unit else "")


@rule("NUMBER-RANGE", "info", "text",
      title=("数值范围用了短横线", "Number range written with a hyphen"),
      explain=("标示数值范围用浪纹线“～”（或一字线“—”），不用短横线“-”（GB/T 15834：短横线用于型号、电话号码、"
               "日期等）。例：“5～7个”“30%～40%”。",
               "A range of values takes a wave dash ～ (or an en-rule —), not a hyphen - (GB/T "
               "15834: the hyphen joins model numbers, phone numbers, dates). E.g. 5～7个, 30%～40%."))
def number_range(ctx):
    for piece in ctx.printed_texts:
        hits = [_with_unit(piece.text, m) for m in _HYPHEN_RANGE.finditer(piece.text)
                if _han_or_percent_next(piece.text, m.end())]
        if hits:
            yield finding("NUMBER-RANGE", t("数值范围用了短横线：{ex}", "Range with a hyphen: {ex}",
                                            ex="、".join(f"“{h}”" for h in hits[:3])),
                          **piece.location, data={"examples": hits})


_SERIES = re.compile(r"[”》]、[“《]")


@rule("PUNCT-SERIES", "info", "text",
      title=("引号或书名号之间用了顿号", "Enumeration comma between quoted items"),
      explain=("并列的引号内容之间、书名号之间通常不用顿号（GB/T 15834）：“细胞银行”“细胞治疗”，《甲》《乙》。"
               "中间另有括注等成分时才用顿号。",
               "Items in quotation marks or title marks standing in a series need no enumeration "
               "comma between them (GB/T 15834): “甲”“乙”, 《甲》《乙》; use it only when something "
               "else stands between the items."))
def punct_series(ctx):
    for piece in ctx.printed_texts:
        hits = [piece.text[max(m.start() - 4, 0):m.end() + 4] for m in _SERIES.finditer(piece.text)]
        if hits:
            yield finding("PUNCT-SERIES", t("并列的引号或书名号之间有顿号：{ex}", "Comma between quoted items: {ex}",
                                            ex="、".join(f"…{h}…" for h in hits[:3])),
                          **piece.location, data={"examples": hits})


_SENTENCE_END = re.compile(r"[。！？]")
_REPEAT_MIN = 20     # shorter sentences (会议指出，…) repeat by nature


def _sentences(text: str):
    """The text cut after each 。！？ (what splitting at the lookbehind (?<=[。！？]) gave; a
    pattern that begins with a lookbehind is tried at every character, this one skips to the
    marks)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        yield text[start:m.end()]
        start = m.end()
    yield text[start:]


@rule("TEXT-REPEATED", "warning", "text",
      title=("同一句话出现两次", "The same sentence twice"),
      explain=("正文中同一个长句（20 字以上）在本期出现了两次，多半是粘贴重复或改稿遗留。删去多余的一处。",
               "A long sentence (20 characters or more) of body text stands twice in the issue: "
               "usually pasted twice or left over from an edit. Remove the extra one."))
def text_repeated(ctx):
    first: dict[str, object] = {}
    for piece in ctx.texts:
        if piece.kind != "paragraph":
            continue
        for sentence in _sentences(piece.text):
            sentence = sentence.strip()
            if len(sentence) < _REPEAT_MIN:
                continue
            if sentence in first:
                yield finding("TEXT-REPEATED", t("这句话前面已经出现过：{s}", "This sentence stands earlier too: {s}",
                                                 s=short(sentence, 30)),
                              **piece.location, data={"first": first[sentence].location})
            else:
                first[sentence] = piece
