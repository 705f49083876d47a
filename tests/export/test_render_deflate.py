"""Streams deflated at our level; the profile's by a thread of its own, to the same bytes."""
from __future__ import annotations

import threading
import zlib

from reportlab.pdfbase import pdfdoc

from editor.export import deflate


def test_our_filter_deflates_at_our_level():
    deflate.use()
    text = "BT /F1 10 Tf 1 0 0 1 72 700 Tm <0102> Tj ET\n" * 200
    assert pdfdoc.PDFZCompress.encode(text) == zlib.compress(text.encode(), deflate.LEVEL)
    assert pdfdoc.PDFZCompress.encode(text.encode()) == zlib.compress(text.encode(), deflate.LEVEL)
    assert zlib.compress(text.encode(), deflate.LEVEL) != zlib.compress(text.encode())   # not level 6


def test_later_deflates_in_another_thread_to_the_same_bytes(monkeypatch):
    data = bytes(range(256)) * 1000
    threads = []
    made = deflate.deflate

    def spy(content):
        threads.append(threading.current_thread())
        return made(content)
    monkeypatch.setattr(deflate, "deflate", spy)
    result = deflate.later(data)
    assert result() == zlib.compress(data, deflate.LEVEL)
    assert result() == zlib.compress(data, deflate.LEVEL)          # again, without a new thread
    assert len(threads) == 1 and threads[0] is not threading.current_thread()


def test_later_deflates_itself_when_the_thread_failed(monkeypatch):
    data = b"profile" * 1000
    made = deflate.deflate

    def fail_in_thread(content):
        if threading.current_thread() is not threading.main_thread():
            raise MemoryError
        return made(content)
    monkeypatch.setattr(deflate, "deflate", fail_in_thread)
    monkeypatch.setattr(threading, "excepthook", lambda args: None)     # quiet the thread's error
    assert deflate.later(data)() == zlib.compress(data, deflate.LEVEL)
