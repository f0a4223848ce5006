"""What the manager reports measure against: each rep's monthly quota and the company's
exchange rates. Both sync to the team; quotas are a manager's to set (the server refuses
a salesperson's, and so does this laptop once it knows its team role)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from workbench import formatting
from workbench.domain.models import ExchangeRate, Quota, User
from workbench.domain.money import Money, MoneyError, check_currency
from workbench.errors import ValidationError
from workbench.services import validation
from workbench.store.db import Database
from workbench.texts import QT_TRANSLATE_NOOP, fill, translate

QUOTA_REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "Quotas are set by a manager; ask yours to set this one."
)
MAX_RATE = Decimal(1_000_000)


@dataclass(frozen=True)
class QuotaRow:
    user_id: uuid.UUID
    user: str
    month: date
    amount: Money


@dataclass(frozen=True)
class RateRow:
    currency: str
    valid_from: date
    rate: Decimal


def _money(text: str | Decimal, currency: str, field: str) -> Money:
    code = validation.currency(currency, field)
    try:
        # Typed in the window's grid or on the command line, in the person's locale.
        amount = text if isinstance(text, Decimal) else formatting.parse_decimal(text)
    except formatting.AmbiguousNumber as exc:
        raise ValidationError(str(exc), field) from None
    except MoneyError:
        said = translate("Errors", "“%1 %2” is not an amount of money.")
        raise ValidationError(fill(said, text, currency), field) from None
    if not amount.is_finite() or amount < 0 or amount > Decimal(10) ** 13:
        said = translate("Errors", "A quota is an amount from 0 up to %1.")
        raise ValidationError(fill(said, formatting.number(Decimal(10) ** 13)), field)
    return Money(amount, code).rounded()


def may_set_quotas(db: Database) -> bool:
    """A laptop signed in to a team as a salesperson may not; on its own, anyone may."""
    return db.get_meta("sync.role") not in ("salesperson",)


def set_quota(
    db: Database, user_id: uuid.UUID, month: date, amount: str | Decimal, currency: str
) -> None:
    set_quotas(db, [(user_id, month, amount)], currency)


def set_quotas(
    db: Database, items: list[tuple[uuid.UUID, date, str | Decimal]], currency: str
) -> int:
    """Several quotas at once, all or none: one bad amount stores nothing."""
    if not may_set_quotas(db):
        raise ValidationError(translate("Errors", QUOTA_REFUSED), "quota")
    checked = [
        (user, month.replace(day=1), _money(amount, currency, "amount"))
        for user, month, amount in items
    ]
    with db.unit_of_work() as uow:
        s = uow.session
        for user_id, first, money in checked:
            validation.live(s.get(User, user_id), "user")
            key = Quota.key(user_id, first)
            row = s.get(Quota, key)
            if row is None:
                s.add(
                    Quota(
                        id=key,
                        user_id=user_id,
                        month=first,
                        amount_minor=money.to_minor(),
                        currency=money.currency,
                    )
                )
            else:
                row.amount_minor, row.currency, row.deleted = (
                    money.to_minor(),
                    money.currency,
                    False,
                )
    return len(checked)


def quotas(db: Database, first: date, end: date) -> list[QuotaRow]:
    with db.read() as s:
        rows = s.execute(
            select(Quota.user_id, User.name, Quota.month, Quota.amount_minor, Quota.currency)
            .join(User, User.id == Quota.user_id)
            .where(Quota.deleted.is_(False), Quota.month >= first, Quota.month < end)
            .order_by(User.name, Quota.month)
        ).all()
    return [QuotaRow(u, n, m, Money.from_minor(a, c)) for u, n, m, a, c in rows]


def set_rate(db: Database, currency: str, valid_from: date, rate: str | Decimal) -> None:
    """One unit of `currency` is worth `rate` units of the company currency from
    `valid_from` on, until the next rate."""
    try:
        code = check_currency(currency)
    except MoneyError:
        text = translate("Errors", "“%1” is not a currency code such as USD.")
        raise ValidationError(fill(text, currency), "currency") from None
    try:
        value = rate if isinstance(rate, Decimal) else formatting.parse_decimal(rate)
    except formatting.AmbiguousNumber as exc:
        raise ValidationError(str(exc), "rate") from None
    except MoneyError:
        raise ValidationError(
            fill(translate("Errors", "“%1” is not a number."), rate), "rate"
        ) from None
    if not value.is_finite() or value <= 0 or value > MAX_RATE:
        text = translate("Errors", "A rate is a number above 0 (and below a million).")
        raise ValidationError(text, "rate")
    with db.unit_of_work() as uow:
        s = uow.session
        key = ExchangeRate.key(code, valid_from)
        row = s.get(ExchangeRate, key)
        if row is None:
            s.add(ExchangeRate(id=key, currency=code, valid_from=valid_from, rate=value))
        else:
            row.rate, row.deleted = value, False


def rates(db: Database) -> list[RateRow]:
    with db.read() as s:
        rows = s.execute(
            select(ExchangeRate.currency, ExchangeRate.valid_from, ExchangeRate.rate)
            .where(ExchangeRate.deleted.is_(False))
            .order_by(ExchangeRate.currency, ExchangeRate.valid_from)
        ).all()
    return [RateRow(c, d, Decimal(r)) for c, d, r in rows]
