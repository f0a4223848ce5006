"""Folding names for search: "Müller", "MULLER" and "muller" are one name to a search.

`fold` is the one rule for both sides of a match: the text the database stores for
searching (the board's `search_text` and the full-text index, written by triggers that
call it as the SQL function `workbench_fold`, registered on every connection by
store/db.connect) and the term a user types. Any change to it needs a migration that
folds the stored text again (see migration 0011).
"""

from __future__ import annotations

import unicodedata

# The SQL name under which every connection knows `fold`.
SQL_FUNCTION = "workbench_fold"

# Letters that Unicode does not decompose into a base letter and a mark, spelled as a
# reader of the language would type them on a keyboard without them.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "ŧ": "t",
    }
)


class _CharFolds(dict[int, str]):
    """Each character's fold, worked out the first time it is seen: folding is per
    character (a combining mark folds to nothing on its own too), so a name is folded
    by one str.translate over this table, in C, instead of normalising every name."""

    def __missing__(self, code: int) -> str:
        # Compatibility forms first (a letter like "ℌ" is a capital H), then case, then
        # decomposed again for what case folding composed; marks dropped.
        plain = unicodedata.normalize("NFKD", chr(code)).casefold()
        decomposed = unicodedata.normalize("NFKD", plain)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        folded = folded.translate(_LETTERS)
        self[code] = folded
        return folded


_FOLDS = _CharFolds()


def fold(text: str) -> str:
    """Lower case without accents: "Müller" -> "muller", "Straße" -> "strasse",
    "Søren Łukasz" -> "soren lukasz", "García" -> "garcia"."""
    if text.isascii():
        # Most stored names: the triggers call this per row.
        return text.lower()
    return text.translate(_FOLDS)


def sql_fold(text: str | None) -> str | None:
    """`fold` as SQLite calls it: NULL stays NULL."""
    return None if text is None else fold(str(text))
