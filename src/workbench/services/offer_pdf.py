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
import os
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
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
from workbench.errors import WorkbenchError
from workbench.services.company import CompanyProfile, get_company
from workbench.services.offers.model import OfferView, user_locale
from workbench.store.db import Database

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
HEADER_H = 30 * mm
FOOTER_H = 24 * mm


class PdfError(WorkbenchError):
    pass


# -- fonts ---------------------------------------------------------------------------------

# A Unicode TrueType font is embedded (subset) so names like “Łódź” or “Dvořák” print and
# copy correctly; the PDF base fonts only know Latin-1. The first family found wins.
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


@cache
def fonts() -> tuple[str, str, str]:
    """(regular, bold, italic) font names registered with reportlab."""
    import reportlab

    bundled = Path(reportlab.__file__).parent / "fonts"
    candidates = [
        *_FONT_CANDIDATES,
        (str(bundled / "Vera.ttf"), str(bundled / "VeraBd.ttf"), str(bundled / "VeraIt.ttf")),
    ]
    for regular, bold, italic in candidates:
        if all(os.path.isfile(p) for p in (regular, bold, italic)):
            try:
                pdfmetrics.registerFont(TTFont("WB", regular))
                pdfmetrics.registerFont(TTFont("WB-Bold", bold))
                pdfmetrics.registerFont(TTFont("WB-Italic", italic))
                pdfmetrics.registerFontFamily(
                    "WB", normal="WB", bold="WB-Bold", italic="WB-Italic", boldItalic="WB-Bold"
                )
                return "WB", "WB-Bold", "WB-Italic"
            except Exception:  # a damaged font file: try the next family
                continue
    return "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


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
    regular, bold, _italic = fonts()
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


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


# -- page decoration -----------------------------------------------------------------------


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
        regular = fonts()[0]
        self.setFont(regular, 7.5)
        self.setFillColor(colors.HexColor("#666666"))
        self.drawRightString(
            PAGE_W - MARGIN, 6 * mm, f"{self._doc_label}  ·  Page {self._pageNumber} of {total}"
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
        regular, bold, _ = fonts()
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
        c.setFillColor(colors.HexColor("#222222"))
        c.setFont(bold, 14 if full else 10)
        name = self.company.name or "Offer"
        c.drawString(x, top - (8 * mm if full else 5 * mm), name)
        if full:
            c.setFont(regular, 8)
            c.setFillColor(colors.HexColor("#555555"))
            contact = "  ·  ".join(
                p for p in (self.company.phone, self.company.email, self.company.website) if p
            )
            c.drawString(x, top - 13 * mm, contact)
        else:
            c.setFont(regular, 8.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawRightString(
                PAGE_W - MARGIN,
                top - 5 * mm,
                f"Offer {self.view.number} · version {self.view.version} · {self.view.customer}",
            )
        c.setStrokeColor(s.tint)
        c.setLineWidth(0.8)
        c.line(MARGIN, PAGE_H - HEADER_H + 2 * mm, PAGE_W - MARGIN, PAGE_H - HEADER_H + 2 * mm)
        c.restoreState()

    def _footer(self, c: rl_canvas.Canvas) -> None:
        regular, bold, _ = fonts()
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
        width = (PAGE_W - 2 * MARGIN) / 3
        for i, col in enumerate(columns):
            y = FOOTER_H - 4 * mm
            for j, text in enumerate(col[:4]):
                c.setFont(bold if j == 0 and i == 0 else regular, 7)
                c.setFillColor(colors.HexColor("#555555"))
                c.drawString(MARGIN + i * width, y, text[:70])
                y -= 3 * mm
        c.restoreState()
        c._doc_label = f"{self.view.number} v{self.view.version}"


# -- content -------------------------------------------------------------------------------

_COL_WIDTHS = [10 * mm, 57 * mm, 13 * mm, 16 * mm, 26 * mm, 13 * mm, 12 * mm, 27 * mm]


def _address_block(view: OfferView, company: CompanyProfile, st: Styles, f: Fmt) -> Table:
    sender = " · ".join([company.name, *company.address_lines]) if company.name else ""
    left = [_p(sender, st.cell_small)] if sender else []
    left.append(Spacer(1, 2 * mm))
    customer_lines = [view.customer]
    if view.contact_name and view.contact_name != view.customer:
        customer_lines.append(f"Attn. {view.contact_name}")
    customer_lines += view.customer_address
    left.append(_p("\n".join(customer_lines), st.body))
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
        [[_p(k, st.cell_small), _p(v, st.cell)] for k, v in details if v],
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
    return Table(
        [[left, right]],
        colWidths=[PAGE_W - 2 * MARGIN - 72 * mm, 72 * mm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
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
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#dddddd")),
    ]
    section = None
    right = st.cell_right
    pairs = zip(view.data.lines, view.totals.lines, strict=True)
    for pos, (line, total) in enumerate(pairs, start=1):
        if line.section != section and line.section:
            rows.append([_p(line.section, st.cell_bold), "", "", "", "", "", "", ""])
            r = len(rows) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), st.tint)]
        section = line.section
        title, _, rest = line.description.partition("\n")
        desc: list[Flowable] = [_p((f"{line.code}  " if line.code else "") + title, st.cell)]
        if rest.strip():
            desc.append(_p(rest.strip(), st.cell_small))
        if line.optional:
            desc.append(_p("Optional item, not included in the total", st.cell_small))
        amount = f.money(total.net)
        rows.append(
            [
                _p(str(pos), st.cell),
                desc,
                _p(f.number(line.quantity), right),
                _p(line.unit, st.cell),
                _p(f.price(line.unit_price), right),
                _p(f.percent(line.discount_percent) if line.discount_percent else "", right),
                _p(f.percent(line.tax_rate), right),
                _p(f"({amount})" if line.optional else amount, right),
            ]
        )
        if line.optional:
            style.append(("TEXTCOLOR", (0, len(rows) - 1), (-1, len(rows) - 1), colors.grey))
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
    rows: list[list[Any]] = []
    for plan in t.payments:
        o = plan.option
        if o.kind == PaymentKind.ONE_OFF:
            rows.append(["One-off payment", f"{f.money(t.gross)} total"])
        elif o.kind == PaymentKind.INSTALMENTS:
            text = f"{o.months} monthly instalments of {f.money(plan.monthly)}"
            if plan.last_payment != plan.monthly:
                text += f" (last one {f.money(plan.last_payment)})"
            rows.append([f"Instalments over {o.months} months", text + ", no interest"])
        else:
            text = (
                f"{f.money(plan.monthly)} per month for {o.months} months at "
                f"{f.percent(o.annual_rate_percent)} p.a. (annuity)"
            )
            if plan.residual:
                text += f", residual value {f.money(plan.residual)}"
            text += f"; total {f.money(plan.total_paid)}"
            rows.append([f"Leasing over {o.months} months", text])
    for add_on in view.data.add_ons:
        rows.append(
            [
                f"Add-on: {add_on.name}",
                f"{f.money(add_on.monthly_price)} per month plus tax {f.percent(add_on.tax_rate)}",
            ]
        )
    if view.data.add_ons and t.payments:
        rows.append(["Add-ons together", f"{f.money(t.add_ons_monthly_gross)} per month incl. tax"])
    if not rows:
        return []
    table = Table(
        [[_p(a, st.cell_bold), _p(b, st.cell)] for a, b in rows],
        colWidths=[55 * mm, PAGE_W - 2 * MARGIN - 55 * mm],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [KeepTogether([_p("Payment options", st.h2), table])]


def _signature(company: CompanyProfile, view: OfferView, st: Styles) -> Table:
    line_style = TableStyle(
        [
            ("LINEABOVE", (0, 1), (0, 1), 0.5, colors.black),
            ("LINEABOVE", (2, 1), (2, 1), 0.5, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return Table(
        [
            ["", "", ""],
            [
                _p(f"Place, date, signature\nfor {company.name or 'the supplier'}", st.small),
                "",
                _p(f"Place, date, signature\naccepted for {view.customer}", st.small),
            ],
        ],
        colWidths=[75 * mm, PAGE_W - 2 * MARGIN - 150 * mm, 75 * mm],
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
        story.append(_p(view.opportunity_title, st.body))
    story.append(Spacer(1, 4 * mm))
    if view.data.introduction:
        story += [_p(view.data.introduction, st.body), Spacer(1, 4 * mm)]
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
    story.append(KeepTogether(totals))
    story += _payments(view, st, f)
    terms = [
        ("Validity", f"This offer is valid until {f.day(view.data.valid_until)}.")
        if view.data.valid_until
        else None,
        ("Delivery", view.data.delivery_terms) if view.data.delivery_terms else None,
        ("Payment", view.data.payment_terms) if view.data.payment_terms else None,
    ]
    term_rows = [[_p(a, st.cell_bold), _p(b, st.cell)] for a, b in (t for t in terms if t)]
    if term_rows:
        story.append(
            KeepTogether(
                [
                    _p("Terms", st.h2),
                    Table(
                        term_rows,
                        colWidths=[25 * mm, PAGE_W - 2 * MARGIN - 25 * mm],
                        style=TableStyle(
                            [
                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ]
                        ),
                    ),
                ]
            )
        )
    if view.status == OfferStatus.REJECTED or view.status == OfferStatus.EXPIRED:
        story.append(_p(f"Status: {view.status.value}", st.small))
    tail: list[Flowable] = [Spacer(1, 6 * mm)]
    if view.data.closing:
        tail += [_p(view.data.closing, st.body), Spacer(1, 4 * mm)]
    tail.append(_signature(company, view, st))
    story.append(KeepTogether(tail))
    return story


def render_pdf(
    view: OfferView, company: CompanyProfile, target: Path | io.BytesIO, locale: str | None = None
) -> int:
    """Write the PDF; returns the number of pages."""
    loc = user_locale(locale)
    st = _styles(company.color)
    decor = _Decor(company, view, st)
    frame = Frame(
        MARGIN,
        FOOTER_H + 3 * mm,
        PAGE_W - 2 * MARGIN,
        PAGE_H - HEADER_H - FOOTER_H - 3 * mm,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    out: Any = str(target) if isinstance(target, Path) else target
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        title=f"Offer {view.number} v{view.version}",
        author=company.name,
        subject=view.customer,
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
    try:
        doc.build(build_story(view, company, loc), canvasmaker=_NumberedCanvas)
    except OSError as exc:
        raise PdfError(f"Can't write the PDF to {target}: {exc.strerror or exc}.") from None
    return int(doc.page)


def render_offer_pdf(
    db: Database, view: OfferView, target: Path, *, locale: str | None = None
) -> int:
    return render_pdf(view, get_company(db), target, locale)
