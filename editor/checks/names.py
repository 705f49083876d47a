"""NAME-VARIANT: one organisation written two ways in one issue, found without a dictionary.

Organisation names end in a small set of words (公司, 中心, 研究院, 大学, 园, 局 …). Each such name
is compared with the others ending the same way, aligned at the end: two names the same but for
one character in the same place (国立高端装备创新中心 / 固立高端装备创新中心) are a variant. A name that
is the other with words in front (华罗庚高新区 / 省级华罗庚高新区) or left out (武进高新区 /
武进国家高新区) is an abbreviation and is not reported — except for registered full names (…有限公司),
which are written out exactly or not at all (上海原能细胞集团有限公司 / 上海原能细胞科技集团有限公司).
The core of a registered name (常州世竞液态金属有限公司 → 世竞液态金属) is also looked for in the text
with one character changed inside it (世竟液态金属)."""
from __future__ import annotations

import re
from collections import defaultdict

from editor.i18n import t

from .registry import finding, rule

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_SUFFIXES = ("股份有限公司", "有限公司", "公司", "集团", "研究院", "研究所", "研究中心", "中心", "大学",
             "学院", "实验室", "医院", "银行", "协会", "委员会", "管委会", "产业园", "科技园", "创新园",
             "高新区", "开发区", "经开区", "工作站", "基地", "局", "厅")
_LEGAL = ("股份有限公司", "有限公司")
_TOKEN = re.compile(rf"[{_HAN}（）]+")
_SUFFIX_RE = re.compile("|".join(_SUFFIXES))
_LONGEST = 20
# Characters that begin a clause rather than a name: a difference there is grammar, not spelling.
_FUNCTION = set("在对由从向和与及的是了为将把被让给等并也就都而又于至以其该本各每全省市区县")


def _suffix(name: str) -> str | None:
    return next((s for s in _SUFFIXES if name.endswith(s)), None)


def _names(texts) -> dict[str, bool]:
    """Every name-like token: a run of Han text cut right after an organisation word -> does it
    begin at a real boundary (after punctuation or at the start of the text, not after a number
    or in the middle of a long run)?"""
    found: dict[str, bool] = {}
    for piece in texts:
        text = piece.text
        for run in _TOKEN.finditer(text):
            before = text[run.start() - 1] if run.start() else ""
            clean_start = not before or not (before.isalnum() or before.isspace())
            chunk = run.group()
            for m in _SUFFIX_RE.finditer(chunk):
                cut = max(0, m.end() - _LONGEST)
                name = chunk[cut:m.end()]
                found[name] = found.get(name, False) or (clean_start and cut == 0)
    return found


def _one_apart(a: str, b: str) -> int | None:
    """Aligned at the end, over the shorter: the one position (in the shorter) where they differ."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    tail = long_[len(long_) - len(short):]
    diffs = [i for i, (x, y) in enumerate(zip(short, tail)) if x != y]
    return diffs[0] if len(diffs) == 1 else None


def _substitutions(names: dict) -> list[tuple[str, str]]:
    by_suffix: dict[str, list[str]] = defaultdict(list)
    for name in names:
        suffix = _suffix(name)
        if suffix and len(name) - len(suffix) >= 3:
            by_suffix[suffix].append(name)
    pairs = []
    for suffix, group in by_suffix.items():
        group.sort(key=len)
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                pos = _one_apart(a, b)
                if pos is None:
                    continue
                short, long_ = (a, b) if len(a) <= len(b) else (b, a)
                # the part both share after the difference, suffix not counted, must be a name
                if len(short) - pos - 1 - len(suffix) < 4:
                    continue
                if pos == 0 and not _both_whole(names, short, long_):
                    continue      # a clause that begins differently, not a name spelt differently
                x, y = short[pos], long_[len(long_) - len(short) + pos]
                if x in _FUNCTION or y in _FUNCTION or names.get(short[pos + 1:]):
                    continue      # different words in front of one name (也是/也为 武进国家高新区)
                pairs.append(_trimmed(short, long_, pos))
    return pairs


def _both_whole(names: dict, short: str, long_: str) -> bool:
    """Both names stand alone from their first character: nothing in front was cut off."""
    return len(short) == len(long_) and names[short] and names[long_] \
        and short[0] not in _FUNCTION and long_[0] not in _FUNCTION


def _trimmed(short: str, long_: str, pos: int) -> tuple[str, str]:
    """Both spellings from two characters before the difference, for a readable message."""
    start = max(0, pos - 2)
    return short[start:], long_[len(long_) - len(short) + start:]


def _legal_insertions(names: dict) -> list[tuple[str, str]]:
    """Two registered names the same but for a few characters inserted just before their shared
    ending (上海原能细胞 + 科技 + 集团有限公司)."""
    legal = [n for n in names if n.endswith(_LEGAL)]
    pairs = []
    for a in legal:
        for b in legal:
            if a == b:
                continue
            k = 0
            while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
                k += 1
            shared = a[len(a) - k:]
            if not any(shared.endswith(s) and len(shared) > len(s) for s in _LEGAL):
                continue
            a_head, b_head = a[:len(a) - k], b[:len(b) - k]
            for extra in range(1, 5):
                stem = b_head[:-extra]
                if len(stem) >= 4 and a_head.endswith(stem):
                    pairs.append((stem + shared, b_head[len(b_head) - extra - len(stem):] + shared))
                    break
    return pairs


def _core_slips(names: dict, text: str) -> list[tuple[str, str]]:
    """The core of a registered name written with one character changed inside it."""
    pairs = []
    for name in names:
        if not name.endswith(_LEGAL + ("集团",)):
            continue
        core = re.sub(r"（[^）]*）", "", name[:-len(_suffix(name))])
        for start in range(0, max(1, len(core) - 3)):
            sub = core[start:]
            if len(sub) < 5:
                break
            hit = _near(sub, text)
            if hit:
                pairs.append((sub, hit))
                break
    return pairs


def _near(word: str, text: str) -> str | None:
    """A window of `text` that differs from `word` in exactly one inner character."""
    half = len(word) // 2
    for left, offset in ((word[:half], 0), (word[half:], half)):
        p = text.find(left)
        while p >= 0:
            s = p - offset
            window = text[s:s + len(word)] if s >= 0 else ""
            if len(window) == len(word):
                diffs = [i for i, (x, y) in enumerate(zip(word, window)) if x != y]
                if len(diffs) == 1 and 0 < diffs[0] < len(word) - 1 and "\u4e00" <= window[diffs[0]] <= "\u9fff" \
                        and window[diffs[0]] not in _FUNCTION:
                    return window      # (绿能储电以技术… is the name followed by a clause, not a slip)
            p = text.find(left, p + 1)
    return None


@rule("NAME-VARIANT", "warning", "names",
      title=("同一名称有两种写法", "One name written two ways"),
      explain=("同一机构名称在本期出现了两种写法：相差一个字，或登记全称（……有限公司）多了、少了字。"
               "核对正确写法并全刊统一。简称（如“武进高新区”与“武进国家高新区”）不算。",
               "One organisation appears in two spellings in this issue: one character apart, or "
               "a registered full name (…有限公司) with characters more or less. Check the right form "
               "and use it throughout. Abbreviations (武进高新区 for 武进国家高新区) are not reported."))
def name_variant(ctx):
    names = _names(ctx.texts)
    seen: set[frozenset] = set()
    pairs = _substitutions(names) + _legal_insertions(names) + _core_slips(names, ctx.body_text)
    for a, b in pairs:
        key = frozenset((a, b))
        if key in seen or any(key <= frozenset(x for x in s) for s in seen):
            continue
        seen.add(key)
        where = {form: _places(ctx, form) for form in (a, b)}
        first = next((p for p in ctx.texts if a in p.text or b in p.text), None)
        yield finding("NAME-VARIANT", t("“{a}”（{wa}）与“{b}”（{wb}）是否同一名称？请统一写法",
                                        "“{a}” ({wa}) and “{b}” ({wb}): one name written two ways?",
                                        a=a, b=b, wa=", ".join(where[a]), wb=", ".join(where[b])),
                      **(first.location if first else {}), data={"forms": [a, b], "where": where})


def _places(ctx, form: str) -> list[str]:
    """Where a spelling stands: article ids (or fields), in order, each once."""
    out: list[str] = []
    for p in ctx.texts:
        if form in p.text:
            place = p.article or p.field or p.kind
            if place not in out:
                out.append(place)
    return out
