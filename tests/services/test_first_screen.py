"""The first screen's Today, read with sqlite3 before the ORM loads, is Today as the ORM
reads it: the same items in the same sections, for the same person and moment."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.services.test_today import _colleagues_deal, sent_offer
from workbench.domain.models import Contact
from workbench.services import calls, first_screen_sql, today_rows
from workbench.services.demo import generate_demo
from workbench.services.first_screen import EarlyRead, FirstScreen, read_first_screen
from workbench.services.leads import LeadInput, create_lead
from workbench.services.setup import current_user_id, open_workbench
from workbench.services.tasks import add_task
from workbench.services.today import first_screen_sql as generated_text
from workbench.services.today import today_list
from workbench.store.db import Database


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("first") / "demo.sqlite"
    db = open_workbench(path).db
    generate_demo(db, 300, seed=7)
    # What the demo's salesperson doesn't have of their own: a waiting lead of each
    # response flag, a task on a colleague's deal, a meeting with and without a contact.
    me = current_user_id(db)
    now = datetime.now(UTC)
    leads = [
        create_lead(db, LeadInput(company=f"Waiting {n}", received_at=now - timedelta(days=n)))
        for n in (0, 2, 6)
    ]
    deal = _colleagues_deal(db)
    with db.read() as s:
        lena = s.scalars(select(Contact).where(Contact.last_name == "Holm")).one()
    for number in ("F-1", "F-2"):
        sent_offer(db, number, lena.account_id, lena.id, sent_at=now - timedelta(days=5))
    add_task(db, "Price the cranes", opportunity_id=deal, assignee_id=me)
    meeting = calls.MeetingInput(now + timedelta(hours=1), subject="Visit", location="Hall 4")
    calls.plan_meeting(db, meeting, opportunity_id=deal)
    calls.plan_meeting(db, calls.MeetingInput(now - timedelta(days=3)), lead_id=leads[0])
    db.close()
    return path


def test_the_generated_sql_is_that_of_todays_statements() -> None:
    """Change a query in services/today.py or add a migration, and this fails until
    scripts/update-first-screen-sql has been run."""
    assert first_screen_sql.__file__ is not None
    assert Path(first_screen_sql.__file__).read_text(encoding="utf-8") == generated_text()


@pytest.mark.parametrize("hours", [0, -30, 50])
def test_the_first_screen_is_today_as_the_orm_reads_it(demo_file: Path, hours: int) -> None:
    now = datetime.now(UTC) + timedelta(hours=hours)
    first = read_first_screen(demo_file, now)
    db = Database(demo_file)
    try:
        me = current_user_id(db)
        expected = today_list(db, me, now)
    finally:
        db.close()
    assert first == FirstScreen(me, expected)
    if hours:
        return
    # Every section has rows, so every statement and conversion was compared.
    for section in ("overdue", "due_today", "leads_waiting", "offers", "delegated"):
        assert getattr(expected, section), section
    assert any(item.kind == "meeting" for item in expected.all_items())


def test_sections_cut_at_their_limits_are_counted_the_same(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(today_rows, "TASKS_SHOWN", 1)
    monkeypatch.setattr(today_rows, "OFFERS_SHOWN", 1)
    now = datetime.now(UTC)
    first = read_first_screen(demo_file, now)
    db = Database(demo_file)
    try:
        me = current_user_id(db)
        expected = today_list(db, me, now)
    finally:
        db.close()
    assert first == FirstScreen(me, expected)
    today = expected
    assert today.overdue_total > 1 and today.due_today_total > len(today.due_today) == 1
    assert today.offers_total > len(today.offers) == 1


def test_an_item_written_a_moment_ago_is_on_the_first_screen(db: Database) -> None:
    """Read from the file as it is, while another connection has it open (WAL)."""
    now = datetime.now(UTC)
    task = add_task(db, "Ring Ola back", due_at=now + timedelta(minutes=5))
    first = read_first_screen(db.path, now)
    assert first is not None
    assert [item.id for item in first.today.due_today] == [task]
    assert first.me == current_user_id(db)


def test_files_only_the_full_open_can_handle_are_left_to_it(tmp_path: Path, db: Database) -> None:
    assert read_first_screen(tmp_path / "missing.sqlite") is None
    garbage = tmp_path / "encrypted.sqlite"
    garbage.write_bytes(bytes(range(256)) * 64)  # what an encrypted file starts like
    assert read_first_screen(garbage) is None
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    assert read_first_screen(empty) is None
    assert read_first_screen(db.path) is not None
    db.close()
    with sqlite3.connect(db.path) as conn:  # a file of an older version: to be upgraded
        conn.execute("UPDATE alembic_version SET version_num = '0014_older'")
    assert read_first_screen(db.path) is None


def test_reading_the_first_screen_imports_no_sqlalchemy(db: Database) -> None:
    script = (
        "import sys; from pathlib import Path\n"
        "from workbench.services.first_screen import read_first_screen\n"
        f"assert read_first_screen(Path({str(db.path)!r})) is not None\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_an_early_read_makes_items_once_the_texts_are_ready_and_not_if_cancelled(
    demo_file: Path,
) -> None:
    early = EarlyRead(demo_file)
    early._thread.join(1.0)  # the queries have run; the items wait for the translations
    assert early._thread.is_alive()
    early.texts_ready()
    first = early.result()
    assert first is not None and first == read_first_screen(demo_file, first.today.now)
    cancelled = EarlyRead(demo_file)
    cancelled.cancel()  # the window opens on another area
    assert cancelled.result() is None
