"""Kill -9 at any moment of every write path: the database opens, is whole, and holds
each operation fully or not at all; backups are whole; the next run clears leftovers.

Each path is killed at KILLS points spread over its measured duration (seeded jitter),
timed from the moment the worker's imports are done.
"""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from tests.faults.tools import (
    broken_backups,
    cli,
    env_for,
    integrity,
    scalar,
    temporary_files,
    unstamped_changes,
    wait_ready,
    worker,
    write_leads_csv,
)
from workbench.domain.enums import OpportunityStatus
from workbench.domain.models import Opportunity
from workbench.services import accounts, offers
from workbench.services.demo import generate_demo
from workbench.services.setup import open_workbench
from workbench.settings import backup_dir_for
from workbench.store import migrate
from workbench.store.backups import KEEP_OTHERS, list_backups
from workbench.store.db import make_engine

pytestmark = pytest.mark.slow

KILLS = 8
DEMO_DEALS = 1000
IMPORT_ROWS = 3000
OLD_REVISION = "0004"


@dataclass
class Templates:
    fresh: Path  # a new, seeded database without business data
    base: Path  # a demo company of 300 deals with one draft offer
    offer_number: str
    restore_source: Path  # base plus one account, as a backup file
    old: Path  # a demo company at an older schema revision
    leads: Path


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    root = tmp_path_factory.mktemp("templates")
    fresh = root / "fresh.sqlite"
    open_workbench(fresh).db.close()
    base = root / "base.sqlite"
    db = open_workbench(base).db
    try:
        generate_demo(db, 300, seed=3)
        with db.read() as s:
            deal = s.scalars(
                select(Opportunity.id).where(Opportunity.status == OpportunityStatus.OPEN)
            ).first()
        offer_id = offers.create_offer(db, deal)
        number = offers.load_offer(db, offer_id).number
    finally:
        db.close()
    source = root / "source.sqlite"
    shutil.copyfile(base, source)
    db = open_workbench(source).db
    accounts.create_account(db, accounts.AccountInput(name="Restored marker"))
    db.close()
    old = root / "old.sqlite"
    db = open_workbench(old).db
    generate_demo(db, DEMO_DEALS, seed=4)
    db.close()
    engine = make_engine(old, immediate=True)
    try:
        with engine.connect() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, OLD_REVISION)
            conn.commit()
    finally:
        engine.dispose()
    assert migrate.current_revision(old) == OLD_REVISION
    for t in (fresh, base, source, old):
        assert not integrity(t)
    return Templates(fresh, base, number, source, old, write_leads_csv(root / "l.csv", IMPORT_ROWS))


def _place(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    target = folder / "work.sqlite"
    shutil.copyfile(template, target)
    return target


def _kill_at_spread_points(
    tmp_path: Path,
    name: str,
    prepare: Callable[[Path], Path],
    args: Callable[[Path], list[str]],
    after_kill: Callable[[Path], None],
    seed: int,
) -> int:
    """Run the work once to time it, then KILLS times killed at spread points. Returns how
    many runs were really killed before they finished."""
    rng = random.Random(seed)
    timing = prepare(tmp_path / f"{name}-timing")
    env = env_for(tmp_path / "home", TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir(exist_ok=True)
    with worker(*args(timing), home=tmp_path, env=env) as proc:
        wait_ready(proc)
        started = time.monotonic()
        _out, err = proc.communicate(timeout=300)
        duration = time.monotonic() - started
    assert proc.returncode == 0, err
    killed = 0
    for i in range(KILLS):
        path = prepare(tmp_path / f"{name}-{i}")
        delay = duration * (i + rng.random()) / KILLS
        with worker(*args(path), home=tmp_path, env=env) as proc:
            wait_ready(proc)
            time.sleep(delay)
            if proc.poll() is None:
                proc.kill()
                killed += 1
            proc.wait(timeout=60)
        after_kill(path)
        assert not broken_backups(path)
        # The next run of the app on the file: it opens, works, and clears leftovers.
        db = open_workbench(path).db
        db.close()
        assert not integrity(path)
        assert temporary_files(path.parent) == []
        assert list((tmp_path / "tmp").iterdir()) == []  # nothing in the system's temp folder
    assert killed >= KILLS // 2, f"only {killed} of {KILLS} runs were killed mid-way"
    return killed


def test_kill_while_creating_a_new_database(tmp_path: Path) -> None:
    def prepare(folder: Path) -> Path:
        folder.mkdir(parents=True)
        return folder / "new.sqlite"

    def after_kill(path: Path) -> None:
        if path.exists():  # complete, or not there at all
            assert not integrity(path)
            assert scalar(path, "SELECT count(*) FROM pipeline")
            assert scalar(path, "SELECT value FROM workbench_meta WHERE key='current_user_id'")
            assert not unstamped_changes(path)

    _kill_at_spread_points(tmp_path, "create", prepare, lambda p: ["open", str(p)], after_kill, 1)


def test_kill_during_demo(tmp_path: Path, templates: Templates) -> None:
    def after_kill(path: Path) -> None:
        assert not integrity(path)
        deals = scalar(path, "SELECT count(*) FROM opportunity")
        assert deals in (0, DEMO_DEALS)
        assert scalar(path, "SELECT count(*) FROM account") == (0 if deals == 0 else 250)
        assert not unstamped_changes(path)

    _kill_at_spread_points(
        tmp_path,
        "demo",
        lambda folder: _place(templates.fresh, folder),
        lambda p: ["cli", "--db", str(p), "demo", "--deals", str(DEMO_DEALS)],
        after_kill,
        2,
    )


def test_kill_during_a_lead_import(tmp_path: Path, templates: Templates) -> None:
    before = scalar(templates.base, "SELECT count(*) FROM lead")

    def after_kill(path: Path) -> None:
        assert not integrity(path)
        assert scalar(path, "SELECT count(*) FROM lead") in (before, before + IMPORT_ROWS)
        assert not unstamped_changes(path)

    _kill_at_spread_points(
        tmp_path,
        "import",
        lambda folder: _place(templates.base, folder),
        lambda p: ["cli", "--db", str(p), "import", "leads", str(templates.leads)],
        after_kill,
        3,
    )


def test_kill_during_board_moves(tmp_path: Path, templates: Templates) -> None:
    def after_kill(path: Path) -> None:
        assert not integrity(path)
        # Each deal sits in the stage its latest move recorded (or where it was created).
        mismatched = scalar(
            path,
            "SELECT count(*) FROM opportunity o JOIN opportunity_event e ON e.id = ("
            " SELECT e2.id FROM opportunity_event e2 WHERE e2.opportunity_id = o.id"
            " AND e2.kind = 'stage_changed' ORDER BY e2.at DESC, e2.rowid DESC LIMIT 1)"
            " WHERE e.to_stage_id != o.stage_id",
        )
        assert mismatched == 0
        assert not unstamped_changes(path)

    _kill_at_spread_points(
        tmp_path,
        "moves",
        lambda folder: _place(templates.base, folder),
        lambda p: ["moves", str(p), "150"],
        after_kill,
        4,
    )


def test_kill_during_offer_saves(tmp_path: Path, templates: Templates) -> None:
    def after_kill(path: Path) -> None:
        assert not integrity(path)
        db = open_workbench(path).db
        try:
            view = offers.load_offer(db, offers.find_offer(db, templates.offer_number))
        finally:
            db.close()
        tags = {line.description.split(" line ")[0] for line in view.data.lines}
        if not view.data.lines or not tags <= {t for t in tags if t.startswith("save ")}:
            return  # still the offer as created: no save happened
        assert len(tags) == 1, tags  # the lines of one save, never a mix
        k = int(tags.pop().split()[1])
        assert len(view.data.lines) == 2 + k % 5
        assert view.totals.net == Decimal(k * (2 + k % 5))
        assert not unstamped_changes(path)

    _kill_at_spread_points(
        tmp_path,
        "offers",
        lambda folder: _place(templates.base, folder),
        lambda p: ["offers", str(p), templates.offer_number, "60"],
        after_kill,
        5,
    )


def test_kill_during_a_backup(tmp_path: Path, templates: Templates) -> None:
    def after_kill(path: Path) -> None:
        assert not integrity(path)
        # The next backup works and clears what the killed one left in the folder.
        result = cli(path, "db", "backup", home=tmp_path / "home")
        assert result.returncode == 0, result.stderr
        assert temporary_files(backup_dir_for(path)) == []

    _kill_at_spread_points(
        tmp_path,
        "backup",
        lambda folder: _place(templates.old, folder),  # the largest file: the longest copy
        lambda p: ["cli", "--db", str(p), "db", "backup"],
        after_kill,
        6,
    )


def test_kill_during_a_restore(tmp_path: Path, templates: Templates) -> None:
    deals = scalar(templates.base, "SELECT count(*) FROM opportunity")

    def marker(path: Path) -> object:
        return scalar(path, "SELECT count(*) FROM account WHERE name = 'Restored marker'")

    def after_kill(path: Path) -> None:
        assert not integrity(path)
        assert marker(path) in (0, 1)  # the old database or the restored one
        assert scalar(path, "SELECT count(*) FROM opportunity") == deals
        result = cli(path, "db", "restore", str(templates.restore_source), home=tmp_path / "home")
        assert result.returncode == 0, result.stderr
        assert marker(path) == 1
        before_restore = [b for b in list_backups(path) if b.label == "before-restore"]
        assert len(before_restore) <= KEEP_OTHERS

    _kill_at_spread_points(
        tmp_path,
        "restore",
        lambda folder: _place(templates.base, folder),
        lambda p: ["cli", "--db", str(p), "db", "restore", str(templates.restore_source)],
        after_kill,
        7,
    )


def test_kill_during_a_schema_upgrade(tmp_path: Path, templates: Templates) -> None:
    head = migrate.head_revision()

    def after_kill(path: Path) -> None:
        assert not integrity(path)
        assert migrate.current_revision(path) in (OLD_REVISION, head)
        assert scalar(path, "SELECT count(*) FROM opportunity") == DEMO_DEALS
        upgrades = [b for b in list_backups(path) if b.label.startswith("before-")]
        assert len(upgrades) <= KEEP_OTHERS
        for b in upgrades:
            assert migrate.current_revision(b.path) == OLD_REVISION

    _kill_at_spread_points(
        tmp_path,
        "upgrade",
        lambda folder: _place(templates.old, folder),
        lambda p: ["open", str(p)],
        after_kill,
        8,
    )
