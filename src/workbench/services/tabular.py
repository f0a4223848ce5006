"""Reading tabular files people export from spreadsheets and other tools, robustly.

Generic on purpose (catalogue import, lead import, ...): it detects the encoding and the
delimiter, maps header names to fields through aliases, keeps each record's line number
for error messages, and collects per-row errors so an import can report all of them and
then store nothing (all-or-nothing).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.texts import counted, fill, translate

DELIMITERS = ",;\t|"
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Row:
    line: int  # physical line where the record starts (1 = header line)
    values: dict[str, str]  # normalised header -> cell text, stripped

    def get(self, name: str) -> str:
        return self.values.get(name, "")


@dataclass(frozen=True)
class Table:
    headers: list[str]  # normalised
    raw_headers: list[str]
    rows: list[Row]
    encoding: str
    delimiter: str


@dataclass(frozen=True)
class RowError:
    line: int
    message: str
    field: str | None = None

    def __str__(self) -> str:
        return fill(translate("Import", "Line %1: %2"), self.line, self.message)


class TabularError(WorkbenchError):
    """The file as a whole can't be read (encoding, no header, empty...)."""


class ImportRejected(WorkbenchError):
    """Some rows are bad; nothing was stored. `errors` lists every bad row."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = sorted(errors, key=lambda e: e.line)
        lines = [str(e) for e in self.errors[:10]]
        if len(self.errors) > 10:
            lines.append(counted(translate("Import", "… and %1 more."), len(self.errors) - 10))
        head = translate("Import", "Nothing was imported: %1 row(s) have errors.")
        super().__init__("\n".join([counted(head, len(self.errors)), *lines]))


@dataclass
class ErrorCollector:
    errors: list[RowError] = field(default_factory=list)

    def add(self, line: int, message: str, field_name: str | None = None) -> None:
        self.errors.append(RowError(line, message, field_name))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ImportRejected(self.errors)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: BOMs first, then UTF-8, then Windows-1252
    (what Excel writes on most Western European machines)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line into the most columns consistently
    with the next lines; csv.Sniffer alone guesses wrong on short samples."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", 0
    for delim in DELIMITERS:
        counts = [len(r) for r in csv.reader(io.StringIO("\n".join(lines)), delimiter=delim)]
        if not counts or counts[0] < 2:
            continue
        consistent = sum(1 for c in counts if c == counts[0])
        score = counts[0] * consistent
        if score > best_score:
            best, best_score = delim, score
    return best


def normalise_header(name: str) -> str:
    """'Unit Price (EUR)' -> 'unit_price_eur'."""
    return re.sub(r"[^0-9a-z]+", "_", name.strip().lower()).strip("_")


def unclosed_quote_line(text: str, delimiter: str) -> int | None:
    """The line where a quoted value starts that is never closed, or None.

    A lenient CSV reader folds everything after such a quote into one value, silently
    losing the rows that follow; only a strict reader notices, at the end of the data.
    Other strictness complaints (a space after a closing quote) are left to the lenient
    reader, which reads those files as intended.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        for _record in reader:
            start = reader.line_num + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            return start
    return None


def parse_text(text: str, encoding: str = "utf-8") -> Table:
    delimiter = sniff_delimiter(text)
    unclosed = unclosed_quote_line(text, delimiter)
    if unclosed is not None:
        text = translate(
            "Import",
            'Line %1: a quoted value is never closed (a missing "), so the rest of the file '
            "can't be read reliably. Nothing was imported.",
        )
        raise TabularError(fill(text, unclosed))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        raw_headers = next(reader)
    except StopIteration:
        raise TabularError(translate("Import", "The file is empty.")) from None
    except csv.Error as exc:
        raise TabularError(
            fill(translate("Import", "The file is not a readable table: %1."), exc)
        ) from None
    headers = [normalise_header(h) for h in raw_headers]
    if not any(headers):
        raise TabularError(translate("Import", "The first line must name the columns."))
    seen: set[str] = set()
    for raw, h in zip(raw_headers, headers, strict=True):
        if h and h in seen:
            text = translate("Import", "The column “%1” appears twice in the header.")
            raise TabularError(fill(text, raw.strip()))
        seen.add(h)
    rows: list[Row] = []
    start = reader.line_num + 1
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                values = {
                    h: (record[i].strip() if i < len(record) else "")
                    for i, h in enumerate(headers)
                    if h
                }
                if len(record) > len(headers) and any(c.strip() for c in record[len(headers) :]):
                    values["__extra__"] = "1"
                rows.append(Row(start, values))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise TabularError(fill(translate("Import", "Line %1: %2."), start, exc)) from None
    return Table(headers, [h.strip() for h in raw_headers], rows, encoding, delimiter)


def read_table(source: Path | bytes) -> Table:
    if isinstance(source, Path):
        try:
            if source.stat().st_size > MAX_BYTES:
                raise TabularError(
                    fill(translate("Import", "%1 is larger than 200 MB."), source.name)
                )
            data = source.read_bytes()
        except OSError as exc:
            raise TabularError(
                fill(translate("Import", "Can't read %1: %2."), source, exc.strerror or exc)
            ) from None
    else:
        data = source
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TabularError(translate("Import", "This is not a text (CSV) file."))
    text, encoding = decode(data)
    return parse_text(text, encoding)


def map_columns(
    table: Table, aliases: Mapping[str, Iterable[str]], required: Iterable[str] = ()
) -> dict[str, str]:
    """field -> header found in the file, trying each field's aliases (normalised).
    Raises TabularError naming missing required columns."""
    found: dict[str, str] = {}
    for name, names in aliases.items():
        for alias in [name, *names]:
            key = normalise_header(alias)
            if key in table.headers:
                found[name] = key
                break
    missing = [name for name in required if name not in found]
    if missing:
        text = translate("Import", "Missing column(s): %1. Found: %2.")
        raise TabularError(
            fill(text, ", ".join(missing), ", ".join(h for h in table.raw_headers if h))
        )
    return found
