"""How far the patient is, in words: shown on screen and announced to screen readers."""

from __future__ import annotations

from second_opinion.content import guide
from second_opinion.i18n.translator import Translator
from second_opinion.state.kinds.papers import Papers
from second_opinion.state.kinds.steps import Steps


def papers_ready(t: Translator, papers: Papers) -> str:
    """E.g. "4 of 6 papers ready"."""
    ready, total = papers.ready, len(guide.RECORDS)
    return t.ngettext("{ready} of {total} paper ready", "{ready} of {total} papers ready",
                      total).format(ready=ready, total=total)


def steps_done(t: Translator, steps: Steps) -> str:
    """E.g. "2 of 3 steps done"."""
    done, total = steps.finished, len(guide.STEPS)
    return t.ngettext("{done} of {total} step done", "{done} of {total} steps done",
                      total).format(done=done, total=total)
