"""What an import hands back: the issue and every line it could not place, with the reason."""
from __future__ import annotations

from dataclasses import dataclass, field

from editor.model import Issue


@dataclass
class Unplaced:
    line: int        # 1-based line number in the source file
    text: str
    reason: str


@dataclass
class ImportResult:
    issue: Issue
    unplaced: list[Unplaced] = field(default_factory=list)
    encoding: str = "utf-8"
    notes: list[str] = field(default_factory=list)   # things the user should know (e.g. GB18030 input)
