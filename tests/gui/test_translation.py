"""The GUI speaks Chinese: menus and dialogs from the .qm catalogue, and every string of the
GUI source has a finished translation in the .ts."""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree
from PySide6.QtCore import QTranslator

from editor.paths import resource

GUI = Path(__file__).resolve().parents[2] / "editor" / "gui"


def test_menus_are_chinese(window):
    titles = [m.title() for m in window.menus.values()]
    assert titles == ["文件(&F)", "编辑(&E)", "期刊(&I)"]
    assert window.act_save.text() == "保存(&S)"
    assert window.article_editor.fields.form.labelForField(window.article_editor.fields.edits["kicker"]).text() == "引题"


def test_every_gui_string_is_translated():
    ts = etree.parse(str(resource("translations", "issuedesk_zh_CN.ts")))
    done = {m.findtext("source") for m in ts.iter("message")
            if m.find("translation").get("type") is None and m.find("translation").text}
    used = set()
    for py in GUI.glob("*.py"):
        text = py.read_text(encoding="utf-8")
        used |= set(re.findall(r'\btr\("((?:[^"\\]|\\.)*)"\)', text))
        used |= set(re.findall(r'translate\("\w+", "((?:[^"\\]|\\.)*)"\)', text))
    assert used, "no tr() strings found: the scan is broken"
    assert not (used - done), sorted(used - done)


def test_the_compiled_catalogue_matches_the_ts():
    ts = etree.parse(str(resource("translations", "issuedesk_zh_CN.ts")))
    qm = QTranslator()
    assert qm.load(str(resource("translations", "issuedesk_zh_CN.qm")))
    for context in ts.iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            expected = m.findtext("translation")
            assert qm.translate(name, m.findtext("source")) == expected, \
                "the .qm is older than the .ts: run pyside6-lrelease (see resources/translations/README.md)"
