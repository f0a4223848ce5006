"""Offers speak the customer's language: the texts from the templates in it, the PDF's
words in it, numbers and dates as the customer's country writes them."""

from __future__ import annotations

import ast
import re
import string
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.services.test_offers import deal, lines  # noqa: F401 (a fixture)
from workbench.domain.models import Pipeline
from workbench.services import accounts, offers
from workbench.services.offer_pdf import render_offer_pdf
from workbench.services.offer_pdf.words import WORDS
from workbench.services.offers.language import customer_language, customer_locale
from workbench.store.db import Database

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "resources" / "templates"
# The PDF's code, and the e-mail's that goes with it.
SERVICES = ROOT / "src" / "workbench" / "services"
PDF_SOURCES = [*sorted((SERVICES / "offer_pdf").glob("*.py")), SERVICES / "offers" / "sending.py"]


def _deal_in(db: Database, country: str, contact: str | None = "Greta Weiß") -> uuid.UUID:
    account = accounts.create_account(
        db, accounts.AccountInput(name="Maison Lumière SA", city="Lyon", country=country)
    )
    contact_id = None
    if contact:
        first, last = contact.split()
        contact_id = accounts.create_contact(
            db, accounts.ContactInput(first_name=first, last_name=last, account_id=account)
        )
    with db.read() as s:
        pipeline = s.scalars(select(Pipeline.id).where(Pipeline.is_default.is_(True))).one()
    from workbench.services.opportunities import OpportunityInput, create_opportunity

    return create_opportunity(
        db,
        OpportunityInput(
            title="Neues Lager",
            pipeline_id=pipeline,
            account_id=account,
            contact_id=contact_id,
            currency="EUR",
        ),
    )


def test_the_customers_country_picks_the_language() -> None:
    assert [customer_language(c) for c in ("DE", "at", "CH", "FR", "BE", "GB", "", "PL")] == [
        "de",
        "de",
        "de",
        "fr",
        "fr",
        "en",
        "en",
        "en",
    ]
    assert customer_locale("CH", "en_GB") == "de_CH"
    assert customer_locale("FR", "en_GB") == "fr_FR"
    assert customer_locale("GB", "en_IE") == "en_IE"  # English offers keep the user's


def test_a_german_customer_gets_german_texts(db: Database, deal: uuid.UUID) -> None:  # noqa: F811
    view = offers.load_offer(db, offers.create_offer(db, _deal_in(db, "DE")))
    assert view.language == "de"
    assert view.data.introduction.startswith("Guten Tag Greta Weiß,\n")
    assert "„Neues Lager“" in view.data.introduction
    assert view.data.closing.startswith("Dieses Angebot gilt bis zum ")
    assert "Mit freundlichen Grüßen" in view.data.closing
    assert view.data.payment_terms.startswith("Zahlbar innerhalb von 30 Tagen")
    # The validity date in German words ("5. Januar 2027"), not English ones.
    valid = view.data.closing.split("bis zum ", 1)[1].split(".", 1)[0]
    assert valid.isdigit()


def test_a_french_customer_without_a_contact_is_greeted_formally(
    db: Database,
    deal: uuid.UUID,  # noqa: F811
) -> None:
    view = offers.load_offer(db, offers.create_offer(db, _deal_in(db, "FR", contact=None)))
    assert view.data.introduction.startswith("Madame, Monsieur,\n")
    assert "« Neues Lager »" in view.data.introduction
    assert offers.templates("payment_terms", "fr")["advance"].startswith("50 % à la commande")


def test_english_customers_keep_the_english_texts(db: Database, deal: uuid.UUID) -> None:  # noqa: F811
    view = offers.load_offer(db, offers.create_offer(db, _deal_in(db, "GB")))
    assert view.data.introduction.startswith("Dear Greta Weiß,\n")


def test_every_template_has_a_german_and_a_french_version() -> None:
    english = sorted(p.name for p in TEMPLATES.glob("*.txt"))
    known = set(
        offers.template_values(
            number="",
            customer="",
            contact="",
            opportunity="",
            valid_until=None,
            sender="",
            company="",
        )
    )
    for language in ("de", "fr"):
        assert sorted(p.name for p in (TEMPLATES / language).glob("*.txt")) == english
        for path in (TEMPLATES / language).glob("*.txt"):
            used = {
                m.group("named") or m.group("braced")
                for m in string.Template.pattern.finditer(path.read_text(encoding="utf-8"))
                if m.group("named") or m.group("braced")
            }
            assert used <= known, (path, used - known)


def _pdf_words() -> set[str]:
    """Every literal the PDF code hands to its translation (w(...) or say(language, ...))."""
    found = set()
    for path in PDF_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            args = {"w": node.args[:1], "say": node.args[1:2]}.get(node.func.id, [])
            for arg in args:
                for value in ast.walk(arg):
                    if isinstance(value, ast.Constant) and isinstance(value.value, str):
                        found.add(value.value)
    return found


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_word_of_the_pdf_is_translated(language: str) -> None:
    words = _pdf_words()
    assert len(words) > 40
    assert words - WORDS[language].keys() == set()
    assert WORDS[language].keys() - words == set()  # nothing left over from removed texts
    for english, translated in WORDS[language].items():
        assert sorted(re.findall(r"{\w+}", english)) == sorted(re.findall(r"{\w+}", translated)), (
            english
        )


@pytest.mark.parametrize(
    ("country", "expected", "english"),
    [
        (
            "DE",
            [
                "Angebotsnr.",
                "Ihr Kontakt",
                "Beschreibung",
                "Anz.",
                "Einzelpreis",
                "Summe netto",
                "Gesamtbetrag",
                "Dieses Angebot gilt bis zum",
                "Ort, Datum, Unterschrift",
                "Seite 1 von 1",
                "Guten Tag Greta Weiß",
                "399,90 €",  # 2 × 199.95, written the German way
            ],
            ["Net total", "Valid until", "Dear"],
        ),
        (
            "FR",
            [
                "Offre n°",
                "Désignation",
                "Prix unitaire",
                "Total HT",
                "Total TTC",
                "Cette offre est valable jusqu'au",
                "Lieu, date, signature",
                "Page 1 sur 1",
                "Bonjour Greta Weiß",
                "399,90 €",
            ],
            ["Net total", "Valid until", "Dear"],
        ),
    ],
)
def test_the_pdf_speaks_the_customers_language(
    db: Database,
    deal: uuid.UUID,  # noqa: F811
    tmp_path: Path,
    country: str,
    expected: list[str],
    english: list[str],
) -> None:
    offer_id = offers.create_offer(db, _deal_in(db, country))
    data = offers.load_offer(db, offer_id).data
    data.lines = lines(2)
    offers.save_draft(db, offer_id, data)
    view = offers.load_offer(db, offer_id)
    out = tmp_path / "offer.pdf"
    render_offer_pdf(db, view, out)
    # -raw: the text in drawing order, so a label cut into two lines would not be found.
    text = (
        subprocess.run(
            ["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True
        )
        .stdout.replace("\u00a0", " ")
        .replace("\u202f", " ")
    )
    for words in expected:
        assert words in text, words
    for words in english:
        assert words not in text, words
