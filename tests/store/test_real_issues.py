"""Real issues through the store: the imported sample and the bundled demo come back equal,
and the files they make pass the schema. (Import and demo belong to others; here they are
sources of realistic models.)"""
from __future__ import annotations

import pytest

from editor.store import IssueFolder, create_issue_folder, issue_from_xml, issue_to_xml, load_issue


@pytest.mark.sample
def test_imported_sample_round_trips(sample_md, tmp_path):
    from editor.importers.sample_text import import_markdown
    issue = import_markdown(sample_md).issue
    assert issue_from_xml(issue_to_xml(issue)) == issue
    folder = create_issue_folder(issue, tmp_path / "2021-03")
    with IssueFolder(folder) as f:
        assert f.issue == issue
        f.issue.meta.print_run = 1500
        f.save()
    again = load_issue(folder)
    assert again.meta.print_run == 1500 and again.sections == issue.sections


def test_demo_issue_round_trips_with_its_images(tmp_path):
    from editor.demo.build import demo_images, demo_issue
    issue = demo_issue()
    folder = create_issue_folder(issue, tmp_path / "demo", demo_images(issue))
    loaded = load_issue(folder)
    assert loaded == issue and any(fig.info for _, fig in loaded.figures())
    for _, fig in loaded.figures():
        if fig.image:
            assert (folder / fig.image).is_file()
