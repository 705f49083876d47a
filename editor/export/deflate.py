"""Deflating the PDF's streams: ReportLab's Flate filter at our level, and a stream deflated by
a thread of its own while the pages are drawn.

zlib lets go of Python's lock while it compresses, but takes it back whenever its output buffer
grows and when it returns; a thread that wants the lock while the drawing thread runs Python
waits up to the switch interval (5 ms) or forces a switch, which on our two-core machine costs
the drawing thread ~0.1-0.2 ms each time. So only a big stream known from the start pays for a
thread: the output intent's profile (228 KB, 4 ms, done long before the file is written). A
page's stream (~0.1 ms to compress) or a font subset's (~0.8 ms, made only when the file is
written) cost the drawing thread more in switches than they spare: measured, a worker for every
stream left the render's wall time where it was while the main thread did 20 ms less work."""
from __future__ import annotations

import threading
import zlib
from typing import Callable

from reportlab.pdfbase import pdfdoc

# ReportLab deflates page, font and cmap streams at zlib's default level, 6. Level 1, measured on
# the sample's 28 pages: 16 ms instead of 38 ms, 823 KB instead of 757 KB; on the demo's 12
# pages: 11 ms instead of 37 ms, 537 KB instead of 513 KB (level 5: 27 ms, 763 KB for the sample).
LEVEL = 1


def deflate(content) -> bytes:
    return zlib.compress(content.encode("utf8") if isinstance(content, str) else content, LEVEL)


class _Filter(pdfdoc.PDFStreamFilterZCompress):
    def encode(self, text):
        return deflate(text)


def use() -> None:
    """Our filter where ReportLab's streams find theirs when the document is written (ttfonts too):
    one object for the process, with no level of its own to set."""
    if not isinstance(pdfdoc.PDFZCompress, _Filter):
        pdfdoc.PDFZCompress = _Filter()


def later(content: bytes) -> Callable[[], bytes]:
    """Start deflating `content` in a thread; the function returned gives the bytes (waiting for
    the thread if need be; deflating them itself if the thread failed). Same bytes as deflate()."""
    made: list[bytes] = []
    thread = threading.Thread(target=lambda: made.append(deflate(content)), name="deflate", daemon=True)
    thread.start()

    def result() -> bytes:
        thread.join()
        return made[0] if made else deflate(content)
    return result
