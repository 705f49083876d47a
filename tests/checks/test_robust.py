"""Whatever the issue holds, the checks report on it and never fail: the GUI runs them after
every edit, on half-made issues."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.checks import RULES, run_checks
from editor.layout.pagemap import ArticleSpan, ContentsLine, Jump, LineRecord, Overset, PageInfo, PageMap
from editor.model import (Article, ContentsEntry, Figure, ImageInfo, Imprint, Issue, IssueMeta, JumpLine,
                          Note, Paragraph, PreviousIssue, Section, Sidebar, Subhead)

_text = st.text(alphabet=st.sampled_from(list("常州科技局中心有限公司集团高新区“”‘’《》（）()【】,.;:?!，。、 \n0123456789-～—…■年月个")),
                max_size=40)
_page = st.one_of(st.none(), st.integers(-2, 40))
_block = st.one_of(
    st.builds(Paragraph.of, _text, _text),
    st.builds(Subhead, _text),
    st.builds(JumpLine, st.sampled_from(["to", "from"]), _page),
    st.builds(Figure, st.sampled_from(["f1", "f2", "f3"]), st.one_of(st.none(), st.just("images/x.jpg"), st.just("../x.jpg")),
              _text, st.one_of(st.none(), _text), st.booleans(), st.one_of(st.none(), st.floats(0.1, 300)),
              st.one_of(st.none(), st.floats(0.1, 300)),
              st.one_of(st.none(), st.builds(ImageInfo, st.integers(1, 5000), st.integers(1, 5000),
                                             mode=st.sampled_from(["RGB", "CMYK", "P", "L"])))),
    st.builds(Sidebar, _text, st.lists(st.builds(Paragraph.of, _text), max_size=2)),
    st.builds(Note, st.lists(st.builds(Paragraph.of, _text), max_size=2)),
)
_article = st.builds(Article, st.sampled_from(["a1", "a2", "a3", "a4"]), _text, kicker=st.one_of(st.none(), _text),
                     subtitle=st.one_of(st.none(), _text), short_title=st.one_of(st.none(), _text),
                     blocks=st.lists(_block, max_size=6))
_issue = st.builds(
    Issue,
    meta=st.builds(IssueMeta, title=_text, year=st.integers(1990, 2030), number=st.integers(0, 13),
                   cumulative=st.one_of(st.none(), st.integers(0, 500)), permit=st.one_of(st.none(), _text),
                   previous=st.one_of(st.none(), st.builds(PreviousIssue, st.integers(1990, 2030), st.integers(0, 13),
                                                           st.one_of(st.none(), st.integers(0, 500)))),
                   print_date=st.one_of(st.none(), _text)),
    sections=st.lists(st.builds(Section, st.sampled_from(["s1", "s2"]), _text, st.lists(_article, max_size=3)), max_size=3),
    contents=st.lists(st.builds(ContentsEntry, st.sampled_from(["c1", "c2", "c3"]), _text, _text, _page,
                                st.one_of(st.none(), st.sampled_from(["a1", "a2", "a9"]))), max_size=5),
    imprints=st.lists(st.builds(Imprint, st.sampled_from(["cover", "masthead", "elsewhere"]), _text,
                                st.one_of(st.none(), st.integers(1990, 2030)), st.one_of(st.none(), st.integers(0, 13)),
                                st.one_of(st.none(), st.integers(0, 500)), st.lists(_text, max_size=3)), max_size=3),
)
_pagemap = st.one_of(st.none(), st.builds(
    PageMap, st.just("t"),
    pages=st.lists(st.builds(PageInfo, st.integers(1, 9), _page, st.just("article")), max_size=9),
    articles=st.dictionaries(st.sampled_from(["a1", "a2", "a9"]),
                             st.builds(ArticleSpan, st.sampled_from(["a1", "a2"]), st.integers(1, 9), st.integers(1, 9),
                                       st.lists(st.integers(1, 9), max_size=3))),
    jumps=st.lists(st.builds(Jump, st.sampled_from(["a1", "a2", "a9"]), st.integers(1, 9), st.integers(1, 9)), max_size=2),
    overset=st.lists(st.builds(Overset, st.sampled_from(["a1", "a9"]), st.integers(0, 5), st.integers(0, 500)), max_size=2),
    contents=st.lists(st.builds(ContentsLine, st.none(), st.sampled_from(["a1", "a9"]), _text, _text, _page), max_size=3),
    lines=st.lists(st.builds(LineRecord, st.integers(0, 12), st.integers(1, 3), _text), max_size=4),
))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_issue, _pagemap)
def test_checks_never_fail(tmp_path_factory, issue, pagemap):
    folder = tmp_path_factory.getbasetemp()
    for f in run_checks(issue, pagemap, folder=folder):
        assert f.rule in RULES and f.message
