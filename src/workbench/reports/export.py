"""A report as a file: CSV (one table per block), XLSX (one sheet per table, numbers as
numbers with formats) and PDF (charts and tables, ready to forward).

Spreadsheet programs run a cell that begins with =, +, - or @ as a formula; a deal title
or a customer's name typed that way must stay text, so such text cells get a leading
apostrophe in CSV and XLSX (figures are written as numbers and need none).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from workbench.domain.money import Money, minor_digits
from workbench.reports.model import Column, Kind, Report, Table
from workbench.reports.scope import ReportInputError
from workbench.services.files import write_file_atomically
from workbench.texts import translate

FORMATS = ("pdf", "xlsx", "csv")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_report(report: Report, fmt: str, path: Path, locale: str | None = None) -> Path:
    fmt = fmt.lower()
    if fmt == "csv":
        data = to_csv(report).encode("utf-8-sig")  # the BOM makes Excel read UTF-8
    elif fmt == "xlsx":
        data = to_xlsx(report)
    elif fmt == "pdf":
        from workbench.reports.pdf import to_pdf  # reportlab's import is slow: on demand

        data = to_pdf(report, locale)
    else:
        raise ReportInputError(f"“{fmt}” is not an export format. Use one of {', '.join(FORMATS)}.")
    write_file_atomically(path, data)
    return path


def _plain(value: Any, kind: Kind) -> list[str]:
    if value is None:
        return [""] if kind != Kind.MONEY else ["", ""]
    if kind == Kind.MONEY and isinstance(value, Money):
        return [str(value.rounded().amount), value.currency]
    if kind == Kind.PERCENT:
        return [f"{float(value) * 100:.1f}"]
    if kind in (Kind.DAYS, Kind.NUMBER):
        return [f"{float(value):.1f}"]
    if isinstance(value, date):
        return [value.isoformat()]
    if kind == Kind.COUNT:
        return [str(value)]
    return [neutralise(str(value))]


def _headers(columns: list[Column]) -> list[str]:
    out: list[str] = []
    for c in columns:
        if c.kind == Kind.MONEY:
            out += [c.title, f"{c.title}: currency"]
        elif c.kind == Kind.PERCENT:
            out.append(f"{c.title} (%)")
        else:
            out.append(c.title)
    return out


def to_csv(report: Report) -> str:
    """Each table as a block: its title, a header row, its rows, a blank line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(report.title), neutralise(report.subtitle)])
    writer.writerow([])
    for table in report.tables:
        writer.writerow([neutralise(table.title)])
        writer.writerow([neutralise(h) for h in _headers(table.columns)])
        for row in table.rows:
            cells: list[str] = []
            for c in table.columns:
                cells += _plain(row.cells.get(c.key), c.kind)
            writer.writerow(cells)
        if table.note:
            writer.writerow([neutralise(table.note)])
        writer.writerow([])
    return out.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    base = "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Table"
    name, n = base, 2
    while name.casefold() in used:
        name, n = f"{base[:28]} {n}", n + 1
    used.add(name.casefold())
    return name


def _money_format(currency: str) -> str:
    digits = minor_digits(currency)
    decimals = "." + "0" * digits if digits else ""
    return f'#,##0{decimals} "{currency}"'


def _write_cell(ws: Any, row: int, col: int, value: Any, kind: Kind, bold: bool) -> None:
    cell = ws.cell(row=row, column=col)
    if value is None:
        cell.value = None
    elif kind == Kind.MONEY and isinstance(value, Money):
        cell.value = value.rounded().amount  # openpyxl writes a Decimal as a number
        cell.number_format = _money_format(value.currency)
    elif kind == Kind.PERCENT:
        cell.value = float(value)
        cell.number_format = "0.0%"
    elif kind in (Kind.DAYS, Kind.NUMBER):
        cell.value = float(value)
        cell.number_format = "#,##0.0"
    elif kind == Kind.COUNT:
        cell.value = int(value)
        cell.number_format = "#,##0"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = "yyyy-mm-dd"
    else:
        cell.value = neutralise(str(value))
        cell.data_type = "s"
    if bold:
        cell.font = Font(bold=True)


def to_xlsx(report: Report) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    about = wb.create_sheet(_sheet_name(translate("Reports", "About"), used))
    about.append([neutralise(report.title)])
    about.append([neutralise(report.subtitle)])
    about.append([neutralise(report.how)])
    for note in report.notes:
        about.append([neutralise(note)])
    about["A1"].font = Font(bold=True, size=14)
    about.column_dimensions["A"].width = 120
    for table in report.tables:
        _table_sheet(wb.create_sheet(_sheet_name(table.title, used)), table)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _table_sheet(ws: Any, table: Table) -> None:
    for col, c in enumerate(table.columns, start=1):
        cell = ws.cell(row=1, column=col, value=neutralise(c.title))
        cell.font = Font(bold=True)
        ws.column_dimensions[get_column_letter(col)].width = max(12, min(40, len(c.title) + 4))
    for r, row in enumerate(table.rows, start=2):
        for col, c in enumerate(table.columns, start=1):
            _write_cell(ws, r, col, row.cells.get(c.key), c.kind, row.total)
    if table.note:
        ws.cell(row=len(table.rows) + 3, column=1, value=neutralise(table.note))
    ws.freeze_panes = "A2"
