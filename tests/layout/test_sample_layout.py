"""Acceptance on the real sample: the whole issue laid out, every set line scanned for the
GB/T 15834 rules, and every Chinese character of the text found in the PDF."""
from __future__ import annotations

import subprocess

import pytest

from editor.export.render import render_pdf
from editor.importers.sample_text import import_markdown
from editor.layout.paginate import lay_out

pytestmark = [pytest.mark.usefixtures("ready_fonts"), pytest.mark.sample]


def _han(text: str) -> set[str]:
    return {ch for ch in text if "\u4e00" <= ch <= "\u9fff"}


@pytest.fixture
def laid_sample(sample_md, tmp_path):
    issue = import_markdown(sample_md).issue
    return issue, lay_out(issue, tmp_path)


def test_sample_lines_keep_the_line_breaking_rules(laid_sample, breaking_faults):
    issue, laid = laid_sample
    pm = laid.pagemap
    assert len(pm.lines) > 1000
    assert breaking_faults(pm.lines) == []


def test_sample_contents_and_spans(laid_sample):
    issue, laid = laid_sample
    pm = laid.pagemap
    articles = [a.id for a in issue.articles()]
    assert sorted(c.article for c in pm.contents) == sorted(articles)
    for c in pm.contents:
        assert c.folio == pm.start_folio(c.article)
    assert not pm.overset and not pm.missing_glyphs
    assert 20 <= pm.page_count <= 40


def test_every_chinese_character_of_the_sample_is_in_the_pdf(laid_sample, tmp_path):
    issue, laid = laid_sample
    out = tmp_path / "sample.pdf"
    render_pdf(laid, out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    wanted = set()
    for art in issue.articles():
        for _, t in art.texts():
            wanted |= _han(t)
    assert len(wanted) > 1000
    assert sorted(wanted - _han(text)) == []
