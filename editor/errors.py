"""Errors meant for the user: they carry a message in both languages and never show a traceback."""
from __future__ import annotations

from .i18n import t


class UserError(Exception):
    """Bad input or a refused action. The CLI prints the message and exits 2; the GUI shows a dialog."""

    def __init__(self, zh: str, en: str, **values):
        self.zh, self.en, self.values = zh, en, values
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return t(self.zh, self.en, **self.values)

    def __str__(self) -> str:
        return self.message


class IssueFileError(UserError):
    """The issue file cannot be read: malformed, hostile, too new, or missing."""


class LockedError(UserError):
    """Another person or process has the issue open."""

    def __init__(self, zh: str, en: str, holder=None, **values):
        super().__init__(zh, en, **values)
        self.holder = holder


class ConflictError(UserError):
    """The issue file changed on disk since it was loaded; saving would overwrite someone's work."""
