"""Month and weekday names that CLDR does not have yet.

CLDR has no date names for Haitian Creole: Babel falls back to French
("3 décembre 2026"). We format with Babel and then swap in the Creole words,
so patterns and numbers stay CLDR's. Longest names first, so "mardi" is not
found inside another word first.
"""

from __future__ import annotations

from functools import lru_cache

#: language code -> {CLDR's word: the language's own word}
OWN_WORDS: dict[str, dict[str, str]] = {
    "ht": {
        "janvier": "janvye", "février": "fevriye", "mars": "mas", "avril": "avril",
        "mai": "me", "juin": "jen", "juillet": "jiyè", "août": "out",
        "septembre": "septanm", "octobre": "oktòb", "novembre": "novanm",
        "décembre": "desanm",
        "lundi": "lendi", "mardi": "madi", "mercredi": "mèkredi", "jeudi": "jedi",
        "vendredi": "vandredi", "samedi": "samdi", "dimanche": "dimanch",
    },
}


@lru_cache(maxsize=16)
def replacements(code: str) -> tuple[tuple[str, str], ...]:
    words = OWN_WORDS.get(code, {})
    return tuple(sorted(words.items(), key=lambda item: -len(item[0])))
