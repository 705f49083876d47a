"""NAME-VARIANT's searches were made faster (a find per distinct anchor instead of one per
anchor and core, registered names compared only with those sharing 有限公司 and the character
before it, the organisation word looked up by its last character; then the cores' windows found
from two pieces of their ending instead of the beginning of each suffix). These tests hold the old
functions as oracles and compare, over many random names and texts built from the characters
that matter (near-identical names, the marks around them, function and contrast characters),
everything NAME-VARIANT reads from them, order included."""
from __future__ import annotations

import random
import re

import pytest

from editor.checks import names
from editor.checks.context import TextPiece


def old_suffix(name):
    return next((s for s in names._SUFFIXES if name.endswith(s)), None)


def old_substitutions(found):
    groups = {}
    for name in found:
        suffix = old_suffix(name)
        if suffix and len(name) - len(suffix) >= 4:
            groups.setdefault(suffix, []).append(name)
    pairs = []
    for suffix, group in groups.items():
        group.sort(key=len)
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a[-len(suffix) - 1] == b[-len(suffix) - 1] or a[-len(suffix) - 2] == b[-len(suffix) - 2]:
                    pair = names._variant(found, suffix, a, b)
                    if pair:
                        pairs.append(pair)
    return pairs


def old_legal_insertions(found):
    legal = [n for n in found if n.endswith(names._LEGAL)]
    pairs = []
    for a in legal:
        for b in legal:
            if a == b:
                continue
            k = 0
            while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
                k += 1
            shared = a[len(a) - k:]
            if not any(shared.endswith(s) and len(shared) > len(s) for s in names._LEGAL):
                continue
            a_head, b_head = a[:len(a) - k], b[:len(b) - k]
            for extra in range(1, 5):
                stem = b_head[:-extra]
                if len(stem) >= 4 and a_head.endswith(stem):
                    pairs.append((stem + shared, b_head[len(b_head) - extra - len(stem):] + shared))
                    break
    return pairs


def old_one_inner_slip(word, window):
    if len(window) != len(word):
        return False
    diffs = [i for i, (x, y) in enumerate(zip(word, window)) if x != y]
    if len(diffs) != 1 or not 0 < diffs[0] < len(word) - 1:
        return False
    ch = window[diffs[0]]
    return "\u4e00" <= ch <= "\u9fff" and ch not in names._FUNCTION


def old_near(word, text):
    n = len(word)
    anchors = [(word[:3], 0), (word[-3:], n - 3)]
    if n == 5:
        anchors.append((word[:2], 0))
    for anchor, offset in anchors:
        p = text.find(anchor)
        while p >= 0:
            s = p - offset
            if s >= 0 and old_one_inner_slip(word, text[s:s + n]):
                return text[s:s + n]
            p = text.find(anchor, p + 1)
    return None


def old_core_slips(found, text):
    cores, seen = [], set()
    for name in found:
        if name.endswith(names._LEGAL + ("集团",)):
            core = re.sub(r"（[^）]*）", "", name[:-len(old_suffix(name))])
            subs = [core[i:] for i in range(min(4, len(core))) if len(core) - i >= 5 and core[i:] not in seen]
            seen.update(subs)
            if subs:
                cores.append(subs)
    pairs = []
    for subs in cores:
        for sub in subs:
            hit = old_near(sub, text)
            if hit:
                pairs.append((sub, hit))
                break
    return pairs


# Name stems with near twins (one character changed, inserted, a function or contrast word
# in front), the organisation words, and what stands between names.
STEMS = ["常州世竞液态金属", "常州世竟液态金属", "世竞液态金属", "上海原能细胞", "上海原能细胞科技", "原能细胞科技",
         "国立高端装备创新", "固立高端装备创新", "江苏绿能储电", "江苏绿能储以", "第一人民", "第二人民", "也是武进国家",
         "也为武进国家", "常州（金坛）新材料", "常州新材料", "天合光能", "天和光能", "中", "一", "的", "科",
         "上海原能细胞集团有限公司", "上海原能细胞科技集团有限公司", "常州世竞液态金属有限公司",
         "常州世竞液态金属科技有限公司", "江苏天合光能股份有限公司", "江苏天合光能新能源股份有限公司"]
WORDS = list(names._SUFFIXES) + ["集团有限公司", "科技有限公司", "技术有限公司"]
BETWEEN = ["，", "。", "、", " ", "\n", "2021年", "在", "与", "和", "（", "）", ""]


def _texts(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(BETWEEN))
            parts.append(rng.choice(STEMS)[rng.randint(0, 2):])
            if rng.random() < 0.8:
                parts.append(rng.choice(WORDS))
        yield "".join(parts)


@pytest.mark.parametrize("seed", [11, 12])
def test_name_searches_as_the_old_functions_found_them(seed):
    for text in _texts(seed, 3000):
        pieces = [TextPiece(part, "paragraph") for part in text.split("\n")]
        found = names._names(pieces)
        for name in found:
            assert names._suffix(name) == old_suffix(name), name
        assert names._substitutions(found) == old_substitutions(found), text
        assert names._legal_insertions(found) == old_legal_insertions(found), text
        assert names._core_slips(found, text) == old_core_slips(found, text), text


@pytest.mark.parametrize("seed", [16, 17])
def test_substitutions_as_when_every_two_were_compared(seed):
    """Groups of names one or two characters apart at every distance from the organisation
    word, some standing whole, from a small alphabet (function and contrast characters too)."""
    rng = random.Random(seed)
    alphabet = list("常州世竞竟液态金属原能细胞科技武进国家") + ["的", "也", "一", "二", "a"]
    for _ in range(1500):
        found = {}
        for _ in range(rng.randint(2, 30)):
            stem = rng.choice(["常州世竞液态金属", "武进国家高新", "原能细胞科技", "世竞液态"])
            head = list(stem)
            for _ in range(rng.choice((0, 1, 1, 2))):
                head[rng.randrange(len(head))] = rng.choice(alphabet)
            head = "".join(rng.choices(alphabet, k=rng.randint(0, 3))) + "".join(head)
            name = head[rng.randint(0, 2):] + rng.choice(("中心", "研究院", "院", "有限公司"))
            found[name] = rng.random() < 0.5
        assert names._substitutions(found) == old_substitutions(found), found


def near(word, text):
    """What _core_slips asks of the new functions for one word (the core is the word itself)."""
    at = names._positions(text, {word[-3:], word[-5:-3]})
    return names._near(word, text, names._window_ends(word, text, at))


@pytest.mark.parametrize("seed", [14, 15])
def test_near_picks_the_window_the_old_search_found_first(seed):
    """Texts holding a word several times with one character changed at different places (and
    twice, at the ends, in the function words), so that the old search's order decides which
    window is reported."""
    rng = random.Random(seed)
    alphabet = list("世竞竟液态金属常州原能细胞科技") + ["的", "以", "a", "，", "\u3400"]
    for _ in range(4000):
        word = "".join(rng.choices(alphabet[:15], k=rng.randint(5, 9)))
        parts = []
        for _ in range(rng.randint(1, 6)):
            w = list(word)
            for _ in range(rng.choice((0, 1, 1, 1, 2))):
                w[rng.randrange(len(w))] = rng.choice(alphabet)
            parts.append("".join(w)[rng.randint(0, 1):])
            parts.append("".join(rng.choices(alphabet, k=rng.randint(0, 3))))
        text = "".join(parts)
        for i in range(min(4, len(word) - 4)):
            assert near(word[i:], text) == old_near(word[i:], text), (word[i:], text)


@pytest.mark.parametrize("seed", [13])
def test_one_inner_slip_as_before(seed):
    rng = random.Random(seed)
    alphabet = list("世竞竟液态金属以的一二中") + ["\u3400", "a", "1", "，"]
    for _ in range(50000):
        word = "".join(rng.choices(alphabet, k=rng.randint(3, 8)))
        window = list(word) if rng.random() < 0.8 else list(rng.choices(alphabet, k=rng.randint(2, 9)))
        for _ in range(rng.randint(0, 2)):
            if window:
                window[rng.randrange(len(window))] = rng.choice(alphabet)
        window = "".join(window)
        d = names._slip_at(word, window)
        assert bool(d) == old_one_inner_slip(word, window), (word, window)
        if d:                   # where the one difference is
            assert word[d] != window[d] and word[:d] + word[d + 1:] == window[:d] + window[d + 1:]
