from __future__ import annotations

import subprocess
import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from workbench.domain.enums import (
    ActivityKind,
    EventKind,
    OfferStatus,
    OpportunityStatus,
    ReasonKind,
    TaskKind,
)
from workbench.domain.models import Activity, Opportunity, OpportunityEvent, Pipeline, Task
from workbench.domain.offer_totals import AddOn, PaymentKind, PaymentOption
from workbench.errors import NotFound, ValidationError, WorkbenchError
from workbench.services import accounts, catalog, company, offers
from workbench.services.offer_pdf import render_pdf
from workbench.services.opportunities import OpportunityInput, create_opportunity
from workbench.store.db import Database

D = Decimal


def make_deal(db: Database) -> uuid.UUID:
    account = accounts.create_account(
        db,
        accounts.AccountInput(
            name="Łódź Möbel GmbH", street="Hauptstraße 5", postal_code="10115", city="Berlin"
        ),
    )
    contact = accounts.create_contact(
        db, accounts.ContactInput(first_name="Greta", last_name="Weiß", account_id=account)
    )
    with db.read() as s:
        pipeline = s.scalars(select(Pipeline.id).where(Pipeline.is_default.is_(True))).one()
    return create_opportunity(
        db,
        OpportunityInput(
            title="New warehouse",
            pipeline_id=pipeline,
            account_id=account,
            contact_id=contact,
            currency="EUR",
        ),
    )


@pytest.fixture
def deal(db: Database) -> uuid.UUID:
    company.save_company(
        db,
        company.CompanyProfile(
            name="Nordlicht Systems GmbH",
            address="Am Hafen 1\n20457 Hamburg",
            email="sales@nordlicht.example",
            vat_id="DE123456789",
            bank="Hansa Bank\nIBAN DE00 1234 5678 9012 3456 78",
            color="#0b6e4f",
        ),
    )
    return make_deal(db)


def lines(n: int = 3) -> list[offers.LineData]:
    out = []
    for i in range(n):
        out.append(
            offers.LineData(
                description=f"Shelf unit type {i + 1}\nGalvanised steel, 2 m",
                quantity=D(i + 1),
                unit_price=D("199.95"),
                tax_rate=D("19"),
                section="Hardware" if i % 2 == 0 else "Services",
                code=f"SH-{i + 1:03d}",
            )
        )
    return out


def draft(db: Database, deal: uuid.UUID, n: int = 3) -> uuid.UUID:
    offer_id = offers.create_offer(db, deal)
    data = offers.load_offer(db, offer_id).data
    data.lines = lines(n)
    offers.save_draft(db, offer_id, data)
    return offer_id


def test_create_from_opportunity_carries_the_deal(db: Database, deal: uuid.UUID) -> None:
    a = offers.create_offer(db, deal)
    b = offers.create_offer(db, deal)
    va, vb = offers.load_offer(db, a), offers.load_offer(db, b)
    year = date.today().year
    assert (va.number, vb.number) == (f"OF-{year}-00001", f"OF-{year}-00002")
    assert va.customer == "Łódź Möbel GmbH"
    assert va.contact_name == "Greta Weiß"
    assert va.opportunity_title == "New warehouse"
    assert va.data.currency == "EUR"
    assert "Greta Weiß" in va.data.introduction and "New warehouse" in va.data.introduction
    assert va.data.payment_terms
    assert offers.find_offer(db, va.number.lower()) == a
    with pytest.raises(NotFound):
        offers.find_offer(db, "OF-1999-00001")


def test_save_stores_totals_and_lines(db: Database, deal: uuid.UUID) -> None:
    offer_id = draft(db, deal)
    view = offers.load_offer(db, offer_id)
    assert [line.code for line in view.data.lines] == ["SH-001", "SH-002", "SH-003"]
    assert view.totals.net == D("1199.70")
    rows = offers.list_offers(db)
    assert rows[0].gross_total == view.totals.gross == D("1427.64")
    # reorder and drop one: ids are kept for the rest
    data = view.data
    data.lines = [data.lines[2], data.lines[0]]
    offers.save_draft(db, offer_id, data)
    again = offers.load_offer(db, offer_id)
    assert [line.code for line in again.data.lines] == ["SH-003", "SH-001"]
    assert again.data.lines[0].id == view.data.lines[0].id


def test_guard_rails(db: Database, deal: uuid.UUID) -> None:
    offer_id = draft(db, deal)
    data = offers.load_offer(db, offer_id).data
    data.discount_percent = D("20")
    with pytest.raises(ValidationError, match="reason") as info:
        offers.save_draft(db, offer_id, data)
    assert info.value.field == "discount_reason"
    db.set_meta("offer.max_discount_percent", "25")
    offers.save_draft(db, offer_id, data)
    data.lines[0].discount_percent = D("30")
    data.discount_reason = "Framework agreement"
    offers.save_draft(db, offer_id, data)
    data.lines[1].unit_cost = D("500")
    rails = offers.guard_rails(data, D("25"))
    assert [r.blocking for r in rails] == [False, False]
    assert "below cost" in rails[1].message


def test_status_flow_sent_accepted_wins_the_deal(db: Database, deal: uuid.UUID) -> None:
    offer_id = draft(db, deal)
    db.set_meta("offer.follow_up_days", "5")
    sent = offers.mark_sent(db, offer_id)
    assert sent.document.is_file()
    view = offers.load_offer(db, offer_id)
    assert view.status == OfferStatus.SENT
    assert view.document_path == str(sent.document)
    with db.read() as s:
        activity = s.scalars(select(Activity).where(Activity.opportunity_id == deal)).one()
        assert activity.kind == ActivityKind.EMAIL
        task = s.get(Task, sent.follow_up_task_id)
        assert task is not None and task.kind == TaskKind.FOLLOW_UP
        assert task.due_at is not None and view.sent_at is not None
        assert task.due_at - view.sent_at == timedelta(days=5)
        kinds = set(
            s.scalars(select(OpportunityEvent.kind).where(OpportunityEvent.opportunity_id == deal))
        )
        assert EventKind.OFFER_SENT in kinds
    # a sent version is never changed
    with pytest.raises(WorkbenchError, match="never changed"):
        offers.save_draft(db, offer_id, view.data)
    with pytest.raises(WorkbenchError, match="already sent"):
        offers.mark_sent(db, offer_id)
    won = offers.offer_reasons(db, ReasonKind.WON)[0][0]
    assert offers.accept_offer(db, offer_id, win_reason_id=won)
    with db.read() as s:
        opp = s.get(Opportunity, deal)
        assert opp is not None and opp.status == OpportunityStatus.WON
        kinds = set(
            s.scalars(select(OpportunityEvent.kind).where(OpportunityEvent.opportunity_id == deal))
        )
        assert {EventKind.OFFER_ACCEPTED, EventKind.WON} <= kinds
    assert offers.list_offers(db)[0].status == OfferStatus.ACCEPTED
    with pytest.raises(WorkbenchError):
        offers.revise(db, offer_id)


def test_reject_needs_an_offer_reason(db: Database, deal: uuid.UUID) -> None:
    offer_id = draft(db, deal)
    with pytest.raises(WorkbenchError, match="only a sent offer"):
        offers.reject_offer(db, offer_id, offers.offer_reasons(db, ReasonKind.OFFER_REJECTED)[0][0])
    offers.mark_sent(db, offer_id)
    with pytest.raises(ValidationError):
        offers.reject_offer(db, offer_id, None)
    with pytest.raises(ValidationError, match="not a reason for rejecting an offer"):
        offers.reject_offer(db, offer_id, offers.offer_reasons(db, ReasonKind.WON)[0][0])
    reason_id, label = offers.offer_reasons(db, ReasonKind.OFFER_REJECTED)[0]
    offers.reject_offer(db, offer_id, reason_id, "Budget cut")
    view = offers.load_offer(db, offer_id)
    assert (view.status, view.rejection_reason, view.rejection_note) == (
        OfferStatus.REJECTED,
        label,
        "Budget cut",
    )
    with db.read() as s:
        event = s.scalars(
            select(OpportunityEvent).where(OpportunityEvent.kind == EventKind.OFFER_REJECTED)
        ).one()
        assert label in event.details


def test_revise_keeps_the_sent_version_and_compares(db: Database, deal: uuid.UUID) -> None:
    offer_id = draft(db, deal)
    offers.mark_sent(db, offer_id)
    sent_before = offers.load_offer(db, offer_id, 1)
    assert offers.revise(db, offer_id) == 2
    assert offers.revise(db, offer_id) == 2  # the draft is reused
    data = offers.load_offer(db, offer_id, 2).data
    data.lines[0] = replace(data.lines[0], quantity=D("4"), discount_percent=D("5"))
    del data.lines[1]
    data.lines.append(offers.LineData(description="Installation", unit_price=D("800"), unit="h"))
    data.payment_options.append(PaymentOption(PaymentKind.INSTALMENTS, 12))
    offers.save_draft(db, offer_id, data)
    v1 = offers.load_offer(db, offer_id, 1)
    assert v1.data == sent_before.data and v1.status == OfferStatus.SENT
    cmp = offers.compare_versions(db, offer_id, 1, 2)
    statuses = sorted(d.status for d in cmp.lines)
    assert statuses == ["added", "changed", "removed", "same"]
    changed = next(d for d in cmp.lines if d.status == "changed")
    assert "quantity: 1 → 4" in changed.changes
    assert any(h[0] == "Gross total" for h in cmp.header)


def test_expire_past_validity(db: Database, deal: uuid.UUID) -> None:
    offer_id = draft(db, deal)
    offers.mark_sent(db, offer_id)
    assert offers.expire_offers(db, date.today()) == 0
    assert offers.expire_offers(db, date.today() + timedelta(days=60)) == 1
    assert offers.load_offer(db, offer_id).status == OfferStatus.EXPIRED
    assert offers.revise(db, offer_id) == 2


def test_line_from_catalogue_uses_price_list(db: Database, deal: uuid.UUID) -> None:
    std = catalog.save_price_list(db, None, "Standard", is_default=True)
    partner = catalog.save_price_list(db, None, "Partner")
    pid = catalog.create_product(
        db,
        catalog.ProductInput(
            code="RC-1",
            name="Robot cell",
            description="Six-axis",
            tax_rate=D("19"),
            cost=D("30000"),
            cost_currency="EUR",
            prices=[
                catalog.Price(std, "EUR", D("45000")),
                catalog.Price(partner, "EUR", D("41000")),
            ],
        ),
    )
    line = offers.line_from_product(db, pid, price_list_id=partner, currency="EUR")
    assert (line.unit_price, line.unit_cost, line.code) == (D("41000"), D("30000"), "RC-1")
    assert line.description == "Robot cell\nSix-axis"
    assert offers.line_from_product(db, pid, price_list_id=None, currency="GBP").unit_cost is None


def _pdf_text(path: Path) -> str:
    return (
        subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        )
        .stdout.replace("\u00a0", " ")
        .replace("\u202f", " ")
    )


def test_pdf_text_has_customer_lines_and_totals(
    db: Database, deal: uuid.UUID, tmp_path: Path
) -> None:
    offer_id = draft(db, deal)
    data = offers.load_offer(db, offer_id).data
    data.lines[2].optional = True
    data.payment_options = [
        PaymentOption(PaymentKind.ONE_OFF),
        PaymentOption(PaymentKind.INSTALMENTS, 12),
        PaymentOption(PaymentKind.LEASING, 36, D("4.9"), D("10")),
    ]
    data.add_ons = [AddOn("Insurance", D("19.90"), D("19"))]
    offers.save_draft(db, offer_id, data)
    view = offers.load_offer(db, offer_id)
    out = tmp_path / "offer.pdf"
    pages = render_pdf(view, company.get_company(db), out, locale="de_DE")
    assert pages == len(PdfReader(str(out)).pages)
    text = _pdf_text(out)
    pypdf_text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    for t in (text, pypdf_text):
        assert "Łódź Möbel GmbH" in t
        assert view.number in t
        for line in view.data.lines:
            assert line.description.splitlines()[0] in t
    assert "Nordlicht Systems GmbH" in text
    # German formatting: 1.427,64 € style
    t = view.totals
    assert (t.net, t.tax, t.gross) == (D("599.85"), D("113.97"), D("713.82"))
    for amount in ("599,85 €", "113,97 €", "713,82 €", "59,49 €"):
        assert amount in text, amount
    assert "Instalments over 12 months" in text
    assert "Insurance" in text
    assert "Optional items" in text


def test_long_offer_spans_pages_with_repeated_header(
    db: Database, deal: uuid.UUID, tmp_path: Path
) -> None:
    offer_id = draft(db, deal, 200)
    view = offers.load_offer(db, offer_id)
    out = tmp_path / "long.pdf"
    pages = render_pdf(view, company.get_company(db), out, locale="en_GB")
    reader = PdfReader(str(out))
    assert pages == len(reader.pages) >= 5
    table_pages = [p.extract_text() for p in reader.pages if "Shelf unit" in p.extract_text()]
    assert len(table_pages) >= 5
    assert all("Unit price" in text for text in table_pages)
    last = reader.pages[-1].extract_text()
    assert f"Page {pages} of {pages}" in last
    text = _pdf_text(out)
    assert "Shelf unit type 200" in text
