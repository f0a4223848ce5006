"""The offer PDF at the limits of what a user can enter: every text renders (splitting across
pages where it must), keeps its characters (emoji, Greek, Cyrillic ...) when read back, and
exported files are written whole, with the user's normal file mode, or not at all."""

from __future__ import annotations

import io
import subprocess
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from workbench.domain.enums import OfferStatus
from workbench.domain.offer_totals import AddOn, PaymentKind, PaymentOption
from workbench.services import company, offers
from workbench.services.offer_pdf import FOOTER_H, HEADER_H, PAGE_H, Fmt, render_pdf
from workbench.services.pdf_fonts import covers, fonts

D = Decimal

COMPANY = company.CompanyProfile(
    name="Nordlicht Systems GmbH",
    address="Am Hafen 1\n20457 Hamburg",
    email="sales@nordlicht.example",
    vat_id="DE123456789",
    bank="Hansa Bank\nIBAN DE00 1234 5678 9012 3456 78",
    color="#0b6e4f",
)
TABLE_HEAD = "PosDescriptionQtyUnitUnitpriceDisc.TaxAmount"


def line(description: str = "Shelf unit\nGalvanised steel", **kw: Any) -> offers.LineData:
    values: dict[str, Any] = {
        "quantity": D("2"),
        "unit_price": D("199.95"),
        "tax_rate": D("19"),
        "section": "Hardware",
        "code": "SH-001",
    }
    values.update(kw)
    return offers.LineData(description=description, **values)


def make_view(data: offers.VersionData, **kw: Any) -> offers.OfferView:
    """A view as load_offer gives it, of data that passed the editor's validation."""
    data = offers.clean_version(data)
    values: dict[str, Any] = {
        "offer_id": uuid.uuid4(),
        "version_id": uuid.uuid4(),
        "number": "OF-2026-00001",
        "version": 1,
        "versions": [1],
        "status": OfferStatus.DRAFT,
        "opportunity_id": None,
        "opportunity_title": "New warehouse",
        "account_id": None,
        "customer": "Łódź Möbel GmbH",
        "customer_address": ["Hauptstraße 5", "10115 Berlin", "DE"],
        "contact_id": None,
        "contact_name": "Greta Weiß",
        "contact_email": "greta@lodz.example",
        "owner_name": "Jan Kowalski",
        "owner_email": "jan@nordlicht.example",
        "owner_phone": "+49 30 1234567",
        "created_at": datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
        "sent_at": None,
        "decided_at": None,
        "rejection_reason": "",
        "rejection_note": "",
        "document_path": "",
        "data": data,
        "totals": data.totals(),
    }
    values.update(kw)
    return offers.OfferView(**values)


def render(view: offers.OfferView, profile: company.CompanyProfile = COMPANY) -> bytes:
    out = io.BytesIO()
    pages = render_pdf(view, profile, out, locale="en_GB")
    pdf = out.getvalue()
    assert pages == len(PdfReader(io.BytesIO(pdf)).pages)
    return pdf


def squash(text: str) -> str:
    """Text without whitespace, so where a paragraph wraps does not matter."""
    return "".join(text.split())


def body_text(pdf: bytes, *beside: str) -> str:
    """The text of the body frame of every page in reading order, without the page header
    and footer and without the table head repeated on each page, whitespace removed: a text
    that continues on the next page reads as one. `beside` are texts of the cells beside a
    long one (a line's figures), read between its first part and the rest."""
    top, bottom = PAGE_H - HEADER_H + 1, FOOTER_H + 1
    parts: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if bottom < y < top:
            parts.append(text)

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    text = squash("".join(parts)).replace(TABLE_HEAD, "")
    for other in beside:
        text = text.replace(squash(other), "")
    return text


def figures(view: offers.OfferView, i: int = 0) -> str:
    """What a line's cells right of the description read."""
    f = Fmt("en_GB", view.data.currency)
    ln, total = view.data.lines[i], view.totals.lines[i]
    discount = f.percent(ln.discount_percent) if ln.discount_percent else ""
    amount = f"({f.money(total.net)})" if ln.optional else f.money(total.net)
    return f"{f.number(ln.quantity)}{ln.unit}{f.price(ln.unit_price)}{discount}" + (
        f"{f.percent(ln.tax_rate)}{amount}"
    )


def all_text(pdf: bytes) -> str:
    return squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def words(n: int, word: str = "Regal") -> str:
    """About n characters of words and line breaks, like a pasted product sheet."""
    out, i = [], 0
    while sum(len(w) + 1 for w in out) < n:
        out.append(f"{word}{i}" + ("\n" if i % 17 == 16 else ""))
        i += 1
    return " ".join(out)[:n].strip()


# -- every text up to its field limit renders ----------------------------------------------

LONG = {
    "words": words(5000),
    "one unbroken word": "x" * 5000,
    "a line per word": "\n".join(f"Punkt {i}" for i in range(700))[:5000],
}


@pytest.mark.parametrize("description", LONG.values(), ids=LONG.keys())
def test_a_description_at_its_limit_splits_across_pages(description: str) -> None:
    data = offers.VersionData(lines=[line("Shelf unit\n" + description[:4989]), line("Bolts")])
    view = make_view(data)
    assert len(view.data.lines[0].description) == 5000
    pdf = render(view)
    text = body_text(pdf, figures(view))
    assert squash(view.data.lines[0].description) in text
    assert "Bolts" in text
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    # The head is repeated above the part of the row that continues on the next page.
    assert all(TABLE_HEAD in squash(p.extract_text()) for p in reader.pages[:2])


def test_three_hundred_lines_of_one_section() -> None:
    data = offers.VersionData(
        lines=[line(f"Article {i}\nA two-line description of article {i}") for i in range(300)]
    )
    pdf = render(make_view(data))
    text = body_text(pdf)
    position = 0
    for i in range(300):
        position = text.index(f"Article{i}A", position)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 8
    table_pages = [squash(p.extract_text()) for p in reader.pages if "Article" in p.extract_text()]
    assert all(TABLE_HEAD in t for t in table_pages)


def _limits() -> dict[str, Callable[[offers.VersionData], dict[str, Any]]]:
    """How to put each user text at its field limit; returns make_view's extra arguments."""

    def text_field(name: str, n: int) -> Callable[[offers.VersionData], dict[str, Any]]:
        return set_to(name, words(n, name[:4].title()))

    def set_to(name: str, text: str) -> Callable[[offers.VersionData], dict[str, Any]]:
        def put(data: offers.VersionData) -> dict[str, Any]:
            setattr(data, name, text)
            return {}

        return put

    def lines_of(field: str, n: int) -> Callable[[offers.VersionData], dict[str, Any]]:
        def put(data: offers.VersionData) -> dict[str, Any]:
            data.lines = [replace(ln, **{field: words(n, field.title())}) for ln in data.lines]
            return {}

        return put

    def add_on(data: offers.VersionData) -> dict[str, Any]:
        data.add_ons = [AddOn(words(5000, "Versicherung"), D("9.90"), D("19"))]
        data.payment_options = [PaymentOption(PaymentKind.INSTALMENTS, 12)]
        return {}

    def customer(_data: offers.VersionData) -> dict[str, Any]:
        return {
            "customer": words(200, "Kunde"),
            "customer_address": [words(200, "Straße"), "1" * 20 + " " + words(120, "Stadt"), "DE"],
            "contact_name": words(201, "Kontakt"),
            "opportunity_title": words(200, "Projekt"),
        }

    def one_line_fields_with_breaks(_data: offers.VersionData) -> dict[str, Any]:
        # Imports can bring line breaks into names; each may be a whole column of them.
        return {"customer": "\n".join("K" * 100)[:200], "opportunity_title": "\n" * 50 + "T"}

    return {
        "introduction": text_field("introduction", 20000),
        "closing": text_field("closing", 20000),
        "introduction as lines": set_to("introduction", "a\n" * 10000),
        "delivery terms": text_field("delivery_terms", 5000),
        "payment terms as lines": set_to("payment_terms", "b\n" * 2500),
        "section": lines_of("section", 120),
        "code": lines_of("code", 60),
        "unit": lines_of("unit", 20),
        "add-on name": add_on,
        "customer and contact": customer,
        "names with line breaks": one_line_fields_with_breaks,
    }


LIMITS = _limits()


@pytest.mark.parametrize("put", LIMITS.values(), ids=LIMITS.keys())
def test_every_user_text_at_its_limit_renders(
    put: Callable[[offers.VersionData], dict[str, Any]],
) -> None:
    data = offers.VersionData(lines=[line(), line("Bolts", section="Fixings")])
    extra = put(data)
    view = make_view(data, **extra)
    add_ons = [f"€9.90 per month plus tax {Fmt('en_GB', 'EUR').percent(D(19))}"]
    text = body_text(render(view), *(add_ons if view.data.add_ons else []))
    for value in (
        view.data.introduction,
        view.data.closing,
        view.data.delivery_terms,
        view.data.payment_terms,
        *(a.name for a in view.data.add_ons),
        *(ln.section for ln in view.data.lines),
        *(ln.code for ln in view.data.lines),
        *(ln.unit for ln in view.data.lines),
        view.customer,
        *view.customer_address,
        view.opportunity_title,
    ):
        assert squash(value) in text


def test_a_long_company_profile_renders() -> None:
    profile = replace(
        COMPANY,
        name=words(200, "Firma"),
        address=words(1000, "Adresse"),
        bank="\n".join(words(1000, "Bank").split()),
        website="https://" + "w" * 180 + ".example",
    )
    pdf = render(make_view(offers.VersionData(lines=[line()])), profile)
    assert squash(profile.name) in body_text(pdf)


# -- characters the text font lacks --------------------------------------------------------


def font_chars(pdf: bytes) -> dict[str, set[str]]:
    """The characters each embedded font sets, from the fonts' ToUnicode maps."""
    out: dict[str, set[str]] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"]).split("+", 1)[-1]
            if "/ToUnicode" not in font:  # a PDF base font (no user text)
                continue
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            body = cmap.split("beginbfchar", 1)[1].split("endbfchar", 1)[0]
            for entry in body.split("\n"):
                if entry.strip():
                    target = entry.split("<")[2].split(">")[0]
                    out.setdefault(name, set()).add(bytes.fromhex(target).decode("utf-16-be"))
    return out


SCRIPTS = {
    "emoji": "Team 🤝 deal ✅ 😀 🚀 👍🏽 ☕ ⭐",
    "greek": "Αθήνα Ελληνικά ΑΒΓΔ αβγδ",
    "cyrillic": "Москва Київ Ґґ Ёё Щщ",
    "latin": "Łódź Dvořák Şişli İğdır Œuvre Straße Žluťoučký kůň",
}


@pytest.mark.parametrize("text", SCRIPTS.values(), ids=SCRIPTS.keys())
def test_every_script_and_emoji_prints_and_reads_back(text: str) -> None:
    data = offers.VersionData(
        lines=[line(f"{text}\n{text}", section=text[:120], unit="Stk")],
        add_ons=[AddOn(text, D("9.90"), D("19"))],
        introduction=text,
    )
    view = make_view(data, customer=text, contact_name=text, opportunity_title=text)
    pdf = render(view, replace(COMPANY, name=text))
    body, everything = body_text(pdf), all_text(pdf)
    assert squash(text) in body
    assert everything.count(squash(text)) >= 8
    # Each character is set in a font that has it: none falls to a missing-glyph box.
    fallback = {c for name, chars in font_chars(pdf).items() if "Symbola" in name for c in chars}
    for char in set(text) - {" "}:
        assert char in fallback or covers(fonts().regular, char), char


def test_characters_no_font_has_still_read_back() -> None:
    # No shipped font covers Chinese; it prints as boxes but the PDF keeps the text.
    view = make_view(offers.VersionData(lines=[line("東京 office chairs")]))
    assert "東京officechairs" in body_text(render(view), figures(view))


def test_control_characters_are_left_out() -> None:
    view = make_view(offers.VersionData(lines=[line("Bell\x07 and\ttab\x00")]))
    text = body_text(render(view), figures(view))
    assert "Bellandtab" in text


# -- any text, any script, any number of lines ---------------------------------------------

# Real characters of the scripts a European sales team meets, the XML specials (escaping),
# and emoji. Left out: control characters (not printed, see above), unassigned and
# private-use code points and lone surrogates (no meaning outside the system that made
# them; a database can't even store a lone surrogate), joiners and variation selectors
# (invisible), and scripts no shipped font has (CJK, Arabic: they print as boxes, see above).
LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "äöüßÄÖÜéèêàçñÉÈÀÇÑøåæØÅÆœŒ"
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽçğıöşüÇĞİÖŞÜ"
    "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґІЇЄҐ"
)
SIGNS = ".,;:!?-–—/()[]{}+*=%#@§$€£¥°'\"„“”‚‘’«»&<>…•×÷~|_^`"
EMOJI = "😀😃😉😍🤔🤝👍👍🏽👎🙏💪🎉🚀📦📞📧📅✅❌⚠⭐☕🔧🏭🚚💶💡🔒🌍🍕"
PIECES = [*LETTERS, *SIGNS, *EMOJI.replace("👍🏽", ""), "👍🏽"]


def texts(max_size: int, *, min_size: int = 0, lines: bool = True) -> st.SearchStrategy[str]:
    """Texts up to `max_size` characters: words of any script with spaces (and line
    breaks and tabs if the field has lines); often the field's limit, filled up."""
    gaps = [" ", " ", "\u00a0", *(["\n", "\n", "\t"] if lines else [])]
    piece = st.one_of(st.sampled_from(PIECES), st.sampled_from(gaps))
    short = st.lists(piece, min_size=min_size, max_size=max_size).map("".join)
    full = st.lists(piece, min_size=1, max_size=80).map(lambda p: "".join(p) * max_size)
    return (
        st.one_of(short, short, short, full)
        .map(lambda t: t[:max_size])
        .filter(lambda t: len(t.strip()) >= min_size)
    )


def entered(text: str) -> str:
    """What the PDF must read back for `text`, whitespace aside."""
    return squash(unicodedata.normalize("NFC", text))


@st.composite
def offer_lines(draw: st.DrawFn, max_lines: int, long_texts: bool) -> list[offers.LineData]:
    n = draw(st.integers(0, max_lines))
    return [
        offers.LineData(
            description=draw(texts(5000 if long_texts else 60, min_size=1)),
            quantity=draw(st.decimals(0, 10000, places=3)),
            unit=draw(texts(20, lines=False)),
            unit_price=draw(st.decimals(0, 100000, places=2)),
            discount_percent=draw(st.decimals(0, 100, places=1)),
            tax_rate=draw(st.sampled_from([D(0), D(7), D(19), D("25.5")])),
            optional=draw(st.booleans()),
            section=draw(st.sampled_from(["", "Hardware", "Σέρβις 🔧"]))
            if n > 10
            else draw(texts(120, lines=False)),
            code=draw(texts(60, lines=False)),
        )
        for _ in range(n)
    ]


def check_reads_back(view: offers.OfferView, profile: company.CompanyProfile) -> None:
    pdf = render(view, profile)
    # The offer's details stand beside the address, between its first part and the rest.
    details = (
        f"Offer no.{view.number}Version{view.version}Date2 Mar 2026Your contact"
        f"{view.owner_name}E-mail{view.owner_email}Phone{view.owner_phone}"
    )
    text = body_text(pdf, details, *(figures(view, i) for i in range(len(view.data.lines))))
    d = view.data
    for value in (
        d.introduction,
        d.closing,
        d.delivery_terms,
        d.payment_terms,
        *(a.name for a in d.add_ons),
        *(f"{ln.code}{ln.description}" for ln in d.lines),
        *(ln.section for ln in d.lines),
        view.customer,
        *view.customer_address,
        view.opportunity_title,
        profile.name,
    ):
        assert entered(value) in text


@settings(
    max_examples=25,
    deadline=None,
    # texts are filled up to the field limits on purpose
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    lines=offer_lines(6, long_texts=True),
    introduction=texts(20000),
    closing=texts(20000),
    delivery=texts(5000),
    payment=texts(5000),
    add_on=texts(200, lines=False),
    customer=texts(200, min_size=1, lines=False),
    street=texts(200, lines=False),
    title=texts(200, lines=False),
    company_name=texts(200, lines=False),
)
def test_any_offer_text_prints_and_reads_back(
    lines: list[offers.LineData],
    introduction: str,
    closing: str,
    delivery: str,
    payment: str,
    add_on: str,
    customer: str,
    street: str,
    title: str,
    company_name: str,
) -> None:
    data = offers.VersionData(
        lines=lines,
        introduction=introduction,
        closing=closing,
        delivery_terms=delivery,
        payment_terms=payment,
        add_ons=[AddOn(add_on, D("9.90"), D("19"))] if add_on.strip() else [],
    )
    view = make_view(
        data,
        customer=customer.strip(),
        customer_address=[street.strip()] if street.strip() else [],
        opportunity_title=title.strip(),
    )
    check_reads_back(view, replace(COMPANY, name=company_name.strip()))


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(lines=offer_lines(300, long_texts=False))
def test_any_number_of_lines_prints_and_reads_back(lines: list[offers.LineData]) -> None:
    check_reads_back(make_view(offers.VersionData(lines=lines)), COMPANY)


def pdftotext_pages(pdf: bytes, tmp_path: Any) -> list[str]:
    """The pages as pdftotext reads them (the tool a customer's viewer is closest to)."""
    path = tmp_path / "offer.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [page for page in out.split("\f") if page.strip()]


def test_the_closing_and_signature_never_stand_alone_on_a_page(tmp_path: Any) -> None:
    # Lines enough for every place the end of the offer can fall on the first pages.
    page_breaks = 0
    for n in range(1, 32):
        data = offers.VersionData(
            lines=[line(f"Shelf unit {i}") for i in range(n)],
            delivery_terms="Within four weeks of the order.",
            closing="We look forward to working with you.",
        )
        pages = pdftotext_pages(render(make_view(data)), tmp_path)
        if len(pages) == 1:
            continue
        page_breaks += 1
        last = pages[-1]
        assert "look forward" in last and "Place, date, signature" in last
        assert "Within four weeks" in last, f"{n} lines: the closing left the terms behind"
    assert page_breaks


def test_a_short_offer_with_terms_and_closing_is_one_page(tmp_path: Any) -> None:
    # Keeping the terms with the closing and signature must not push them all onto a
    # second page while the first still has room for them.
    for n in (1, 2, 5):
        data = offers.VersionData(
            lines=[line(f"Shelf unit {i}") for i in range(n)],
            valid_until=date(2027, 1, 4),
            delivery_terms="Within four weeks of the order.",
            payment_terms="30 days net.",
            closing="We look forward to working with you.",
        )
        assert len(pdftotext_pages(render(make_view(data)), tmp_path)) == 1, f"{n} lines"


def test_an_add_on_at_nothing_a_month_is_not_printed(tmp_path: Any) -> None:
    data = offers.VersionData(
        lines=[line()],
        payment_options=[PaymentOption(PaymentKind.INSTALMENTS, 12)],
        add_ons=[
            AddOn("Equipment insurance", D("0"), D("19")),
            AddOn("Service plan", D("49"), D("19")),
        ],
    )
    text = "".join(pdftotext_pages(render(make_view(data)), tmp_path))
    assert "Service plan" in text and "€49.00 per month" in text
    assert "insurance" not in text and "€0.00" not in text
