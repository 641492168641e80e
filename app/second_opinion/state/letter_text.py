"""The two letters' words, written from what the patient saved.

``LetterFacts`` holds only values; ``write_letter`` puts them into the
letter's lines (``content/letters.py``) in the translator's language. The
same facts written in two translators give the letter the office gets and
the one the patient reads beside it. Typed text is kept exactly as typed.
Where something is not saved yet, a blank line ``BLANK`` shows where to
write it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from second_opinion.content import guide
from second_opinion.content import letters as words
from second_opinion.i18n.bidi import left_to_right
from second_opinion.i18n.translator import Translator
from second_opinion.state.kinds.doctors import Doctor, DoctorRole
from second_opinion.state.kinds.letters import LetterKind, Signer
from second_opinion.state.kinds.offices import Office, OfficeRole
from second_opinion.state.visit_summary import doctor_label

if TYPE_CHECKING:
    from second_opinion.state.patient import PatientData

BLANK = "________"
IMAGING = "imaging"


@dataclass(frozen=True)
class LetterFacts:
    signer: Signer = Signer()
    records_office: Office = Office()
    first: Doctor = Doctor()
    second: Doctor = Doctor()
    papers_to_do: tuple[guide.RecordItem, ...] = ()
    #: The scans' pictures are still to get (the imaging paper is not in hand or ruled out).
    wants_images: bool = True

    @classmethod
    def of(cls, patient: PatientData) -> LetterFacts:
        papers = patient.papers
        return cls(
            signer=patient.signer.me,
            records_office=patient.offices.office(OfficeRole.RECORDS),
            first=patient.doctors.doctor(DoctorRole.FIRST),
            second=patient.doctors.doctor(DoctorRole.SECOND),
            papers_to_do=papers.to_gather(),
            wants_images=not papers.get(IMAGING).status.is_ready,
        )


def write_letter(kind: LetterKind, facts: LetterFacts, t: Translator, today: date) -> str:
    """The whole letter as plain text, in ``t``'s language."""
    body = _records(facts, t) if kind is LetterKind.RECORDS else _joint_review(facts, t)
    return "\n".join([t.date(today, "long"), "", *body]) + "\n"


def title(kind: LetterKind) -> str:
    """The letter's name, untranslated (``N_``): translate it where it is shown."""
    return words.RECORDS_TITLE if kind is LetterKind.RECORDS else words.JOINT_TITLE


def _records(facts: LetterFacts, t: Translator) -> list[str]:
    _ = t.gettext
    office = facts.records_office
    papers = [_(item.title) for item in facts.papers_to_do]
    if facts.wants_images:
        papers.append(_(words.RECORDS_CD))
    wanted = ([_(words.RECORDS_LIST), *[f"- {paper}" for paper in papers]] if papers
              else [_(words.RECORDS_NO_PAPERS)])
    return [
        _(words.TO).format(name=office.name or _(words.RECORDS_TO_DEFAULT)),
        *([office.address] if office.address else []),
        "",
        _(words.RECORDS_SUBJECT),
        "",
        _(words.RECORDS_GREETING),
        "",
        _(words.RECORDS_WHY),
        "",
        *_who_i_am(facts.signer, t),
        "",
        *wanted,
        "",
        _(words.RECORDS_LAW),
        "",
        _(words.RECORDS_CALL),
        "",
        *_signature(facts.signer, t),
    ]


def _joint_review(facts: LetterFacts, t: Translator) -> list[str]:
    _ = t.gettext
    first = doctor_label(DoctorRole.FIRST, facts.first, t)
    second = doctor_label(DoctorRole.SECOND, facts.second, t)
    return [
        _(words.TO).format(name=first),
        _(words.TO).format(name=second),
        "",
        _(words.JOINT_SUBJECT),
        "",
        _(words.JOINT_GREETING).format(first=first, second=second),
        "",
        _(words.JOINT_WHY),
        "",
        _(words.JOINT_ASK),
        "",
        _(words.JOINT_NEXT),
        "",
        *_who_i_am(facts.signer, t),
        "",
        *_signature(facts.signer, t),
    ]


def _who_i_am(signer: Signer, t: Translator) -> list[str]:
    _ = t.gettext
    return [
        _(words.MY_NAME).format(name=signer.name or BLANK),
        _(words.MY_BIRTH_DATE).format(date=signer.birth_date or BLANK),
        _(words.MY_PHONE).format(phone=left_to_right(signer.phone) if signer.phone else BLANK),
    ]


def _signature(signer: Signer, t: Translator) -> list[str]:
    return [t.gettext(words.THANKS), signer.name or BLANK]
