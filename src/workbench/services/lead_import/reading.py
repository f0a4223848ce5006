"""Reading a CSV or XLSX file into a table of text cells, whatever its encoding and delimiter."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import zip_longest
from pathlib import Path
from typing import Any

from workbench.errors import WorkbenchError
from workbench.services import tabular
from workbench.texts import QT_TRANSLATE_NOOP, fill, translate


class ImportFileError(WorkbenchError):
    """The file can't be read as a table of leads at all."""


def _unreadable(path: Path, exc: BaseException) -> str:
    return fill(translate("Import", "%1 is not a readable XLSX workbook (%2)."), path.name, exc)


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
        delimiter = (
            translate("LeadImport", _DELIMITERS[self.delimiter])
            if self.delimiter in _DELIMITERS
            else repr(self.delimiter)
        )
        return f"CSV, {self.encoding}, {delimiter}"


_DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("LeadImport", "comma"),
    ";": QT_TRANSLATE_NOOP("LeadImport", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("LeadImport", "tab"),
    "|": QT_TRANSLATE_NOOP("LeadImport", "bar"),
}

_XLS = b"\xd0\xcf\x11\xe0"


def read_table(path: Path) -> RawTable:
    """The file as header + rows; raises ImportFileError when it isn't a readable table."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(fill(translate("Import", "%1 does not exist."), path)) from None
    except IsADirectoryError:
        raise ImportFileError(
            fill(translate("Import", "%1 is a folder, not a file."), path)
        ) from None
    except OSError as exc:
        raise ImportFileError(
            fill(translate("Import", "Can't read %1: %2."), path, exc.strerror or exc)
        ) from None
    if not data.strip():
        raise ImportFileError(fill(translate("Import", "%1 is empty."), path.name))
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path)
    if data.startswith(_XLS):
        raise ImportFileError(
            fill(
                translate(
                    "Import", "%1 is an old Excel 97-2003 (.xls) file. Save it as .xlsx or CSV."
                ),
                path.name,
            )
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
            raise ImportFileError(
                fill(translate("Import", "%1 is a binary file, not a CSV or XLSX table."), name)
            )
    try:
        text, encoding = tabular.decode(data)
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            fill(translate("Import", "%1 is not readable text (%2)."), name, exc.reason)
        ) from None
    return text, _ENCODING_NAMES.get(encoding, encoding)


def _read_csv(text: str, encoding: str, name: str) -> RawTable:
    delimiter = tabular.sniff_delimiter(text)
    unclosed = tabular.unclosed_quote_line(text, delimiter)
    if unclosed is not None:
        text = translate(
            "Import",
            '%1, line %2: a quoted value is never closed (a missing "), so the rest of the file '
            "can't be read reliably. Nothing was imported.",
        )
        raise ImportFileError(fill(text, name, unclosed))
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
        raise ImportFileError(
            fill(translate("Import", "%1, line %2: %3."), name, line, exc)
        ) from None
    if headers is None:
        raise ImportFileError(fill(translate("Import", "%1 is empty."), name))
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
        raise ImportFileError(_unreadable(path, exc)) from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged package
        raise ImportFileError(_unreadable(path, exc)) from None
    try:
        if not book.worksheets:
            raise ImportFileError(fill(translate("Import", "%1 has no worksheet."), path.name))
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
        raise ImportFileError(_unreadable(path, exc)) from None
    finally:
        book.close()
        formulas.close()
    if headers is None:
        raise ImportFileError(fill(translate("Import", "%1 is empty."), path.name))
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
