"""Each kind of record in a module of its own: its model (the field table), how it is
stored and backed up (``KIND``) and its intents. A new kind is one more module here
and one more line in ``KINDS``.
"""

from __future__ import annotations

from second_opinion.state.collections import AnyKind
from second_opinion.state.kinds import (
    answers,
    calls,
    doctors,
    letters,
    medicines,
    offices,
    own_words,
    papers,
    questions,
    steps,
)

#: Every kind, in the order of the backup file.
KINDS: tuple[AnyKind, ...] = (
    papers.KIND, steps.KIND, medicines.KIND, doctors.KIND, answers.KIND, own_words.KIND,
    questions.KIND, calls.KIND, offices.KIND, letters.KIND, letters.SIGNER_KIND,
)
