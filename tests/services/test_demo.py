from pathlib import Path

from sqlalchemy import func, select

from workbench.domain.enums import OpportunityStatus
from workbench.domain.models import Opportunity, OutboxEntry, Stage, Task, User
from workbench.services.demo import generate_demo
from workbench.services.setup import open_workbench


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
        assert by_status[OpportunityStatus.OPEN] > 600
        assert by_status[OpportunityStatus.WON] > 0 and by_status[OpportunityStatus.LOST] > 0
        stages_used = s.scalar(select(func.count(func.distinct(Opportunity.stage_id))))
        assert stages_used >= 8
        assert s.scalar(select(func.count()).select_from(User)) >= 10
        assert s.scalar(select(func.count()).select_from(Task)) > 1000
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
