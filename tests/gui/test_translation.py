"""The GUI speaks Chinese: menus and dialogs from the .qm catalogue, and every string of the
GUI source has a finished translation in the .ts."""
from __future__ import annotations

import ast
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


def _finished(ts) -> set[tuple[str, str]]:
    """(context, English) of every entry with a finished Chinese translation."""
    done = set()
    for context in ts.iter("context"):
        for m in context.iter("message"):
            tr = m.find("translation")
            texts = [tr.text] + [f.text for f in tr.iter("numerusform")]
            if tr.get("type") is None and any(x and x.strip() for x in texts):
                done.add((context.findtext("name"), m.findtext("source")))
    return done


def _gui_strings(py: Path) -> set[tuple[str, str]]:
    """(context, English) of each self.tr("…") and translate("Context", "…") call in one module,
    with the context pyside6-lupdate gives it (the enclosing class for self.tr); adjacent string
    literals count as the one string Python makes of them."""
    found = set()

    def text(node):
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    def visit(node, cls):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call) and isinstance(child.func, (ast.Attribute, ast.Name)):
                name = child.func.attr if isinstance(child.func, ast.Attribute) else child.func.id
                args = [text(a) for a in child.args]
                if name == "tr" and args and args[0] is not None:
                    found.add((cls, args[0]))
                elif name == "translate" and len(args) >= 2 and None not in args[:2]:
                    found.add((args[0], args[1]))
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)

    visit(ast.parse(py.read_text(encoding="utf-8")), None)
    return found


def test_every_gui_string_is_translated():
    done = _finished(etree.parse(str(resource("translations", "issuedesk_zh_CN.ts"))))
    used = set().union(*(_gui_strings(py) for py in GUI.glob("*.py")))
    assert len(used) > 250, "few tr() strings found: the scan is broken"
    assert not (used - done), sorted(used - done)


def test_the_scan_sees_concatenated_and_module_level_strings(tmp_path):
    py = tmp_path / "sample.py"
    py.write_text('class Box(QDialog):\n    def f(self):\n        return self.tr("a "\n "b")\n'
                  'def g():\n    return translate("box", "c")\n', encoding="utf-8")
    assert _gui_strings(py) == {("Box", "a b"), ("box", "c")}


def test_no_gui_text_bypasses_the_catalogue():
    """editor.i18n.t picks between two literals at run time; GUI text must come from the .qm."""
    for py in GUI.glob("*.py"):
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "editor.i18n":
                assert "t" not in {a.name for a in node.names}, f"{py.name} imports editor.i18n.t"


def test_translations_keep_the_placeholders():
    """A {name} or %1 lost in translation drops a value; one added makes .format() raise."""
    ts = etree.parse(str(resource("translations", "issuedesk_zh_CN.ts")))
    pattern = re.compile(r"\{\w*(?::[^}]*)?\}|%\d|%n")
    wrong = []
    for m in ts.iter("message"):
        tr = m.find("translation")
        for text in [tr.text] + [f.text for f in tr.iter("numerusform")]:
            if text and text.strip() and sorted(pattern.findall(text)) != sorted(pattern.findall(m.findtext("source"))):
                wrong.append((m.findtext("source"), text))
    assert not wrong, wrong


def test_the_compiled_catalogue_matches_the_ts():
    ts = etree.parse(str(resource("translations", "issuedesk_zh_CN.ts")))
    qm = QTranslator()
    assert qm.load(str(resource("translations", "issuedesk_zh_CN.qm")))
    for context in ts.iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            tr = m.find("translation")
            if tr.get("type") is not None:      # unfinished or vanished: not compiled
                continue
            forms = [f.text for f in tr.iter("numerusform")]
            expected = forms[0] if forms else tr.text    # Chinese has a single plural form
            assert qm.translate(name, m.findtext("source"), None, 2 if forms else -1) == expected, \
                "the .qm is older than the .ts: run pyside6-lrelease (see resources/translations/README.md)"
