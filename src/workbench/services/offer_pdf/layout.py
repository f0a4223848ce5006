"""Measures, locale formatting, paragraph styles and the text helpers every part of the
offer PDF shares."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
)

from workbench import formatting
from workbench.domain.money import Money
from workbench.domain.offer_totals import percent_text
from workbench.services.pdf_fonts import fonts, markup

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
HEADER_H = 30 * mm
FOOTER_H = 24 * mm
BODY_W = PAGE_W - 2 * MARGIN
# Table rows built from user text are cut to at most this height: reportlab moves a row
# that does not fit to the next page but can't split one taller than a page.
MAX_ROW_H = 120.0
# A block up to this height is kept on one page; a longer one flows (and splits) freely.
KEEP_TOGETHER_H = 200.0
# Multi-line texts become one paragraph per this many lines: splitting one huge paragraph
# across pages re-wraps the rest for every page (10,000 short lines took half a minute).
LINES_PER_PARAGRAPH = 20


# -- locale formatting ---------------------------------------------------------------------


@dataclass(frozen=True)
class Fmt:
    locale: str
    currency: str

    def money(self, value: Decimal) -> str:
        return formatting.money(Money(value, self.currency), self.locale)

    def price(self, value: Decimal) -> str:
        # Unit prices may carry more digits than the currency (0.335 per piece).
        return formatting.price(value, self.currency, self.locale)

    def number(self, value: Decimal) -> str:
        return formatting.number(value, self.locale)

    def percent(self, value: Decimal) -> str:
        return f"{formatting.number(Decimal(percent_text(value)), self.locale)} %"

    def day(self, value: date | datetime | None) -> str:
        return formatting.day(value, self.locale)


# -- styles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    cell_right: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle
    h2: ParagraphStyle
    brand: colors.Color
    tint: colors.Color


def styles_for(brand_hex: str) -> Styles:
    f = fonts()
    regular, bold = f.regular, f.bold
    brand = colors.HexColor(brand_hex)
    tint = colors.Color(
        brand.red + (1 - brand.red) * 0.88,
        brand.green + (1 - brand.green) * 0.88,
        brand.blue + (1 - brand.blue) * 0.88,
    )
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
    return Styles(
        body=body,
        small=small,
        small_right=ParagraphStyle("small_right", parent=small, alignment=TA_RIGHT),
        cell=cell,
        cell_small=ParagraphStyle(
            "cell_small", parent=cell, fontSize=7.5, leading=9, textColor=colors.HexColor("#555555")
        ),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=bold),
        head=ParagraphStyle("head", parent=cell, fontName=bold, textColor=colors.white),
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=17, leading=21, textColor=brand
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=bold,
            fontSize=10.5,
            leading=14,
            textColor=brand,
            spaceBefore=8,
            spaceAfter=3,
        ),
        brand=brand,
        tint=tint,
    )


# -- text ----------------------------------------------------------------------------------

_LINE_BREAKS = str.maketrans(
    {"\r": "\n", "\v": "\n", "\f": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n", "\t": " "}
)


def clean_text(text: str) -> str:
    """User text as it can be printed: accents composed (NFC, as fonts have them), one kind
    of line break, and no control characters, which have no glyph and would print as boxes."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").translate(_LINE_BREAKS))
    if text.isprintable() or all(ch == "\n" or ch.isprintable() for ch in text):
        return text
    out = []
    for ch in text:
        kind = unicodedata.category(ch)
        if kind == "Cs":  # half of a broken surrogate pair from a damaged import
            out.append("\ufffd")
        elif kind != "Cc" or ch == "\n":
            out.append(ch)
    return "".join(out)


def one_line(text: str) -> str:
    """A name or another one-line field: line breaks an import brought in print as spaces."""
    return " ".join(clean_text(text).split())


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(clean_text(text), style.fontName), style)


def _paras(text: str, style: ParagraphStyle) -> list[Flowable]:
    """A multi-line text as paragraphs of a few lines each."""
    lines = clean_text(text).split("\n")
    return [
        Paragraph(markup("\n".join(lines[i : i + LINES_PER_PARAGRAPH]), style.fontName), style)
        for i in range(0, len(lines), LINES_PER_PARAGRAPH)
    ]


def _cut(flowables: Sequence[Flowable], width: float, max_h: float = MAX_ROW_H) -> list[list[Any]]:
    """The flowables in groups at most `max_h` high, paragraphs split where needed, so that a
    table row made of one group always fits on a page."""
    groups: list[list[Any]] = []
    group: list[Any] = []
    room = max_h
    pending = list(reversed(flowables))
    while pending:
        f = pending.pop()
        _, h = f.wrap(width, max_h)
        if h <= room:
            group.append(f)
            room -= h
            continue
        parts = f.split(width, room)
        if len(parts) > 1:
            group.append(parts[0])
            pending += reversed(parts[1:])
        elif group:
            pending.append(f)
        else:  # not even its first line fits an empty row: it gets a row of its own
            group.append(f)
        groups.append(group)
        group, room = [], max_h
    if group or not groups:
        groups.append(group)
    return groups


def _block(flowables: list[Flowable]) -> list[Flowable]:
    """A heading and what follows, on one page when short; a long block flows on instead of
    leaving a page empty, after at least its heading and a row fit."""
    height = sum(f.wrap(BODY_W, PAGE_H)[1] for f in flowables)
    if height <= KEEP_TOGETHER_H:
        return [KeepTogether(flowables)]
    return [CondPageBreak(MAX_ROW_H + 30), *flowables]
