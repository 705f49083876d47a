"""export_issue: progress, refusal on errors, and atomic output (cancel or failure leave no file)."""
from __future__ import annotations

import pikepdf
import pytest

from editor.export import exporter
from editor.export.exporter import ExportRefused, export_issue, run_export


def _leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".part"))]


def test_cancel_mid_render_leaves_old_pdf(demo_folder, image_cache, tmp_path):
    out = tmp_path / "issue.pdf"
    out.write_bytes(b"%PDF-1.4 the old export\n")
    gen = export_issue(demo_folder, out, pad_to_4=True, cache_dir=image_cache)
    stages = []
    for p in gen:
        stages.append(p.stage)
        if p.stage == "render" and p.done >= 1:
            gen.close()          # the GUI's cancel button
            break
    assert "render" in stages and "done" not in stages
    assert out.read_bytes() == b"%PDF-1.4 the old export\n"
    assert _leftovers(tmp_path) == []


def test_cancel_during_layout_leaves_nothing(demo_folder, image_cache, tmp_path):
    out = tmp_path / "new.pdf"
    gen = export_issue(demo_folder, out, pad_to_4=True, cache_dir=image_cache)
    for p in gen:
        if p.stage == "layout":
            gen.close()
            break
    assert not out.exists() and _leftovers(tmp_path) == []


def test_failure_keeps_old_pdf(demo_folder, image_cache, tmp_path, monkeypatch):
    """Writing the PDF fails at the very end (the disk fills as ReportLab saves it)."""
    from reportlab.pdfgen.canvas import Canvas
    out = tmp_path / "issue.pdf"
    out.write_bytes(b"old")

    def broken(*a, **k):
        raise OSError("disk full")
    monkeypatch.setattr(Canvas, "save", broken)
    with pytest.raises(OSError, match="disk full"):
        run_export(demo_folder, out, pad_to_4=True, cache_dir=image_cache)
    assert out.read_bytes() == b"old" and _leftovers(tmp_path) == []


def _with_error(demo_folder):
    """The demo with a character no shipped font has: GLYPH-MISSING, an error."""
    from editor.model import Paragraph
    from editor.store import load_issue
    issue = load_issue(demo_folder)
    next(issue.articles()).blocks.append(Paragraph.of("生僻字\U00020000在此"))
    return issue


def test_refuses_while_errors_stand(demo_folder, image_cache, tmp_path):
    out = tmp_path / "refused.pdf"
    with pytest.raises(ExportRefused) as info:
        run_export(demo_folder, out, issue=_with_error(demo_folder), pad_to_4=True, cache_dir=image_cache)
    assert [f.rule for f in info.value.findings] == ["GLYPH-MISSING"]
    assert "GLYPH-MISSING" in info.value.message
    assert not out.exists() and _leftovers(tmp_path) == []


def test_force_exports_and_reports_the_missing_glyph(demo_folder, image_cache, tmp_path):
    from editor.cli.cmd_export import export_summary
    forced = run_export(demo_folder, tmp_path / "forced.pdf", issue=_with_error(demo_folder), force=True,
                        pad_to_4=True, cache_dir=image_cache)
    assert [f.rule for f in forced.errors] == ["GLYPH-MISSING"]
    assert "\U00020000" in forced.pagemap.missing_glyphs
    assert "\U00020000" in export_summary(forced)


def test_proof_does_not_refuse(demo_folder, image_cache, tmp_path):
    proof = run_export(demo_folder, tmp_path / "proof.pdf", issue=_with_error(demo_folder), proof=True,
                       cache_dir=image_cache)
    assert proof.proof and proof.errors and (tmp_path / "proof.pdf").is_file()
    with pikepdf.open(tmp_path / "proof.pdf") as doc:
        assert "/OutputIntents" not in doc.Root and "/TrimBox" not in doc.pages[0].obj
        assert str(doc.docinfo.Title).endswith("校样")
    assert all(n.mode == "proof" for n in proof.images)


def test_progress_and_result(demo_folder, image_cache, tmp_path):
    seen = []
    result = run_export(demo_folder, tmp_path / "ok.pdf", pad_to_4=True, cache_dir=image_cache,
                        on_progress=seen.append)
    stages = [p.stage for p in seen]
    assert set(stages) == set(exporter.STAGES)
    assert [s for i, s in enumerate(stages) if s not in stages[:i]] == list(exporter.STAGES)   # in order
    renders = [p for p in seen if p.stage == "render" and p.total]
    assert renders[-1].done == renders[-1].total == result.pages
    assert seen[-1].result is result
    assert result.pages % 4 == 0 and result.pagemap.page_count == result.pages
    assert result.images and all(n.mode == "print" for n in result.images)
    with pikepdf.open(result.path) as doc:                 # the PDF/X markers come with the render
        assert doc.Root.OutputIntents and str(doc.docinfo.GTS_PDFXVersion) == "PDF/X-4"


def test_bad_target(demo_folder, tmp_path):
    from editor.errors import UserError
    with pytest.raises(UserError, match="输出文件夹不存在"):
        run_export(demo_folder, tmp_path / "no" / "such.pdf")


def test_render_failure_in_the_worker_reaches_the_caller(demo_folder, image_cache, tmp_path, monkeypatch):
    """An error in the rendering thread is raised where the generator is driven; the half-written
    file goes."""
    from editor.export import render
    out = tmp_path / "issue.pdf"
    out.write_bytes(b"old")

    def half_then_fail(laid, out_path, **kw):
        from pathlib import Path
        Path(str(out_path) + ".part").write_bytes(b"%PDF-1.4 half")
        Path(out_path).write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("renderer broke")
    monkeypatch.setattr(render, "render_pdf", half_then_fail)
    with pytest.raises(RuntimeError, match="renderer broke"):
        run_export(demo_folder, out, pad_to_4=True, cache_dir=image_cache)
    assert out.read_bytes() == b"old" and _leftovers(tmp_path) == []


def test_target_held_open_is_a_clear_message(demo_folder, image_cache, tmp_path, monkeypatch):
    from editor.errors import UserError
    out = tmp_path / "held.pdf"
    out.write_bytes(b"old")

    real = exporter.os.replace

    def refuse(src, dst):
        if str(dst) == str(out):
            raise PermissionError(13, "in use")
        return real(src, dst)
    monkeypatch.setattr(exporter.os, "replace", refuse)
    with pytest.raises(UserError, match="正被其他程序使用"):
        run_export(demo_folder, out, pad_to_4=True, cache_dir=image_cache)
    assert out.read_bytes() == b"old" and _leftovers(tmp_path) == []
