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
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from workbench.services.company import CompanyProfile, get_company
from workbench.services.files import write_file_atomically
from workbench.services.offer_pdf.content import build_story
from workbench.services.offer_pdf.layout import (
    BODY_W,
    FOOTER_H,
    HEADER_H,
    MARGIN,
    PAGE_H,
    Fmt,
    one_line,
    styles_for,
)
from workbench.services.offer_pdf.page import Decor, NumberedCanvas
from workbench.services.offer_pdf.words import say
from workbench.services.offers.model import OfferView, user_locale
from workbench.store.db import Database

__all__ = [
    "FOOTER_H",
    "HEADER_H",
    "PAGE_H",
    "Fmt",
    "build_story",
    "render_offer_pdf",
    "render_pdf",
]


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
    # Unless asked for another, the customer's (services/offers/language.py).
    loc = user_locale(locale) if locale else view.locale
    st = styles_for(company.color)
    decor = Decor(company, view, st)
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
        title=one_line(say(view.language, "Offer {number}", number=view.number))
        + f" v{view.version}",
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
    doc.build(build_story(view, company, loc), canvasmaker=NumberedCanvas)
    return int(doc.page)


def render_offer_pdf(
    db: Database, view: OfferView, target: Path, *, locale: str | None = None
) -> int:
    return render_pdf(view, get_company(db), target, locale)
