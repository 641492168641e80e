"""Components listen to what they show, by structure.

A component is subscribed to the observables it is given as arguments (a
record's ``Cell``, a collection, the ``Saver``), and reads what it shows from
them when it draws. It is never handed a record itself: a component holding
a copy of a record could draw it after the record changed (the quick-tap bug
of docs/flet-web-offline.md). This test reads every component's signature
and fails if any parameter is a record type, or if the patient's data
reaches a component as an argument (it would not be observed).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import second_opinion.ui
from second_opinion.state.fields import Record
from second_opinion.state.patient import PatientData


def ui_modules() -> Iterator[ModuleType]:
    for info in pkgutil.walk_packages(second_opinion.ui.__path__, "second_opinion.ui."):
        yield importlib.import_module(info.name)


def components() -> dict[str, Any]:
    found = {}
    for module in ui_modules():
        for name, value in vars(module).items():
            inner = getattr(value, "__component_impl__", None)
            if inner is None and getattr(value, "__is_component__", False):
                inner = value
            closure = getattr(value, "__closure__", None) or ()
            for cell in closure:  # ``ft.memo`` wraps the component in a plain function
                inner = inner or getattr(cell.cell_contents, "__component_impl__", None)
            if inner is not None and inner.__module__ == module.__name__:
                found[f"{module.__name__}.{name}"] = inner
    return found


def _types_in(hint: Any) -> Iterator[type]:
    if isinstance(hint, type):
        yield hint
    for argument in typing.get_args(hint):
        yield from _types_in(argument)


def test_every_screen_is_found() -> None:
    names = components()
    for expected in ("prepare.RecordCard", "medicines.MedicineCard", "ask.OwnPhraseCard",
                     "doctors.DoctorCard", "after.AnswerField", "blur_field.SaveOnBlurField"):
        assert any(name.endswith(expected) for name in names), expected


#: The root puts the patient's data into the context; every other component reaches it there.
ROOT = "second_opinion.ui.app."


def test_no_component_is_handed_a_record_or_the_whole_patient() -> None:
    offenders = []
    for name, function in components().items():
        if name.startswith(ROOT):
            continue
        hints = typing.get_type_hints(function, globalns=vars(inspect.getmodule(function)))
        for parameter, hint in hints.items():
            if parameter == "return":
                continue
            for found in _types_in(hint):
                # A Cell[Record] is fine: get_args digs into it, so look at the outer type.
                if issubclass(found, Record) and not _inside_cell(hint, found):
                    offenders.append(f"{name}({parameter}: {found.__name__})")
                if issubclass(found, PatientData):
                    offenders.append(f"{name}({parameter}: PatientData)")
    assert offenders == []


def _inside_cell(hint: Any, record: type) -> bool:
    """True when every occurrence of ``record`` in ``hint`` is as the type of a ``Cell``."""
    origin = typing.get_origin(hint)
    if hint is record:
        return False
    if origin is None:
        return True
    if getattr(origin, "__name__", "") in ("Cell", "KeyedRecords", "RecordList"):
        return True
    return all(_inside_cell(argument, record) for argument in typing.get_args(hint)
               if argument is record or typing.get_origin(argument) is not None)
