"""What every page of the offer PDF carries: the header with logo and company name, the
footer with the company's details, and "page x of y"."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas

from workbench.services.company import CompanyProfile
from workbench.services.offer_pdf.layout import (
    BODY_W,
    FOOTER_H,
    HEADER_H,
    MARGIN,
    PAGE_H,
    PAGE_W,
    Styles,
    one_line,
)
from workbench.services.offer_pdf.words import say
from workbench.services.offers.model import OfferView
from workbench.services.pdf_fonts import fonts, runs, string_width
from workbench.services.pdf_pages import CountedPagesCanvas

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


class NumberedCanvas(CountedPagesCanvas):
    """Every footer says "page x of y" in the offer's language, after the offer's number."""

    def number_page(self, page: int, total: int) -> None:
        self.setFillColor(colors.HexColor("#666666"))
        _draw(
            self,
            PAGE_W - MARGIN,
            6 * mm,
            self._doc_label
            + "  ·  "
            + say(self._language, "Page {page} of {total}", page=page, total=total),
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


class Decor:
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
        name = self.company.name or say(self.view.language, "Offer")
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
                say(
                    v.language,
                    "Offer {number} · version {version} · {customer}",
                    number=v.number,
                    version=v.version,
                    customer=v.customer,
                ),
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
            + ([say(self.view.language, "VAT ID {vat_id}", vat_id=co.vat_id)] if co.vat_id else []),
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
        c._language = self.view.language
