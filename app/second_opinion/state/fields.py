"""A record's fields as one table: name, limit, required.

Each kind of record is a frozen dataclass whose fields are declared with
``text()``, ``choice()``, ``flag()`` or ``uid()``: that class body *is* the
table. Everything else follows from it, so adding a field is one line there
(plus the view that shows it):

- the stored document (``to_doc``) and reading it back leniently (``from_doc``:
  what the app itself wrote, maybe by an older version, never fails);
- the strict reader of backup files (``parse``: anything out of shape raises);
- the limits and required fields that forms check (``problems``/``checked``).

Text is kept exactly as typed: nothing is trimmed, escaped or cut.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import MISSING, dataclass, field, fields, replace
from enum import Enum, StrEnum
from typing import Any, Self

#: Longest text kept in one short field (a name, a dose) and in a long one (a note).
SHORT = 200
LONG = 4000
_ID = re.compile(r"^[A-Za-z0-9_:.-]{1,80}$")
_SPEC = "second_opinion.field"


class FieldKind(StrEnum):
    TEXT = "text"
    CHOICE = "choice"
    FLAG = "flag"
    UID = "uid"


@dataclass(frozen=True)
class Spec:
    """One line of a record's table."""

    kind: FieldKind
    limit: int = SHORT
    required: bool = False
    pattern: re.Pattern[str] | None = None   # text must match it, e.g. an ISO date
    choices: type[Enum] | None = None


class Problem(StrEnum):
    TOO_LONG = "too_long"
    REQUIRED = "required"


class RecordInvalid(ValueError):
    """A record a person typed that cannot be kept as it is; the form says why per field."""

    def __init__(self, problems: dict[str, Problem], limits: dict[str, int]) -> None:
        super().__init__(", ".join(f"{name}: {problem}" for name, problem in problems.items()))
        self.problems = problems
        self.limits = limits


def new_uid() -> str:
    return uuid.uuid4().hex[:12]


def text(limit: int = SHORT, *, required: bool = False, pattern: str | None = None) -> Any:
    """A field a person types; ``pattern`` is for values the app writes (dates, times)."""
    spec = Spec(FieldKind.TEXT, limit, required, re.compile(pattern) if pattern else None)
    return field(default="", metadata={_SPEC: spec})


def choice(default: Enum) -> Any:
    return field(default=default, metadata={_SPEC: Spec(FieldKind.CHOICE, choices=type(default))})


def flag() -> Any:
    return field(default=False, metadata={_SPEC: Spec(FieldKind.FLAG)})


def uid() -> Any:
    """A record's own id in a list (a medicine, the patient's own words)."""
    return field(default_factory=new_uid, metadata={_SPEC: Spec(FieldKind.UID, limit=80)})


def is_id(value: object) -> bool:
    """A key or uid as the app writes them; backups must hold nothing else there."""
    return isinstance(value, str) and bool(_ID.match(value))


class Record:
    """Base of every kind of record: a frozen dataclass whose fields form its table."""

    @classmethod
    def table(cls) -> dict[str, Spec]:
        return {f.name: f.metadata[_SPEC] for f in fields(cls)  # type: ignore[arg-type]
                if _SPEC in f.metadata}

    @classmethod
    def limits(cls) -> dict[str, int]:
        """What each typed field can hold, for forms and their messages."""
        return {name: spec.limit for name, spec in cls.table().items()
                if spec.kind is FieldKind.TEXT}

    def typed_values(self) -> list[str]:
        """What the person typed, field by field in the table's order (not dates or times)."""
        return [getattr(self, name) for name, spec in self.table().items()
                if spec.kind is FieldKind.TEXT and spec.pattern is None]

    def to_doc(self) -> dict[str, Any]:
        return {name: _plain(getattr(self, name)) for name in self.table()}

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Self:
        """What the app saved; a value out of shape falls back to its default."""
        values: dict[str, Any] = {}
        for name, spec in cls.table().items():
            if name in doc:
                try:
                    values[name] = _read(spec, doc[name], strict=False)
                except (TypeError, ValueError):
                    continue
        return cls(**values)

    @classmethod
    def parse(cls, doc: Any) -> Self:
        """A record from a backup file, or ``TypeError``/``ValueError`` naming the field."""
        if not isinstance(doc, dict):
            raise TypeError(cls.__name__)
        values: dict[str, Any] = {}
        for name, spec in cls.table().items():
            if name not in doc:
                if spec.required or _no_default(cls, name):
                    raise ValueError(name)
                continue
            try:
                values[name] = _read(spec, doc[name], strict=True)
            except (TypeError, ValueError):
                raise ValueError(name) from None
        return cls(**values).checked()

    def problems(self) -> dict[str, Problem]:
        """What is wrong with each field a person typed; empty when it can be kept."""
        found: dict[str, Problem] = {}
        for name, spec in self.table().items():
            value = getattr(self, name)
            if spec.kind is not FieldKind.TEXT:
                continue
            if len(value) > spec.limit:
                found[name] = Problem.TOO_LONG
            elif spec.required and not value.strip():
                found[name] = Problem.REQUIRED
        return found

    def checked(self) -> Self:
        """This record, or ``RecordInvalid`` with a problem per field."""
        problems = self.problems()
        if problems:
            raise RecordInvalid(problems, self.limits())
        return self

    def with_values(self, values: dict[str, str]) -> Self:
        """A copy with typed values for the table's text fields (unknown names are ignored)."""
        typed = {name: value for name, value in values.items() if name in self.limits()}
        return replace(self, **typed)  # type: ignore[type-var]


def _no_default(cls: type, name: str) -> bool:
    found = next(f for f in fields(cls) if f.name == name)
    return found.default is MISSING and found.default_factory is MISSING


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _read(spec: Spec, value: Any, *, strict: bool) -> Any:
    if spec.kind is FieldKind.FLAG:
        if not isinstance(value, bool):
            raise TypeError("flag")
        return value
    if spec.kind is FieldKind.CHOICE:
        assert spec.choices is not None
        return spec.choices(value)
    if not isinstance(value, str):
        if strict:
            raise TypeError("text")
        value = "" if value is None else str(value)
    if spec.kind is FieldKind.UID and not is_id(value):
        raise ValueError("uid")
    if strict and len(value) > spec.limit:
        raise ValueError("too long")
    if spec.pattern and value and not spec.pattern.match(value):
        raise ValueError("format")
    return value
