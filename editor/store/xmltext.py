"""Text and value conversions between the model and XML.

XML 1.0 cannot hold some characters a model string may contain (control characters pasted
from Word, U+FFFE…). Rather than refuse to save, such a string is written as base64 with
encoding="base64" on its element, so every string round-trips exactly."""
from __future__ import annotations

import base64
import functools
import math
import re

from lxml import etree

from editor.errors import UserError

NS = "urn:issuedesk:issue"
_Q = "{%s}" % NS


@functools.cache
def xml_illegal() -> re.Pattern:
    """The characters XML 1.0 does not allow (outside its Char production); any of them forces
    base64. Spelled as the few it excludes rather than the negation of the many it allows: the
    regex compiler walks every code point of a class, and that one took 5 ms at each start.
    Compiled on first use: only writing needs it, and this one still takes 0.5 ms, which a
    process that only reads an issue (an export) need not pay."""
    return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def q(tag: str) -> str:
    return _Q + tag


def local(tag) -> str | None:
    """The local name of an element tag, None for comments and other non-elements."""
    if not isinstance(tag, str):
        return None
    return tag[len(_Q):] if tag.startswith(_Q) else tag


def text_el(parent, tag: str, value: str) -> etree._Element:
    el = etree.SubElement(parent, q(tag))
    if xml_illegal().search(value):
        el.set("encoding", "base64")
        el.text = base64.b64encode(value.encode("utf-8", "surrogatepass")).decode("ascii")
    elif value:
        el.text = value
    return el


def opt_text_el(parent, tag: str, value: str | None) -> None:
    if value is not None:
        text_el(parent, tag, value)


def el_text(el) -> str:
    raw = el.text or ""
    if el.get("encoding") == "base64":
        return base64.b64decode(raw.encode("ascii"), validate=True).decode("utf-8", "surrogatepass")
    return raw


def set_attr(el, name: str, value) -> None:
    """Write an attribute; None leaves it out so None and "" stay apart."""
    if value is None:
        return
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        text = _float_text(value)
    else:
        text = str(value)
        if xml_illegal().search(text):
            raise UserError("无法保存：标识“{v}”含有控制字符。", "Cannot save: identifier {v!r} holds a control character.",
                            v=text.encode("unicode_escape").decode("ascii"))
    el.set(name, text)


def _float_text(x: float) -> str:
    if math.isinf(x):
        return "INF" if x > 0 else "-INF"
    if math.isnan(x):
        return "NaN"
    return repr(x)


def attr_str(el, name: str) -> str | None:
    return el.get(name)


def attr_int(el, name: str) -> int | None:
    v = el.get(name)
    return None if v is None else int(v.strip())


def attr_float(el, name: str) -> float | None:
    v = el.get(name)
    if v is None:
        return None
    v = v.strip()
    special = {"INF": math.inf, "+INF": math.inf, "-INF": -math.inf}
    return special[v] if v in special else float(v)


def attr_bool(el, name: str, default: bool = False) -> bool:
    v = el.get(name)
    if v is None:
        return default
    return v.strip() in ("true", "1")
