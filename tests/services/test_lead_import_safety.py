"""What an import says about rows it leaves out, and how it copes with any file."""

from __future__ import annotations

import hashlib
import string
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from workbench.domain.models import Lead
from workbench.errors import WorkbenchError
from workbench.services.lead_import import import_file, read_table
from workbench.store.db import Database


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Lead)) or 0)


def test_empty_rows_are_counted_and_named_in_the_report(db: Database, tmp_path: Path) -> None:
    f = tmp_path / "gaps.csv"
    f.write_text(
        "Name,Email\nAnn Lee,ann@lee.com\nBo Kim,bo@kim.com\n,\n"
        "Cy Ng,cy@ng.com\n\n,,\nDi Wu,di@wu.com\n,\n\n",
        encoding="utf-8",
    )
    result = import_file(db, f)
    assert result.imported == 4
    assert result.empty_lines == [4, 6, 7]  # trailing blank lines are the end of the file
    assert "3 empty rows were skipped: lines 4, 6, 7." in result.report()


def test_empty_xlsx_rows_are_reported(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Email"])
    sheet.append(["Ann Lee", "ann@lee.com"])
    sheet.append([None, None])
    sheet.append(["Bo Kim", "bo@kim.com"])
    f = tmp_path / "gaps.xlsx"
    book.save(f)
    result = import_file(db, f)
    assert result.imported == 2
    assert "1 empty row was skipped: line 3." in result.report()


def test_formula_without_a_calculated_value_is_reported_not_imported_empty(
    db: Database, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Email", "Phone", "Scratch"])
    sheet.append(["Ann Lee", "ann@lee.com", "+49 30 123456", None])
    sheet.append(["Bo Kim", "bo@kim.com", '="+49 30 "&"654321"', None])
    sheet.append(["Cy Ng", "cy@ng.com", None, "=1+1"])  # not an imported column
    sheet.append([None, None, "=C3", None])  # looks empty, but is not
    f = tmp_path / "formulas.xlsx"
    book.save(f)  # openpyxl calculates nothing: the formulas have no cached value
    result = import_file(db, f)
    assert result.imported == 2 and _count(db) == 2
    reasons = {p.line: p.reason for p in result.rejected}
    assert set(reasons) == {3, 5}
    assert reasons[3].startswith("column Phone: a formula with no calculated value")
    assert "open and save the file in Excel or LibreOffice first, or paste values" in reasons[3]
    assert "line 3: column Phone: a formula with no calculated value" in result.report()
    assert result.empty_lines == []


# -- fuzzing: any file gives a report or a clear refusal, never another exception ----------

_HEADERS = st.lists(
    st.sampled_from(
        ["Name", "First Name", "Email", "Phone", "Company", "Country", "Created", "Status",
         "Lead Source", "Owner", "Notes", "Mobile", "Inbound/Outbound", "", "x", "Name"]
    ),
    min_size=1,
    max_size=6,
)  # fmt: skip
_CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["+49 30 123456", "01 23 45 67 89", "Deutschland", "2026-02-30", "a@b.c",
                     "\"", "'", "=1+", "out", "\r", "\x00", "\ufeff", "0049", "+", "31.12.1899"]),
)  # fmt: skip


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_any_outcome(db: Database, db_path: Path, f: Path) -> None:
    before = _count(db)
    try:
        result = import_file(db, f, dry_run=True)
    except WorkbenchError as exc:
        assert str(exc).strip()
    else:
        assert result.summary() and result.report()
    assert _count(db) == before
    try:
        result = import_file(db, f)
    except WorkbenchError as exc:
        assert str(exc).strip()
        assert _count(db) == before
    else:
        assert _count(db) == before + result.imported
        assert result.report()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400))
@example(data=b"Name,Email\n\x1a\x1b\x1c\n")
@example(data=b"Email\r\x00x@y.de\n")
@example(data=b"\xff\xfeN\x00")
@example(data=b"\xfe\xff\x00N\x00a")
@example(data=b"PK\x03\x04" + b"\x00" * 40)
def test_any_bytes_are_reported_or_refused(
    db: Database, db_path: Path, tmp_path: Path, data: bytes
) -> None:
    f = tmp_path / "any.csv"
    f.write_bytes(data)
    _check_any_outcome(db, db_path, f)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    headers=_HEADERS,
    rows=st.lists(st.lists(_CELL, max_size=7), max_size=5),
    delimiter=st.sampled_from([",", ";", "\t", "|", " ", ":"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
    quote=st.booleans(),
)
def test_any_csv_table_is_reported_or_refused(
    db: Database,
    db_path: Path,
    tmp_path: Path,
    headers: list[str],
    rows: list[list[str]],
    delimiter: str,
    encoding: str,
    quote: bool,
) -> None:
    def field(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"' if quote else cell

    text = "\n".join(delimiter.join(field(c) for c in r) for r in [headers, *rows]) + "\n"
    f = tmp_path / "any.csv"
    f.write_bytes(text.encode(encoding, errors="replace"))
    _check_any_outcome(db, db_path, f)


_XLSX_CELL = st.one_of(
    st.none(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.text(alphabet=string.ascii_letters + string.digits + string.punctuation + " ", max_size=10),
    st.sampled_from(["=1+1", "=A1", "=NOW()", '="x"&"y"']),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(headers=_HEADERS, rows=st.lists(st.lists(_XLSX_CELL, max_size=7), max_size=4))
def test_any_xlsx_sheet_is_reported_or_refused(
    db: Database, db_path: Path, tmp_path: Path, headers: list[str], rows: list[list[object]]
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    f = tmp_path / "any.xlsx"
    book.save(f)
    _check_any_outcome(db, db_path, f)


def test_a_truncated_xlsx_is_refused_with_a_message(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Name", "Email"])
    book.active.append(["Ann Lee", "ann@lee.com"])
    whole = tmp_path / "whole.xlsx"
    book.save(whole)
    data = whole.read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 30):
        f = tmp_path / f"cut{cut}.xlsx"
        f.write_bytes(data[:cut])
        try:
            read_table(f)
        except WorkbenchError as exc:
            assert "not a readable XLSX" in str(exc)
