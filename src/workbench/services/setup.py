"""Opening a Workbench database for use: migrate, then make sure the defaults exist."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from workbench.domain.enums import ForecastCategory, ReasonKind, Role
from workbench.domain.meta import Meta
from workbench.domain.models import Pipeline, Reason, Stage, TaskTemplate, User
from workbench.store.db import (
    Database,
    check_before_writing,
    check_writable,
    classify_file,
)
from workbench.store.failures import damaged
from workbench.store.migrate import prepare_database
from workbench.store.uow import UnitOfWork
from workbench.texts import QT_TRANSLATE_NOOP, translate

# Needed for a new database or a phone number, not to open one (phonenumbers alone is
# 0.1 s of every start): imported where used.
if TYPE_CHECKING:
    from workbench.services.validation import Region

#: the person's name until they give theirs in the profile, written in their language when
#: the database is created (lists show it; offers and e-mails leave it out)
UNNAMED = QT_TRANSLATE_NOOP("Profile", "Me")
#: the placeholder as this database wrote it ("Ich" for a German person)
PLACEHOLDER_KEY = "placeholder_name"


@dataclass(frozen=True)
class OpenResult:
    db: Database
    action: str  # created, upgraded or current


#: the window checks files up to this size before they open (the full check, at most about
#: 110 ms); larger ones open read-only and are checked in the background
#: (`Database.verify`) once the first rows are painted
CHECK_BEFORE_OPEN_BYTES = 16 << 20


# the workbench_meta key of the person at the keyboard (their user id)
USER_KEY = "current_user_id"


def open_workbench(path: Path, *, background_check: bool = False) -> OpenResult:
    """Create or upgrade the file, open it and seed what a new database needs.

    An existing file is checked first (header, permissions, `check_before_writing`): a
    damaged one is refused before anything writes to it. With `background_check`, a
    large file opens at once with writes held back until the caller has run
    `db.verify()`. Raises a WorkbenchError with the file unchanged.
    """
    deferred = False
    if classify_file(path) == "workbench":
        check_writable(path)
        size = path.stat().st_size
        deferred = background_check and size > CHECK_BEFORE_OPEN_BYTES
        if not deferred:
            problems = check_before_writing(path)
            if problems:
                raise damaged(path, problems[0])
    action = prepare_database(path, seed=_seed_new)
    db = Database(path, checked=not deferred)
    if not deferred:
        ensure_defaults(db)
    return OpenResult(db, action)


def _seed_new(path: Path) -> None:
    db = Database(path)
    try:
        ensure_defaults(db)
    finally:
        db.close()


def pipeline_templates() -> list[dict[str, Any]]:
    folder = resources.files("workbench.resources").joinpath("pipelines")
    templates = [
        json.loads(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json")
    ]
    # The default template first, the others by name.
    return sorted(templates, key=lambda t: (not t.get("default", False), t["name"]))


def reason_lists() -> dict[str, list[str]]:
    data = resources.files("workbench.resources").joinpath("reasons.json").read_text("utf-8")
    result: dict[str, list[str]] = json.loads(data)
    return result


# Seeded settings get ids derived from their names: every new database seeds the same
# pipelines, stages, checklists and reasons under the same ids, so when laptops join a
# team server the seeded copies are one and the same row, not duplicates.
_SEED_NS = uuid.UUID("0c6f4a56-2d0e-4f43-9a1e-7b8d3c2a9e01")


def seeded_id(*names: str) -> uuid.UUID:
    return uuid.uuid5(_SEED_NS, "/".join(names))


def add_pipeline_from_template(
    uow: UnitOfWork, template: dict[str, Any], *, position: int, is_default: bool
) -> uuid.UUID:
    # The ids come from the English names, the same on every laptop whatever its language;
    # the names are written in the person's language (scripts/update-translations lists them).
    name = template["name"]
    pipeline = Pipeline(
        id=seeded_id("pipeline", name),
        name=translate("Pipelines", name),
        description=translate("Pipelines", template.get("description", "")),
        position=position,
        is_default=is_default,
    )
    uow.session.add(pipeline)
    for i, st in enumerate(template["stages"]):
        stage = Stage(
            id=seeded_id("stage", name, str(i), st["name"]),
            pipeline_id=pipeline.id,
            name=translate("Pipelines", st["name"]),
            position=i,
            probability=int(st["probability"]),
            target_days=int(st["target_days"]),
            forecast_category=ForecastCategory.for_probability(int(st["probability"])),
        )
        uow.session.add(stage)
        for j, task in enumerate(st.get("tasks", [])):
            uow.session.add(
                TaskTemplate(
                    id=seeded_id("task", name, str(i), st["name"], str(j), task["title"]),
                    stage_id=stage.id,
                    title=translate("Pipelines", task["title"]),
                    mandatory=bool(task.get("mandatory", False)),
                    default_role=Role(task["role"]) if task.get("role") else None,
                    department=task.get("department", ""),
                    position=j,
                )
            )
    return pipeline.id


def ensure_defaults(db: Database) -> None:
    """A new database gets the pipeline templates, the reason lists and a user for the
    person at the keyboard. Idempotent: an existing database is left as it is."""
    with db.read() as s:
        is_new = not s.scalar(select(func.count()).select_from(Pipeline))
    # IT's deployment settings shape a new database only; read (and refuse a bad file)
    # before anything is written.
    from workbench.deployment import load_deployment

    deployment = load_deployment() if is_new else None
    with db.unit_of_work() as uow:
        s = uow.session
        if is_new:
            templates = pipeline_templates()
            if deployment is not None:
                templates = deployment.choose_templates(templates)
                for key, value in deployment.meta.items():
                    if s.get(Meta, key) is None:
                        s.add(Meta(key=key, value=value))
            for i, template in enumerate(templates):
                add_pipeline_from_template(uow, template, position=i, is_default=(i == 0))
        if not s.scalar(select(func.count()).select_from(Reason)):
            for kind, labels in reason_lists().items():
                for i, text in enumerate(labels):
                    s.add(
                        Reason(
                            id=seeded_id("reason", kind, text),
                            kind=ReasonKind(kind),
                            label=text,
                            position=i,
                        )
                    )
    if db.get_meta(USER_KEY) is None:
        # Named by the person in their profile (services/profile), asked for at first
        # start; never after the computer's account, which is "root" or "jdoe01".
        placeholder = translate("Profile", UNNAMED)
        with db.unit_of_work() as uow:
            me = User(id=uuid.uuid4(), name=placeholder, role=Role.ACCOUNT_EXECUTIVE)
            uow.session.add(me)
            uow.session.merge(Meta(key=PLACEHOLDER_KEY, value=placeholder))
        db.set_meta(USER_KEY, str(me.id))


def given_name(db: Database, name: str | None) -> str:
    """`name` as a letter signs it: "" for the placeholder of a person who has not given
    their name yet."""
    if not name or name in (UNNAMED, db.get_meta(PLACEHOLDER_KEY)):
        return ""
    return name


def current_user_id(db: Database) -> uuid.UUID:
    value = db.get_meta(USER_KEY)
    if value is None:
        raise RuntimeError("database has no current user; ensure_defaults was not run")
    return uuid.UUID(value)


def default_region(db: Database) -> str | None:
    """The company's country (ISO 3166 alpha-2), set in the company profile or preset by
    IT's deployment file; None when neither has set it.

    Older databases carry a `default_region` meta that was guessed from the process
    locale at first start. That guess is ignored: a machine set to C.UTF-8 reads as the
    US, which stored French and German numbers as +1 numbers. Without a company country,
    numbers must carry their country code, and the message says how to set the country.
    """
    from workbench.services.company import KEYS as COMPANY_KEYS
    from workbench.services.team_settings import read_setting
    from workbench.services.validation import country_code

    return country_code(read_setting(db, COMPANY_KEYS["country"]) or "")


def phone_region(db: Database, own_country: str = "", whose: str = "the record's") -> Region:
    """The country a record's phone numbers without a country code are read in: the
    record's own country (an account's, a contact's account's, an import row's) when it
    names one, else the company's country. Never the machine's locale."""
    from workbench.services.validation import Region, country_code

    own = country_code(own_country) if own_country.strip() else None
    if own is not None:
        return Region(own, f"{whose} country")
    company = default_region(db)
    return Region(company, "the company's country" if company else "")
