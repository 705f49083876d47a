"""In English, `issuedesk CMD --help` speaks English: a line may quote a Chinese name (《青溪科技》,
待分栏) but no line is Chinese only."""
from __future__ import annotations

import re

import pytest

from editor.cli.commands import COMMANDS, command_name
from editor.cli.main import main

HAN = re.compile(r"[\u3400-\u9fff]")


def _help(capsys, argv) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("name", list(COMMANDS) + [None])
def test_english_help_has_no_chinese_only_line(capsys, monkeypatch, name):
    monkeypatch.setenv("ISSUEDESK_LANG", "en")
    out = _help(capsys, ([command_name(name)] if name else []) + ["--help"])
    chinese_only = [line for line in out.splitlines() if HAN.search(line) and not re.search(r"[A-Za-z]{3}", line)]
    assert not chinese_only, chinese_only


@pytest.mark.parametrize("name, words", [("demo", "新的或空的文件夹"), ("gui", "最近编辑的期刊"),
                                         ("import_docx", "不做任何改动"), ("import_text", "无法归位的行")])
def test_chinese_help_stays_chinese(capsys, monkeypatch, name, words):
    monkeypatch.setenv("ISSUEDESK_LANG", "zh")
    assert words in _help(capsys, [command_name(name), "--help"]).replace("\n", "").replace(" ", "")
