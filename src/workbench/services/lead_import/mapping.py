"""Which lead field each column fills: guessed from the headers, or from a mapping file."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.services.lead_import.reading import ImportFileError
from workbench.services.lead_import.vocabulary import FIELDS, HEADER_FIELDS, _key

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
