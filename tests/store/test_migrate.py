"""Old files keep loading: one frozen fixture per format version, and the migration hook.

fixtures/issue-format-1.issuedesk was written by format 1 and must never be regenerated:
when the format changes, add issue-format-2.issuedesk beside it and keep this test."""
from __future__ import annotations

from pathlib import Path

from editor.store import FORMAT_VERSION, issue_from_xml
from editor.store import migrate
from editor.store.xmltext import q

FIXTURES = Path(__file__).parent / "fixtures"


def test_format_1_fixture_loads_to_the_expected_issue(issue):
    assert issue_from_xml((FIXTURES / "issue-format-1.issuedesk").read_bytes()) == issue


def test_every_known_version_has_a_fixture_and_a_schema():
    from editor.paths import resource
    for version in migrate.known_versions():
        assert (FIXTURES / f"issue-format-{version}.issuedesk").is_file()
        assert resource("schema", f"issue-{version}.rng").is_file()
    assert FORMAT_VERSION == migrate.CURRENT


def test_a_step_upgrades_an_older_file(monkeypatch):
    # As if format 2 existed: a version-1 file passes its own schema, then goes through STEPS[1].
    def step(root):
        root.find(q("meta")).find(q("title")).text += "（已升级）"
        return root
    monkeypatch.setattr(migrate, "CURRENT", 2)
    monkeypatch.setattr(migrate, "STEPS", {1: step})
    issue = issue_from_xml((FIXTURES / "issue-format-1.issuedesk").read_bytes())
    assert issue.meta.title == "常州科技（已升级）"
    assert list(migrate.known_versions()) == [1, 2]
