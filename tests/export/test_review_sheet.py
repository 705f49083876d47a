"""The printed contents review sheet with the proofreader's on-screen review on it: ticks,
comments, the sign-off, and the STALE notice; read back with pdftotext."""
from __future__ import annotations

import subprocess

from editor.export.contents_sheet import TICKED, UNTICKED, TocEntry, toc_entries, toc_json, write_contents_sheet
from editor.model import ContentsReview, ReviewItem

ENTRIES = [TocEntry("专稿", "以科技创新引领青溪高质量发展", 1, 1, "a01", "c01"),
           TocEntry("专稿", "青溪市出台支持企业研发投入十条措施", 3, 3, "a02", "c02"),
           TocEntry("创新平台", "青溪实验室揭牌", 4, 6, "a03", "c03")]


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _review(**kw) -> ContentsReview:
    items = [ReviewItem("c01", True), ReviewItem("c02", True, "副标题少一字"), ReviewItem("c03", False, "页码待定")]
    return ContentsReview(items=items, **kw)


def _row(text: str, title: str) -> str:
    return next(line for line in text.splitlines() if title in line)


def test_sheet_prints_ticks_comments_and_the_signer(fonts_ready, tmp_path):
    review = _review(signed_by="李华", signed_at="2026-11-27T10:05:00+08:00", pages_signature="c01:1")
    text = _text(write_contents_sheet(ENTRIES, tmp_path / "sheet.pdf", label="青溪科技 2026年第11期", review=review))
    assert _row(text, "以科技创新引领").lstrip().startswith(TICKED)
    assert _row(text, "青溪实验室揭牌").lstrip().startswith(UNTICKED)
    assert "校对：副标题少一字" in text and "校对：页码待定" in text
    assert "李华" in text and "2026-11-27 10:05" in text
    assert "已核对 2 / 3 条" in text
    assert "已过期" not in text


def test_stale_sign_off_is_flagged(fonts_ready, tmp_path):
    review = _review(signed_by="李华", signed_at="2026-11-27T10:05:00+08:00", pages_signature="c01:1")
    text = _text(write_contents_sheet(ENTRIES, tmp_path / "sheet.pdf", review=review, stale=True))
    assert text.lstrip().splitlines()[1].strip().startswith("已过期")
    assert "李华" in text and "（已过期）" in text


def test_without_review_the_paper_form_is_unchanged(fonts_ready, tmp_path):
    text = _text(write_contents_sheet(ENTRIES, tmp_path / "sheet.pdf", label="青溪科技"))
    assert TICKED not in text and UNTICKED not in text and "校对：" not in text
    assert "校对人：________________" in text


def test_unsigned_review_keeps_the_blank_signature_line(fonts_ready, tmp_path):
    text = _text(write_contents_sheet(ENTRIES, tmp_path / "sheet.pdf", review=_review()))
    assert "校对人：________________" in text and TICKED in text


def test_entries_carry_their_contents_id_but_the_json_does_not(demo_folder):
    from editor.layout.paginate import lay_out
    from editor.store import load_issue
    issue = load_issue(demo_folder)
    entries = toc_entries(issue, lay_out(issue, demo_folder).pagemap)
    assert [e.entry for e in entries] == [e.id for e in issue.contents]
    assert all("entry" not in e for e in toc_json(entries)["entries"])
