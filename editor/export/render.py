"""The display list of a laid-out issue drawn onto a ReportLab canvas: print or proof PDF."""
from __future__ import annotations


def render_pdf(laid, out_path, *, mode="print", image_source=None, progress=None, cancel=None) -> None:
    """Stub: the real renderer lands shortly; the signature is the contract."""
    raise NotImplementedError("render_pdf is being written")
