"""Upgrading older issue files to the current format.

Each step takes the root element of a file in format N and returns it in format N+1; a file
is validated against the schema of its own version first, then stepped up. Format 1 is the
first, so there are no steps yet. When format 2 comes: add resources/schema/issue-2.rng,
add STEPS[1] = _from_1, keep issue-1.rng and a version-1 fixture test so old files still load."""
from __future__ import annotations

from typing import Callable

from lxml import etree

CURRENT = 1
STEPS: dict[int, Callable[[etree._Element], etree._Element]] = {}


def upgrade(root: etree._Element, version: int) -> etree._Element:
    while version < CURRENT:
        root = STEPS[version](root)
        version += 1
        root.set("format", str(version))
    return root


def known_versions() -> range:
    """Versions this program reads: every version that has a path of steps to CURRENT."""
    first = CURRENT
    while first - 1 in STEPS:
        first -= 1
    return range(first, CURRENT + 1)
