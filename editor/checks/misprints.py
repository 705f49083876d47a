"""Rules on characters a typesetter or an OCR set wrongly: a one-em dash where Chinese has the
two-em dash (or where 一 was meant), a Latin word that lost a letter and fell apart."""
from __future__ import annotations

import re

from editor.i18n import t

from .fold import is_cjk
from .registry import finding, rule
from .text import _at, is_han

_DASHES = "—―－–-"     # the plain hyphen last: literal in a character class
_ANY_DASH = re.compile(f"[{_DASHES}]")


def _lone_dash_spans(text: str):
    r"""One dash (a dash, a full-width or plain hyphen) between Han characters, one space allowed
    on either side: (start, end, space before, dash, space after), the matches of
    (?<=[Han])(\s?)(?<![dashes])([dashes])(?![dashes])(\s?)(?=[Han]), without the two Han classes
    that cost 4 ms to compile (see text.is_han)."""
    for m in _ANY_DASH.finditer(text):
        d = m.start()
        if _at(text, d + 1) and _at(text, d + 1) in _DASHES:
            continue                     # the first half of a doubled dash
        before = _at(text, d - 1) if _at(text, d - 1).isspace() else ""
        after = _at(text, d + 1) if _at(text, d + 1).isspace() else ""
        if is_han(_at(text, d - 1 - len(before))) and is_han(_at(text, d + 1 + len(after))):
            yield d - len(before), d + 1 + len(after), before, m.group(), after


# Words with 一 whose other characters hardly end or start a term joined by a connecting dash,
# so the dash in 唯—, 进—步 is the misprinted 一 (a lone 统— is too common in 系统—平台 to say).
_ONE_WORDS = ("唯一", "第一", "逐一", "一些", "一旦", "进一步", "一系列", "一体化", "一站式", "一揽子",
              "一大批", "统一", "一带一路")
_NOT_ONE = ("系统", "传统", "总统", "血统", "正统")


def _one_word(text: str, at: int) -> str | None:
    """The word with 一 that reads when the dash at `at` is taken for 一."""
    for word in _ONE_WORDS:
        for k in (i for i, ch in enumerate(word) if ch == "一"):
            start = at - k
            if start < 0 or start + len(word) > len(text):
                continue
            piece = text[start:start + len(word)]
            if all(a == b or (b == "一" and a in _DASHES) for a, b in zip(piece, word)):
                if word == "统一" and text[max(at - 2, 0):at] in _NOT_ONE:
                    continue
                return word
    return None


def _han_run(text: str, start: int, step: int) -> str:
    """The Han characters next to position `start` going in direction `step` (-1 or 1)."""
    i, out = start, []
    while 0 <= i < len(text) and is_cjk(text[i]):
        out.append(text[i])
        i += step
    return "".join(out[::step])


def lone_dashes(text: str) -> list[dict]:
    """Dashes standing alone between Han characters that are not a connecting dash: one side
    is a single character and the other is not (“三高—资”), or the dash read as 一 makes a word.

    GB/T 15834 sets the connecting dash 一字线 between terms (众创空间—孵化器—加速器,
    东南大学—溧阳市人民政府, 京—沪): terms of like length on both sides are left alone."""
    out = []
    for start, end, space_before, dash, space_after in _lone_dash_spans(text):
        left = _han_run(text, start - 1, -1)
        right = _han_run(text, end, 1)
        one = _one_word(text, start + len(space_before)) if not (space_before or space_after) else None
        if one is None and (len(left) > 1) == (len(right) > 1):
            continue      # terms on both sides, or two one-character short forms (京—沪)
        out.append({"text": text[max(start - 4, 0):end + 4].strip(), "dash": dash, "word": one})
    return out


@rule("PUNCT-DASH", "warning", "text",
      title=("汉字之间只有一个短横或破折号", "A single dash between Chinese characters"),
      explain=("汉字之间的破折号占两个字的位置（——，GB/T 15834）。单个“—”“－”“-”夹在汉字之间，"
               "又不是连接两个词语的一字线（如“北京—上海”），多半是排错：或者少了半个破折号，"
               "或者本应是数字“一”（“三高一资”“统一”印成了“三高—资”“统—”）。核对原稿后改正。",
               "Between Chinese characters the dash takes the room of two characters (——, GB/T "
               "15834). A single —, － or - standing between Chinese characters, where it does not "
               "join two terms (北京—上海), is usually a misprint: half a dash is missing, or the "
               "numeral 一 was set as a dash (三高—资 for 三高一资, 统— for 统一). Check the copy "
               "and correct it."))
def punct_dash(ctx):
    for piece in ctx.printed_texts:
        for hit in lone_dashes(piece.text):
            if hit["word"]:
                msg = t("“{dash}”像是“一”（{word}）：…{text}…", "The “{dash}” looks like 一 ({word}): …{text}…", **hit)
            else:
                msg = t("汉字之间只有一个“{dash}”：…{text}…；破折号应为“——”，若本是数字“一”则改为“一”",
                        "A single “{dash}” between Chinese characters: …{text}…; a dash is ——, or it "
                        "was meant as the numeral 一", **hit)
            yield finding("PUNCT-DASH", msg, **piece.location, data=hit)


# Single capitals with single spaces between them, and Chinese straight after (is_han): T V南德
# (TÜV). Where Han does not follow, no shorter run of the same letters is followed by it either.
_BROKEN_WORD = re.compile(r"[A-Z](?: [A-Z])+")


@rule("TEXT-BROKEN-WORD", "warning", "text",
      title=("外文词被空格拆开", "A Latin word broken apart"),
      explain=("几个单独的大写字母之间隔着空格，后面紧接汉字（如“T V南德”），多半是一个外文词丢了字母"
               "（TÜV 的 Ü 没能印出）或被拆开。核对原稿，补上丢失的字母。",
               "Single capital letters with spaces between them, followed straight by Chinese text "
               "(T V南德), are usually one foreign word that lost a letter (the Ü of TÜV did not "
               "print) or fell apart. Check the copy and restore the word."))
def text_broken_word(ctx):
    for piece in ctx.printed_texts:
        for m in _BROKEN_WORD.finditer(piece.text):
            if not is_han(_at(piece.text, m.end())):
                continue
            if m.start() and (piece.text[m.start() - 1].isascii() and piece.text[m.start() - 1].isalnum()):
                continue      # the last letters of a word: AB C类
            around = piece.text[max(m.start() - 4, 0):m.end() + 4]
            yield finding("TEXT-BROKEN-WORD", t("“{w}”像是一个拆开或丢了字母的外文词：…{around}…",
                                                "“{w}” looks like a foreign word broken or missing a "
                                                "letter: …{around}…", w=m.group(0), around=around),
                          **piece.location, data={"letters": m.group(0), "around": around})
