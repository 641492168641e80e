"""Letters: who the patient is (for the letters) and each letter as they changed it.

A letter nobody changed is not stored: the app writes it afresh from what is
saved. Once the patient edits it, their text is kept, in the language they
chose for it, until they ask the app to write it again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from second_opinion.state.collections import KeyedKind, KeyedRecords
from second_opinion.state.fields import Record, text

#: Long enough for a letter of a page or two.
LETTER_LIMIT = 8000
ME = "me"


class LetterKind(StrEnum):
    RECORDS = "records"            # asking for copies of my records
    JOINT_REVIEW = "joint_review"  # asking both doctors to review my case together


@dataclass(frozen=True)
class LetterDraft(Record):
    language: str = text(pattern=r"^[a-z]{2,3}(_[A-Za-z]{2,4})?$")  # "" is English
    text: str = text(LETTER_LIMIT)


@dataclass(frozen=True)
class Signer(Record):
    """The patient, as the letters name them."""

    name: str = text()
    birth_date: str = text()   # as the patient writes it: letters show it as typed
    phone: str = text()


def is_letter(key: str) -> bool:
    return key in {kind.value for kind in LetterKind}


KIND = KeyedKind(LetterDraft, table="letters", backup_key="letters", valid_key=is_letter)
SIGNER_KIND = KeyedKind(Signer, table="signer", backup_key="signer",
                        valid_key=lambda key: key == ME)


class Letters(KeyedRecords[LetterDraft]):
    def draft(self, kind: LetterKind) -> LetterDraft:
        return self.get(kind.value)

    async def set_language(self, kind: LetterKind, code: str) -> bool:
        """A new language starts the letter afresh in it."""
        return await self.put(kind.value, LetterDraft(language=code))

    async def set_text(self, kind: LetterKind, words: str) -> bool:
        return await self.put(kind.value, replace(self.draft(kind), text=words))

    async def write_again(self, kind: LetterKind) -> bool:
        return await self.put(kind.value, replace(self.draft(kind), text=""))


class SignerRecords(KeyedRecords[Signer]):
    @property
    def me(self) -> Signer:
        return self.get(ME)

    async def save(self, signer: Signer) -> bool:
        return await self.put(ME, signer)
