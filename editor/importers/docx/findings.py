"""What an import wants a person to look at: tables, comments, tracked changes, footnotes."""
from __future__ import annotations

from dataclasses import dataclass, field

from editor.i18n import t


@dataclass
class Finding:
    code: str                 # DOCX-TABLE, DOCX-COMMENT, DOCX-TRACKED, DOCX-FOOTNOTE, …
    zh: str
    en: str
    values: dict = field(default_factory=dict)
    severity: str = "warning"

    @property
    def message(self) -> str:
        return t(self.zh, self.en, **self.values)
