from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from workbench.domain.business_days import ResponseFlag
from workbench.domain.enums import ActivityKind, LeadStatus, ReasonKind
from workbench.domain.models import Account, Activity, Contact, Lead, Opportunity, Pipeline, Reason
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import leads as svc
from workbench.services.accounts import AccountInput, ContactInput, create_account, create_contact
from workbench.store.db import Database


def _pipeline(db: Database) -> Pipeline:
    with db.read() as s:
        return s.scalars(select(Pipeline).order_by(Pipeline.position)).first()  # type: ignore[return-value]


def _reason(db: Database, kind: ReasonKind) -> Reason:
    with db.read() as s:
        return s.scalars(select(Reason).where(Reason.kind == kind)).first()  # type: ignore[return-value]


def test_create_normalises_and_needs_a_name_or_company(db: Database) -> None:
    lead_id = svc.create_lead(
        db, svc.LeadInput(first_name=" Anna ", email="Anna@Example.COM", phone="+49 30 1234567")
    )
    details = svc.get_lead(db, lead_id)
    assert details.data.first_name == "Anna"
    assert details.data.email == "anna@example.com"
    assert details.data.phone == "+49301234567"
    assert details.status == LeadStatus.NEW
    with pytest.raises(ValidationError, match="name or a company"):
        svc.create_lead(db, svc.LeadInput(email="x@example.com"))
    with pytest.raises(ValidationError, match="not a valid e-mail"):
        svc.create_lead(db, svc.LeadInput(company="Acme", email="nope@"))


def test_qualify_in_steps_and_disqualify_with_reason(db: Database) -> None:
    lead_id = svc.create_lead(db, svc.LeadInput(company="Acme GmbH"))
    assert svc.qualify_lead(db, lead_id).after == LeadStatus.MQL
    change = svc.qualify_lead(db, lead_id)
    assert change.after == LeadStatus.SQL
    with pytest.raises(WorkbenchError, match="only new leads and MQLs"):
        svc.qualify_lead(db, lead_id)
    svc.restore_status(db, change)
    assert svc.get_lead(db, lead_id).status == LeadStatus.MQL
    with pytest.raises(ValidationError, match="Choose why"):
        svc.disqualify_lead(db, lead_id, None)
    lost = _reason(db, ReasonKind.LOST)
    with pytest.raises(ValidationError, match="not a reason for disqualifying a lead"):
        svc.disqualify_lead(db, lead_id, lost.id)
    reason = _reason(db, ReasonKind.DISQUALIFIED)
    svc.disqualify_lead(db, lead_id, reason.id, "no budget this year")
    details = svc.get_lead(db, lead_id)
    assert details.status == LeadStatus.DISQUALIFIED
    assert details.disqualify_reason == reason.label
    assert details.disqualify_note == "no budget this year"


def test_convert_creates_account_contact_and_deal_linked_to_the_lead(db: Database) -> None:
    lead_id = svc.create_lead(
        db,
        svc.LeadInput(
            first_name="Ida",
            last_name="Berg",
            company="Nordlicht AB",
            email="ida@nordlicht.se",
            notes="met at fair",
        ),
    )
    with db.unit_of_work() as uow:  # an earlier call on the lead
        uow.session.add(
            Activity(kind=ActivityKind.CALL, started_at=datetime.now(UTC), lead_id=lead_id)
        )
    with pytest.raises(WorkbenchError, match="Only a sales-qualified"):
        svc.convert_lead(db, lead_id, svc.ConversionInput(pipeline_id=_pipeline(db).id))
    svc.qualify_lead(db, lead_id)
    svc.qualify_lead(db, lead_id)
    result = svc.convert_lead(db, lead_id, svc.ConversionInput(pipeline_id=_pipeline(db).id))
    assert not result.account_reused
    with db.read() as s:
        lead = s.get(Lead, lead_id)
        opp = s.get(Opportunity, result.opportunity_id)
        contact = s.get(Contact, result.contact_id)
        account = s.get(Account, result.account_id)
        activity = s.scalars(select(Activity).where(Activity.lead_id == lead_id)).one()
    assert lead.status == LeadStatus.CONVERTED
    assert (lead.account_id, lead.contact_id, lead.opportunity_id) == (
        account.id,
        contact.id,
        opp.id,
    )
    assert opp.source_lead_id == lead_id and contact.source_lead_id == lead_id
    assert opp.title == "Nordlicht AB" and opp.account_id == account.id
    assert account.name == "Nordlicht AB" and contact.email == "ida@nordlicht.se"
    assert activity.opportunity_id == opp.id and activity.contact_id == contact.id


def test_convert_reuses_matching_account(db: Database) -> None:
    account_id = create_account(db, AccountInput(name="ACME Corp."))
    lead_id = svc.create_lead(db, svc.LeadInput(last_name="Doe", company="Acme"))
    svc.qualify_lead(db, lead_id)
    svc.qualify_lead(db, lead_id)
    result = svc.convert_lead(db, lead_id, svc.ConversionInput(pipeline_id=_pipeline(db).id))
    assert result.account_reused and result.account_id == account_id


def test_convert_a_lead_whose_linked_account_and_contact_were_deleted(db: Database) -> None:
    from workbench.services.accounts import delete_account, delete_contact

    account_id = create_account(db, AccountInput(name="Gone GmbH"))
    contact_id = create_contact(db, ContactInput(last_name="Doe", account_id=account_id))
    lead_id = svc.create_lead(
        db,
        svc.LeadInput(last_name="Doe", company="Fresh AG"),
        account_id=account_id,
        contact_id=contact_id,
    )
    svc.qualify_lead(db, lead_id)
    svc.qualify_lead(db, lead_id)
    delete_contact(db, contact_id)
    delete_account(db, account_id)
    result = svc.convert_lead(db, lead_id, svc.ConversionInput(pipeline_id=_pipeline(db).id))
    assert not result.account_reused and result.account_id != account_id
    with db.read() as s:
        account = s.get(Account, result.account_id)
        assert account is not None and account.name == "Fresh AG"
        assert result.contact_id is not None and result.contact_id != contact_id
    assert svc.get_lead(db, lead_id).status == LeadStatus.CONVERTED


def test_failed_conversion_changes_nothing(db: Database) -> None:
    lead_id = svc.create_lead(db, svc.LeadInput(last_name="Doe", company="Solo Ltd"))
    svc.qualify_lead(db, lead_id)
    svc.qualify_lead(db, lead_id)
    with pytest.raises(ValidationError):
        svc.convert_lead(
            db, lead_id, svc.ConversionInput(pipeline_id=_pipeline(db).id, currency="XXX?")
        )
    with db.read() as s:
        assert s.scalars(select(Account).where(Account.name == "Solo Ltd")).first() is None
    assert svc.get_lead(db, lead_id).status == LeadStatus.SQL


def test_duplicates_by_email_phone_and_company(db: Database) -> None:
    account_id = create_account(db, AccountInput(name="Globex GmbH"))
    create_contact(
        db,
        ContactInput(
            first_name="Hank", last_name="Scorpio", account_id=account_id, phone="+1 415 555 2671"
        ),
    )
    lead_id = svc.create_lead(db, svc.LeadInput(first_name="Ann", email="ann@globex.com"))
    matches = svc.find_duplicates(
        db, email="ANN@globex.com ", phone="+14155552671", company="GLOBEX"
    )
    kinds = {(m.kind, m.reason) for m in matches}
    assert ("lead", "e-mail") in kinds
    assert ("contact", "phone") in kinds
    assert ("account", "company") in kinds
    assert svc.find_duplicates(db, email="ann@globex.com", exclude_lead_id=lead_id) == []


def test_merge_fills_empty_fields_keeps_history_and_tombstones(db: Database) -> None:
    keep = svc.create_lead(db, svc.LeadInput(first_name="Ann", email="ann@x.com"))
    other = svc.create_lead(
        db,
        svc.LeadInput(
            first_name="Annie", company="X Ltd", phone="+49301234567", notes="called once"
        ),
    )
    with db.unit_of_work() as uow:
        uow.session.add(
            Activity(kind=ActivityKind.CALL, started_at=datetime.now(UTC), lead_id=other)
        )
    filled = svc.merge_leads(db, keep, other)
    assert set(filled) >= {"company", "phone", "notes"}
    details = svc.get_lead(db, keep)
    assert details.data.first_name == "Ann"  # not overwritten
    assert details.data.company == "X Ltd"
    with db.read() as s:
        assert s.get(Lead, other).deleted
        assert s.scalars(select(Activity.lead_id)).one() == keep


def test_response_flag_filter_and_rows(db: Database) -> None:
    svc.set_working_days(db, range(7))  # every day counts: simple arithmetic
    now = datetime.now(UTC)
    for hours in (2, 30, 60):
        svc.create_lead(
            db, svc.LeadInput(company=f"C{hours}", received_at=now - timedelta(hours=hours))
        )
    rows = {r.company: r.flag for r in svc.list_leads(db, svc.LeadFilter(now=now))}
    assert rows == {"C2": ResponseFlag.NONE, "C30": ResponseFlag.AMBER, "C60": ResponseFlag.RED}
    assert svc.count_leads(db, svc.LeadFilter(flag=ResponseFlag.AMBER, now=now)) == 2
    assert svc.count_leads(db, svc.LeadFilter(flag=ResponseFlag.RED, now=now)) == 1
    assert svc.count_leads(db, svc.LeadFilter(search="c3")) == 1
    assert svc.working_days(db) == frozenset(range(7))
    with pytest.raises(ValidationError):
        svc.set_working_days(db, [])


def test_the_convert_preview_names_the_account_conversion_will_use(db: Database) -> None:
    linked = create_account(db, AccountInput(name="Nordic Paper AB"))
    kept_beside = svc.create_lead(
        db, svc.LeadInput(last_name="Berg", company="Berg Consulting"), account_id=linked
    )
    assert svc.conversion_account_name(db, kept_beside) == ("Nordic Paper AB", True)
    create_account(db, AccountInput(name="ACME Corp."))
    same_company = svc.create_lead(db, svc.LeadInput(last_name="Doe", company="Acme GmbH"))
    assert svc.conversion_account_name(db, same_company) == ("ACME Corp.", True)
    new = svc.create_lead(db, svc.LeadInput(first_name="Ida", last_name="Lind"))
    assert svc.conversion_account_name(db, new) == ("Ida Lind", False)
    svc.qualify_lead(db, kept_beside)
    svc.qualify_lead(db, kept_beside)
    result = svc.convert_lead(db, kept_beside, svc.ConversionInput(pipeline_id=_pipeline(db).id))
    assert result.account_id == linked
