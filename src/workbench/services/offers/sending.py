"""Sending a version and what follows: the customer's decision, expiry, signed documents."""

from __future__ import annotations

import shutil
import uuid
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench import formatting
from workbench.domain.base import utcnow
from workbench.domain.enums import (
    ActivityKind,
    ActivityStatus,
    Direction,
    EventKind,
    OfferStatus,
    OpportunityStatus,
    ReasonKind,
    TaskKind,
)
from workbench.domain.models import (
    Activity,
    Offer,
    OfferVersion,
    Opportunity,
    OpportunityEvent,
    Task,
)
from workbench.domain.money import Money
from workbench.errors import MandatoryTasksOpen, ValidationError, WorkbenchError
from workbench.services import validation
from workbench.services.offers.drafts import _draft, _enforce, greetings, written_day
from workbench.services.offers.model import OfferView, SentResult, documents_dir, follow_up_days
from workbench.services.offers.reading import _version, load_offer
from workbench.services.opportunities import mark_won, open_mandatory_tasks
from workbench.services.profile import get_profile
from workbench.services.reasons import reason_of_kind
from workbench.services.setup import current_user_id
from workbench.store.db import Database
from workbench.texts import QT_TRANSLATE_NOOP, fill, translate

# A version that is no longer a draft, per status: whole sentences for the translators.
_ALREADY = {
    OfferStatus.SENT: QT_TRANSLATE_NOOP("Offers", "%1 is already sent."),
    OfferStatus.ACCEPTED: QT_TRANSLATE_NOOP("Offers", "%1 is already accepted."),
    OfferStatus.REJECTED: QT_TRANSLATE_NOOP("Offers", "%1 is already rejected."),
    OfferStatus.EXPIRED: QT_TRANSLATE_NOOP("Offers", "%1 has already expired."),
}


def mail_text(view: OfferView, closing: str = "", locale: str | None = None) -> tuple[str, str]:
    """The e-mail that goes with an offer, in the offer's language (as its PDF), signed with
    `closing` (the sender's signature from their profile), else the offer owner's name."""
    from workbench.services.offer_pdf.words import say  # the package loads reportlab

    language, loc = view.language, locale or view.locale
    w = partial(say, language)
    total = formatting.money(Money(view.totals.gross, view.data.currency), loc)
    if view.version > 1:
        subject = w("Offer {number} (version {version})", number=view.number, version=view.version)
        attached = w(
            "please find attached our offer {number}, version {version}, for a total of {total}.",
            number=view.number,
            version=view.version,
            total=total,
        )
    else:
        subject = w("Offer {number}", number=view.number)
        attached = w(
            "please find attached our offer {number} for a total of {total}.",
            number=view.number,
            total=total,
        )
    if view.opportunity_title:
        subject += f": {view.opportunity_title}"
    greeting, nobody = greetings(language)
    lines = [(greeting.format(name=view.contact_name) if view.contact_name else nobody) + ","]
    valid_until = view.data.valid_until
    if valid_until:
        day = written_day(valid_until, language, loc)
        attached += " " + w("It is valid until {date}.", date=day)
    signed = closing.strip() or view.owner_name
    lines += ["", attached, "", w("Kind regards")] + ([signed] if signed else [])
    return subject, "\n".join(lines)


def mark_sent(db: Database, offer_id: uuid.UUID, *, locale: str | None = None) -> SentResult:
    """Freeze the latest version as sent: render and keep its PDF, log the e-mail as an
    activity, schedule the follow-up and record it on the deal."""
    from workbench.services.offer_pdf import render_offer_pdf  # reportlab loads only here

    view = load_offer(db, offer_id)
    if view.status != OfferStatus.DRAFT:
        raise WorkbenchError(fill(translate("Offers", _ALREADY[view.status]), view.title))
    if not view.data.lines:
        raise ValidationError(translate("Offers", "The offer has no lines yet."), "lines")
    _enforce(db, view.data)
    folder = documents_dir()
    folder.mkdir(parents=True, exist_ok=True)
    document = folder / f"{view.number}-v{view.version}.pdf"
    tmp = document.with_suffix(".tmp")
    render_offer_pdf(db, view, tmp, locale=locale)
    days = follow_up_days(db)
    subject, body = mail_text(view, get_profile(db).closing, locale)
    gross = formatting.money(Money(view.totals.gross, view.data.currency), locale)
    me = current_user_id(db)
    try:
        with db.unit_of_work() as uow:
            s = uow.session
            offer, ver = _draft(s, offer_id, view.version)
            now = utcnow()
            ver.status = OfferStatus.SENT
            ver.sent_at = now
            ver.document_path = str(document)
            ver.net_total, ver.gross_total = view.totals.net, view.totals.gross
            offer.status = OfferStatus.SENT
            s.add(
                Activity(
                    kind=ActivityKind.EMAIL,
                    status=ActivityStatus.DONE,
                    direction=Direction.OUTBOUND,
                    subject=subject,
                    started_at=now,
                    notes=fill(
                        translate("Offers", "Offer %1 version %2 sent, %3 gross."),
                        view.number,
                        view.version,
                        gross,
                    ),
                    user_id=me,
                    contact_id=offer.contact_id,
                    account_id=offer.account_id,
                    opportunity_id=offer.opportunity_id,
                )
            )
            task = Task(
                id=uuid.uuid4(),
                title=fill(translate("Today", "Follow up offer %1"), view.number),
                kind=TaskKind.FOLLOW_UP,
                opportunity_id=offer.opportunity_id,
                contact_id=offer.contact_id,
                assignee_id=offer.owner_id or me,
                due_at=now + timedelta(days=days),
            )
            if offer.opportunity_id is not None:
                opp = s.get(Opportunity, offer.opportunity_id)
                if opp is not None:
                    task.stage_id = opp.stage_id
                    opp.last_progress_at = now  # a completed e-mail to the customer
                s.add(
                    OpportunityEvent(
                        opportunity_id=offer.opportunity_id,
                        kind=EventKind.OFFER_SENT,
                        at=now,
                        user_id=me,
                        details=f"{view.number} v{view.version}, {gross}",
                    )
                )
            s.add(task)
        tmp.replace(document)
    finally:
        tmp.unlink(missing_ok=True)
    return SentResult(document, task.id, subject, body, view.contact_email)


def _sent_latest(s: Session, offer_id: uuid.UUID) -> tuple[Offer, OfferVersion]:
    offer = validation.live(s.get(Offer, offer_id), "offer")
    ver = _version(s, offer, None)
    if ver.status != OfferStatus.SENT:
        raise WorkbenchError(
            f"{offer.number} v{ver.version} is {ver.status.value}; only a sent offer can be "
            "accepted or rejected."
        )
    return offer, ver


def _decide(
    s: Session, offer_id: uuid.UUID, status: OfferStatus, me: uuid.UUID, details: str
) -> tuple[Offer, OfferVersion]:
    """The customer's answer on the latest sent version, recorded on the deal's timeline."""
    offer, ver = _sent_latest(s, offer_id)
    now = utcnow()
    ver.status = status
    ver.decided_at = now
    offer.status = status
    if offer.opportunity_id is not None:
        s.add(
            OpportunityEvent(
                opportunity_id=offer.opportunity_id,
                kind=EventKind(f"offer_{status.value}"),
                at=now,
                user_id=me,
                details=f"{offer.number} v{ver.version}{details}",
            )
        )
    return offer, ver


def accept_offer(
    db: Database, offer_id: uuid.UUID, *, win_reason_id: uuid.UUID | None = None, note: str = ""
) -> bool:
    """Mark the latest (sent) version accepted. With a won reason the deal is marked won
    too; that is checked first, so a refusal (e.g. open mandatory tasks) changes nothing.
    Returns whether the deal was closed as won."""
    with db.read() as s:
        offer, _ver = _sent_latest(s, offer_id)
        close = False
        if win_reason_id is not None and offer.opportunity_id is not None:
            opp = validation.live(s.get(Opportunity, offer.opportunity_id), "opportunity")
            if opp.status == OpportunityStatus.OPEN:
                reason_of_kind(s, win_reason_id, ReasonKind.WON)
                blocking = open_mandatory_tasks(s, opp.id, opp.stage_id)
                if blocking:
                    raise MandatoryTasksOpen(opp.stage.name, [(t.id, t.title) for t in blocking])
                close = True
    me = current_user_id(db)
    with db.unit_of_work() as uow:
        details = f" — {note.strip()}" if note.strip() else ""
        offer, _ver = _decide(uow.session, offer_id, OfferStatus.ACCEPTED, me, details)
        opportunity_id = offer.opportunity_id
    if close and opportunity_id is not None:
        accepted = fill(translate("Offers", "Offer %1 accepted"), offer.number)
        mark_won(db, opportunity_id, win_reason_id, note or accepted)
    return close


def reject_offer(
    db: Database, offer_id: uuid.UUID, reason_id: uuid.UUID | None, note: str = ""
) -> None:
    note = validation.text(note, "note", "Note", max_len=20000)
    if reason_id is None:
        raise ValidationError(translate("Offers", "Choose the reason the customer gave."), "reason")
    me = current_user_id(db)
    with db.unit_of_work() as uow:
        s = uow.session
        reason = reason_of_kind(s, reason_id, ReasonKind.OFFER_REJECTED)
        details = f": {reason.label}" + (f" — {note}" if note else "")
        _offer, ver = _decide(s, offer_id, OfferStatus.REJECTED, me, details)
        ver.rejection_reason_id = reason.id
        ver.rejection_note = note


def expire_offers(db: Database, today: date | None = None) -> int:
    """Sent versions past their validity date become expired. Returns how many."""
    today = today or datetime.now(UTC).date()
    with db.read() as s:
        due = s.scalar(
            select(func.count()).where(
                OfferVersion.status == OfferStatus.SENT,
                OfferVersion.valid_until < today,
                OfferVersion.deleted.is_(False),
            )
        )
    if not due:
        return 0  # the common case writes nothing
    with db.unit_of_work() as uow:
        s = uow.session
        versions = list(
            s.scalars(
                select(OfferVersion).where(
                    OfferVersion.status == OfferStatus.SENT,
                    OfferVersion.valid_until < today,
                    OfferVersion.deleted.is_(False),
                )
            )
        )
        for ver in versions:
            ver.status = OfferStatus.EXPIRED
            offer = s.get(Offer, ver.offer_id)
            if offer is not None and offer.latest_version == ver.version:
                offer.status = OfferStatus.EXPIRED
    return len(versions)


def attach_document(db: Database, offer_id: uuid.UUID, version: int, source: Path) -> Path:
    """Keep a copy of a rendered file with a version (e.g. a re-export of a sent one)."""
    folder = documents_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with db.unit_of_work() as uow:
        offer = validation.live(uow.session.get(Offer, offer_id), "offer")
        ver = _version(uow.session, offer, version)
        target = folder / f"{offer.number}-v{ver.version}.pdf"
        if source.resolve() != target.resolve():
            shutil.copyfile(source, target)
        ver.document_path = str(target)
    return target
