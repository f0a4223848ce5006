import hashlib
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from workbench.domain.base import Base
from workbench.domain.enums import EventKind, OpportunityStatus, Role
from workbench.domain.models import Opportunity, OutboxEntry, Stage, Task, User
from workbench.domain.rules import is_valid_email
from workbench.services.demo import generate_demo
from workbench.services.setup import open_workbench
from workbench.store.db import Database


def _titles(path: Path) -> list[str]:
    db = open_workbench(path).db
    generate_demo(db, 300, seed=7)
    with db.read() as s:
        titles = list(s.scalars(select(Opportunity.title).order_by(Opportunity.id)))
    db.close()
    return titles


def test_the_same_seed_gives_the_same_company(tmp_path: Path) -> None:
    assert _titles(tmp_path / "a.sqlite") == _titles(tmp_path / "b.sqlite")


def test_demo_is_a_realistic_spread_and_goes_through_the_outbox(tmp_path: Path) -> None:
    db = open_workbench(tmp_path / "demo.sqlite").db
    summary = generate_demo(db, 1000, seed=3)
    assert summary.opportunities == 1000
    with db.read() as s:
        by_status = dict(
            s.execute(select(Opportunity.status, func.count()).group_by(Opportunity.status)).all()
        )
        # Deals begin over a year: the older ones mostly closed, a third of those won.
        assert by_status[OpportunityStatus.OPEN] > 350
        assert by_status[OpportunityStatus.WON] > 150 and by_status[OpportunityStatus.LOST] > 250
        stages_used = s.scalar(select(func.count(func.distinct(Opportunity.stage_id))))
        assert stages_used >= 8
        assert s.scalar(select(func.count()).select_from(User)) >= 25
        assert s.scalar(select(func.count()).select_from(Task)) > 4000
        # Every deal sits in a stage of its own pipeline.
        mismatched = s.scalar(
            select(func.count())
            .select_from(Opportunity)
            .join(Stage, Stage.id == Opportunity.stage_id)
            .where(Stage.pipeline_id != Opportunity.pipeline_id)
        )
        assert mismatched == 0
        outbox = s.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.table_name == "opportunity")
        )
        assert outbox == 1000
    db.close()


def test_the_same_seed_twice_is_refused_with_a_message(tmp_path: Path) -> None:
    from workbench.cli import main

    path = tmp_path / "twice.sqlite"
    assert main(["--db", str(path), "demo", "--deals", "20", "--seed", "5"]) == 0
    assert main(["--db", str(path), "demo", "--deals", "20", "--seed", "5"]) == 2
    assert main(["--db", str(path), "demo", "--deals", "20", "--seed", "6"]) == 0


# Tables the demo fills; meta and the outbox also carry installation ids and times.
DEMO_TABLES = (
    "account activity contact exchange_rate lead offer offer_line offer_version opportunity "
    "opportunity_event opportunity_share price_list price_list_item product quota task team user"
).split()


def _fingerprint(path: Path) -> dict[str, tuple[int, str]]:
    """Row count and a hash of the sorted rows of each demo table, without the values that
    depend on the day (times, dates, the year in offer numbers) or on the installation (ids)."""
    db = open_workbench(path).db
    # People work in weekly rhythm, so the company depends on the day as well as the seed.
    generate_demo(db, 40, seed=11, day=date(2026, 6, 15))
    found: dict[str, tuple[int, str]] = {}
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            if table.name not in DEMO_TABLES:
                continue
            columns = [
                c
                for c in table.columns
                # times of the run, and text the database derives (not the demo's)
                if c.name not in ("stamp", "created_at", "updated_at", "search_text")
            ]
            rows = sorted(
                "|".join(
                    re.sub(r"OF-\d{4}-", "OF-", repr(value))
                    for value in row
                    if not isinstance(value, datetime | date | uuid.UUID)
                )
                for row in s.execute(select(*columns)).all()
            )
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
            found[table.name] = (len(rows), digest)
    db.close()
    return found


PINNED_FINGERPRINT: dict[str, tuple[int, str]] = {
    "account": (20, "9abae2c7ab29ea55"),
    "activity": (627, "ebea1056f555645a"),
    "contact": (38, "c1f8d5e6d80c1aca"),
    "exchange_rate": (65, "0ba30d9ba523f75b"),
    "lead": (41, "4389ab884c130c9c"),
    "offer": (13, "f7704a77663d09d7"),
    "offer_line": (134, "a2142d6d442bd063"),
    "offer_version": (28, "6c10e339f63f9338"),
    "opportunity": (40, "d6874d1f2a71544f"),
    "opportunity_event": (281, "21532ec97ef8daf6"),
    "opportunity_share": (0, "e3b0c44298fc1c14"),
    "price_list": (2, "ab8c182ebfcded9a"),
    "price_list_item": (480, "15f36ded1e30577d"),
    "product": (40, "e21695e3cc607064"),
    "quota": (240, "19073dd38ba9be05"),
    "task": (252, "5d5b9f663ab38455"),
    "team": (3, "5cd865aecb8cc358"),
    "user": (30, "c9febb9982a7a190"),
}


def test_a_seed_keeps_giving_the_same_company(tmp_path: Path) -> None:
    # Pinned from the demo with a year of history for the manager reports: a change here
    # means the same seed now builds a different company.
    assert _fingerprint(tmp_path / "demo.sqlite") == PINNED_FINGERPRINT


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_workbench(tmp_path_factory.mktemp("year") / "demo.sqlite").db
    generate_demo(db, 800, seed=4)
    yield db
    db.close()


def _count(db: Database, sql: str) -> int:
    with db.read() as s:
        return int(s.execute(text(sql)).scalar() or 0)


# Each deal's latest event carrying a value, by the kinds that carry it.
_LATEST = """
    select count(*) from opportunity o join (
        select opportunity_id, {column} as value, max(at)
        from opportunity_event where kind in ('created', '{kind}') group by opportunity_id
    ) e on e.opportunity_id = o.id where e.value is not o.{column}"""


@pytest.mark.parametrize(
    ("column", "kind"),
    [
        ("amount_minor", EventKind.AMOUNT_CHANGED),
        ("currency", EventKind.AMOUNT_CHANGED),
        ("expected_close", EventKind.CLOSE_DATE_CHANGED),
        ("owner_id", EventKind.OWNER_CHANGED),
        ("forecast_category", EventKind.FORECAST_CHANGED),
    ],
)
def test_the_history_ends_in_each_deals_current_values(
    year: Database, column: str, kind: EventKind
) -> None:
    assert _count(year, _LATEST.format(column=column, kind=kind.value)) == 0
    changed = f"select count(*) from opportunity_event where kind = '{kind.value}'"
    assert _count(year, changed) > 5


def test_closes_stages_and_progress_agree_with_the_history(year: Database) -> None:
    # closed_at is the last won/lost event; a reopened deal that is open again has none since
    assert (
        _count(
            year,
            """select count(*) from opportunity o left join (
                select opportunity_id, kind, max(at) as at from opportunity_event
                where kind in ('won', 'lost', 'reopened') group by opportunity_id
            ) e on e.opportunity_id = o.id
            where (o.status = 'open' and e.kind is not null and e.kind != 'reopened')
               or (o.status != 'open' and (e.kind is not o.status or e.at != o.closed_at))""",
        )
        == 0
    )
    # the stage and stage_entered_at are those of the last stage change (or of creation)
    assert (
        _count(
            year,
            """select count(*) from opportunity o join (
                select opportunity_id, to_stage_id, max(at) as at from opportunity_event
                where kind in ('created', 'stage_changed') group by opportunity_id
            ) e on e.opportunity_id = o.id
            where e.to_stage_id != o.stage_id or e.at != o.stage_entered_at""",
        )
        == 0
    )
    # nothing happens after the demo's day began, and no completed touch after progress
    began = datetime.now(UTC).date().isoformat() + " 08:00:00.000001"
    assert _count(year, f"select count(*) from opportunity_event where at > '{began}'") == 0
    assert (
        _count(
            year,
            """select count(*) from activity a join opportunity o on o.id = a.opportunity_id
            where a.status = 'done'
              and datetime(a.started_at, '+' || a.duration_seconds || ' seconds')
                  > o.last_progress_at""",
        )
        == 0
    )
    # a deal moved on only with its stage's mandatory tasks done, and was won the same way
    assert (
        _count(
            year,
            """select count(*) from task t
            join opportunity_event e on e.opportunity_id = t.opportunity_id
                and e.kind = 'stage_changed' and e.from_stage_id = t.stage_id
            join stage f on f.id = e.from_stage_id join stage n on n.id = e.to_stage_id
            where t.mandatory and n.position > f.position
              and (t.done_at is null or t.done_at > e.at)""",
        )
        == 0
    )


def test_the_history_has_every_turn_a_deal_takes(year: Database) -> None:
    with year.read() as s:
        kinds = dict(
            s.execute(text("select kind, count(*) from opportunity_event group by kind")).all()
        )
        moves = s.execute(
            text(
                """select sum(t.position < f.position), sum(t.position > f.position + 1)
                from opportunity_event e join stage f on f.id = e.from_stage_id
                join stage t on t.id = e.to_stage_id where e.kind = 'stage_changed'"""
            )
        ).one()
        named = s.scalar(text("select count(*) from opportunity where competitor != ''"))
    assert set(kinds) >= {
        k.value for k in EventKind if k != EventKind.UNSHARED and k != EventKind.EDITED
    }
    assert kinds["created"] == 800
    backward, skipped = moves
    assert backward > 10 and skipped > 10
    assert named > 10


def test_teams_reps_targets_and_leads_for_the_reports(year: Database) -> None:
    with year.read() as s:
        teams = s.execute(
            text(
                """select t.id, m.role, m.team_id = t.id,
                    (select count(*) from user u where u.team_id = t.id
                     and u.role in ('account_executive', 'sdr'))
                from team t join user m on m.id = t.manager_id"""
            )
        ).all()
        aes = s.scalar(
            select(func.count()).select_from(User).where(User.role == Role.ACCOUNT_EXECUTIVE)
        )
    assert len(teams) == 3
    assert all(role == Role.MANAGER and own for _, role, own, _ in teams)
    assert sum(reps for *_, reps in teams) >= 20
    # A quota per account executive (the current user among them) per month: the year,
    # this month and three ahead.
    quota_holders = _count(year, "select count(distinct user_id) from quota")
    assert quota_holders >= aes
    assert _count(year, "select count(*) from quota") == quota_holders * 16
    # Monthly rates for every other currency, from before the first deal began.
    assert _count(year, "select count(distinct currency) from exchange_rate") == 5
    assert _count(year, "select count(*) from exchange_rate") == 5 * 13
    assert (
        _count(
            year,
            """select count(*) from opportunity_event
            where at < (select min(valid_from) from exchange_rate)""",
        )
        == 0
    )
    # Leads: contacted after they came in, converted ones before their deal began.
    assert _count(year, "select count(*) from lead where first_contacted_at < received_at") == 0
    assert (
        _count(
            year,
            """select count(*) from lead l join opportunity o on o.id = l.opportunity_id
            join opportunity_event c on c.opportunity_id = o.id and c.kind = 'created'
            where o.source_lead_id != l.id or l.status != 'converted'
               or l.first_contacted_at > c.at""",
        )
        == 0
    )
    assert _count(year, "select count(*) from lead where status = 'converted'") > 100


def test_every_demo_address_is_one_a_mail_server_takes(year: Database) -> None:
    # "ben.müller198@example.net" was written for Müller: umlauts are spelled out, as German
    # addresses are, in every table that holds an address.
    addresses = [
        address
        for table in ("user", "account", "contact", "lead")
        for address in _column(year, f"select email from \"{table}\" where email != ''")
    ]
    assert len(addresses) > 1000
    bad = [a for a in addresses if not a.isascii() or not is_valid_email(a)]
    assert bad == []
    assert any(a.startswith(("mueller.", "juergen.")) or ".mueller" in a for a in addresses)


def _column(db: Database, sql: str) -> list[str]:
    with db.read() as s:
        return [row[0] for row in s.execute(text(sql))]
