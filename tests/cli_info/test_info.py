"""`issuedesk info`: the JSON shape of cli.md, a readable text form, exit 2 when unreadable."""
from __future__ import annotations

import json

import pytest

from editor.cli.main import main
from editor.store import ISSUE_FILENAME


def _json(capsys, *argv) -> dict:
    assert main(["info", *argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_shape_is_the_contract(issue_dir, capsys):
    data = _json(capsys, str(issue_dir))
    assert list(data) == ["title", "year", "number", "cumulative", "sections", "contents"]
    assert (data["title"], data["year"], data["number"], data["cumulative"]) == ("常州科技", 2021, 12, 158)
    assert [s["name"] for s in data["sections"]] == ["专稿", "科技动态"]
    assert set(data["sections"][0]) == {"name", "articles"}
    a01, a02 = data["sections"][0]["articles"]
    assert list(a01) == ["id", "kicker", "title", "subtitle", "chars", "figures", "sidebars", "notes", "source"]
    assert a01["id"] == "a01" and a01["kicker"] is None and a01["subtitle"] == "常州市122个项目参加集中开工"
    # 聚焦开放。全省重大项目集中开工。 一、总体 市长陈金虎讲话（陈曦摄） 缺失的照片 附注内容, spaces not counted
    assert a01["chars"] == len("聚焦开放。全省重大项目集中开工。一、总体市长陈金虎讲话（陈曦摄）缺失的照片附注内容")
    assert a01["figures"] == [{"image": "images/a01-1.jpg", "caption": "市长陈金虎讲话"},
                              {"image": None, "caption": "缺失的照片"}]
    assert (a01["sidebars"], a01["notes"], a01["source"]) == (0, 1, None)
    assert (a02["kicker"], a02["sidebars"], a02["notes"], a02["source"]) == ("市长走访慰问——", 1, 0, "高新处")
    assert data["sections"][1]["articles"] == []
    assert data["contents"] == [
        {"section": "专稿", "title": "2021年全省重大项目集中开工\n常州市122个项目参加集中开工", "page": 1, "article": "a01"},
        {"section": "专稿", "title": "持续强化创新引领", "page": None, "article": None}]


def test_json_keys_do_not_change_with_the_language(issue_dir, capsys, monkeypatch):
    zh = _json(capsys, str(issue_dir))
    monkeypatch.setenv("ISSUEDESK_LANG", "en")
    assert _json(capsys, str(issue_dir)) == zh


def test_the_issue_file_may_be_named(issue_dir, capsys):
    assert _json(capsys, str(issue_dir / ISSUE_FILENAME))["number"] == 12


def test_text_is_readable_chinese(issue_dir, capsys):
    assert main(["info", str(issue_dir)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "常州科技 2021年第12期（总第158期）"
    assert "栏目 2 个，文章 2 篇，图片 2 幅，目录 2 条" in out
    assert "■ 专稿" in out and "■ 科技动态（本期无文章）" in out
    assert "a01" in out and "2021年全省重大项目集中开工" in out and "图 2 幅（缺图 1）" in out
    assert "来源：高新处" in out and "链接 1" in out and "附注 1" in out
    assert "  01  [专稿] 2021年全省重大项目集中开工 / 常州市122个项目参加集中开工  → a01" in out
    assert "  --  [专稿] 持续强化创新引领  → （未对应文章）" in out


def test_text_in_english(issue_dir, capsys, monkeypatch):
    monkeypatch.setenv("ISSUEDESK_LANG", "en")
    assert main(["info", str(issue_dir)]) == 0
    out = capsys.readouterr().out
    assert "2 sections, 2 articles, 2 figures, 2 contents entries" in out


@pytest.mark.parametrize("make", ["missing", "empty", "broken", "newer"])
def test_unreadable_issue_exits_2_with_a_message(tmp_path, issue_dir, capsys, make):
    target = tmp_path / "nowhere"
    if make == "empty":
        target = tmp_path / "empty"
        target.mkdir()
    elif make == "broken":
        (issue_dir / ISSUE_FILENAME).write_bytes(b"<issue")
        target = issue_dir
    elif make == "newer":
        f = issue_dir / ISSUE_FILENAME
        f.write_bytes(f.read_bytes().replace(b'format="1"', b'format="9"'))
        target = issue_dir
    assert main(["info", str(target), "--format", "json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("错误：")
    assert "Traceback" not in captured.err
    if make == "newer":
        assert "较新版本" in captured.err
