"""The ways an article's headline may legitimately be printed elsewhere (contents, cover lines):
the title alone, the short title, with its kicker before it or its subtitle after it."""
from __future__ import annotations

from editor.model import Article

from .fold import fold


def headline_forms(art: Article, *, subtitle_alone: bool = False) -> set[str]:
    """Folded forms; `subtitle_alone` also accepts the subtitle by itself (cover lines often
    print the subtitle, 常州市122个项目参加集中开工)."""
    k, ti, s = fold(art.kicker), fold(art.title), fold(art.subtitle)
    forms = {ti, k + ti, ti + s, k + ti + s}
    bare = k.rstrip("—-:：")       # the kicker's closing dash may be left off in the contents
    if bare != k:
        forms |= {bare + ti, bare + ti + s}
    if art.short_title:
        st = fold(art.short_title)
        forms |= {st, k + st, st + s}
    if subtitle_alone and s:
        forms.add(s)
    forms.discard("")
    return forms


def best_headline(text: str, articles, *, subtitle_alone: bool = False):
    """(similarity, article, closest folded form) of the article whose headline is closest."""
    from .fold import similarity
    target = fold(text)
    best = (0.0, None, "")
    for art in articles:
        for form in headline_forms(art, subtitle_alone=subtitle_alone):
            if 2.0 * min(len(target), len(form)) / (len(target) + len(form)) <= best[0]:
                continue    # the ratio's bound by length (difflib's real_quick_ratio): it cannot win
            score = similarity(target, form)
            if score > best[0]:
                best = (score, art, form)
    return best
