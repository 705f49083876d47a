"""Saving an open issue: atomic replace, rotating backups, conflicts, autosave and recovery,
images coming in, and new folders made all or nothing."""
from __future__ import annotations

import os

import pytest

from editor.errors import ConflictError, IssueFileError, UserError
from editor.model import Issue, IssueMeta, Section
from editor.store import (AUTOSAVE_FILENAME, ISSUE_FILENAME, IssueFolder, create_issue_folder,
                          load_issue)
from editor.store.backups import BACKUP_DIRNAME, KEEP, list_backups


def test_save_writes_and_leaves_no_temp_files(issue_dir, issue):
    with IssueFolder(issue_dir) as f:
        issue.meta.number = 4
        f.save(issue)
    assert load_issue(issue_dir).meta.number == 4
    assert not [p for p in issue_dir.iterdir() if p.name.endswith(".tmp")]


def test_backups_rotate_and_hold_earlier_versions(issue_dir, issue):
    with IssueFolder(issue_dir) as f:
        f.save()   # unchanged: no backup
        assert list_backups(issue_dir) == []
        for n in range(1, KEEP + 4):
            issue.meta.print_run = n
            f.save(issue)
    backups = list_backups(issue_dir)
    assert len(backups) == KEEP
    # The newest backup is the version before the last save; the oldest ones went.
    runs = [load_issue_bytes_print_run(b) for b in backups]
    assert runs == list(range(KEEP + 3 - KEEP, KEEP + 3))
    assert (issue_dir / BACKUP_DIRNAME).is_dir()


def load_issue_bytes_print_run(path) -> int:
    from editor.store import issue_from_xml
    return issue_from_xml(path.read_bytes()).meta.print_run


def test_outside_change_is_not_overwritten(issue_dir, issue):
    with IssueFolder(issue_dir) as f:
        other = load_issue(issue_dir)
        other.meta.title = "别人改的"
        (issue_dir / ISSUE_FILENAME).write_bytes(_xml(other))
        issue.meta.title = "我改的"
        with pytest.raises(ConflictError, match="已被"):
            f.save(issue)
        assert load_issue(issue_dir).meta.title == "别人改的"
        f.reload()
        assert f.issue.meta.title == "别人改的"
        f.save()   # after reloading the other side's version, saving works again


def test_same_content_rewritten_is_no_conflict_but_a_touch_with_new_bytes_is(issue_dir):
    with IssueFolder(issue_dir) as f:
        data = (issue_dir / ISSUE_FILENAME).read_bytes()
        (issue_dir / ISSUE_FILENAME).write_bytes(data)   # same bytes, new mtime
        f.save()
        (issue_dir / ISSUE_FILENAME).write_bytes(data.replace(b"<issue ", b"<issue  "))
        with pytest.raises(ConflictError):
            f.save()


def test_deleted_file_is_written_again(issue_dir, issue):
    with IssueFolder(issue_dir) as f:
        (issue_dir / ISSUE_FILENAME).unlink()
        f.save(issue)
    assert load_issue(issue_dir) == issue


def test_autosave_recover_and_discard(issue_dir, issue):
    with IssueFolder(issue_dir) as f:
        assert not f.has_recovery()
        issue.meta.title = "未保存的修改"
        f.autosave(issue)
        assert f.has_recovery()
        assert load_issue(issue_dir).meta.title == "常州科技"   # the issue file is untouched
    # As after a crash: the next opener finds the work.
    with IssueFolder(issue_dir) as f:
        assert f.has_recovery() and f.recover().meta.title == "未保存的修改"
        f.discard_recovery()
        assert not f.has_recovery()


def test_save_removes_the_autosave(issue_dir, issue):
    with IssueFolder(issue_dir) as f:
        f.autosave(issue)
        f.save(issue)
        assert not (issue_dir / AUTOSAVE_FILENAME).exists()


def test_broken_autosave_is_reported_not_crashing(issue_dir):
    (issue_dir / AUTOSAVE_FILENAME).write_bytes(b"<broken")
    with IssueFolder(issue_dir) as f:
        assert f.has_recovery()
        with pytest.raises(IssueFileError):
            f.recover()


def test_add_image_gives_unique_safe_names(issue_dir, tmp_path):
    src = tmp_path / "照片 (1).JPG"
    src.write_bytes(b"jpeg")
    with IssueFolder(issue_dir) as f:
        a = f.add_image(src, src.name)
        b = f.add_image(b"png", "照片 (1).JPG")
        c = f.add_image(b"x", "..\\..\\evil/../a01-1.jpg")
        d = f.add_image(b"y", "")
    assert a == "images/照片-1.jpg" and b == "images/照片-1-2.jpg"
    assert c == "images/a01-1-2.jpg"   # a01-1.jpg already exists; nothing escapes images/
    assert d.startswith("images/image")
    assert (issue_dir / a).read_bytes() == b"jpeg" and (issue_dir / b).read_bytes() == b"png"
    assert (issue_dir / "images" / "a01-1.jpg").read_bytes() == b"photo"


def test_read_only_cannot_add_images_or_autosave(issue_dir, issue):
    f = IssueFolder(issue_dir, read_only=True)
    with pytest.raises(UserError):
        f.add_image(b"x", "a.jpg")
    with pytest.raises(UserError):
        f.autosave(issue)


def test_saving_a_bad_image_path_is_refused_and_nothing_written(issue_dir, issue):
    before = (issue_dir / ISSUE_FILENAME).read_bytes()
    with IssueFolder(issue_dir) as f:
        issue.sections[0].articles[0].blocks[2].image = "../outside.jpg"
        with pytest.raises(UserError, match="图片路径"):
            f.save(issue)
    assert (issue_dir / ISSUE_FILENAME).read_bytes() == before


def test_the_issue_file_may_be_named_instead_of_the_folder(issue_dir, issue):
    with IssueFolder(issue_dir / ISSUE_FILENAME) as f:
        assert f.path == issue_dir and f.issue == issue


def test_create_refuses_a_non_empty_folder(tmp_path, issue):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "note.txt").write_text("keep me")
    with pytest.raises(UserError, match="不会覆盖"):
        create_issue_folder(issue, tmp_path / "x")
    assert (tmp_path / "x" / "note.txt").read_text() == "keep me"


def test_create_accepts_an_empty_folder(tmp_path, issue):
    (tmp_path / "x").mkdir()
    create_issue_folder(issue, tmp_path / "x", {"images/a.jpg": b"a"})
    assert load_issue(tmp_path / "x") == issue


def test_create_is_all_or_nothing(tmp_path):
    issue = Issue(IssueMeta(title="t"), [Section("s01", "专稿")])
    with pytest.raises(UserError):
        create_issue_folder(issue, tmp_path / "new", {"images/ok.jpg": b"ok",
                                                       "images/missing.jpg": tmp_path / "nope.jpg"})
    assert os.listdir(tmp_path) == []   # neither the folder nor a temp folder is left
    with pytest.raises(UserError, match="图片路径"):
        create_issue_folder(issue, tmp_path / "new", {"../evil.jpg": b"x"})
    assert os.listdir(tmp_path) == []


def test_create_copies_images_from_files(tmp_path):
    src = tmp_path / "src.jpg"
    src.write_bytes(b"\xff\xd8data")
    folder = create_issue_folder(Issue(), tmp_path / "deep" / "new", {"images/sub/a.jpg": src})
    assert (folder / "images" / "sub" / "a.jpg").read_bytes() == b"\xff\xd8data"
    assert (folder / "images").is_dir() and load_issue(folder) == Issue()


def _xml(issue) -> bytes:
    from editor.store import issue_to_xml
    return issue_to_xml(issue)


def test_a_failing_disk_is_a_user_error_and_the_file_stays(issue_dir, issue, monkeypatch):
    before = (issue_dir / ISSUE_FILENAME).read_bytes()

    def full(*_):
        raise OSError(28, "No space left on device")
    with IssueFolder(issue_dir) as f:
        monkeypatch.setattr(os, "replace", full)
        issue.meta.title = "新标题"
        with pytest.raises(UserError, match="无法写入"):
            f.save(issue)
        monkeypatch.undo()
    assert (issue_dir / ISSUE_FILENAME).read_bytes() == before
    assert not [p for p in issue_dir.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_new_folder_gets_ordinary_permissions(tmp_path, issue):
    old = os.umask(0o022)
    try:
        folder = create_issue_folder(issue, tmp_path / "shared")
    finally:
        os.umask(old)
    assert folder.stat().st_mode & 0o777 == 0o755


def test_a_named_issue_file_loads_but_only_the_folder_file_opens_for_editing(issue_dir, issue):
    with IssueFolder(issue_dir) as f:
        issue.meta.number = 4
        f.save(issue)
    backup = list_backups(issue_dir)[-1]
    assert load_issue(backup).meta.number == 3     # a backup can be looked at directly
    with pytest.raises(IssueFileError, match="只能编辑"):
        IssueFolder(backup)


def test_add_image_avoids_windows_device_names(issue_dir):
    with IssueFolder(issue_dir) as f:
        assert f.add_image(b"x", "CON.jpg") == "images/image-CON.jpg"
        assert f.add_image(b"x", "com1") == "images/image-com1"


def test_opening_for_editing_clears_temp_files_of_a_killed_save(issue_dir):
    left = [issue_dir / ".issue.issuedesk.999-abcd.tmp", issue_dir / ".issuedesk.lock.999.tmp"]
    for p in left:
        p.write_bytes(b"half")
    keep = issue_dir / "images" / ".editor-notes.tmp"   # only the folder's own side files go
    keep.write_bytes(b"x")
    IssueFolder(issue_dir, read_only=True).close()
    assert all(p.exists() for p in left)                 # a reader never deletes
    with IssueFolder(issue_dir):
        assert not any(p.exists() for p in left) and keep.exists()


def test_output_that_fails_the_schema_is_never_written(issue_dir, issue, monkeypatch):
    from lxml import etree

    from editor.store import issue_folder
    from editor.store.xmltext import q

    def broken(_issue):
        root = etree.Element(q("issue"), format="1")
        etree.SubElement(root, q("sections"))   # no <meta>: invalid
        return root
    before = (issue_dir / ISSUE_FILENAME).read_bytes()
    with IssueFolder(issue_dir) as f:
        monkeypatch.setattr(issue_folder, "issue_to_element", broken)
        with pytest.raises(UserError, match="内部错误"):
            f.save(issue)
    assert (issue_dir / ISSUE_FILENAME).read_bytes() == before


def test_loads_in_threads_keep_their_own_verdicts(issue_dir):
    from concurrent.futures import ThreadPoolExecutor

    from editor.store import issue_from_xml
    good = (issue_dir / ISSUE_FILENAME).read_bytes()
    bad = good.replace(b'year="2021"', b'year="x"', 1)

    def one(n):
        try:
            issue_from_xml(bad if n % 2 else good)
            return "ok"
        except IssueFileError:
            return "refused"
    with ThreadPoolExecutor(4) as pool:
        verdicts = list(pool.map(one, range(40)))
    assert verdicts == ["ok", "refused"] * 20
