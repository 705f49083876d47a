"""The user's language for messages outside Qt: zh_CN first, English as the fallback.

ISSUEDESK_LANG=zh|en overrides. Otherwise the locale decides: a Chinese locale, or none at all
(C/POSIX, as on many servers), gives Chinese — the language of the offices we serve; any other
language gives English."""
from __future__ import annotations

import os


def language() -> str:
    forced = os.environ.get("ISSUEDESK_LANG", "").lower()
    if forced.startswith(("zh", "en")):
        return forced[:2]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if not value:
            continue
        lang = value.split(":")[0].split(".")[0].lower()
        if lang in ("c", "posix", ""):
            return "zh"
        return "zh" if lang.startswith("zh") else "en"
    return "zh"


def t(zh: str, en: str, **values) -> str:
    """The message in the user's language, with {placeholders} filled in."""
    text = zh if language() == "zh" else en
    return text.format(**values) if values else text
