"""Words for the state's own values, marked for translation.

Both the screens and the visit summary name a paper's status or a doctor's
role; they share these words so they always match. They live in the state
layer, not in ``content``, because they are keyed by the state's enums and
``content`` imports nothing of the app (tests/unit/test_layers.py).
Translate at display time: ``translator.gettext(STATUS_LABELS[status])``.
"""

from __future__ import annotations

from second_opinion.content.markers import N_
from second_opinion.state.kinds.calls import CallTopic
from second_opinion.state.kinds.doctors import DoctorRole
from second_opinion.state.kinds.papers import RecordStatus
from second_opinion.state.kinds.questions import Audience

STATUS_LABELS: dict[RecordStatus, str] = {
    RecordStatus.TO_DO: N_("To do"),
    RecordStatus.REQUESTED: N_("Asked for it"),
    RecordStatus.HAVE_IT: N_("I have it"),
    RecordStatus.NOT_NEEDED: N_("Not needed for me"),
}

ROLE_LABELS: dict[DoctorRole, str] = {
    DoctorRole.FIRST: N_("First doctor"),
    DoctorRole.SECOND: N_("Second-opinion doctor"),
}

AUDIENCE_LABELS: dict[Audience, str] = {
    Audience.FIRST: N_("Ask my first doctor"),
    Audience.SECOND: N_("Ask my second-opinion doctor"),
    Audience.BOTH: N_("Ask both doctors"),
}

CALL_TOPIC_LABELS: dict[CallTopic, str] = {
    CallTopic.INSURANCE: N_("Health insurance plan"),
    CallTopic.RECORDS: N_("Records office"),
    CallTopic.SECOND_OFFICE: N_("Second-opinion doctor's office"),
    CallTopic.OTHER: N_("Someone else"),
}
