"""Importing leads from CSV and XLSX files: web-form dumps, purchased lists, other CRMs.

Reading is forgiving (encoding, delimiter and header names are detected), checking is
strict (every row is validated; a rejected row is reported with its line number and the
reason), and writing is all or nothing: the valid rows go in one transaction, so a failed,
interrupted or killed import leaves the database as it was. Rows that match a lead, contact
or account already there (or an earlier row of the same file) are skipped or merged, so
importing the same file twice creates no duplicates.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from itertools import zip_longest
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.domain.enums import LeadDirection, LeadSource, LeadStatus
from workbench.domain.models import Account, Contact, Lead, User
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import tabular
from workbench.services import validation as v
from workbench.services.leads import LeadInput, clean_lead, fill_empty, person_key
from workbench.services.setup import current_user_id, phone_region
from workbench.store.db import Database

Progress = Callable[[int, int], None]  # (rows written, rows to write)


class ImportFileError(WorkbenchError):
    """The file can't be read as a table of leads at all."""


# -- fields and header names ---------------------------------------------------------------

FIELDS: dict[str, str] = {
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name (split into first and last)",
    "company": "Company",
    "title": "Job title",
    "email": "E-mail",
    "phone": "Phone",
    "mobile": "Mobile (used when there is no phone)",
    "country": "Country (phone numbers without a country code are read in it)",
    "source": "Source",
    "status": "Status",
    "direction": "Inbound/outbound",
    "owner": "Owner (user name or e-mail)",
    "received_at": "Arrived on",
    "notes": "Notes (several columns may go here)",
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": (
        "firstname",
        "first",
        "givenname",
        "forename",
        "vorname",
        "prenom",
        "personfirstname",
        "contactfirstname",
    ),
    "last_name": (
        "lastname",
        "last",
        "surname",
        "familyname",
        "nachname",
        "nom",
        "personlastname",
        "contactlastname",
    ),
    "full_name": (
        "name",
        "fullname",
        "contactname",
        "leadname",
        "personname",
        "contact",
        "person",
        "contactperson",
        "ansprechpartner",
    ),
    "company": (
        "company",
        "companyname",
        "organization",
        "organisation",
        "organizationname",
        "organisationname",
        "account",
        "accountname",
        "firma",
        "unternehmen",
        "business",
        "employer",
    ),
    "title": ("title", "jobtitle", "position", "role", "function", "persontitle"),
    "email": (
        "email",
        "emailaddress",
        "mail",
        "personemail",
        "workemail",
        "primaryemail",
        "email1",
        "emailwork",
        "businessemail",
        "emailadresse",
    ),
    "phone": (
        "phone",
        "phonenumber",
        "telephone",
        "tel",
        "workphone",
        "businessphone",
        "personphone",
        "phone1",
        "telefon",
        "directphone",
        "phonework",
        "officephone",
    ),
    "mobile": (
        "mobile",
        "mobilephone",
        "cell",
        "cellphone",
        "mobilenumber",
        "handy",
        "phonemobile",
        "mobil",
    ),
    "country": (
        "country",
        "countrycode",
        "countryname",
        "land",
        "pays",
        "pais",
        "paese",
        "nation",
        "companycountry",
        "personcountry",
        "organizationcountry",
        "billingcountry",
        "mailingcountry",
        "addresscountry",
    ),
    "source": ("leadsource", "source", "origin", "channel", "quelle", "leadorigin"),
    "status": ("leadstatus", "status", "lifecyclestage", "stage"),
    "direction": ("direction", "inboundoutbound", "leadtype", "leaddirection"),
    "owner": (
        "owner",
        "leadowner",
        "ownername",
        "assignedto",
        "salesrep",
        "personowner",
        "owneremail",
        "contactowner",
        "leadownername",
        "recordowner",
    ),
    "received_at": (
        "createddate",
        "created",
        "datecreated",
        "createdat",
        "leadcreated",
        "leadcreateddate",
        "receivedat",
        "received",
        "date",
        "addtime",
        "createdtime",
        "createdate",
        "leadaddtime",
        "leadcreatedon",
        "createdon",
    ),
    "notes": (
        "notes",
        "note",
        "description",
        "comments",
        "comment",
        "message",
        "remarks",
        "leaddescription",
        "bemerkung",
        "notiz",
    ),
}
HEADER_FIELDS: dict[str, str] = {alias: f for f, aliases in _ALIASES.items() for alias in aliases}

_SOURCES: dict[str, LeadSource] = {
    **{s.value.replace("_", ""): s for s in LeadSource},
    **dict.fromkeys(
        (
            "web",
            "website",
            "webform",
            "form",
            "contactform",
            "webformular",
            "webinquiry",
            "webinbound",
            "landingpage",
        ),
        LeadSource.WEB_FORM,
    ),
    **dict.fromkeys(
        (
            "partnerreferral",
            "employeereferral",
            "empfehlung",
            "partner",
            "customerreferral",
            "wordofmouth",
        ),
        LeadSource.REFERRAL,
    ),
    **dict.fromkeys(
        ("organicsearch", "seo", "search", "socialmedia", "organicsocial"), LeadSource.ORGANIC
    ),
    **dict.fromkeys(
        (
            "paid",
            "ppc",
            "adwords",
            "googleads",
            "advertisement",
            "paidsearch",
            "paidsocial",
            "campaign",
            "ads",
            "ad",
        ),
        LeadSource.PAID_CAMPAIGN,
    ),
    **dict.fromkeys(
        ("newsletter", "emailmarketing", "email", "mail", "emailcampaign"), LeadSource.MAILING
    ),
    **dict.fromkeys(("coldcalling", "telemarketing", "outboundcall"), LeadSource.COLD_CALL),
    **dict.fromkeys(("coldmail", "outreach", "emailoutreach"), LeadSource.COLD_EMAIL),
    **dict.fromkeys(
        ("list", "boughtlist", "purchased", "listimport", "database"), LeadSource.PURCHASED_LIST
    ),
    **dict.fromkeys(
        ("tradeshow", "fair", "messe", "conference", "seminar", "webinar", "exhibition", "expo"),
        LeadSource.EVENT,
    ),
    **dict.fromkeys(
        ("inboundcall", "phoneinquiry", "phonein", "callin", "incomingcall"), LeadSource.CALL_IN
    ),
}
_OUTBOUND_SOURCES = {
    LeadSource.COLD_CALL,
    LeadSource.COLD_EMAIL,
    LeadSource.PURCHASED_LIST,
    LeadSource.EVENT,
}
_STATUSES: dict[str, LeadStatus] = {
    **dict.fromkeys(
        (
            "new",
            "open",
            "opennotcontacted",
            "notcontacted",
            "uncontacted",
            "attemptedtocontact",
            "workingcontacted",
            "contacted",
            "inprogress",
            "working",
            "lead",
            "subscriber",
            "neu",
        ),
        LeadStatus.NEW,
    ),
    **dict.fromkeys(("mql", "marketingqualified", "marketingqualifiedlead"), LeadStatus.MQL),
    **dict.fromkeys(
        (
            "sql",
            "salesqualified",
            "qualified",
            "salesqualifiedlead",
            "salesaccepted",
            "opportunity",
            "converted",
            "closedconverted",
        ),
        LeadStatus.SQL,
    ),
    **dict.fromkeys(
        (
            "disqualified",
            "unqualified",
            "closednotconverted",
            "junk",
            "junklead",
            "lost",
            "notinterested",
            "badfit",
        ),
        LeadStatus.DISQUALIFIED,
    ),
}
_DIRECTIONS = {
    "inbound": LeadDirection.INBOUND,
    "in": LeadDirection.INBOUND,
    "eingehend": LeadDirection.INBOUND,
    "outbound": LeadDirection.OUTBOUND,
    "out": LeadDirection.OUTBOUND,
    "ausgehend": LeadDirection.OUTBOUND,
}
_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%Y/%m/%d",
)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


# -- reading files -------------------------------------------------------------------------


@dataclass
class RawTable:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, values)
    format: str  # "CSV" or "XLSX"
    encoding: str = ""
    delimiter: str = ""
    # Empty rows between the header and the last row with data (trailing ones are just the
    # end of the sheet), so the report can say they were skipped.
    empty_lines: list[int] = field(default_factory=list)
    # line -> {column index: formula} for formulas no spreadsheet program ever calculated:
    # their value is unknown, not empty.
    uncalculated: dict[int, dict[int, str]] = field(default_factory=dict)

    def describe(self) -> str:
        if self.format == "XLSX":
            return "XLSX"
        names = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}
        return f"CSV, {self.encoding}, {names.get(self.delimiter, repr(self.delimiter))}"


_XLS = b"\xd0\xcf\x11\xe0"


def read_table(path: Path) -> RawTable:
    """The file as header + rows; raises ImportFileError when it isn't a readable table."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise ImportFileError(f"Can't read {path}: {exc.strerror or exc}.") from None
    if not data.strip():
        raise ImportFileError(f"{path.name} is empty.")
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path)
    if data.startswith(_XLS):
        raise ImportFileError(
            f"{path.name} is an old Excel 97-2003 (.xls) file. Save it as .xlsx or CSV."
        )
    text, encoding = _decode(data, path.name)
    return _read_csv(text, encoding, path.name)


_ENCODING_NAMES = {
    "utf-8-sig": "UTF-8 with BOM",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "ISO-8859-1",
}


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has NULs
        head = data[:8192]
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
        if b"\x00" in head or controls > len(head) // 100:
            raise ImportFileError(f"{name} is a binary file, not a CSV or XLSX table.")
    try:
        text, encoding = tabular.decode(data)
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{name} is not readable text ({exc.reason}).") from None
    return text, _ENCODING_NAMES.get(encoding, encoding)


def _read_csv(text: str, encoding: str, name: str) -> RawTable:
    delimiter = tabular.sniff_delimiter(text)
    unclosed = tabular.unclosed_quote_line(text, delimiter)
    if unclosed is not None:
        raise ImportFileError(
            f'{name}, line {unclosed}: a quoted value is never closed (a missing "), so the '
            "rest of the file can't be read reliably. Nothing was imported."
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    empty: list[int] = []
    line = 1
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not any(f.strip() for f in record):
                if headers is not None:
                    empty.append(start)
                continue
            if headers is None:
                headers = [h.strip() for h in record]
            else:
                rows.append((start, record))
    except csv.Error as exc:
        raise ImportFileError(f"{name}, line {line}: {exc}.") from None
    if headers is None:
        raise ImportFileError(f"{name} is empty.")
    return RawTable(headers, rows, "CSV", encoding, delimiter, _between(empty, rows))


def _between(empty: list[int], rows: list[tuple[int, list[str]]]) -> list[int]:
    last = rows[-1][0] if rows else 0
    return [line for line in empty if line < last]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phone numbers typed into Excel become floats
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def _read_xlsx(path: Path) -> RawTable:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    data = path.read_bytes()
    try:
        # A file object, not the name: the content decides, whatever the file is called.
        # Values as last calculated, and the formulas: a formula written by a program that
        # doesn't calculate (openpyxl, many exporters) has no value, which data_only reads
        # as an empty cell.
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(f"{path.name} is not a readable XLSX workbook ({exc}).") from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged package
        raise ImportFileError(f"{path.name} is not a readable XLSX workbook ({exc}).") from None
    try:
        if not book.worksheets:
            raise ImportFileError(f"{path.name} has no worksheet.")
        sheet, formula_sheet = book.worksheets[0], formulas.worksheets[0]
        headers: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        empty: list[int] = []
        uncalculated: dict[int, dict[int, str]] = {}
        pairs = zip_longest(
            sheet.iter_rows(values_only=True),
            formula_sheet.iter_rows(values_only=True),
            fillvalue=(),
        )
        for number, (values, written) in enumerate(pairs, start=1):
            cells = [_cell(v) for v in values]
            missing = {
                i: str(f)
                for i, f in enumerate(written)
                if _is_formula(f) and (i >= len(values) or values[i] is None)
            }
            if not any(c.strip() for c in cells) and not missing:
                if headers is not None:
                    empty.append(number)
                continue
            if headers is None:
                headers = [c.strip() for c in cells]
            else:
                rows.append((number, cells))
                if missing:
                    uncalculated[number] = missing
    except ImportFileError:
        raise
    except Exception as exc:  # a damaged sheet fails while it is read, not when opened
        raise ImportFileError(f"{path.name} is not a readable XLSX workbook ({exc}).") from None
    finally:
        book.close()
        formulas.close()
    if headers is None:
        raise ImportFileError(f"{path.name} is empty.")
    while headers and not headers[-1]:
        headers.pop()
    return RawTable(
        headers, rows, "XLSX", empty_lines=_between(empty, rows), uncalculated=uncalculated
    )


def _is_formula(value: Any) -> bool:
    if isinstance(value, str):
        return value.startswith("=") and len(value) > 1
    # Array and data-table formulas come as objects, not text.
    return type(value).__name__ in ("ArrayFormula", "DataTableFormula")


# -- column mapping ------------------------------------------------------------------------

Mapping = list[str | None]  # per column: the lead field it fills, or None (not imported)


def auto_mapping(headers: list[str]) -> Mapping:
    """Map columns by their header, as exported by common CRMs ("First Name", "Lead
    Source", "Organization", "Person - Name" ...). Each field is taken once, except notes."""
    mapping: Mapping = []
    taken: set[str] = set()
    for header in headers:
        f = HEADER_FIELDS.get(_key(header))
        if f is not None and f in taken and f != "notes":
            f = None
        if f is not None:
            taken.add(f)
        mapping.append(f)
    return mapping


def load_mapping_file(path: Path) -> dict[str, str | None]:
    """A JSON object {"column header": "field" or null}; null leaves the column out."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ImportFileError(f"Can't read the mapping file {path}: {exc.strerror}.") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ImportFileError(f"The mapping file {path.name} is not valid JSON ({exc}).") from None
    if not isinstance(data, dict):
        raise ImportFileError(
            f"The mapping file {path.name} must be a JSON object of column header to field."
        )
    result: dict[str, str | None] = {}
    for header, target in data.items():
        if target is not None and target not in FIELDS:
            raise ImportFileError(
                f"The mapping file maps “{header}” to “{target}”, which is not a field. "
                f"Fields: {', '.join(FIELDS)}."
            )
        result[str(header)] = target
    return result


def apply_overrides(
    headers: list[str], mapping: Mapping, overrides: dict[str, str | None]
) -> Mapping:
    by_key = {_key(k): val for k, val in overrides.items()}
    unknown = [k for k in overrides if _key(k) not in {_key(h) for h in headers}]
    if unknown:
        raise ImportFileError(
            "The mapping file names columns the file doesn't have: "
            + ", ".join(f"“{u}”" for u in unknown)
        )
    result = list(mapping)
    for i, header in enumerate(headers):
        if _key(header) in by_key:
            result[i] = by_key[_key(header)]
    return result


def unmapped_columns(headers: list[str], mapping: Mapping) -> list[str]:
    return [
        h or f"column {i + 1}"
        for i, (h, f) in enumerate(zip(headers, mapping, strict=False))
        if f is None
    ]


# -- checking rows -------------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str


_UNCALCULATED = (
    "a formula with no calculated value ({formula}); open and save the file in Excel or "
    "LibreOffice first, or paste values"
)


@dataclass
class ParsedRow:
    line: int
    values: dict[str, Any]  # Lead column values, validated and normalised


@dataclass
class _Context:
    region: v.Region  # the company's country, for rows that don't name their own
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
        raise ValidationError(f"“{text}” is not a date (use e.g. 2026-03-31 or 31.03.2026).")
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
        raise ValidationError(
            f"has {len(cells)} values but the header has {len(headers)} columns "
            "(a missing quote or an extra delimiter?)"
        )
    needed = [
        f"column {headers[i] or i + 1}: " + _UNCALCULATED.format(formula=formula)
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
            raise ValidationError(
                f"“{got['direction']}” is neither inbound nor outbound.", "direction"
            )
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
        code = v.country_code(got["country"])
        if code is not None:
            region = v.Region(code, "the row's country")
        elif any(
            got.get(f, "") and not got[f].startswith(("+", "00")) for f in ("phone", "mobile")
        ):
            ctx.warnings.append(
                RowProblem(
                    line,
                    f"“{got['country']}” is not a country we know; the phone number was read "
                    f"as {ctx.region.describe()}",
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


# -- duplicates ----------------------------------------------------------------------------


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
    region: v.Region = field(default_factory=lambda: v.Region(None))
    empty_lines: list[int] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)

    def notes(self) -> list[str]:
        """What the reader should know beyond the counts: how phone numbers were read and
        which rows were left out without being rejected."""
        lines = []
        if "country" in self.mapping.values():
            column = next(h for h, f in self.mapping.items() if f == "country")
            where = f"in the country of the row's “{column}” column, or where it names none, "
        else:
            where = ""
        if self.region.code is not None:
            lines.append(
                f"Phone numbers without a country code were read {where}"
                f"as {self.region.describe()}."
            )
        else:
            lines.append(
                f"Phone numbers without a country code {'were read ' + where if where else ''}"
                f"{'they ' if where else ''}could not be read: no company country is set "
                "(company profile), so rows with such numbers were rejected."
            )
        if self.empty_lines:
            n = len(self.empty_lines)
            shown = ", ".join(str(line) for line in self.empty_lines[:20])
            more = f" and {n - 20} more" if n > 20 else ""
            rows = "1 empty row was" if n == 1 else f"{n} empty rows were"
            lines.append(f"{rows} skipped: line{'s' if n > 1 else ''} {shown}{more}.")
        return lines

    def summary(self) -> str:
        verb = "Would import" if self.dry_run else "Imported"
        return (
            f"{verb} {self.imported} of {self.rows} rows; duplicates: {self.skipped} skipped, "
            f"{self.merged} merged; rejected: {len(self.rejected)}."
        )

    def report(self, source: str = "") -> str:
        lines = [
            f"Lead import report{f' for {source}' if source else ''} ({self.file_format})",
            self.summary(),
            "",
        ]
        lines += self.notes()
        lines.append("")
        lines.append("Columns:")
        lines += [f"  {header} -> {FIELDS[f]}" for header, f in self.mapping.items()]
        if self.unmapped:
            lines.append("Not imported (no matching field): " + ", ".join(self.unmapped))
        lines.append("")
        if self.rejected:
            lines.append(f"Rejected rows ({len(self.rejected)}):")
            lines += [f"  line {p.line}: {p.reason}" for p in self.rejected]
            lines.append("")
        if self.warnings:
            lines.append(f"Warnings ({len(self.warnings)}):")
            lines += [f"  line {p.line}: {p.reason}" for p in self.warnings]
            lines.append("")
        if self.duplicates:
            lines.append(f"Duplicates ({len(self.duplicates)}):")
            lines += [
                f"  line {d.line}: {d.action}, same as {d.description}" for d in self.duplicates
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
        what = f"line {ref.partition(':')[2]}" if kind == "row" else index.names.get(ref, kind)
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
