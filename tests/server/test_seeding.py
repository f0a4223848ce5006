"""`workbench-server import-database`: a laptop's demo company seeded into the server as one
manager's data, then received by a new laptop signing in."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from tests.server_fixtures import ServerDb
from tests.sync.conftest import Team, laptop, team  # noqa: F401  (fixtures)
from workbench.domain.offers import Offer
from workbench.domain.sales import Opportunity
from workbench.server import cli, schema, seeding
from workbench.server.errors import Conflict, NotFound
from workbench.services.demo import generate_demo
from workbench.services.setup import open_workbench


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "demo.sqlite"
    db = open_workbench(path).db
    try:
        generate_demo(db, 40, 5)
    finally:
        db.close()
    return path


def _file_deals(path: Path) -> set[uuid.UUID]:
    db = open_workbench(path).db
    try:
        with db.read() as s:
            return set(s.scalars(select(Opportunity.id).where(Opportunity.deleted.is_(False))))
    finally:
        db.close()


def _count(engine: Engine, table: object, *where: object) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(table).where(*where)) or 0)  # type: ignore[arg-type]


def test_imported_deals_reach_a_new_laptop(
    demo_file: Path,
    team: Team,  # noqa: F811
    laptop,  # noqa: F811
) -> None:
    summary = seeding.import_database(team.engine, demo_file, "mia", chunk=100)
    deals = _file_deals(demo_file)
    assert summary.by_table["opportunity"] >= len(deals) > 0
    assert "user" not in summary.by_table and "sync_outbox" not in summary.by_table
    r = schema.row.c
    with team.engine.connect() as conn:
        owners = set(
            conn.scalars(select(r.owner_id).where(r.table_name == "opportunity").distinct())
        )
        seq = conn.scalar(select(schema.counter.c.value))
        meta = conn.scalar(select(r.fields).where(r.table_name == "opportunity").limit(1))
    assert owners == {team.ids["mia"]}
    assert seq == summary.last_seq
    assert all(m[2] == "import" and m[3] == str(team.ids["mia"]) for m in meta.values())
    # Shares and open tasks give sight of deals; offer numbers are claimed.
    assert _count(team.engine, schema.access) == summary.shared_deals > 0
    assert _count(team.engine, schema.unique_value) == summary.by_table["offer"]

    mia = laptop("mia")
    mia.login()
    mia.sync()
    assert mia.deal_ids() == deals
    with mia.db.read() as s:
        offers = s.scalar(select(func.count()).select_from(Offer))
    assert offers == summary.by_table["offer"]

    # A salesperson of the team sees the customers, not the manager's deals.
    anna = laptop("anna")
    anna.login()
    anna.sync()
    assert anna.deal_ids() == set()

    # The imported deals are ordinary synced rows: an edit on the laptop goes through.
    deal = next(iter(deals))
    from tests.sync.test_team_walkthrough import _edit

    _edit(mia.db, deal, notes="Checked after the import")
    mia.sync()
    with team.engine.connect() as conn:
        data = conn.scalar(select(r.data).where(r.table_name == "opportunity", r.row_id == deal))
    assert data["notes"] == "Checked after the import"


def test_a_second_import_is_refused_and_changes_nothing(
    demo_file: Path,
    team: Team,  # noqa: F811
) -> None:
    seeding.import_database(team.engine, demo_file, "mia")
    rows = _count(team.engine, schema.row)
    with pytest.raises(Conflict, match="on the server already"):
        seeding.import_database(team.engine, demo_file, "anna")
    assert _count(team.engine, schema.row) == rows
    with pytest.raises(NotFound):
        seeding.import_database(team.engine, demo_file, "nobody")


def test_the_command(demo_file: Path, server_db: ServerDb, capsys, tmp_path: Path) -> None:
    url = server_db.url
    assert cli.main(["--database", url, "team", "add", "North"]) == 0
    from tests.server_fixtures import PASSWORD
    from workbench.server import auth

    auth.create_user(server_db.engine, "Max Kurz", PASSWORD, "North", "manager")
    args = ["--database", url, "import-database", str(demo_file), "--as", "Max Kurz"]
    assert cli.main(args) == 0
    assert "Imported" in capsys.readouterr().out
    assert cli.main(args) == cli.EXIT_REFUSED
    assert "Nothing was imported" in capsys.readouterr().err
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello")
    assert cli.main([*args[:3], str(not_a_db), "--as", "Max Kurz"]) == cli.EXIT_REFUSED
    assert "not a Sales Workbench database" in capsys.readouterr().err
