"""What the reports measure against travels with sync: rates to everyone, a rep's quota
to that rep and the managers, and only a manager may set one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from workbench.domain.models import ExchangeRate, Quota
from workbench.errors import ValidationError
from workbench.services import targets


def test_quotas_are_set_by_managers_and_rates_reach_the_whole_team(laptop, team) -> None:  # type: ignore[no-untyped-def]
    anna, ben, mia = laptop("anna"), laptop("ben"), laptop("mia")
    for machine in (mia, anna, ben):
        machine.login()
        machine.sync()
    targets.set_quota(mia.db, team.ids["anna"], date(2026, 9, 1), "50000", "EUR")
    targets.set_quota(mia.db, team.ids["ben"], date(2026, 9, 1), "40000", "EUR")
    targets.set_rate(mia.db, "USD", date(2026, 1, 1), "0.9")
    assert not mia.sync().refused
    anna.sync()
    ben.sync()
    with anna.db.read() as s:
        quotas = s.execute(select(Quota.user_id, Quota.amount_minor)).all()
        assert [(u, a) for u, a in quotas] == [(team.ids["anna"], 5_000_000)]  # not Ben's
        assert s.scalar(select(ExchangeRate.rate)) == Decimal("0.9")
    # A salesperson can't set one here, and the server refuses one written behind the
    # app's back, with the reason; the rest of the sync goes on.
    with pytest.raises(ValidationError, match="manager"):
        targets.set_quota(anna.db, team.ids["anna"], date(2026, 10, 1), "1", "EUR")
    with anna.db.unit_of_work() as uow:
        uow.session.add(
            Quota(
                id=Quota.key(team.ids["anna"], date(2026, 10, 1)),
                user_id=team.ids["anna"],
                month=date(2026, 10, 1),
                amount_minor=100,
                currency="EUR",
            )
        )
    report = anna.sync()
    assert len(report.refused) == 1 and "manager" in report.refused[0].lower()
    mia.sync()
    with mia.db.read() as s:
        assert s.scalar(select(Quota.amount_minor).where(Quota.month == date(2026, 10, 1))) is None
