"""How far the patient is, in words: shown on screen and announced to screen readers."""

from __future__ import annotations

from second_opinion.content import guide
from second_opinion.i18n.translator import Translator
from second_opinion.state.patient import PatientState


def papers_ready(t: Translator, patient: PatientState) -> str:
    """E.g. "4 of 6 papers ready"."""
    ready, total = patient.records_ready, len(guide.RECORDS)
    return t.ngettext("{ready} of {total} paper ready", "{ready} of {total} papers ready",
                      total).format(ready=ready, total=total)


def steps_done(t: Translator, patient: PatientState) -> str:
    """E.g. "2 of 3 steps done"."""
    done, total = patient.steps_finished, len(guide.STEPS)
    return t.ngettext("{done} of {total} step done", "{done} of {total} steps done",
                      total).format(done=done, total=total)
