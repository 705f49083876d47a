"""Word (.docx) intake, read with lxml: package safety, styles, paragraphs, drawings, text boxes
and tables, footnotes/comments/tracked changes, and the article they make."""
from .attach import attach
from .reader import DocxArticle, PendingImage, read_docx

__all__ = ["read_docx", "DocxArticle", "PendingImage", "attach"]
