"""Importing leads from CSV and XLSX files: web-form dumps, purchased lists, other CRMs.

Reading is forgiving (encoding, delimiter and header names are detected), checking is
strict (every row is validated; a rejected row is reported with its line number and the
reason), and writing is all or nothing: the valid rows go in one transaction, so a failed,
interrupted or killed import leaves the database as it was. Rows that match a lead, contact
or account already there (or an earlier row of the same file) are skipped or merged, so
importing the same file twice creates no duplicates.

vocabulary has the header names and values understood, reading the files, mapping the
columns, checking the rows, writing the import and its report.
"""

from __future__ import annotations

from workbench.services.lead_import.checking import ParsedRow, RowProblem, check_row, check_rows
from workbench.services.lead_import.mapping import (
    Mapping,
    apply_overrides,
    auto_mapping,
    load_mapping_file,
    unmapped_columns,
)
from workbench.services.lead_import.reading import ImportFileError, RawTable, read_table
from workbench.services.lead_import.vocabulary import FIELDS, HEADER_FIELDS
from workbench.services.lead_import.writing import (
    DuplicatePolicy,
    DuplicateRow,
    ImportResult,
    Progress,
    import_file,
    run_import,
    write_report,
)

__all__ = [
    "FIELDS",
    "HEADER_FIELDS",
    "DuplicatePolicy",
    "DuplicateRow",
    "ImportFileError",
    "ImportResult",
    "Mapping",
    "ParsedRow",
    "Progress",
    "RawTable",
    "RowProblem",
    "apply_overrides",
    "auto_mapping",
    "check_row",
    "check_rows",
    "import_file",
    "load_mapping_file",
    "read_table",
    "run_import",
    "unmapped_columns",
    "write_report",
]
