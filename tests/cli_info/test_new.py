"""`issuedesk new DIR --from PREV`: the next issue, same sections, no articles or images."""
from __future__ import annotations

import json

from editor.cli.main import main
from editor.store import ISSUE_FILENAME, load_issue


def test_new_starts_the_next_issue(issue_dir, tmp_path, capsys):
    target = tmp_path / "2022-01"
    assert main(["new", str(target), "--from", str(issue_dir)]) == 0
    out = capsys.readouterr().out
    assert "常州科技 2022年第1期（总第159期）" in out
    new = load_issue(target)
    m = new.meta
    assert (m.year, m.number, m.cumulative) == (2022, 1, 159)
    assert (m.previous.year, m.previous.number, m.previous.cumulative) == (2021, 12, 158)
    assert [(s.id, s.name, s.articles) for s in new.sections] == [("s01", "专稿", []), ("s02", "科技动态", [])]
    assert m.board[0].names == ["王某"]
    assert m.cover.slogan == "科技 引领未来" and m.cover.image is None and m.cover.lines == []
    assert new.contents == []
    assert list((target / "images").iterdir()) == []   # no article or cover images copied
    assert load_issue(issue_dir).meta.number == 12      # the previous issue is untouched


def test_new_from_the_issue_file_and_info_reads_it(issue_dir, tmp_path, capsys):
    target = tmp_path / "next"
    assert main(["new", str(target), "--from", str(issue_dir / ISSUE_FILENAME)]) == 0
    capsys.readouterr()
    assert main(["info", str(target), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["number"], data["cumulative"], data["contents"]) == (1, 159, [])


def test_new_refuses_a_non_empty_target(issue_dir, tmp_path, capsys):
    target = tmp_path / "busy"
    target.mkdir()
    (target / "keep.txt").write_text("x")
    assert main(["new", str(target), "--from", str(issue_dir)]) == 2
    assert "不会覆盖" in capsys.readouterr().err
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_new_from_an_unreadable_issue_exits_2(tmp_path, capsys):
    assert main(["new", str(tmp_path / "x"), "--from", str(tmp_path / "missing")]) == 2
    assert "找不到" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_mid_year_number_and_numbers_per_year(issue_dir, tmp_path, capsys):
    assert main(["new", str(tmp_path / "a"), "--from", str(issue_dir), "--numbers-per-year", "24"]) == 0
    assert (load_issue(tmp_path / "a").meta.year, load_issue(tmp_path / "a").meta.number) == (2021, 13)
