"""The offer as a PDF a company would send, rendered locally with reportlab (no Qt, so the
CLI, tests and background threads can render too).

Layout: a brand-coloured header with logo and company name; the customer address block
beside the offer details; introduction; the line table by section (header row repeated
on every page); totals with tax by rate; payment options and add-ons; terms; closing; a
signature block; and a footer with the company's details and "page x of y" on every page.
Numbers, dates and money are formatted for the user's locale with babel.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workbench.domain.enums import OfferStatus
from workbench.domain.offer_totals import PaymentKind, percent_text
from workbench.services.company import CompanyProfile, get_company
from workbench.services.files import write_file_atomically
from workbench.services.offers.model import OfferView, user_locale
from workbench.services.pdf_fonts import fonts, markup, runs, string_width
from workbench.store.db import Database

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
        return format_currency(value, self.currency, locale=self.locale)

    def price(self, value: Decimal) -> str:
        # Unit prices may carry more digits than the currency (0.335 per piece).
        return format_currency(value, self.currency, locale=self.locale, decimal_quantization=False)

    def number(self, value: Decimal) -> str:
        return format_decimal(value.normalize() if value else value, locale=self.locale)

    def percent(self, value: Decimal) -> str:
        return f"{format_decimal(Decimal(percent_text(value)), locale=self.locale)} %"

    def day(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        d = value.date() if isinstance(value, datetime) else value
        return format_date(d, "medium", locale=self.locale)


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


def _styles(brand_hex: str) -> Styles:
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


# -- page decoration -----------------------------------------------------------------------


def _fit(text: str, font: str, size: float, max_w: float) -> str:
    """`text` on one line, shortened with an ellipsis to `max_w`."""
    text = one_line(text)
    if string_width(text, font, size) <= max_w:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if string_width(text[:mid] + "…", font, size) <= max_w:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def _draw(
    c: rl_canvas.Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    max_w: float,
    *,
    right: bool = False,
) -> None:
    """One line on the page decoration (the full texts are in the body), each character in a
    font that has it."""
    text = _fit(text, font, size, max_w)
    if right:
        x -= string_width(text, font, size)
    for piece, name in runs(text, font):
        c.setFont(name, size)
        c.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)


class _NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
    """Defers page output until the end so every footer can say "page x of y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._page_number_footer(total)
            super().showPage()
        super().save()

    def _page_number_footer(self, total: int) -> None:
        self.setFillColor(colors.HexColor("#666666"))
        _draw(
            self,
            PAGE_W - MARGIN,
            6 * mm,
            f"{self._doc_label}  ·  Page {self._pageNumber} of {total}",
            fonts().regular,
            7.5,
            BODY_W,
            right=True,
        )


def _logo(path: str, max_w: float, max_h: float) -> tuple[ImageReader, float, float] | None:
    if not path:
        return None
    try:
        reader = ImageReader(path)
        w, h = reader.getSize()
    except Exception:  # a missing or unreadable logo must not stop the offer
        return None
    scale = min(max_w / w, max_h / h)
    return reader, w * scale, h * scale


class _Decor:
    def __init__(self, company: CompanyProfile, view: OfferView, styles: Styles) -> None:
        self.company = company
        self.view = view
        self.styles = styles
        self.logo = _logo(company.logo_path, 45 * mm, 14 * mm)

    def first(self, c: rl_canvas.Canvas, _doc: Any) -> None:
        self._header(c, full=True)
        self._footer(c)

    def later(self, c: rl_canvas.Canvas, _doc: Any) -> None:
        self._header(c, full=False)
        self._footer(c)

    def _header(self, c: rl_canvas.Canvas, *, full: bool) -> None:
        f = fonts()
        s = self.styles
        c.saveState()
        c.setFillColor(s.brand)
        c.rect(0, PAGE_H - 6 * mm, PAGE_W, 6 * mm, stroke=0, fill=1)
        top = PAGE_H - 10 * mm
        x = MARGIN
        if self.logo is not None and full:
            reader, w, h = self.logo
            c.drawImage(reader, x, top - h, w, h, mask="auto")
            x += w + 5 * mm
        room = PAGE_W - MARGIN - x
        c.setFillColor(colors.HexColor("#222222"))
        name = self.company.name or "Offer"
        if full:
            _draw(c, x, top - 8 * mm, name, f.bold, 14, room)
            c.setFillColor(colors.HexColor("#555555"))
            contact = "  ·  ".join(
                p for p in (self.company.phone, self.company.email, self.company.website) if p
            )
            _draw(c, x, top - 13 * mm, contact, f.regular, 8, room)
        else:
            _draw(c, x, top - 5 * mm, name, f.bold, 10, room * 0.45)
            c.setFillColor(colors.HexColor("#555555"))
            v = self.view
            _draw(
                c,
                PAGE_W - MARGIN,
                top - 5 * mm,
                f"Offer {v.number} · version {v.version} · {v.customer}",
                f.regular,
                8.5,
                room * 0.52,
                right=True,
            )
        c.setStrokeColor(s.tint)
        c.setLineWidth(0.8)
        c.line(MARGIN, PAGE_H - HEADER_H + 2 * mm, PAGE_W - MARGIN, PAGE_H - HEADER_H + 2 * mm)
        c.restoreState()

    def _footer(self, c: rl_canvas.Canvas) -> None:
        f = fonts()
        co = self.company
        c.saveState()
        c.setStrokeColor(self.styles.brand)
        c.setLineWidth(0.6)
        c.line(MARGIN, FOOTER_H, PAGE_W - MARGIN, FOOTER_H)
        columns = [
            [co.name, *co.address_lines],
            [p for p in (co.phone, co.email, co.website) if p]
            + ([f"VAT ID {co.vat_id}"] if co.vat_id else []),
            [line.strip() for line in co.bank.splitlines() if line.strip()],
        ]
        width = BODY_W / 3
        c.setFillColor(colors.HexColor("#555555"))
        for i, col in enumerate(columns):
            y = FOOTER_H - 4 * mm
            for j, text in enumerate(col[:4]):
                font = f.bold if j == 0 and i == 0 else f.regular
                _draw(c, MARGIN + i * width, y, text, font, 7, width - 3 * mm)
                y -= 3 * mm
        c.restoreState()
        c._doc_label = f"{self.view.number} v{self.view.version}"


# -- content -------------------------------------------------------------------------------

_COL_WIDTHS = [10 * mm, 57 * mm, 13 * mm, 16 * mm, 26 * mm, 13 * mm, 12 * mm, 27 * mm]
_PAD = 3  # left and right padding of the line table's cells
_GRID = colors.HexColor("#dddddd")


def _pairs_table(
    pairs: list[tuple[list[Flowable], list[Flowable]]],
    widths: tuple[float, float],
    *,
    lines: bool = False,
    **kw: Any,
) -> Table:
    """Label and text side by side, both cut into rows that fit a page."""
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for left, right in pairs:
        a, b = _cut(left, widths[0] - 6), _cut(right, widths[1] - 6)
        for i in range(max(len(a), len(b))):
            rows.append([a[i] if i < len(a) else "", b[i] if i < len(b) else ""])
        if lines:
            style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, _GRID))
    return Table(rows, colWidths=list(widths), style=TableStyle(style), **kw)


def _address_block(view: OfferView, company: CompanyProfile, st: Styles, f: Fmt) -> Table:
    sender = " · ".join([company.name, *company.address_lines]) if company.name else ""
    left: list[Flowable] = [_p(one_line(sender), st.cell_small)] if sender else []
    left.append(Spacer(1, 2 * mm))
    customer_lines = [view.customer]
    if view.contact_name and view.contact_name != view.customer:
        customer_lines.append(f"Attn. {view.contact_name}")
    customer_lines += view.customer_address
    left += [_p(one_line(text), st.body) for text in customer_lines]
    details = [
        ("Offer no.", view.number),
        ("Version", str(view.version)),
        ("Date", f.day(view.sent_at or view.created_at)),
        ("Valid until", f.day(view.data.valid_until)),
        ("Your contact", view.owner_name),
    ]
    if view.owner_email:
        details.append(("E-mail", view.owner_email))
    if view.owner_phone:
        details.append(("Phone", view.owner_phone))
    right = Table(
        [[_p(k, st.cell_small), _p(one_line(v), st.cell)] for k, v in details if v],
        colWidths=[24 * mm, 46 * mm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    left_w = BODY_W - 72 * mm
    groups = _cut(left, left_w - 6)
    return Table(
        [[group, right if i == 0 else ""] for i, group in enumerate(groups)],
        colWidths=[left_w, 72 * mm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


def _line_table(view: OfferView, st: Styles, f: Fmt) -> Table:
    head = [
        _p(t, st.head)
        for t in ("Pos", "Description", "Qty", "Unit", "Unit price", "Disc.", "Tax", "Amount")
    ]
    for i in (2, 4, 5, 6, 7):
        head[i].style = ParagraphStyle("hr", parent=st.head, alignment=TA_RIGHT)
    rows: list[list[Any]] = [head]
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), st.brand),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]
    section = None
    right = st.cell_right
    desc_w = _COL_WIDTHS[1] - 2 * _PAD
    pairs = zip(view.data.lines, view.totals.lines, strict=True)
    for pos, (line, total) in enumerate(pairs, start=1):
        if line.section != section and line.section:
            rows.append([_p(one_line(line.section), st.cell_bold), "", "", "", "", "", "", ""])
            r = len(rows) - 1
            style += [
                ("SPAN", (0, r), (-1, r)),
                ("BACKGROUND", (0, r), (-1, r), st.tint),
                ("LINEBELOW", (0, r), (-1, r), 0.25, _GRID),
            ]
        section = line.section
        title, _, rest = clean_text(line.description).partition("\n")
        code = one_line(line.code)
        desc: list[Flowable] = [_p((f"{code}  " if code else "") + title, st.cell)]
        if rest.strip():
            desc += _paras(rest.strip(), st.cell_small)
        if line.optional:
            desc.append(_p("Optional item, not included in the total", st.cell_small))
        amount = f.money(total.net)
        first = len(rows)
        # A long description continues in rows of its own below the line's figures. A short
        # one fits a page whatever its characters, so it is not measured (twice as fast).
        short = len(line.description) <= 300 and line.description.count("\n") <= 10
        for i, group in enumerate([desc] if short else _cut(desc, desc_w)):
            if i:
                rows.append(["", group, "", "", "", "", "", ""])
                continue
            rows.append(
                [
                    _p(str(pos), st.cell),
                    group,
                    _p(f.number(line.quantity), right),
                    _p(one_line(line.unit), st.cell),
                    _p(f.price(line.unit_price), right),
                    _p(f.percent(line.discount_percent) if line.discount_percent else "", right),
                    _p(f.percent(line.tax_rate), right),
                    _p(f"({amount})" if line.optional else amount, right),
                ]
            )
        last = len(rows) - 1
        style.append(("LINEBELOW", (0, last), (-1, last), 0.25, _GRID))
        if last > first:  # the parts of a long description read as one text
            style += [
                ("BOTTOMPADDING", (0, first), (-1, last - 1), 0),
                ("TOPPADDING", (0, first + 1), (-1, last), 0),
            ]
        if line.optional:
            style.append(("TEXTCOLOR", (0, first), (-1, last), colors.grey))
    return Table(rows, colWidths=_COL_WIDTHS, repeatRows=1, style=TableStyle(style))


def _totals_table(view: OfferView, st: Styles, f: Fmt) -> Table:
    t = view.totals
    rows: list[tuple[str, str, bool]] = []
    if t.discount:
        rows.append(("Subtotal", f.money(t.subtotal), False))
        rows.append(
            (f"Discount {f.percent(t.discount_percent)}", f"− {f.money(t.discount)}", False)
        )
    rows.append(("Net total", f.money(t.net), True))
    for tax in t.taxes:
        rows.append((f"Tax {f.percent(tax.rate)} on {f.money(tax.base)}", f.money(tax.tax), False))
    rows.append(("Total", f.money(t.gross), True))
    data = [
        [_p(label, st.cell_bold if strong else st.cell), _p(value, st.cell_right)]
        for label, value, strong in rows
    ]
    n = len(data)
    table = Table(
        data,
        colWidths=[60 * mm, 32 * mm],
        hAlign="RIGHT",
        style=TableStyle(
            [
                ("LINEABOVE", (0, n - 1), (-1, n - 1), 1, st.brand),
                ("BACKGROUND", (0, n - 1), (-1, n - 1), st.tint),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
    )
    return table


def _payments(view: OfferView, st: Styles, f: Fmt) -> list[Flowable]:
    t = view.totals
    rows: list[tuple[str, str]] = []
    for plan in t.payments:
        o = plan.option
        if o.kind == PaymentKind.ONE_OFF:
            rows.append(("One-off payment", f"{f.money(t.gross)} total"))
        elif o.kind == PaymentKind.INSTALMENTS:
            text = f"{o.months} monthly instalments of {f.money(plan.monthly)}"
            if plan.last_payment != plan.monthly:
                text += f" (last one {f.money(plan.last_payment)})"
            rows.append((f"Instalments over {o.months} months", text + ", no interest"))
        else:
            text = (
                f"{f.money(plan.monthly)} per month for {o.months} months at "
                f"{f.percent(o.annual_rate_percent)} p.a. (annuity)"
            )
            if plan.residual:
                text += f", residual value {f.money(plan.residual)}"
            text += f"; total {f.money(plan.total_paid)}"
            rows.append((f"Leasing over {o.months} months", text))
    for add_on in view.data.add_ons:
        rows.append(
            (
                f"Add-on: {one_line(add_on.name)}",
                f"{f.money(add_on.monthly_price)} per month plus tax {f.percent(add_on.tax_rate)}",
            )
        )
    if view.data.add_ons and t.payments:
        rows.append(("Add-ons together", f"{f.money(t.add_ons_monthly_gross)} per month incl. tax"))
    if not rows:
        return []
    table = _pairs_table(
        [([_p(a, st.cell_bold)], [_p(b, st.cell)]) for a, b in rows],
        (55 * mm, BODY_W - 55 * mm),
        lines=True,
    )
    return _block([_p("Payment options", st.h2), table])


def _terms(view: OfferView, st: Styles, f: Fmt) -> list[Flowable]:
    d = view.data
    terms: list[tuple[str, list[Flowable]]] = []
    if d.valid_until:
        valid = f"This offer is valid until {f.day(d.valid_until)}."
        terms.append(("Validity", [_p(valid, st.cell)]))
    if d.delivery_terms:
        terms.append(("Delivery", _paras(d.delivery_terms, st.cell)))
    if d.payment_terms:
        terms.append(("Payment", _paras(d.payment_terms, st.cell)))
    if not terms:
        return []
    table = _pairs_table(
        [([_p(label, st.cell_bold)], text) for label, text in terms],
        (25 * mm, BODY_W - 25 * mm),
    )
    return _block([_p("Terms", st.h2), table])


def _signature(company: CompanyProfile, view: OfferView, st: Styles) -> Table:
    line_style = TableStyle(
        [
            ("LINEABOVE", (0, 1), (0, 1), 0.5, colors.black),
            ("LINEABOVE", (2, 1), (2, 1), 0.5, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    supplier = one_line(company.name) or "the supplier"
    return Table(
        [
            ["", "", ""],
            [
                _p(f"Place, date, signature\nfor {supplier}", st.small),
                "",
                _p(f"Place, date, signature\naccepted for {one_line(view.customer)}", st.small),
            ],
        ],
        colWidths=[75 * mm, BODY_W - 150 * mm, 75 * mm],
        rowHeights=[16 * mm, None],
        style=line_style,
    )


def build_story(view: OfferView, company: CompanyProfile, locale: str) -> list[Flowable]:
    st = _styles(company.color)
    f = Fmt(locale, view.data.currency)
    title = f"Offer {view.number}" + (f" · version {view.version}" if view.version > 1 else "")
    story: list[Flowable] = [
        _address_block(view, company, st, f),
        Spacer(1, 8 * mm),
        _p(title, st.title),
    ]
    if view.opportunity_title:
        story.append(_p(one_line(view.opportunity_title), st.body))
    story.append(Spacer(1, 4 * mm))
    if view.data.introduction:
        story += [*_paras(view.data.introduction, st.body), Spacer(1, 4 * mm)]
    story.append(_line_table(view, st, f))
    story.append(Spacer(1, 3 * mm))
    totals: list[Flowable] = [_totals_table(view, st, f)]
    if view.totals.optional_net:
        totals.append(
            _p(
                f"Optional items (not included above): {f.money(view.totals.optional_net)} net",
                ParagraphStyle("opt", parent=st.small_right, spaceBefore=3),
            )
        )
    story += _block(totals)
    story += _payments(view, st, f)
    story += _terms(view, st, f)
    if view.status == OfferStatus.REJECTED or view.status == OfferStatus.EXPIRED:
        story.append(_p(f"Status: {view.status.value}", st.small))
    # The end of the closing stays with the signature; a long closing flows before it.
    closing = _cut(_paras(view.data.closing, st.body), BODY_W) if view.data.closing else [[]]
    for group in closing[:-1]:
        story += group
    tail: list[Flowable] = [Spacer(1, 6 * mm), *closing[-1]]
    if closing[-1]:
        tail.append(Spacer(1, 4 * mm))
    tail.append(_signature(company, view, st))
    story.append(KeepTogether(tail))
    return story


def render_pdf(
    view: OfferView, company: CompanyProfile, target: Path | io.BytesIO, locale: str | None = None
) -> int:
    """Write the PDF; returns the number of pages. A file is replaced only by a complete PDF
    (see `write_file_atomically`)."""
    if isinstance(target, Path):
        buffer = io.BytesIO()
        pages = render_pdf(view, company, buffer, locale)
        write_file_atomically(target, buffer.getvalue())
        return pages
    loc = user_locale(locale)
    st = _styles(company.color)
    decor = _Decor(company, view, st)
    frame = Frame(
        MARGIN,
        FOOTER_H + 3 * mm,
        BODY_W,
        PAGE_H - HEADER_H - FOOTER_H - 3 * mm,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        title=one_line(f"Offer {view.number} v{view.version}"),
        author=one_line(company.name),
        subject=one_line(view.customer),
        creator="Sales Workbench",
        leftMargin=MARGIN,
        rightMargin=MARGIN,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [frame], onPage=decor.first, autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=decor.later),
        ]
    )
    doc.build(build_story(view, company, loc), canvasmaker=_NumberedCanvas)
    return int(doc.page)


def render_offer_pdf(
    db: Database, view: OfferView, target: Path, *, locale: str | None = None
) -> int:
    return render_pdf(view, get_company(db), target, locale)
