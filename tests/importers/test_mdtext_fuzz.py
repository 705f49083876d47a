"""The importer on damaged copies of the real sample: lines lost, repeated or run together, as a
worse OCR would give. It must give an issue that holds together or a UserError, never crash."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.errors import UserError
from editor.importers.sample_text import import_text

damage = st.lists(st.tuples(st.sampled_from(["drop", "repeat", "join", "blank"]),
                            st.integers(0, 10_000), st.integers(1, 12)), max_size=8)


def damaged(lines: list[str], edits) -> list[str]:
    out = list(lines)
    for kind, at, length in edits:
        if not out:
            break
        i = at % len(out)
        if kind == "drop":
            del out[i:i + length]
        elif kind == "repeat":
            out[i:i] = out[i:i + length]
        elif kind == "join":
            out[i:i + 2] = ["".join(out[i:i + 2])]
        else:
            out[i:i] = [""] * (length % 4)
    return out


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=damage)
def test_damaged_sample_imports_or_is_refused(sample_md, edits):
    lines = damaged(sample_md.read_text(encoding="utf-8").splitlines(), edits)
    try:
        result = import_text("\n".join(lines))
    except UserError:
        return
    issue = result.issue
    article_ids = [a.id for a in issue.articles()]
    assert len(article_ids) == len(set(article_ids))
    linked = [e.article for e in issue.contents if e.article]
    assert len(linked) == len(set(linked)) and set(linked) <= set(article_ids)
    figure_ids = [f.id for _, f in issue.figures()]
    assert len(figure_ids) == len(set(figure_ids))
    assert all(1 <= u.line <= len(lines) for u in result.unplaced)
