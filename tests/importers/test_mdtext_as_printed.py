"""import-text keeps the punctuation the source printed, so the checks can see it: brackets of
board notes and source lines, half-width marks in titles and contents lines. Only keys for
matching fold widths; the stored text never does."""
from __future__ import annotations

from editor.checks import run_checks
from editor.importers.sample_text import import_text
from editor.layout.pages_contents import colophon_items


def _board(make_magazine, line: str):
    text = make_magazine().replace("副主任 (以姓氏笔画为序)", line)
    return {r.role: r for r in import_text(text).issue.meta.board}


def test_board_notes_keep_their_brackets(make_magazine):
    assert _board(make_magazine, "副主任 (以姓氏笔画为序)")["副主任"].note == "(以姓氏笔画为序)"
    assert _board(make_magazine, "副主任（以姓氏笔画为序）")["副主任"].note == "（以姓氏笔画为序）"
    role = _board(make_magazine, "副主任(以姓氏笔画为序) 林森")["副主任"]
    assert role.note == "(以姓氏笔画为序)" and role.names == ["林森", "方圆", "石磊"]


def test_source_lines_keep_brackets_other_than_the_usual(make_magazine):
    def source(line):
        body = f"## 新站启用\n\n新站选在山顶。\n\n{line}\n"
        issue = import_text(make_magazine(extra_body=body)).issue
        return next(a for a in issue.articles() if "新站" in a.title).source
    assert source("■（气象办）") == "气象办"            # the layout sets ■（…） itself
    assert source("■ （ 气象办 ）") == "气象办"
    assert source("■(气象办)") == "(气象办)"            # half-width: kept for PUNCT-WIDTH
    assert source("■（气象办)") == "（气象办)"


def test_titles_and_contents_lines_keep_half_width_marks(make_magazine):
    entries = "- 03 新站启用(一):山顶上的气象站\n"
    body = "## 新站启用(一):山顶上的气象站\n\n新站选在山顶。\n"
    issue = import_text(make_magazine(entries, body)).issue
    art = next(a for a in issue.articles() if "新站" in a.title)
    assert art.title == "新站启用(一):山顶上的气象站"
    assert issue.contents[2].title == "新站启用(一):山顶上的气象站" and issue.contents[2].article == art.id


def test_checks_find_what_was_printed_and_the_layout_sets_it_plainly(make_magazine):
    body = "## 新站启用\n\n新站选在山顶。\n\n■(气象办)\n"
    issue = import_text(make_magazine(extra_body=body)).issue
    found = {(f.location.get("field"), f.location.get("article")) for f in run_checks(issue, rules=["PUNCT-WIDTH"])}
    art = next(a for a in issue.articles() if "新站" in a.title)
    assert found == {("board[1]", None), ("source", art.id)}
    lines = [text for kind, text in colophon_items(issue.meta) if kind == "text"]
    # As printed, once: no second pair of brackets round the note, names on their own line.
    assert "副主任(以姓氏笔画为序)" in lines and "方圆  石磊" in lines
