"""The real sample: imported with import-text, then `info` describes it and `new` follows it."""
from __future__ import annotations

import json

import pytest

from editor.cli.main import main

pytestmark = pytest.mark.sample


def test_info_and_new_on_the_imported_sample(sample_md, tmp_path, capsys):
    folder = tmp_path / "2021-03"
    assert main(["import-text", str(sample_md), "-o", str(folder)]) == 0
    capsys.readouterr()
    assert main(["info", str(folder), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["title"], data["year"], data["number"], data["cumulative"]) == ("常州科技", 2021, 3, 158)
    names = [s["name"] for s in data["sections"]]
    assert names[0] == "专稿" and "科技动态" in names
    articles = [a for s in data["sections"] for a in s["articles"]]
    assert len(articles) >= 20 and all(a["chars"] > 0 for a in articles)
    assert any(a["figures"] for a in articles) and data["contents"]

    assert main(["info", str(folder)]) == 0
    assert capsys.readouterr().out.startswith("常州科技 2021年第3期（总第158期）")

    assert main(["new", str(tmp_path / "2021-04"), "--from", str(folder)]) == 0
    capsys.readouterr()
    assert main(["info", str(tmp_path / "2021-04"), "--format", "json"]) == 0
    nxt = json.loads(capsys.readouterr().out)
    assert (nxt["year"], nxt["number"], nxt["cumulative"]) == (2021, 4, 159)
    assert [s["name"] for s in nxt["sections"]] == names
    assert all(s["articles"] == [] for s in nxt["sections"]) and nxt["contents"] == []
