"""Sentences that code below the window writes for people (report titles, columns and
charts, Today's rows, the texts of the demo company), in the person's language.

That code knows no Qt, so it writes `translate("Context", "English")`: lupdate finds the
call like any Qt one (scripts/update-translations), and the window installs Qt's
translator as the hook when it starts (ui/language.py). Where nothing installed one (the
command line, the server) the English stays. Counts are left to `formatting` (babel),
because lupdate marks no plural outside a class's tr(). A counted text in the window
(`Class.tr("%1 deal(s)", "", n)`: Qt picks the plural form from n) gets its count as %1
from `counted`, so the figure reads as every other one ("1.234" in German).
"""

from __future__ import annotations

from collections.abc import Callable

from workbench import formatting

# (context, English text) -> the text in the person's language
Hook = Callable[[str, str], str]


def _english(_context: str, text: str) -> str:
    return text


_hook: Hook = _english


def install(hook: Hook | None) -> None:
    """Translate through `hook` from now on (None: English again). Called at start, before
    any worker thread reads texts."""
    global _hook
    _hook = hook or _english


def translate(context: str, text: str) -> str:
    """`text` in the person's language."""
    return _hook(context, text)


def counted(text: str, n: int, locale: str | None = None) -> str:
    """`text`'s %1 filled with the count `n` as the locale writes numbers."""
    return fill(text, formatting.number(n, locale))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate where it is defined (a list of names) and leaves it as it
    is: it is translated where it is used, with translate(context, text)."""
    return text


def fill(text: str, *values: object) -> str:
    """Qt's %1, %2 … placeholders filled in (a translation may reorder them)."""
    for i in reversed(range(len(values))):
        text = text.replace(f"%{i + 1}", str(values[i]))
    return text
