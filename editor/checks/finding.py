"""What a check reports: one finding, with a stable rule id and a place the GUI can jump to."""
from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")
# Keys a location may carry; the GUI jumps by them, scripts filter on them.
#   article, figure, entry, section: ids of the model (a07, f12, c03, s02)
#   block: index into the article's blocks;  page: a printed page number (folio)
#   field: a place in the metadata or the imprints, dotted: "masthead.cumulative", "distribution",
#          "cover.lines[2]", "imprints[1].lines[3]", "photo_page:p01", "board[1]"
LOCATION_KEYS = ("article", "block", "figure", "page", "entry", "section", "field")


@dataclass
class Finding:
    rule: str
    severity: str
    message: str
    location: dict = field(default_factory=dict)
    data: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        unknown = set(self.location) - set(LOCATION_KEYS)
        if unknown:
            raise ValueError(f"unknown location keys {sorted(unknown)}")

    def to_json(self) -> dict:
        """The shape of `issuedesk check --format json` (cli.md)."""
        return {"rule": self.rule, "severity": self.severity, "message": self.message,
                "location": dict(self.location)}


def count_by_severity(findings) -> dict[str, int]:
    counts = {s: 0 for s in SEVERITIES}
    for f in findings:
        counts[f.severity] += 1
    return counts
