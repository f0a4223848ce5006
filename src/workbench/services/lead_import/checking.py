"""Checking each row of a table and turning it into a lead, or into the problems it has."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from workbench.domain.enums import LeadDirection, LeadSource, LeadStatus
from workbench.domain.models import User
from workbench.errors import ValidationError
from workbench.services import validation
from workbench.services.lead_import.mapping import Mapping
from workbench.services.lead_import.reading import ImportFileError, RawTable
from workbench.services.lead_import.vocabulary import (
    _ALIASES,
    _DATE_FORMATS,
    _DIRECTIONS,
    _OUTBOUND_SOURCES,
    _SOURCES,
    _STATUSES,
    _key,
)
from workbench.services.leads import LeadInput, clean_lead
from workbench.services.setup import current_user_id, phone_region
from workbench.store.db import Database
from workbench.texts import fill, translate


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str


@dataclass
class ParsedRow:
    line: int
    values: dict[str, Any]  # Lead column values, validated and normalised


@dataclass
class _Context:
    region: validation.Region  # the company's country, for rows that don't name their own
    me: uuid.UUID
    users: dict[str, uuid.UUID]
    now: datetime
    warnings: list[RowProblem] = field(default_factory=list)


def _parse_date(text: str) -> datetime:
    cleaned = text.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        parsed = None
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(cleaned, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        refused = translate("Import", "“%1” is not a date (use e.g. 2026-03-31 or 31.03.2026).")
        raise ValidationError(fill(refused, text))
    if parsed.tzinfo is None:
        parsed = parsed.astimezone()  # a time without zone is the user's local time
    return parsed.astimezone(UTC)


def _split_name(full: str) -> tuple[str, str]:
    text = " ".join(full.split())
    if "," in text:  # "Müller, Anna"
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.rpartition(" ")
    return (first, last) if first else ("", last)


def check_row(
    line: int,
    cells: list[str],
    headers: list[str],
    mapping: Mapping,
    ctx: _Context,
    uncalculated: dict[int, str] | None = None,
) -> ParsedRow:
    """One row as lead column values; raises ValidationError with the reason.

    `uncalculated` are the row's formula cells without a value: a row needing one of them
    is rejected rather than imported with that field empty."""
    if len(cells) > len(headers) and any(c.strip() for c in cells[len(headers) :]):
        text = translate(
            "LeadImport",
            "has %1 values but the header has %2 columns (a missing quote or an extra delimiter?)",
        )
        raise ValidationError(fill(text, len(cells), len(headers)))
    uncalculated_text = translate(
        "LeadImport",
        "column %1: a formula with no calculated value (%2); open and save the file in Excel "
        "or LibreOffice first, or paste values",
    )
    needed = [
        fill(uncalculated_text, headers[i] or i + 1, formula)
        for i, formula in sorted((uncalculated or {}).items())
        if i < len(mapping) and mapping[i] is not None
    ]
    if needed:
        raise ValidationError("; ".join(needed))
    got: dict[str, str] = {}
    notes: list[str] = []
    for i, target in enumerate(mapping):
        if target is None or i >= len(cells):
            continue
        value = cells[i].strip().replace("\r\n", "\n").replace("\r", "\n")
        if not value:
            continue
        if target == "notes":
            notes.append(
                value
                if len(notes) == 0 and _key(headers[i]) in _ALIASES["notes"]
                else f"{headers[i]}: {value}"
            )
        else:
            got[target] = value
    first, last = got.get("first_name", ""), got.get("last_name", "")
    if "full_name" in got and not (first or last):
        first, last = _split_name(got["full_name"])
    source = LeadSource.IMPORT
    if "source" in got:
        known = _SOURCES.get(_key(got["source"]))
        if known is None:
            notes.append(f"Source: {got['source']}")
        source = known or LeadSource.OTHER
    direction = LeadDirection.OUTBOUND if source in _OUTBOUND_SOURCES else LeadDirection.INBOUND
    if "direction" in got:
        named = _DIRECTIONS.get(_key(got["direction"]))
        if named is None:
            text = translate("LeadImport", "“%1” is neither inbound nor outbound.")
            raise ValidationError(fill(text, got["direction"]), "direction")
        direction = named
    status = LeadStatus.NEW
    if "status" in got:
        status = _STATUSES.get(_key(got["status"]), LeadStatus.NEW)
        if _key(got["status"]) not in _STATUSES:
            notes.append(f"Status: {got['status']}")
    owner = ctx.me
    if "owner" in got:
        found = ctx.users.get(got["owner"].strip().lower())
        if found is None:
            notes.append(f"Owner: {got['owner']}")
        owner = found or ctx.me
    received = _parse_date(got["received_at"]) if "received_at" in got else ctx.now
    region = ctx.region
    if "country" in got:
        # Leads have no country field yet: keep what the file said in the notes.
        notes.append(f"Country: {got['country']}")
        code = validation.country_code(got["country"])
        if code is not None:
            region = validation.Region(code, "the row's country")
        elif any(
            got.get(f, "") and not got[f].startswith(("+", "00")) for f in ("phone", "mobile")
        ):
            ctx.warnings.append(
                RowProblem(
                    line,
                    fill(
                        translate(
                            "LeadImport",
                            "“%1” is not a country we know; the phone number was read as %2",
                        ),
                        got["country"],
                        ctx.region.describe(),
                    ),
                )
            )
    values = clean_lead(
        LeadInput(
            first_name=first,
            last_name=last,
            company=got.get("company", ""),
            title=got.get("title", ""),
            email=got.get("email", ""),
            phone=got.get("phone") or got.get("mobile", ""),
            source=source,
            direction=direction,
            owner_id=owner,
            notes="\n".join(notes),
            received_at=received,
        ),
        region,
    )
    values["status"] = status
    return ParsedRow(line, values)


def check_rows(
    db: Database, table: RawTable, mapping: Mapping, now: datetime | None = None
) -> tuple[list[ParsedRow], list[RowProblem], _Context]:
    if not any(
        f in mapping for f in ("first_name", "last_name", "full_name", "company", "email", "phone")
    ):
        raise ImportFileError(
            "No column could be mapped to a name, company, e-mail or phone, so this doesn't "
            "look like a list of leads. Columns found: "
            + ", ".join(f"“{h}”" for h in table.headers[:12])
        )
    with db.read() as s:
        users: dict[str, uuid.UUID] = {}
        for u in s.scalars(select(User).where(User.deleted.is_(False))):
            users[u.name.lower()] = u.id
            if u.email:
                users[u.email.lower()] = u.id
    ctx = _Context(phone_region(db), current_user_id(db), users, now or datetime.now(UTC))
    good: list[ParsedRow] = []
    bad: list[RowProblem] = []
    for line, cells in table.rows:
        try:
            good.append(
                check_row(line, cells, table.headers, mapping, ctx, table.uncalculated.get(line))
            )
        except ValidationError as exc:
            bad.append(RowProblem(line, str(exc)))
    return good, bad, ctx
