"""Rules on the cover: the cover lines (封面要目) must announce articles of the issue as titled."""
from __future__ import annotations

from editor.i18n import t

from .fold import describe_difference, fold, short
from .numbering import place_name
from .registry import finding, rule
from .titles import best_headline, headline_forms


def _cover_lines(issue):
    """(field, place, line) for the cover lines of the issue and of every printed imprint."""
    for i, line in enumerate(issue.meta.cover.lines):
        yield f"cover.lines[{i}]", "cover", line
    for k, imp in enumerate(issue.imprints):
        for i, line in enumerate(imp.lines):
            yield f"imprints[{k}].lines[{i}]", imp.place, line


@rule("COVER-LINE", "warning", "cover",
      title=("封面要目与文章标题不符", "Cover line matches no article title"),
      explain=("封面要目（以及内页重复印出的要目）应与刊内文章的标题（或其副题）一字不差。"
               "比较时不计空格，全角半角视为相同。改正要目或标题。",
               "A cover line (and its repeat inside the issue) must read exactly as the title (or "
               "subtitle) of an article of the issue; spaces and full-width/half-width forms do not "
               "count. Correct the line or the title."))
def cover_line(ctx):
    known: set[str] = set()
    for art in ctx.articles:
        known |= headline_forms(art, subtitle_alone=True)
    for e in ctx.issue.contents:
        known.add(fold(e.title))
        known |= {fold(part) for part in e.title.split("\n")}
    known |= {fold(p.title) for p in ctx.issue.photo_pages if p.title}
    seen: set[tuple[str, str]] = set()
    for field, place, line in _cover_lines(ctx.issue):
        key = (place, fold(line))
        if not line.strip() or key[1] in known or key in seen:
            continue      # (the cover's lines are kept both in the settings and as printed)
        seen.add(key)
        score, art, closest = best_headline(line, ctx.articles, subtitle_alone=True)
        if art is not None and score >= 0.6:
            msg = t("{place}要目“{line}”与文章标题“{title}”不符：{diff}",
                    "The cover line “{line}” on {place} differs from the title “{title}”: {diff}",
                    place=place_name(place), line=short(line, 30), title=short(art.title, 30),
                    diff=describe_difference(fold(line), closest, ("要目", "the line")))
        else:
            msg = t("{place}要目“{line}”在刊中找不到对应的文章", "The cover line “{line}” on {place} announces no article",
                    place=place_name(place), line=short(line, 30))
        yield finding("COVER-LINE", msg, field=field, article=art.id if art is not None and score >= 0.6 else None,
                      data={"line": line, "place": place})
