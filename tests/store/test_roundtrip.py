"""Everything in the model survives save and load unchanged, and every saved file validates."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from editor.model import (Article, Contact, ContentsEntry, ContentsReview, Cover, Figure,
                          ImageInfo, Imprint, Issue, IssueMeta, JumpLine, Note, Paragraph,
                          PhotoPage, Placement, PreviousIssue, ReviewItem, Role, Run, Section,
                          Sidebar, Subhead, Table)
from editor.store import (ISSUE_FILENAME, create_issue_folder, issue_from_xml, issue_to_xml,
                          load_issue)
from editor.store.safe_parse import schema

CJK = "常州科技创新引领产业转型升级专稿栏目■（）——、。，“”《》　"
# Any character a model string can hold (surrogates cannot be UTF-8), Chinese weighted in,
# and the whitespace and control characters that are easy to lose.
chars = st.one_of(st.sampled_from(CJK), st.sampled_from(" \t\n\r\x0b\x0c\x00\ufffe\x85\u2028"),
                  st.characters(blacklist_categories=("Cs",)))
text = st.text(chars, max_size=12)
opt_text = st.none() | text
ident = st.text(st.sampled_from("abcs0123456789-_常"), min_size=1, max_size=5)
opt_int = st.none() | st.integers(-10**6, 10**12)
opt_float = st.none() | st.floats(allow_nan=False)
rel_path = st.lists(st.text(st.sampled_from("abc012-_图片"), min_size=1, max_size=6), min_size=1,
                    max_size=3).map(lambda parts: "images/" + "/".join(parts) + ".jpg")

runs = st.builds(Run, text, st.booleans(), st.booleans())
paragraph = st.builds(Paragraph, st.lists(runs, max_size=4))
subhead = st.builds(Subhead, text)
image_info = st.builds(ImageInfo, st.integers(0, 10**5), st.integers(0, 10**5), opt_float, opt_float,
                       text, opt_text)
figure = st.builds(Figure, ident, st.none() | rel_path, text, opt_text, st.booleans(), opt_float,
                   opt_float, st.none() | image_info)
inner = st.lists(paragraph | subhead, max_size=3)
block = st.one_of(paragraph, subhead, figure,
                  st.builds(Sidebar, text, inner, text), st.builds(Note, inner, text, text),
                  st.builds(Table, st.lists(st.lists(text, max_size=3), max_size=3), st.integers(0, 3), text),
                  st.builds(JumpLine, st.sampled_from(["to", "from", ""]), opt_int))
placement = st.builds(Placement, opt_int, opt_int, opt_int)
article = st.builds(Article, ident, text, opt_text, opt_text, opt_text, opt_text, st.booleans(),
                    opt_int, st.lists(block, max_size=4), placement)
section = st.builds(Section, ident, text, st.lists(article, max_size=2))
role = st.builds(Role, text, st.lists(text, max_size=3), opt_text)
meta = st.builds(
    IssueMeta, text, st.integers(-9999, 99999), st.integers(-100, 100), opt_int, opt_text, opt_text,
    st.lists(role, max_size=2), st.lists(role, max_size=3),
    st.builds(Contact, opt_text, opt_text, opt_text, opt_text, opt_text, opt_text),
    opt_text, opt_int, opt_text, opt_text, opt_text,
    st.builds(Cover, st.none() | rel_path, opt_text, opt_text, st.lists(text, max_size=4), opt_text),
    text, st.none() | st.builds(PreviousIssue, st.integers(0, 3000), st.integers(0, 99), opt_int))
photo_page = st.builds(PhotoPage, ident, text, st.sampled_from(["inside-front", "inside-back", "back", ""]),
                       st.lists(figure, max_size=3))
entry = st.builds(ContentsEntry, ident, text, text, opt_int, st.none() | ident | st.just(""))
imprint = st.builds(Imprint, text, opt_text, opt_int, opt_int, opt_int, st.lists(text, max_size=2))
review = st.builds(ContentsReview, st.lists(st.builds(ReviewItem, ident, st.booleans(), text), max_size=3),
                   opt_text, opt_text, opt_text)
issues = st.builds(Issue, meta, st.lists(section, max_size=2), st.lists(photo_page, max_size=2),
                   st.lists(entry, max_size=3), st.lists(imprint, max_size=2), st.none() | review)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(issues)
def test_any_issue_round_trips_and_validates(issue):
    data = issue_to_xml(issue)
    assert schema(1).validate(etree.fromstring(data)), schema(1).error_log
    assert issue_from_xml(data) == issue


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(issues)
def test_any_issue_round_trips_through_a_folder(issue):
    with tempfile.TemporaryDirectory() as tmp:
        folder = create_issue_folder(issue, Path(tmp) / "issue")
        assert load_issue(folder) == issue
        assert load_issue(folder / ISSUE_FILENAME) == issue


def test_whitespace_and_none_versus_empty_are_kept(issue):
    art = issue.sections[0].articles[0]
    art.kicker, art.subtitle, art.short_title = "  两端空格  ", "", None
    art.blocks.insert(0, Paragraph([Run(""), Run("\n\n  \t"), Run("a\r\nb")]))
    issue.meta.permit = ""
    back = issue_from_xml(issue_to_xml(issue))
    got = back.sections[0].articles[0]
    assert (got.kicker, got.subtitle, got.short_title) == ("  两端空格  ", "", None)
    assert [r.text for r in got.blocks[0].runs] == ["", "\n\n  \t", "a\r\nb"]
    assert back.meta.permit == "" and back.meta.internal_marking == "内部资料 免费交流"
    assert back == issue


def test_control_characters_are_kept_not_refused(issue):
    issue.meta.title = "常州\x0b科技\x00"
    data = issue_to_xml(issue)
    assert b'encoding="base64"' in data
    assert issue_from_xml(data).meta.title == "常州\x0b科技\x00"


def test_fixture_issue_round_trips_through_folder(issue_dir, issue):
    loaded = load_issue(issue_dir)
    assert loaded == issue
    assert (issue_dir / "images" / "a01-1.jpg").read_bytes() == b"photo"
    # The file on disk is the one the schema describes, root carries the version.
    root = etree.parse(str(issue_dir / ISSUE_FILENAME)).getroot()
    assert root.get("format") == "1" and schema(1).validate(root)
