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


def fold(text: str) -> str:
    """Lower case without accents: "Müller" -> "muller", "Straße" -> "strasse",
    "Søren Łukasz" -> "soren lukasz", "García" -> "garcia"."""
    if text.isascii():
        # Most stored names: skip the Unicode work (the triggers call this per row).
        return text.lower()
    # Compatibility forms first (a letter like "ℌ" is a capital H), then case, then
    # decomposed again for what case folding composed.
    plain = unicodedata.normalize("NFKD", text).casefold()
    decomposed = unicodedata.normalize("NFKD", plain)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_LETTERS)


def sql_fold(text: str | None) -> str | None:
    """`fold` as SQLite calls it: NULL stays NULL."""
    return None if text is None else fold(str(text))
