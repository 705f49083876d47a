"""The printing condition we separate for: the CMYK profile we ship and the names the PDF/X
output intent gives it. Apart from images.py so that writing the output intent does not import
Pillow's colour management (an issue without pictures never needs it)."""
from __future__ import annotations

from pathlib import Path

from editor.paths import resource

CMYK_PROFILE_FILE = "IssueDesk-FOGRA39-TAC300.icc"
# The characterization the profile was built from; the PDF/X output intent names it.
OUTPUT_CONDITION_ID = "FOGRA39"
OUTPUT_CONDITION = "Offset printing, coated paper (ISO 12647-2:2004/Amd 1, FOGRA39), TAC 300%"


def cmyk_profile_path() -> Path:
    return resource("icc", CMYK_PROFILE_FILE)
