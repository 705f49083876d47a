"""Reading Word files for the preview: progress file by file, a stop between two files, and a
refusal of one file that leaves the others readable."""
from __future__ import annotations

from editor.gui.import_docx_dialog import ImportDocxDialog, read_all

from .conftest import on_modal


class _Job:
    def __init__(self, stop_after: int):
        self.reports, self.stop_after = [], stop_after

    @property
    def cancelled(self) -> bool:
        return len(self.reports) >= self.stop_after

    def report(self, done, total, text=""):
        self.reports.append((done, total, text))


def test_reading_stops_between_files_when_cancelled(docx_dir, tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    files = [bad, *sorted(docx_dir.glob("*.docx"))[:3]]
    job = _Job(stop_after=3)
    outcomes = read_all(files, job)
    assert [o.path for o in outcomes] == files[:3]
    assert outcomes[0].error and outcomes[0].doc is None
    assert all(o.doc is not None and o.error is None for o in outcomes[1:])
    assert job.reports == [(0, 4, "bad.docx"), (1, 4, files[1].name), (2, 4, files[2].name)]


def test_dialog_reports_progress_and_a_cancel_drops_the_result(qtbot, import_window, docx_dir):
    files = sorted(docx_dir.glob("*.docx"))
    dialog = ImportDocxDialog(import_window.doc, None, import_window)
    seen = []
    dialog.reader.progress.connect(lambda done, total, name: seen.append((done, total, name)))
    with qtbot.waitSignal(dialog.read_finished, timeout=20000):
        dialog.set_files(files)
    assert seen == [(i, len(files), f.name) for i, f in enumerate(files)]
    assert dialog.preview.topLevelItemCount() == len(files) and dialog.ok_button.isEnabled()

    finished = []
    dialog.read_finished.connect(lambda: finished.append(True))
    dialog.set_files(files[:1])
    dialog.reject()
    assert not dialog.reading
    qtbot.wait(300)   # whatever the cancelled read still delivers is dropped
    assert finished == [] and dialog.preview.topLevelItemCount() == 0
    assert import_window.doc.stack.count() == 0
    dialog.deleteLater()


def test_a_failure_of_the_reading_itself_is_shown_and_changes_nothing(qtbot, import_window, docx_dir, monkeypatch):
    import editor.gui.import_docx_dialog as module

    def broken(paths, job=None):
        raise MemoryError("no room for the pictures")
    monkeypatch.setattr(module, "read_all", broken)
    dialog = ImportDocxDialog(import_window.doc, None, import_window)
    errors = []
    on_modal("errorDialog", lambda box: (errors.append(box.text()), box.accept()))
    with qtbot.waitSignal(dialog.read_finished, timeout=20000):
        dialog.set_files([docx_dir / "a1-qiche-chanye-jiqun.docx"])
    assert errors and "MemoryError" in errors[0] and "no room" in errors[0]
    assert not dialog.ok_button.isEnabled() and not dialog.progress.isVisible()
    assert import_window.doc.stack.count() == 0
    dialog.deleteLater()
