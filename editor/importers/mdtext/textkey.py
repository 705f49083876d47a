"""Comparing titles that the OCR and the typesetter printed differently (spaces, line breaks,
full/half width, colons, quotes, dashes) and telling finished sentences from cut ones."""
from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

# Sentence-final marks: a paragraph ending in one of these is complete. ；：and the dash close
# list items and lead-ins (重点将在四个主抓手上发力：), so they count as final too.
_FINAL = set("。！？!?；;：:…—■")
_CLOSERS = set("”’」』）)》】\"'")


@lru_cache(maxsize=4096)
def key(text: str) -> str:
    """Letters, digits and CJK only, width folded, lower case: the text a reader would say."""
    folded = unicodedata.normalize("NFKC", text or "").lower()
    return "".join(ch for ch in folded if ch.isalnum())


def similarity(a: str, b: str, at_least: float = 0.0) -> float:
    """0..1 on normalised keys; 1.0 when equal. Below `at_least` only an upper bound is returned
    (cheap bounds first: most pairs compared are far apart)."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    matcher = SequenceMatcher(None, ka, kb, autojunk=False)
    for bound in (matcher.real_quick_ratio, matcher.quick_ratio):
        value = bound()
        if value < at_least:
            return value
    return matcher.ratio()


def is_finished(text: str) -> bool:
    """Does the paragraph end a sentence? Closing quotes and brackets count only after a final mark
    (…“第一”“唯一”。 is finished, 举行“重大项目攻坚突破年” is not)."""
    t = (text or "").rstrip()
    if t.endswith("**"):
        t = t[:-2].rstrip()
    if not t:
        return True
    if t[-1] in _FINAL:
        return True
    while t and t[-1] in _CLOSERS:
        t = t[:-1]
        if t and t[-1] in _FINAL:
            return True
    return False


def tidy_title(text: str) -> str:
    """A printed title with OCR spacing cleaned: runs of spaces to one, none beside full-width
    punctuation (it carries its own space). Spaces between words are kept: they are line breaks
    or deliberate gaps of the printed title."""
    out = " ".join((text or "").split())
    for mark in "：；，、。（）“”‘’《》！？":
        out = out.replace(f" {mark}", mark).replace(f"{mark} ", mark)
    return out.strip()
