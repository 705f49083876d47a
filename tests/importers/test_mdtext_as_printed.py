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


# Marks the importer turns into structure: the lead mark ■, box markers (链接 >>), the link
# brackets <…> of a URL, field labels (地址：) and the 目录 / CONTENTS heading.
_STRUCTURE_MARKS = set("■><:：/")


def _marks(text: str):
    from collections import Counter
    return Counter(ch for ch in text if not (ch.isalnum() or ch.isspace() or ch in _STRUCTURE_MARKS))


def test_the_sample_keeps_every_mark_it_printed(sample_md):
    """Brackets, quotes, commas, dashes …: as many in the issue as in the file, except in the jump
    lines (the layout writes its own) and the full-width brackets round a source line."""
    import re

    from editor.checks import CheckContext
    from editor.importers.mdtext.body import JUMP
    from editor.importers.sample_text import import_markdown
    result = import_markdown(sample_md)
    issue, meta = result.issue, result.issue.meta
    kept = [p.text for p in CheckContext(issue).texts] + [e.title for e in issue.contents]
    kept += [line for imp in issue.imprints for line in imp.lines] + [u.text for u in result.unplaced]
    kept += [v for v in (meta.contact.postcode, meta.contact.phone, meta.contact.fax, meta.contact.website) if v]
    printed = []
    for line in sample_md.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"^\s*(#+|[-*+](?=\s+\d))\s*", "", line).replace("**", "")
        if JUMP.match(line.strip()):
            continue
        printed.append(re.sub(r"^■\s*（([^（）()]{1,24})）\s*$", r"\1", line.strip()))
    assert _marks("".join(kept)) == _marks("".join(printed))
    assert "(" in "".join(kept)      # the half-width ones of the board notes among them


def test_half_width_marks_the_model_cannot_keep_are_named_in_the_notes(make_magazine):
    body = "## 新站启用\n\n新站选在山顶，四周\n\n■(下转第5页)\n\n地址：青溪县新站路1号\n"
    notes = import_text(make_magazine(extra_body=body)).notes
    assert len(notes) == 2
    assert "准印证号:S(2024)01000007" in notes[0] and "■(下转第5页)" in notes[1]
    clean = make_magazine().replace("准印证号:", "准印证号：")
    assert import_text(clean).notes == []
