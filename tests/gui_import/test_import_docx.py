"""File ▸ Import ▸ Word Documents… driven as an editor would: choose the files, read the preview,
pick a section, import, undo, redo, save. Hostile files are named with the reason and change nothing."""
from __future__ import annotations

import json
import re
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.model import Figure, Paragraph
from editor.store import load_issue

from .conftest import menu_entry, on_modal


def _manifest(docx_dir):
    return json.loads((docx_dir / "manifest.json").read_text(encoding="utf-8"))["files"]


def _preview_rows(dialog):
    """{file name: {row label: (value, [child values])}} as the preview tree shows them."""
    tree, rows = dialog.preview, {}
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows[top.text(0)] = {"": (top.text(1), [])}
        for j in range(top.childCount()):
            child = top.child(j)
            rows[top.text(0)][child.text(0)] = (child.text(1), [child.child(k).text(1) for k in range(child.childCount())])
    return rows


def _images(folder):
    return sorted(p.name for p in (folder / "images").iterdir()) if (folder / "images").is_dir() else []


def _import_via_menu(qtbot, win, files, act_in_dialog):
    """Open File ▸ Import ▸ Word documents, give it `files`, wait for the reading, then act."""
    ran = []

    def act(dialog):
        dialog.set_files(files)
        qtbot.waitUntil(lambda: not dialog.reading, timeout=20000)
        act_in_dialog(dialog)
    on_modal("importDocxDialog", act, ran)
    menu_entry(win, "文件", "导入", "Word").trigger()
    assert ran == ["importDocxDialog"]


def test_word_samples_preview_import_undo_redo_save(qtbot, import_window, docx_dir):
    win, manifest = import_window, _manifest(docx_dir)
    files = [docx_dir / f["file"] for f in manifest]
    before_ids = {a.id for a in win.doc.issue.articles()}
    before_images = _images(win.doc.path)
    seen = {}

    def look_and_import(dialog):
        seen.update(_preview_rows(dialog))
        assert dialog.status.text() == "6 个文件可以导入，0 个无法读取。"
        figures_row = dialog.preview.topLevelItem(0).child(4)
        assert figures_row.text(0) == "图片"
        thumb = figures_row.child(0).icon(1).pixmap(96, 96)
        assert not thumb.isNull() and max(thumb.width(), thumb.height()) <= 72   # the photo, small
        dialog.grab().save(str(win.doc.path.parent / "import-docx-dialog.png"))
        dialog.section.setFocus()
        dialog.section.lineEdit().selectAll()
        qtbot.keyClicks(dialog.section.lineEdit(), "Word")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    _import_via_menu(qtbot, win, files, look_and_import)

    # the preview said what would be created, file by file
    for f in manifest:
        rows = seen[f["file"]]
        assert rows["主题"][0] == " ".join(f["title"].split())
        assert rows["正文"][0].startswith(f"{f['body_paragraphs']} 段")
        if f["images"]:
            shown = rows["图片"][1]
            assert len(shown) == len(f["images"])
            for want, got in zip(f["images"], shown):
                assert got.startswith(re.sub(r"\s*■$", "", want["caption"]))
        if f["sidebars"]:
            assert rows["链接框"][0] == str(len(f["sidebars"]))
    assert "表格" in seen["a4-nongcun-keji-chaoshi.docx"]
    assert any("已作为表格块导入" in r for r in _flat(seen["a4-nongcun-keji-chaoshi.docx"]["需要处理"]))
    assert seen["a1-qiche-chanye-jiqun.docx"]["引题"][0] == "常州装备制造业史上树立一座里程碑"
    assert seen["a3-gaoxinqu-paiming.docx"]["来源"][0] == "高新处"

    # imported: one new section, six articles, their pictures copied into images/
    issue = win.doc.issue
    section = next(s for s in issue.sections if s.name == "Word")
    assert len(section.articles) == 6
    new_ids = [a.id for a in section.articles]
    assert not set(new_ids) & before_ids
    for art, f in zip(section.articles, manifest):
        assert art.title == f["title"]
        assert sum(isinstance(b, Paragraph) for b in art.blocks) == f["body_paragraphs"]
        figures = [b for b in art.blocks if isinstance(b, Figure)]
        assert len(figures) == len(f["images"])
        for fig in figures:
            assert (win.doc.path / fig.image).is_file()
    assert len(_images(win.doc.path)) == len(before_images) + sum(len(f["images"]) for f in manifest)
    assert win.tree.current_key() == ("article", new_ids[0])
    assert win.isWindowModified()

    # one undo takes all of it away, one redo brings back the same articles
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.tree.setFocus()
    qtbot.keyClick(win.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not any(s.name == "Word" for s in win.doc.issue.sections)
    assert {a.id for a in win.doc.issue.articles()} == before_ids
    assert all(win.tree.item_for("article", i) is None for i in new_ids)
    win.act_redo.trigger()
    assert [a.id for a in win.doc.issue.section(section.id).articles] == new_ids
    assert win.tree.item_for("article", new_ids[0]) is not None

    # saved, the issue loads again with the articles and validates
    win.act_save.trigger()
    saved = load_issue(win.doc.path)
    assert [a.title for a in saved.section(section.id).articles] == [f["title"] for f in manifest]


def _flat(row):
    value, children = row
    return [value, *children]


def test_import_into_an_existing_section_keeps_its_articles(qtbot, import_window, docx_dir):
    win = import_window
    target = win.doc.issue.sections[1]
    old = [a.id for a in target.articles]
    first_article = old[0]
    win.tree.select("article", first_article)   # the section of the selected article is offered

    def go(dialog):
        assert dialog.section.currentText() == target.name
        dialog.ok_button.click()
    _import_via_menu(qtbot, win, [docx_dir / "a3-gaoxinqu-paiming.docx"], go)
    ids = [a.id for a in win.doc.issue.section(target.id).articles]
    assert ids[:-1] == old and len(ids) == len(old) + 1
    notes = []

    def again(dialog):   # the same file a second time: the preview says so
        top = dialog.preview.topLevelItem(0)
        notes.extend(top.child(i).text(1) for i in range(top.childCount()) if top.child(i).text(0) == "注意")
        dialog.reject()
    _import_via_menu(qtbot, win, [docx_dir / "a3-gaoxinqu-paiming.docx"], again)
    assert notes == [f"本期已有同题文章（{ids[-1]}），是否重复导入？"]
    win.act_undo.trigger()
    assert [a.id for a in win.doc.issue.section(target.id).articles] == old
    assert win.doc.issue.section(target.id) is target   # an existing section is never removed


def test_unticked_file_is_left_out(qtbot, import_window, docx_dir):
    win = import_window
    n_before = sum(1 for _ in win.doc.issue.articles())

    def untick_first(dialog):
        dialog.preview.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
        dialog.ok_button.click()
    _import_via_menu(qtbot, win, [docx_dir / "a1-qiche-chanye-jiqun.docx", docx_dir / "a4-nongcun-keji-chaoshi.docx"],
                     untick_first)
    titles = [a.title for a in win.doc.issue.articles()]
    assert len(titles) == n_before + 1
    assert "常州市农村科技服务超市科技惠民作用明显" in titles
    assert "第1个千亿元级产业集群诞生：汽车产业集群" not in titles


def _hostile_files(folder):
    folder.mkdir()
    (folder / "empty.docx").write_bytes(b"")
    (folder / "not-a-zip.docx").write_text("这不是 Word 文档", encoding="utf-8")
    (folder / "legacy.doc").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 1024)
    with zipfile.ZipFile(folder / "escape.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("../../outside.txt", "x")
    return sorted(folder.iterdir())


def test_hostile_files_are_refused_with_reasons_and_nothing_changes(qtbot, import_window, docx_dir, tmp_path):
    win = import_window
    bad = _hostile_files(tmp_path / "hostile")
    issue_bytes = (win.doc.path / "issue.issuedesk").read_bytes()
    images = _images(win.doc.path)
    refused_texts, state = [], {}

    def read_refusal(box):
        refused_texts.append(box.text() + "\n" + box.informativeText())
        box.accept()

    def act(dialog):
        on_modal("importRefusedDialog", read_refusal)
        dialog.set_files(bad)
        qtbot.waitUntil(lambda: refused_texts != [], timeout=20000)
        state["ok_enabled"] = dialog.ok_button.isEnabled()
        state["rows"] = [dialog.preview.topLevelItem(i).text(1) for i in range(dialog.preview.topLevelItemCount())]
        dialog.reject()
    on_modal("importDocxDialog", act)
    menu_entry(win, "文件", "导入", "Word").trigger()

    text = refused_texts[0]
    assert "期刊没有改动" in text
    for f in bad:
        assert f.name in text
    legacy = next(part for part in text.split("\n\n") if "legacy.doc" in part)
    assert "另存为" in legacy and ".docx" in legacy   # tells how to get a file that can be read
    assert state["ok_enabled"] is False
    assert all(r.startswith("无法导入") for r in state["rows"])
    assert win.doc.stack.count() == 0 and not win.isWindowModified()
    assert (win.doc.path / "issue.issuedesk").read_bytes() == issue_bytes
    assert _images(win.doc.path) == images
    assert not (tmp_path / "outside.txt").exists()


def test_good_file_imports_beside_a_refused_one(qtbot, import_window, docx_dir, tmp_path):
    win = import_window
    broken = tmp_path / "broken.docx"
    broken.write_bytes((docx_dir / "a3-gaoxinqu-paiming.docx").read_bytes()[:3000])   # truncated zip

    def act(dialog):
        on_modal("importRefusedDialog", lambda box: box.accept())
        dialog.set_files([broken, docx_dir / "a3-gaoxinqu-paiming.docx"])
        qtbot.waitUntil(lambda: not dialog.reading and dialog.preview.topLevelItemCount() == 2, timeout=20000)
        assert dialog.status.text() == "1 个文件可以导入，1 个无法读取。"
        dialog.ok_button.click()
    _import_via_menu_raw(qtbot, win, act)
    assert win.doc.issue.articles() and any(a.title == "常州两个国家高新区综合排名再创新高" for a in win.doc.issue.articles())
    assert win.doc.stack.count() == 1


def _import_via_menu_raw(qtbot, win, act):
    ran = []
    on_modal("importDocxDialog", act, ran)
    menu_entry(win, "文件", "导入", "Word").trigger()
    assert ran == ["importDocxDialog"]


def test_a_failed_copy_takes_back_the_pictures_already_copied(qtbot, import_window, docx_dir, monkeypatch):
    win = import_window
    images = _images(win.doc.path)
    import editor.store.issue_folder as store_folder
    real_write = store_folder.write_file_synced
    calls = []

    def write_then_fail(target, data):   # the disk fills up at the second picture
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_write(target, data)
    monkeypatch.setattr(store_folder, "write_file_synced", write_then_fail)
    errors = []

    def act(dialog):
        on_modal("errorDialog", lambda box: (errors.append(box.text()), box.accept()))
        dialog.ok_button.click()
        assert dialog.isVisible()   # stays open: the editor may try again
        dialog.reject()
    _import_via_menu(qtbot, win, [docx_dir / "a1-qiche-chanye-jiqun.docx"], act)
    assert len(calls) == 2
    assert errors and "No space left" in errors[0]
    assert _images(win.doc.path) == images
    assert win.doc.stack.count() == 0


def test_read_only_issue_offers_no_word_import(qtbot, import_window):
    win = import_window
    win.doc.folder.read_only = True
    entry = menu_entry(win, "文件", "导入", "Word")
    assert not entry.isEnabled()
