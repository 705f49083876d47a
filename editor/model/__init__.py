"""The issue model: plain Python data, no I/O, no Qt, no lxml, no ReportLab.

Everything else reads or changes an issue through these classes."""
from .article import Article, Placement, block_texts
from .blocks import (BLOCK_TYPES, Block, Figure, ImageInfo, JumpLine, Note, Paragraph, Run,
                     Sidebar, Subhead, Table)
from .contents import ContentsEntry, ContentsReview, ReviewItem
from .issue import PHOTO_POSITIONS, Issue, PhotoPage, Section
from .meta import Contact, Cover, Imprint, IssueMeta, PreviousIssue, Role
from .next_issue import next_issue

__all__ = [
    "Article", "Placement", "block_texts", "BLOCK_TYPES", "Block", "Figure", "ImageInfo",
    "JumpLine", "Note", "Paragraph", "Run", "Sidebar", "Subhead", "Table", "ContentsEntry",
    "ContentsReview", "ReviewItem", "PHOTO_POSITIONS", "Issue", "PhotoPage", "Section", "Contact",
    "Cover", "Imprint", "IssueMeta", "PreviousIssue", "Role", "next_issue",
]
