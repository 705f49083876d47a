"""best_headline skips a headline form whose length alone keeps it from beating the best so far;
it must pick what comparing with every form picked."""
from __future__ import annotations

import random

from editor.checks.fold import fold, similarity
from editor.checks.titles import best_headline, headline_forms


def exhaustive(text, articles):
    target, best = fold(text), (0.0, None, "")
    for art in articles:
        for form in headline_forms(art, subtitle_alone=True):
            score = similarity(target, form)
            if score > best[0]:
                best = (score, art, form)
    return best


def test_the_length_bound_changes_no_choice(build):
    rng = random.Random(5)
    words = ["支持", "重大", "科技", "创新", "平台", "建设", "助力", "产业", "高质量", "发展", "常州", "项目", "集中开工",
             "——", "：", " ", "A"]

    def line():
        return "".join(rng.choices(words, k=rng.randint(0, 8)))
    for _ in range(300):
        arts = [build.article(f"a{i}", line() or "题", kicker=line(), subtitle=line()) for i in range(rng.randint(1, 6))]
        for _ in range(5):
            text = line()
            assert best_headline(text, arts, subtitle_alone=True) == exhaustive(text, arts), text
