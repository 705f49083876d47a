"""The figure rules against the Word samples' manifest, which measured every picture itself:
FIGURE-RES flags exactly the pictures under 300 ppi at placed size, FIGURE-COLOR the RGB ones."""
from __future__ import annotations

import json

from editor.checks import run_checks
from editor.cli.main import main
from editor.model import Issue, IssueMeta, Section
from editor.store import load_issue
from editor.store.issue_folder import create_issue_folder


def test_figure_rules_agree_with_the_manifest(docx_dir, tmp_path, capsys):
    manifest = json.loads((docx_dir / "manifest.json").read_text(encoding="utf-8"))
    folder = create_issue_folder(Issue(meta=IssueMeta(title="常州科技", year=2021, number=3),
                                       sections=[Section("s01", "专稿")]), tmp_path / "issue")
    files = [str(docx_dir / f["file"]) for f in manifest["files"]]
    assert main(["import-docx", *files, "--issue", str(folder), "--section", "专稿"]) == 0
    capsys.readouterr()
    issue = load_issue(folder)
    captions = {f.id: f.full_caption for _, f in issue.figures()}
    found = run_checks(issue, folder=folder, rules=["FIGURE-RES", "FIGURE-COLOR", "FIGURE-MISSING"])

    def flagged(rule):
        return sorted(captions[f.location["figure"]].replace(" ■", "").strip() for f in found if f.rule == rule)

    images = [i for f in manifest["files"] for i in f["images"]]
    assert flagged("FIGURE-RES") == sorted(i["caption"].replace(" ■", "").strip()
                                           for i in images if i["effective_ppi_at_placed_size"] < 300)
    assert flagged("FIGURE-COLOR") == sorted(i["caption"].replace(" ■", "").strip()
                                             for i in images if i["mode"] in ("RGB", "RGBA", "P"))
    assert flagged("FIGURE-MISSING") == []
