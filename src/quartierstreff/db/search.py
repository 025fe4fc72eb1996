"""The word index behind search-as-you-type over people.

Every person's name, address, e-mail and phone numbers are cut into words, and each word
is stored in ``person_search_words`` with a B-tree index. A search term matches a person
when it is the start of one of their words ("mül" finds Müller, "0711 55" finds
0711 555 123). One plain table instead of SQLite's FTS5 and PostgreSQL's tsvector: it
behaves the same on both databases, and backups, migrations and the bin treat it as
the ordinary table it is.

Words are case-folded and stored in three spellings where they differ, so that "Müller",
"Muller" and "Mueller" all find each other; phone numbers are also stored as one run of
digits, so "0711555123" finds "0711 555 123".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

WORD_LENGTH = 60
"""Longer words are cut; nobody types 60 letters into a search box."""

_WORD = re.compile(r"[^\W_]+")
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def query_words(text: str) -> list[str]:
    """The words of what someone typed into the search box, in the index's spelling."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return list(dict.fromkeys(word[:WORD_LENGTH] for word in words))


def _spellings(word: str) -> Iterator[str]:
    yield word
    yield _strip_accents(word)
    yield _strip_accents(word.translate(_TRANSLITERATION))


def index_words(texts: Iterable[str], phones: Iterable[str] = ()) -> set[str]:
    """The words under which a record with these ``texts`` and ``phones`` is found."""
    words: set[str] = set()
    for text in texts:
        for word in query_words(text):
            words.update(spelling[:WORD_LENGTH] for spelling in _spellings(word))
    for phone in phones:
        digits = "".join(char for char in phone if char.isdigit())
        if digits:
            words.add(digits[:WORD_LENGTH])
    words.discard("")
    return words


def prefix_bounds(word: str) -> tuple[str, str]:
    """``low <= w < high`` for every word ``w`` that starts with ``word`` (binary order)."""
    return word, word + "\U0010ffff"


def sort_key(text: str) -> str:
    """``text`` for sorting in German dictionary order: case and accents ignored."""
    return _strip_accents(unicodedata.normalize("NFKC", text).casefold())
