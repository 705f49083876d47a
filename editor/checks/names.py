"""NAME-VARIANT: one organisation or person written two ways in one issue, found without a
dictionary of names.

Organisation names end in a small set of words (公司, 中心, 研究院, 大学, 园, 局 …). Every run of text
up to such a word is a name candidate; two candidates with the same ending are compared from
the end: a shared ending, one differing character, and a shared run in front of it
(常州市科学技术博物馆 / 常州市科学技木博物馆), or the difference in the first character of two
names that both stand alone (国立高端装备创新中心 / 固立高端装备创新中心). Not reported: a name
that is the other with words in front or left out (华罗庚高新区 / 省级华罗庚高新区, 武进高新区 /
武进国家高新区: abbreviations), different words in front of one name (也是/也为 武进国家高新区),
sister names (第一/第二人民医院). Registered full names (…有限公司) are the exception to the
abbreviation rule: they are written out exactly or not at all (上海原能细胞集团有限公司 /
上海原能细胞科技集团有限公司). The core of a registered name (常州世竞液态金属有限公司 → 世竞液态金属)
is also looked for in the text with one character changed inside it (世竟液态金属).

People: the issue's own editorial board is its list of known names; a three-character board
name written after a title word with one character changed (副局长张朝辉 for 张朝晖) is reported."""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from editor.i18n import t

from .registry import finding, rule

_SUFFIXES = ("股份有限公司", "有限公司", "公司", "集团", "研究院", "研究所", "研究中心", "中心", "大学",
             "学院", "实验室", "医院", "银行", "协会", "委员会", "管委会", "产业园", "科技园", "创新园",
             "高新区", "开发区", "经开区", "工作站", "基地", "局", "厅", "院", "园", "所", "厂", "馆")
_LEGAL = ("股份有限公司", "有限公司")
_SUFFIX_RE = re.compile("|".join(_SUFFIXES))
_LONGEST = 20
# Characters that begin a clause rather than a name: a difference there is grammar, not spelling.
_FUNCTION = set("在对由从向和与及的是了为将把被让给等并也就都而又于至以其该本各每全省市区县")
# Characters that tell sister names apart on purpose (第一/第二, 东区/西区, 一期/二期).
_CONTRAST = set("一二三四五六七八九十百千零〇两东南西北中上下前后左右内外大小新老甲乙丙丁")


# Han for names: CJK and extension A. Tested char by char rather than with a character class,
# which the regex compiler builds by walking its 27,000 code points (2 ms at every start).
def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _all_han(text: str) -> bool:
    return bool(text) and all(map(_is_han, text))


def _run_start(text: str, end: int) -> int:
    """Where the run of Han and brackets holding text[end - 1] begins; a run that begins more
    than _LONGEST characters back gives end - _LONGEST - 1 (a name is cut from it anyway)."""
    i = end - 1
    stop = max(end - _LONGEST - 1, 0)
    while i > stop:
        ch = text[i - 1]        # _is_han written out: this loop runs for every name candidate
        if not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "（" or ch == "）"):
            break
        i -= 1
    return i


# The organisation words by their last character, in the order of _SUFFIXES.
_BY_LAST: dict[str, tuple[str, ...]] = {}
for _s in _SUFFIXES:
    _BY_LAST[_s[-1]] = _BY_LAST.get(_s[-1], ()) + (_s,)


def _suffix(name: str) -> str | None:
    return next((s for s in _BY_LAST.get(name[-1:], ()) if name.endswith(s)), None)


def _names(texts) -> dict[str, bool]:
    """Every name-like token: a run of Han text (brackets allowed) cut right after an organisation
    word, at most _LONGEST characters -> does it begin at a real boundary (after punctuation or at
    the start of the text, not after a number, nor cut from a longer run)?"""
    found: dict[str, bool] = {}
    for piece in texts:
        text = piece.text
        for m in _SUFFIX_RE.finditer(text):
            end = m.end()
            run_start = _run_start(text, end)
            cut = max(run_start, end - _LONGEST)
            before = text[run_start - 1] if run_start else ""
            whole = cut == run_start and not (before.isalnum() or before.isspace())
            name = text[cut:end]
            found[name] = found.get(name, False) or whole
    return found


def _substitutions(names: dict) -> list[tuple[str, str]]:
    """Names with the same ending that differ in exactly one character where both have one."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        suffix = _suffix(name)
        if suffix and len(name) - len(suffix) >= 4:
            groups[suffix].append(name)
    pairs = []
    for suffix, group in groups.items():
        group.sort(key=len)
        for i, j in _close_pairs(group, len(suffix)):
            pair = _variant(names, suffix, group[i], group[j])
            if pair:
                pairs.append(pair)
    return pairs


def _close_pairs(group: list[str], word: int) -> list[tuple[int, int]]:
    """The pairs (i < j, in order) of a group of names (ending in one organisation word of
    `word` characters) that _variant may accept, found by what they share instead of comparing
    every two (a group holds up to ~50 names). Before the organisation word, an accepted pair
    shares the last four characters, or differs `after` (0–3) characters before the word with
    enough shared in front of the difference: five for 0, four for 1, three for 2 and 3. So
    each name goes into a bucket for each of these five shapes (= shared, x may differ):
    ====, =====x, ====x=, ===x==, ===x===; two names in one bucket are a candidate. Every shape
    holds the character just before the word or the one before it: a candidate is also a pair
    the rule compared when it compared every two."""
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for j, name in enumerate(group):
        head = name[:len(name) - word]
        buckets[0, head[-4:]].append(j)
        buckets[1, head[-6:-1]].append(j)
        buckets[2, head[-6:-2], head[-1:]].append(j)
        buckets[3, head[-6:-3], head[-2:]].append(j)
        buckets[4, head[-7:-4], head[-3:]].append(j)
    found: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > 1:
            found.update(combinations(members, 2))      # members ascend: i < j
    return sorted(found)


def _variant(names: dict, suffix: str, a: str, b: str) -> tuple[str, str] | None:
    """(a, b) trimmed for a message when they are one name with one character changed.
    Compared from the end: the shared ending, one differing character, then the shared run in
    front of it, which either reaches the front of the shorter name or meets other words."""
    n = len(a)                                  # a is the shorter (the group is sorted)
    k = 0
    while k < n and a[-1 - k] == b[-1 - k]:
        k += 1
    if k == n or k < len(suffix):
        return None        # one is the other with words in front: an abbreviation or context
    x, y = a[-1 - k], b[-1 - k]
    m = 0
    while k + 1 + m < n and a[-2 - k - m] == b[-2 - k - m]:
        m += 1
    after = k - len(suffix)                     # name characters shared behind the difference
    if x in _FUNCTION or y in _FUNCTION or not (_is_han(x) and _is_han(y)):
        return None        # different words in front of one name (也是/也为 武进国家高新区)
    if x in _CONTRAST and y in _CONTRAST:
        return None        # 第一/第二人民医院, 东区/西区: two names on purpose
    if names.get(b[len(b) - k:]):
        return None        # the shared ending is a whole name of its own, with words in front
    if m == 0:
        if k + 1 < n:
            return None    # a second difference right in front: other words, not a slip
        if after < 4 or len(a) != len(b) or not (names[a] and names[b]):
            return None    # the difference is the first character: both must stand whole
    elif not (after >= 4 or (m >= 3 and after + m >= 5)):
        return None        # too little of a name on either side of the difference
    return _trimmed(a, b, n - 1 - k, m)


def _trimmed(short: str, long_: str, pos: int, before: int) -> tuple[str, str]:
    """Both spellings from up to six shared characters before the difference (not into the
    words in front of the name), for a readable message."""
    start = pos - min(before, 6)
    return short[start:], long_[len(long_) - len(short) + start:]


def _legal_insertions(names: dict) -> list[tuple[str, str]]:
    """Two registered names the same but for a few characters inserted just before their shared
    ending (上海原能细胞 + 科技 + 集团有限公司). Both end in 有限公司; sharing more than that means
    sharing the last five characters, so only names that do are compared."""
    legal = [n for n in names if n.endswith(_LEGAL)]
    tail = len(_LEGAL[-1]) + 1                  # 有限公司 and the character before it
    by_ending: dict[str, list[str]] = defaultdict(list)
    for n in legal:
        if len(n) >= tail:
            by_ending[n[-tail:]].append(n)
    pairs = []
    for a in legal:
        for b in by_ending.get(a[-tail:], ()):      # a shorter name is no key: it meets none
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
    """The core of a registered name written with one character changed inside it. The core may
    begin up to three characters in, past a place name (常州世竞液态金属 → 世竞液态金属)."""
    cores: list[list[str]] = []
    seen: set[str] = set()
    for name in names:
        if name.endswith(_LEGAL + ("集团",)):
            core = re.sub(r"（[^）]*）", "", name[:-len(_suffix(name))])
            subs = [core[i:] for i in range(min(4, len(core))) if len(core) - i >= 5 and core[i:] not in seen]
            seen.update(subs)
            if subs:
                cores.append(subs)
    at = _positions(text, {piece for subs in cores for piece in (subs[0][-3:], subs[0][-5:-3])})
    pairs = []
    for subs in cores:
        ends = _window_ends(subs[0], text, at)
        for sub in subs:
            hit = _near(sub, text, ends)
            if hit:
                pairs.append((sub, hit))
                break
    return pairs


def _window_ends(core: str, text: str, at: dict[str, list[int]]) -> list[int]:
    """Where in `text` a window may end that differs in one inner character from `core` or one
    of its suffixes (five characters or more: they all end as the core does). A change before
    the last three characters leaves those whole; a change among them leaves the two before
    them and the last character. So two pieces of the core's ending, the same for all its
    suffixes, find every candidate: a scan of the text per piece, not one per beginning of
    each suffix (each scan costs ~25 µs, there were ~150)."""
    last = core[-1]
    return sorted({p + 2 for p in at[core[-3:]]}.union(
        [p + 4 for p in at[core[-5:-3]] if text[p + 4:p + 5] == last]))


def _positions(text: str, pieces: set[str]) -> dict[str, list[int]]:
    """Every place each piece stands in `text`, in order; each looked for once, as cores share
    endings (a regex alternation or one pass over the text is slower: compiling a pattern of
    Han literals, or a Python step per character, costs more than these finds)."""
    out = {}
    find = text.find
    for piece in pieces:
        places = []
        p = find(piece)
        while p >= 0:
            places.append(p)
            p = find(piece, p + 1)
        out[piece] = places
    return out


def _near(word: str, text: str, ends: list[int]) -> str | None:
    """A window of `text` ending at one of `ends` (ascending) that differs from `word` in exactly
    one inner character. Of several, the one NAME-VARIANT has always reported, from when it
    searched by the first three characters, then the last three, then (a five-character word)
    the first two: the first in the text changed at index 3 or later, else the first whose last
    three characters are whole, else the first changed at index 2."""
    n = len(word)
    first = word[0]                 # never the changed one: a cheap test before the slice
    best = None
    for e in ends:
        s = e - n + 1
        if s < 0 or text[s] != first:
            continue
        d = _slip_at(word, text[s:e + 1])
        if d:
            if d >= 3:
                return text[s:e + 1]
            rank = 1 if d <= n - 4 else 2
            if best is None or rank < best[0]:
                best = (rank, text[s:e + 1])
    return best[1] if best else None


def _slip_at(word: str, window: str) -> int:
    """Where `window` differs from `word` when that is in exactly one inner character, a Han
    one that does not start a clause (绿能储电以技术… is the name, then a verb); else 0."""
    n = len(word)
    if len(window) != n or window == word:
        return 0
    d = 0
    while word[d] == window[d]:
        d += 1                  # the first difference: the only one, and inside the word?
    if not 0 < d < n - 1 or word[d + 1:] != window[d + 1:]:
        return 0
    ch = window[d]
    return d if "\u4e00" <= ch <= "\u9fff" and ch not in _FUNCTION else 0


# Words that stand right before a person's name in news text (市科技局局长刘斌, 高新处处长赵暖).
_TITLE_WORDS = re.compile(r"(?:局长|处长|主任|书记|市长|区长|县长|厅长|主编|编辑|总经理|董事长|总裁|院长|校长|教授|院士|"
                          r"博士|部长|委员|秘书长|主席|负责人|记者|通讯员)")


def _people_slips(ctx) -> list[tuple[str, str]]:
    """The issue's own editorial board is its list of known people: a name after a title word
    that is a board member's three-character name with one character changed (not the surname)
    is a slip. Two-character names are left alone: 刘斌 would match the 刘金 of 刘金石."""
    people = {n for role in ctx.issue.meta.board for n in role.names if len(n) == 3}
    if not people:
        return []
    by_surname: dict[str, list[str]] = defaultdict(list)
    for n in people:
        by_surname[n[0]].append(n)
    pairs = []
    text = ctx.body_text
    for m in _TITLE_WORDS.finditer(text):
        for known in by_surname.get(text[m.end():m.end() + 1], ()):
            window = text[m.end():m.end() + len(known)]
            if window in people or len(window) != len(known):
                continue
            if sum(x != y for x, y in zip(known, window)) == 1 and _all_han(window):
                pairs.append((known, window))
    return pairs



@rule("NAME-VARIANT", "warning", "names",
      title=("同一名称有两种写法", "One name written two ways"),
      explain=("同一机构名称在本期出现了两种写法：相差一个字，或登记全称（……有限公司）多了、少了字；"
               "或编委会成员的姓名在正文中（职务之后）写错一个字。核对正确写法并全刊统一。"
               "简称（如“武进高新区”与“武进国家高新区”）不算。",
               "One organisation appears in two spellings in this issue: one character apart, or "
               "a registered full name (…有限公司) with characters more or less; or a member of the "
               "editorial board named in the text (after a title) with one character changed. Check "
               "the right form and use it throughout. Abbreviations (武进高新区 for 武进国家高新区) are "
               "not reported."))
def name_variant(ctx):
    names = _names(ctx.texts)
    seen: set[frozenset] = set()
    pairs = _substitutions(names) + _legal_insertions(names) + _core_slips(names, ctx.body_text)
    pairs += _people_slips(ctx)
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
