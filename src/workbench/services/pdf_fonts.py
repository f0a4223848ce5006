"""Fonts for the offer PDF: a Unicode text font found on the machine, plus a fallback font
shipped with the app (resources/fonts/Symbola.ttf) for what the text font lacks: emoji,
symbols, and Greek, Cyrillic or accented Latin where the text font is a Latin-only one.

Text is cut into runs by glyph coverage (the fonts' cmaps); runs the text font can't show
are set in the fallback font. Paragraphs get them as `<font name=...>` markup, the page
header and footer as separately drawn strings.
"""

from __future__ import annotations

import io
import logging
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

log = logging.getLogger(__name__)

FALLBACK = "WB-Fallback"

# The first family found wins. The PDF base fonts only know Latin-1, so a TrueType font is
# embedded (subset) so names like “Łódź” or “Dvořák” print and copy correctly.
_FONT_CANDIDATES = [
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
    ),
    (
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    ),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf", "C:/Windows/Fonts/ariali.ttf"),
    (
        "/Library/Fonts/Arial.ttf",
        "/Library/Fonts/Arial Bold.ttf",
        "/Library/Fonts/Arial Italic.ttf",
    ),
    (
        "/System/Library/Fonts/Supplemental/Arial.ttf",
        "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
        "/System/Library/Fonts/Supplemental/Arial Italic.ttf",
    ),
]


class _EveryChar(dict[int, int]):
    """A cmap that claims every character, mapping the missing ones to the missing-glyph box.
    reportlab gives a character the font lacks the code 0, which reads back as a NUL; this
    way it gets a code of its own whose ToUnicode entry keeps the character in the PDF text
    (copy, search), though no installed font can draw it."""

    def __contains__(self, code: object) -> bool:
        return True

    def __missing__(self, code: int) -> int:
        return 0


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "replace").hex().upper()


class _Font(TTFont):  # type: ignore[misc]
    """reportlab's TrueType font, with ToUnicode entries for characters beyond U+FFFF written
    as UTF-16 (reportlab writes the bare code point, so every emoji read back as garbage)."""

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)  # forgets the state
        for n, subset in enumerate(subsets):
            if all(code <= 0xFFFF for code in subset):
                continue
            name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode(
                "pdfdoc"
            )
            stream = doc.idToObject["toUnicodeCMap:" + name]
            entries = "\n".join(f"<{i:02X}> <{_utf16_hex(c)}>" for i, c in enumerate(subset))
            head, _, rest = stream.content.partition(" beginbfchar\n")
            _, _, tail = rest.partition("endbfchar")
            stream.content = f"{head} beginbfchar\n{entries}\nendbfchar{tail}"


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    fallback: str | None  # None: the shipped fallback font could not be loaded


_coverage: dict[str, frozenset[int]] = {}


def _register(name: str, source: str | io.BytesIO, *, keep_every_char: bool) -> None:
    font = _Font(name, source)
    _coverage[name] = frozenset(font.face.charToGlyph)
    if keep_every_char:
        font.face.charToGlyph = _EveryChar(font.face.charToGlyph)
    pdfmetrics.registerFont(font)


def _text_font_candidates() -> Iterator[tuple[str, str, str]]:
    import reportlab

    yield from _FONT_CANDIDATES
    bundled = Path(reportlab.__file__).parent / "fonts"
    yield str(bundled / "Vera.ttf"), str(bundled / "VeraBd.ttf"), str(bundled / "VeraIt.ttf")


@cache
def fonts() -> Fonts:
    """The registered fonts; every name is usable in styles and `<font name=...>`."""
    regular, bold, italic = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    for candidate in _text_font_candidates():
        if not all(os.path.isfile(p) for p in candidate):
            continue
        try:
            for name, path in zip(("WB", "WB-Bold", "WB-Italic"), candidate, strict=True):
                _register(name, path, keep_every_char=True)
        except Exception:  # a damaged font file: try the next family
            log.warning("unusable font family %s", candidate[0], exc_info=True)
            continue
        pdfmetrics.registerFontFamily(
            "WB", normal="WB", bold="WB-Bold", italic="WB-Italic", boldItalic="WB-Bold"
        )
        regular, bold, italic = "WB", "WB-Bold", "WB-Italic"
        break
    fallback: str | None = FALLBACK
    try:
        data = resources.files("workbench.resources").joinpath("fonts/Symbola.ttf").read_bytes()
        _register(FALLBACK, io.BytesIO(data), keep_every_char=False)
    except Exception:  # a broken installation: print what the text font has, boxes for the rest
        log.warning("the fallback font for emoji and symbols is missing", exc_info=True)
        fallback = None
    return Fonts(regular, bold, italic, fallback)


def covers(font: str, char: str) -> bool:
    """Whether the registered font `font` has a glyph for `char`."""
    coverage = _coverage.get(font)
    if coverage is None:  # a PDF base font: what its WinAnsi encoding has
        try:
            char.encode("cp1252")
        except UnicodeEncodeError:
            return False
        return True
    return ord(char) in coverage


def _ignorable(char: str) -> bool:
    # Zero-width joiners and emoji presentation selectors belong to the glyph before them.
    return unicodedata.category(char) == "Cf" or "\ufe00" <= char <= "\ufe0f"


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """(text, font name) pieces of `text`: what `font` lacks is set in the fallback font when
    that has it; what neither has stays in `font` (drawn as its missing-glyph box)."""
    fallback = fonts().fallback
    out: list[tuple[str, str]] = []
    current, chars = font, list[str]()
    for char in text:
        if char == "\n" or (_ignorable(char) and covers(current, char)):
            chosen = current
        elif covers(font, char) or fallback is None or not covers(fallback, char):
            chosen = font
        else:
            chosen = fallback
        if chosen != current and chars:
            out.append(("".join(chars), current))
            chars = []
        current = chosen
        chars.append(char)
    if chars:
        out.append(("".join(chars), current))
    return out


def markup(text: str, font: str) -> str:
    """Paragraph markup for plain `text` in a paragraph whose style uses `font`."""
    parts = []
    for piece, name in runs(text, font):
        body = escape(piece).replace("\n", "<br/>")
        parts.append(body if name == font else f'<font name="{name}">{body}</font>')
    return "".join(parts)


def string_width(text: str, font: str, size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(p, name, size) for p, name in runs(text, font)))
