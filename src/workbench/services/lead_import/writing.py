"""Writing the checked rows in one transaction, skipping or merging duplicates, and the report."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench import formatting
from workbench.domain.models import Account, Contact, Lead
from workbench.errors import WorkbenchError
from workbench.services import validation
from workbench.services.lead_import.checking import ParsedRow, RowProblem, check_rows
from workbench.services.lead_import.mapping import (
    Mapping,
    apply_overrides,
    auto_mapping,
    unmapped_columns,
)
from workbench.services.lead_import.reading import RawTable, read_table
from workbench.services.lead_import.vocabulary import field_text
from workbench.services.leads import fill_empty, person_key
from workbench.store.db import Database
from workbench.texts import QT_TRANSLATE_NOOP, fill, translate

# What became of a duplicate row, as the window's list and the report say it.
_ACTIONS = {
    "skipped": QT_TRANSLATE_NOOP("Domain", "skipped"),
    "merged": QT_TRANSLATE_NOOP("Domain", "merged"),
}

Progress = Callable[[int, int], None]  # (rows written, rows to write)


class DuplicatePolicy(StrEnum):
    SKIP = "skip"  # leave the existing record alone
    MERGE = "merge"  # fill the existing lead's empty fields from the row
    KEEP = "keep"  # import the row anyway


@dataclass
class _Index:
    """Who is already there, by e-mail, phone, and company + person name."""

    by_email: dict[str, str] = field(default_factory=dict)
    by_phone: dict[str, str] = field(default_factory=dict)
    by_identity: dict[tuple[str, str], str] = field(default_factory=dict)
    by_company: dict[str, str] = field(default_factory=dict)  # accounts, company-only rows
    names: dict[str, str] = field(default_factory=dict)  # ref -> how the report names it

    def match(self, values: dict[str, Any]) -> str | None:
        if values["email"] and values["email"] in self.by_email:
            return self.by_email[values["email"]]
        if values["phone"] and values["phone"] in self.by_phone:
            return self.by_phone[values["phone"]]
        person = person_key(values["first_name"], values["last_name"])
        if values["company_key"]:
            if (values["company_key"], person) in self.by_identity:
                return self.by_identity[(values["company_key"], person)]
            if not person and values["company_key"] in self.by_company:
                return self.by_company[values["company_key"]]
        return None

    def add(self, ref: str, email: str, phone: str, company: str, person: str) -> None:
        if email:
            self.by_email.setdefault(email, ref)
        if phone:
            self.by_phone.setdefault(phone, ref)
        if company:
            self.by_identity.setdefault((company, person), ref)

    @classmethod
    def load(cls, s: Session) -> _Index:
        index = cls()
        for id_, first, last, company, email, phone, key in s.execute(
            select(
                Lead.id,
                Lead.first_name,
                Lead.last_name,
                Lead.company,
                Lead.email,
                Lead.phone,
                Lead.company_key,
            ).where(Lead.deleted.is_(False))
        ):
            ref = f"lead:{id_}"
            index.add(ref, email, phone, key, person_key(first, last))
            person = f"{first} {last}".strip()
            index.names[ref] = f"lead “{person or company}”"
        for id_, first, last, email, phone, mobile in s.execute(
            select(
                Contact.id,
                Contact.first_name,
                Contact.last_name,
                Contact.email,
                Contact.phone,
                Contact.mobile,
            ).where(Contact.deleted.is_(False))
        ):
            ref = f"contact:{id_}"
            index.add(ref, email, phone, "", "")
            if mobile:
                index.by_phone.setdefault(mobile, ref)
            index.names[ref] = f"contact “{first} {last}”".replace("“ ", "“")
        for id_, name, key in s.execute(
            select(Account.id, Account.name, Account.name_key).where(Account.deleted.is_(False))
        ):
            if key:
                ref = f"account:{id_}"
                index.by_company.setdefault(key, ref)
                index.names[ref] = f"account “{name}”"
        return index


@dataclass(frozen=True)
class DuplicateRow:
    line: int
    matched: str  # "lead", "contact", "account" or "row"
    description: str
    action: str  # "skipped" or "merged"


@dataclass
class ImportResult:
    file_format: str
    rows: int
    imported: int
    merged: int
    skipped: int
    rejected: list[RowProblem]
    duplicates: list[DuplicateRow]
    unmapped: list[str]
    mapping: dict[str, str]
    dry_run: bool
    region: validation.Region = field(default_factory=lambda: validation.Region(None))
    empty_lines: list[int] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)

    def notes(self) -> list[str]:
        """What the reader should know beyond the counts: how phone numbers were read and
        which rows were left out without being rejected (in the person's language)."""
        lines = []
        column = next((h for h, f in self.mapping.items() if f == "country"), None)
        if self.region.code is not None and column is not None:
            text = translate(
                "LeadImport",
                "Phone numbers without a country code were read in the country of the row's "
                "“%1” column, or where it names none, as %2.",
            )
            lines.append(fill(text, column, self.region.describe()))
        elif self.region.code is not None:
            text = translate("LeadImport", "Phone numbers without a country code were read as %1.")
            lines.append(fill(text, self.region.describe()))
        elif column is not None:
            text = translate(
                "LeadImport",
                "Phone numbers without a country code were read in the country of the row's "
                "“%1” column; where it names none, they could not be read: no company country "
                "is set (company profile), so rows with such numbers were rejected.",
            )
            lines.append(fill(text, column))
        else:
            text = translate(
                "LeadImport",
                "Phone numbers without a country code could not be read: no company country "
                "is set (company profile), so rows with such numbers were rejected.",
            )
            lines.append(text)
        if self.empty_lines:
            n = len(self.empty_lines)
            shown = ", ".join(str(line) for line in self.empty_lines[:20])
            if n == 1:
                lines.append(
                    fill(translate("LeadImport", "1 empty row was skipped: line %1."), shown)
                )
            else:
                more = fill(translate("LeadImport", " and %1 more"), n - 20) if n > 20 else ""
                text = translate("LeadImport", "%1 empty rows were skipped: lines %2%3.")
                lines.append(fill(text, formatting.number(n), shown, more))
        return lines

    def summary(self) -> str:
        if self.dry_run:
            text = translate(
                "LeadImport",
                "Would import %1 of %2 rows; duplicates: %3 skipped, %4 merged; rejected: %5.",
            )
        else:
            text = translate(
                "LeadImport",
                "Imported %1 of %2 rows; duplicates: %3 skipped, %4 merged; rejected: %5.",
            )
        counts = (self.imported, self.rows, self.skipped, self.merged, len(self.rejected))
        return fill(text, *(formatting.number(n) for n in counts))

    def report(self, source: str = "") -> str:
        """The whole import as a text file, in the person's language."""
        title = (
            fill(
                translate("LeadImport", "Lead import report for %1 (%2)"), source, self.file_format
            )
            if source
            else fill(translate("LeadImport", "Lead import report (%1)"), self.file_format)
        )
        lines = [title, self.summary(), ""]
        lines += self.notes()
        lines.append("")
        lines.append(translate("LeadImport", "Columns:"))
        lines += [f"  {header} -> {field_text(f)}" for header, f in self.mapping.items()]
        if self.unmapped:
            text = translate("LeadImport", "Not imported (no matching field): %1")
            lines.append(fill(text, ", ".join(self.unmapped)))
        lines.append("")
        line = translate("LeadImport", "line %1: %2")
        for heading, problems in (
            (translate("LeadImport", "Rejected rows (%1):"), self.rejected),
            (translate("LeadImport", "Warnings (%1):"), self.warnings),
        ):
            if problems:
                lines.append(fill(heading, formatting.number(len(problems))))
                lines += ["  " + fill(line, p.line, p.reason) for p in problems]
                lines.append("")
        if self.duplicates:
            text = translate("LeadImport", "Duplicates (%1):")
            lines.append(fill(text, formatting.number(len(self.duplicates))))
            same = translate("LeadImport", "line %1: %2, same as %3")
            lines += [
                "  " + fill(same, d.line, translate("Domain", _ACTIONS[d.action]), d.description)
                for d in self.duplicates
            ]
        return "\n".join(lines).rstrip() + "\n"


@dataclass
class _Plan:
    inserts: list[dict[str, Any]]
    merges: dict[uuid.UUID, dict[str, Any]]
    duplicates: list[DuplicateRow]
    merged: int
    skipped: int


def _plan(s: Session, rows: list[ParsedRow], policy: DuplicatePolicy) -> _Plan:
    index = _Index() if policy == DuplicatePolicy.KEEP else _Index.load(s)
    plan = _Plan([], {}, [], 0, 0)
    pending: dict[str, dict[str, Any]] = {}
    for row in rows:
        values = row.values
        ref = None if policy == DuplicatePolicy.KEEP else index.match(values)
        if ref is None:
            record = {
                "id": uuid.uuid4(),
                **values,
                "disqualify_reason_id": None,
                "disqualify_note": "",
                "first_contacted_at": None,
                "account_id": None,
                "contact_id": None,
                "opportunity_id": None,
            }
            plan.inserts.append(record)
            own = f"row:{row.line}"
            pending[own] = record
            index.add(
                own,
                values["email"],
                values["phone"],
                values["company_key"],
                person_key(values["first_name"], values["last_name"]),
            )
            if values["company_key"] and not (values["first_name"] or values["last_name"]):
                index.by_company.setdefault(values["company_key"], own)
            continue
        kind = ref.partition(":")[0]
        what = (
            fill(translate("LeadImport", "line %1"), ref.partition(":")[2])
            if kind == "row"
            else index.names.get(ref, kind)
        )
        action = "skipped"
        if policy == DuplicatePolicy.MERGE and kind in ("lead", "row"):
            target: Any
            if kind == "row":
                target = pending[ref]
            else:
                lead_id = uuid.UUID(ref.partition(":")[2])
                target = plan.merges.setdefault(lead_id, {})
                current = s.get(Lead, lead_id)
                # Fill on a snapshot of the lead, so later rows see earlier merges.
                if not target and current is not None:
                    target.update(
                        {
                            n: getattr(current, n)
                            for n in (
                                "first_name",
                                "last_name",
                                "company",
                                "company_key",
                                "title",
                                "email",
                                "phone",
                                "notes",
                            )
                        }
                    )
                    target["__original__"] = dict(target)
            if fill_empty(target, values):
                action = "merged"
        if action == "merged":
            plan.merged += 1
        else:
            plan.skipped += 1
        plan.duplicates.append(DuplicateRow(row.line, kind, what, action))
    return plan


# -- running -------------------------------------------------------------------------------


def run_import(
    db: Database,
    table: RawTable,
    mapping: Mapping,
    *,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    dry_run: bool = False,
    progress: Progress | None = None,
    before_write: Callable[[int], None] | None = None,
) -> ImportResult:
    """Check every row, then write the valid ones in ONE transaction (unless dry_run).

    `before_write(n)` is called just before the transaction starts (the CLI prints there).
    """
    good, bad, ctx = check_rows(db, table, mapping)

    def result(plan: _Plan) -> ImportResult:
        return ImportResult(
            file_format=table.describe(),
            rows=len(table.rows),
            imported=len(plan.inserts),
            merged=plan.merged,
            skipped=plan.skipped,
            rejected=bad,
            duplicates=plan.duplicates,
            unmapped=unmapped_columns(table.headers, mapping),
            mapping={h: f for h, f in zip(table.headers, mapping, strict=False) if f},
            dry_run=dry_run,
            region=ctx.region,
            empty_lines=table.empty_lines,
            warnings=ctx.warnings,
        )

    if dry_run:
        with db.read() as s:
            return result(_plan(s, good, policy))
    if before_write is not None:
        before_write(len(good))
    with db.unit_of_work() as uow:
        plan = _plan(uow.session, good, policy)
        total = len(plan.inserts)
        chunk = 5000
        for start in range(0, total, chunk):
            uow.bulk_insert(Lead, plan.inserts[start : start + chunk])
            if progress is not None:
                progress(min(start + chunk, total), total)
        for lead_id, values in plan.merges.items():
            original = values.pop("__original__", {})
            lead = uow.session.get(Lead, lead_id)
            if lead is None:
                continue
            for name, value in values.items():
                if original.get(name) != value:
                    setattr(lead, name, value)
    return result(plan)


def import_file(
    db: Database,
    path: Path,
    *,
    overrides: dict[str, str | None] | None = None,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    dry_run: bool = False,
    progress: Progress | None = None,
    before_write: Callable[[int], None] | None = None,
) -> ImportResult:
    table = read_table(path)
    mapping = auto_mapping(table.headers)
    if overrides:
        mapping = apply_overrides(table.headers, mapping, overrides)
    return run_import(
        db,
        table,
        mapping,
        policy=policy,
        dry_run=dry_run,
        progress=progress,
        before_write=before_write,
    )


def write_report(path: Path, result: ImportResult, source: str = "") -> None:
    try:
        path.write_text(result.report(source), encoding="utf-8")
    except OSError as exc:
        raise WorkbenchError(f"Can't write the report to {path}: {exc.strerror or exc}.") from None
