from pathlib import Path

from sqlalchemy import func, select

from workbench.domain.enums import ReasonKind
from workbench.domain.models import Pipeline, Reason, Stage, User
from workbench.services.setup import current_user_id, open_workbench, pipeline_templates
from workbench.store.db import Database


def test_a_new_database_has_the_pipeline_templates_reasons_and_a_user(db: Database) -> None:
    with db.read() as s:
        names = list(s.scalars(select(Pipeline.name).order_by(Pipeline.position)))
        assert names[0] == "Field B2B"
        assert {"Classic seven steps", "Short process", "Inbound B2B", "Outbound B2B"} <= set(names)
        assert s.scalar(select(func.count()).select_from(Pipeline).where(Pipeline.is_default)) == 1
        field_b2b = s.scalars(select(Pipeline).where(Pipeline.name == "Field B2B")).one()
        assert next(st.name for st in field_b2b.stages) == "Identify the right customer"
        assert len(field_b2b.stages) == 8
        for kind in ReasonKind:
            assert s.scalar(select(func.count()).select_from(Reason).where(Reason.kind == kind))
        assert s.get(User, current_user_id(db)) is not None


def test_stage_probabilities_rise_through_each_template() -> None:
    for template in pipeline_templates():
        probabilities = [st["probability"] for st in template["stages"]]
        assert probabilities == sorted(probabilities), template["name"]


def test_reopening_seeds_nothing_twice(db_path: Path) -> None:
    open_workbench(db_path).db.close()
    db = open_workbench(db_path).db
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Pipeline)) == len(pipeline_templates())
        assert s.scalar(select(func.count()).select_from(Stage)) > 0
        assert s.scalar(select(func.count()).select_from(User)) == 1
    db.close()
