"""Every screen's address. Each screen is a child of home, so back returns there.

Addresses with a part that changes are built by the functions below, never
by f-strings in the views, so a route's shape lives in one place.
"""

from __future__ import annotations

HOME = "/"
WHY = "/why"
ASK = "/ask"
GET_ONE = "/get-one"
PREPARE = "/prepare"
MEDICINES = "/medicines"
DOCTORS = "/doctors"
AFTER = "/after"
QUESTIONS = "/questions"
CALLS = "/calls"
LETTERS = "/letters"
SUMMARY = "/summary"
ABOUT = "/about"
SETTINGS = "/settings"

COMPARE = f"{AFTER}/compare"
NEW_MEDICINE = f"{MEDICINES}/new"
NEW_PHRASE = f"{ASK}/new"
NEW_QUESTION = f"{QUESTIONS}/new"
NEW_CALL = f"{CALLS}/new"
SIGNER = f"{LETTERS}/me"


def medicine(uid: str) -> str:
    return f"{MEDICINES}/edit/{uid}"


def phrase(uid: str) -> str:
    return f"{ASK}/edit/{uid}"


def phrase_shown(uid: str) -> str:
    return f"{ASK}/show/{uid}"


def doctor(role: str) -> str:
    return f"{DOCTORS}/{role}"


def question(uid: str) -> str:
    return f"{QUESTIONS}/edit/{uid}"


def call(uid: str) -> str:
    return f"{CALLS}/edit/{uid}"


def office(role: str) -> str:
    return f"{CALLS}/office/{role}"


def letter(kind: str) -> str:
    return f"{LETTERS}/write/{kind}"
