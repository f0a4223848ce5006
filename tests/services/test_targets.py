"""Quotas and exchange rates: set, overwritten, refused with a reason, all or none."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from workbench.domain.models import ExchangeRate, Quota, User
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import targets
from workbench.services.setup import current_user_id
from workbench.store.db import Database


def test_quota_set_twice_is_one_row_and_refused_for_a_team_salesperson(db: Database) -> None:
    me = current_user_id(db)
    targets.set_quota(db, me, date(2026, 9, 17), "12,500", "EUR")
    targets.set_quota(db, me, date(2026, 9, 1), "15000", "EUR")
    rows = targets.quotas(db, date(2026, 1, 1), date(2027, 1, 1))
    assert [(r.month, r.amount.amount) for r in rows] == [(date(2026, 9, 1), Decimal("15000.00"))]
    db.set_meta("sync.role", "salesperson")
    with pytest.raises(ValidationError, match="Quotas are set by a manager"):
        targets.set_quota(db, me, date(2026, 10, 1), "1", "EUR")


def test_a_bad_amount_among_several_stores_none(db: Database) -> None:
    me = current_user_id(db)
    with pytest.raises(ValidationError, match="not an amount"):
        targets.set_quotas(
            db, [(me, date(2026, 1, 1), "100"), (me, date(2026, 2, 1), "lots")], "EUR"
        )
    with pytest.raises(ValidationError, match="from 0"):
        targets.set_quotas(db, [(me, date(2026, 1, 1), "-5")], "EUR")
    with pytest.raises(WorkbenchError, match="no longer exists"):
        targets.set_quota(db, uuid.uuid4(), date(2026, 1, 1), "5", "EUR")  # nobody
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Quota)) == 0
        assert s.get(User, me) is not None


def test_rates_validated_and_keyed_by_currency_and_day(db: Database) -> None:
    targets.set_rate(db, "usd", date(2026, 1, 1), "0,92")
    targets.set_rate(db, "USD", date(2026, 1, 1), "0.93")
    for currency, rate, message in (
        ("XXZ", "1", "not a currency"),
        ("USD", "0", "above 0"),
        ("USD", "abc", "not a number"),
    ):
        with pytest.raises(ValidationError, match=message):
            targets.set_rate(db, currency, date(2026, 2, 1), rate)
    assert targets.rates(db) == [targets.RateRow("USD", date(2026, 1, 1), Decimal("0.93"))]
    with db.read() as s:
        assert s.get(ExchangeRate, ExchangeRate.key("USD", date(2026, 1, 1))) is not None


def test_a_quota_that_reads_two_ways_is_refused_naming_both(db: Database) -> None:
    from workbench import formatting

    formatting.set_current_locale("fr_FR")
    anna = current_user_id(db)
    with pytest.raises(ValidationError, match="could be 12,5 or 12\u202f500"):
        targets.set_quota(db, anna, date(2026, 5, 1), "12.500", "EUR")
    targets.set_quota(db, anna, date(2026, 5, 1), "12\u202f500", "EUR")
    assert targets.quotas(db, date(2026, 1, 1), date(2027, 1, 1))[0].amount.amount == 12500
