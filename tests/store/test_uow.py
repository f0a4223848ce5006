import uuid

import pytest
from sqlalchemy import func, select

from workbench.domain.enums import AccountKind
from workbench.domain.models import Account, OutboxEntry
from workbench.errors import HardDeleteRefused
from workbench.store.db import Database


def _outbox(db: Database, row_id: uuid.UUID) -> list[tuple[str, str]]:
    with db.read() as s:
        return [
            (e.op, e.stamp)
            for e in s.scalars(
                select(OutboxEntry).where(OutboxEntry.row_id == row_id).order_by(OutboxEntry.seq)
            )
        ]


def test_every_write_is_stamped_and_recorded_in_the_outbox(db: Database) -> None:
    with db.unit_of_work() as uow:
        account = Account(name="Acme", kind=AccountKind.COMPANY)
        uow.session.add(account)
    with db.read() as s:
        stored = s.get(Account, account.id)
        assert stored is not None
        first = stored.stamp
        assert first.endswith(db.node_id)
    with db.unit_of_work() as uow:
        a = uow.session.get(Account, account.id)
        assert a is not None
        a.city = "Berlin"
    with db.unit_of_work() as uow:
        a = uow.session.get(Account, account.id)
        assert a is not None
        uow.soft_delete(a)
    entries = _outbox(db, account.id)
    assert [op for op, _ in entries] == ["insert", "update", "delete"]
    stamps = [stamp for _, stamp in entries]
    assert stamps == sorted(stamps) and stamps[0] == first


def test_an_unchanged_row_is_not_restamped(db: Database) -> None:
    with db.unit_of_work() as uow:
        account = Account(name="Acme")
        uow.session.add(account)
    with db.unit_of_work() as uow:
        a = uow.session.get(Account, account.id)
        assert a is not None
        a.name = "Acme"  # same value: no change
    assert len(_outbox(db, account.id)) == 1


def test_hard_delete_of_a_synced_row_is_refused_and_nothing_changes(db: Database) -> None:
    with db.unit_of_work() as uow:
        account = Account(name="Keep me")
        uow.session.add(account)
    with pytest.raises(HardDeleteRefused), db.unit_of_work() as uow:
        a = uow.session.get(Account, account.id)
        uow.session.delete(a)
        uow.session.flush()
    with db.read() as s:
        assert s.get(Account, account.id) is not None


def test_a_failing_unit_of_work_leaves_no_trace(db: Database) -> None:
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(OutboxEntry))
    with pytest.raises(RuntimeError), db.unit_of_work() as uow:
        uow.session.add(Account(name="Half"))
        uow.session.flush()
        raise RuntimeError("boom")
    with db.read() as s:
        assert (
            s.scalar(select(func.count()).select_from(Account).where(Account.name == "Half")) == 0
        )
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == before


def test_a_bad_reference_fails_at_commit_and_rolls_back(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    from workbench.domain.models import Contact

    with pytest.raises(IntegrityError), db.unit_of_work() as uow:
        uow.session.add(Account(name="Fine"))
        uow.session.add(Contact(last_name="Orphan", account_id=uuid.uuid4()))
    with db.read() as s:
        assert (
            s.scalar(select(func.count()).select_from(Account).where(Account.name == "Fine")) == 0
        )


def test_bulk_insert_stamps_and_records_like_single_writes(db: Database) -> None:
    rows = [
        {"name": f"Bulk {i}", "name_key": f"bulk {i}", "kind": AccountKind.COMPANY}
        for i in range(50)
    ]
    with db.unit_of_work() as uow:
        assert uow.bulk_insert(Account, rows) == 50
    with db.read() as s:
        stamps = list(s.scalars(select(Account.stamp).where(Account.name.like("Bulk %"))))
        assert len(stamps) == 50 and all(stamps)
        n = s.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.table_name == "account", OutboxEntry.stamp.in_(stamps))
        )
        assert n == 50


def test_listeners_hear_which_tables_changed_after_commit_only(db: Database) -> None:
    heard: list[frozenset[str]] = []
    db.add_change_listener(heard.append)
    with pytest.raises(RuntimeError), db.unit_of_work() as uow:
        uow.session.add(Account(name="Never"))
        uow.session.flush()
        raise RuntimeError
    assert heard == []
    with db.unit_of_work() as uow:
        uow.session.add(Account(name="Heard"))
    assert heard == [frozenset({"account"})]


def test_bare_update_statements_on_synced_tables_are_refused(db: Database) -> None:
    from sqlalchemy import update

    with db.unit_of_work() as uow:
        uow.session.add(Account(name="Old"))
    with pytest.raises(HardDeleteRefused, match="unit of work"), db.unit_of_work() as uow:
        uow.session.execute(update(Account).values(city="Nowhere"))
    with db.read() as s:
        assert s.scalar(select(Account.city).where(Account.name == "Old")) == ""


def test_bulk_update_stamps_every_row_and_records_it(db: Database) -> None:
    with db.unit_of_work() as uow:
        uow.bulk_insert(Account, [{"name": f"R{i}", "name_key": f"r{i}"} for i in range(3)])
    with db.unit_of_work() as uow:
        assert uow.bulk_update(Account, Account.name.in_(["R0", "R1"]), {"city": "Oslo"}) == 2
    with db.read() as s:
        rows = {a.name: a for a in s.scalars(select(Account))}
        assert rows["R0"].city == rows["R1"].city == "Oslo" and rows["R2"].city == ""
        assert rows["R0"].stamp > rows["R2"].stamp
        updates = s.scalars(select(OutboxEntry).where(OutboxEntry.op == "update")).all()
        assert {u.row_id for u in updates} == {rows["R0"].id, rows["R1"].id}


def test_outbox_entries_name_the_fields_changed_and_the_cursor_known(db: Database) -> None:
    """Sync merges per field: an entry carries only what its write changed, and the
    server sequence pulled so far (a colleague's change after it is a conflict)."""
    from workbench.domain.meta import SYNC_CURSOR_KEY

    with db.unit_of_work() as uow:
        account = Account(name="Acme", kind=AccountKind.COMPANY)
        uow.session.add(account)
    db.set_meta(SYNC_CURSOR_KEY, "41")
    with db.unit_of_work() as uow:
        a = uow.session.get(Account, account.id)
        assert a is not None
        a.city, a.name = "Berlin", "Acme"  # the name is set to what it was
    with db.unit_of_work() as uow:
        uow.bulk_update(Account, Account.id == account.id, {"phone": "+49 30 1234567"})
    with db.read() as s:
        rows = s.execute(
            select(OutboxEntry.op, OutboxEntry.fields, OutboxEntry.base)
            .where(OutboxEntry.row_id == account.id)
            .order_by(OutboxEntry.seq)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("insert", "", 0),
        ("update", "city", 41),
        ("update", "phone", 41),
    ]
