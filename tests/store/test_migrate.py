import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from workbench.errors import MigrationFailed
from workbench.settings import backup_dir_for
from workbench.store import migrate
from workbench.store.db import APPLICATION_ID, connect, make_engine


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [s.revision for s in reversed(list(script.walk_revisions()))]  # oldest first


def _at_revision(path: Path, revision: str) -> None:
    migrate.upgrade_file(path, revision)
    # The app's own connection: the search triggers (0011 on) call its SQL functions.
    conn = connect(path, key=None)
    # A plain Workbench row any revision has, to see that data survives the upgrade.
    conn.execute(
        "INSERT INTO account (id, kind, name, name_key, industry, website, email, phone, street,"
        " postal_code, city, country, notes, stamp, deleted, created_at, updated_at)"
        " VALUES ('0123456789abcdef0123456789abcdef', 'company', 'Survivor GmbH', 'survivor', '',"
        " '', '', '', '', '', 'Berlin', 'DE', '', 's', 0, '2026-01-01 00:00:00',"
        " '2026-01-01 00:00:00')"
    )
    conn.commit()
    conn.close()


def test_a_new_database_is_created_at_head_with_our_header(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    assert migrate.prepare_database(path) == "created"
    assert migrate.current_revision(path) == migrate.head_revision()
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    path = tmp_path / "check.sqlite"
    migrate.prepare_database(path)
    engine = make_engine(path, immediate=True)
    try:
        with engine.connect() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.check(cfg)  # raises if autogenerate would find any difference
    finally:
        engine.dispose()


def test_the_revisions_read_from_the_scripts_are_alembics() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    chain = {s.revision: s.down_revision for s in script.walk_revisions()}
    assert migrate.revision_chain() == chain
    assert migrate.head_revision() == script.get_current_head()


# Run in a new interpreter: this one has imported Alembic already.
_OPEN_AND_REPORT = """
import sys
from pathlib import Path
from workbench.services.setup import open_workbench
result = open_workbench(Path(sys.argv[1]))
print(result.action, "alembic" in sys.modules)
"""


def _open_in_new_process(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_REPORT, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "WORKBENCH_HOME": str(path.parent / "home")},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_file_at_head_opens_without_alembic_and_an_older_one_still_migrates(
    tmp_path: Path,
) -> None:
    current = tmp_path / "current.sqlite"
    migrate.prepare_database(current)
    assert _open_in_new_process(current) == "current False"
    old = tmp_path / "old.sqlite"
    _at_revision(old, _revisions()[-2])
    assert _open_in_new_process(old) == "upgraded True"
    assert migrate.current_revision(old) == migrate.head_revision()


def test_upgrade_from_the_previous_revision_keeps_data_and_a_backup(tmp_path: Path) -> None:
    revisions = _revisions()
    if len(revisions) < 2:
        pytest.skip("only one schema revision exists so far")
    path = tmp_path / "old.sqlite"
    _at_revision(path, revisions[-2])
    assert migrate.prepare_database(path) == "upgraded"
    assert migrate.current_revision(path) == migrate.head_revision()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT city FROM account WHERE name = 'Survivor GmbH'").fetchone() == (
        "Berlin",
    )
    conn.close()
    backups = list(backup_dir_for(path).glob("*.sqlite"))
    assert len(backups) == 1
    assert migrate.current_revision(backups[0]) == revisions[-2]


def test_every_revision_upgrades_to_head(tmp_path: Path) -> None:
    for i, revision in enumerate(_revisions()[:-1]):
        path = tmp_path / f"r{i}.sqlite"
        _at_revision(path, revision)
        assert migrate.prepare_database(path) == "upgraded"
        assert migrate.current_revision(path) == migrate.head_revision()


def test_a_failed_migration_leaves_the_original_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    revisions = _revisions()
    path = tmp_path / "fragile.sqlite"
    if len(revisions) >= 2:
        _at_revision(path, revisions[-2])
    else:
        _at_revision(path, revisions[-1])
        # Pretend the file is one revision behind so the app tries to migrate it.
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = ?", (revisions[-1],))
        conn.commit()
        conn.close()
        monkeypatch.setattr(migrate, "head_revision", lambda: "ffff_next")
        monkeypatch.setattr(migrate, "known_revisions", lambda: {revisions[-1], "ffff_next"})
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    real_upgrade = migrate.upgrade_file

    def upgrade_then_fail(work: Path, revision: str = "head") -> None:
        if len(revisions) >= 2:
            real_upgrade(work, revision)  # change the working copy for real ...
        raise RuntimeError("disk full")  # ... then fail, as a full disk would

    monkeypatch.setattr(migrate, "upgrade_file", upgrade_then_fail)
    with pytest.raises(MigrationFailed, match="unchanged"):
        migrate.prepare_database(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_reporting_upgrade_fills_created_events_and_stage_categories(tmp_path: Path) -> None:
    """Deals from before 0010 get their current values on their created event (the best
    record there is), and each stage a forecast category from its probability."""
    from workbench.services.demo import generate_demo
    from workbench.services.setup import open_workbench

    path = tmp_path / "reports.sqlite"
    db = open_workbench(path).db
    generate_demo(db, 60, seed=5)
    db.close()
    engine = make_engine(path, immediate=True)
    try:
        with engine.connect() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0009")
            conn.commit()
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(opportunity_event)")}
    assert "amount_minor" not in columns
    conn.close()
    assert migrate.prepare_database(path) == "upgraded"
    conn = sqlite3.connect(path)
    try:
        mismatched = conn.execute(
            "SELECT count(*) FROM opportunity_event e JOIN opportunity o ON o.id = e.opportunity_id"
            " WHERE e.kind = 'created' AND (e.amount_minor IS NOT o.amount_minor"
            " OR e.currency IS NOT o.currency OR e.owner_id IS NOT o.owner_id)"
        ).fetchone()[0]
        created = conn.execute(
            "SELECT count(*) FROM opportunity_event WHERE kind = 'created'"
        ).fetchone()[0]
        categories = set(
            conn.execute(
                "SELECT probability >= 75, probability >= 40, forecast_category FROM stage"
            ).fetchall()
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    assert created >= 60 and mismatched == 0
    assert categories <= {(1, 1, "commit"), (0, 1, "best_case"), (0, 0, "pipeline")}
    assert len(categories) == 3
