"""Font tests use the fonts prepared once on this machine (`issuedesk fonts prepare`); making
them takes a minute, so only the slow test does that."""
from __future__ import annotations

import pytest

from editor.layout import fonts


@pytest.fixture
def ready_fonts():
    if not fonts.fonts_ready():
        pytest.skip(f"fonts not prepared in {fonts.fonts_dir()}: run `issuedesk fonts prepare` first")
    return fonts.fonts_dir()
