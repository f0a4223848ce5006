"""Lead import speed: a 50,000-row CSV (with some bad and duplicate rows) into a fresh
database. Prints `name value unit` lines.

    .venv/bin/python benchmarks/import_bench.py [--rows 50000]
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from workbench.services.lead_import import import_file
from workbench.services.setup import open_workbench

FIRST = "Anna Ben Clara David Emma Felix Greta Hugo Ida Jonas Karin Lukas Maria Nils".split()
LAST = "Müller Schmidt Weber Meyer Wagner Becker Smith Jones Dubois Rossi Nowak".split()
SOURCES = ["Web", "Referral", "Trade Show", "Purchased List", "Cold Call", "Newsletter", ""]


def write_leads_csv(path: Path, rows: int, seed: int = 3) -> None:
    """A purchased-list style file: semicolons, Windows-1252, a few bad e-mails and
    repeated rows, one quoted note with a line break every 100 rows."""
    rng = random.Random(seed)
    with path.open("w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(
            ["First Name", "Last Name", "Company", "Email", "Phone", "Lead Source", "Notes", "Fax"]
        )
        for i in range(rows):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            email = f"{first.lower()}.{i}@firma{i % 9000}.de"
            if i % 97 == 0:
                email = email.replace("@", "")  # rejected
            if i % 53 == 0 and i:
                email = f"{FIRST[0].lower()}.{i - 1}@firma{(i - 1) % 9000}.de"  # duplicate
            w.writerow(
                [
                    first,
                    last,
                    f"Firma {i % 9000} GmbH",
                    email,
                    f"+49 30 {1000000 + i}",
                    rng.choice(SOURCES),
                    "called\nonce" if i % 100 == 0 else "",
                    "",
                ]
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "leads.csv"
        write_leads_csv(source, args.rows)
        db = open_workbench(folder / "bench.sqlite").db
        started = time.perf_counter()
        result = import_file(db, source)
        first = time.perf_counter() - started
        started = time.perf_counter()
        again = import_file(db, source)
        second = time.perf_counter() - started
        db.close()
    print(f"import_rows {args.rows} rows")
    print(f"import_seconds {first:.2f} s")
    print(f"import_rows_per_second {args.rows / first:.0f} rows/s")
    print(f"import_imported {result.imported} rows")
    print(f"import_rejected {len(result.rejected)} rows")
    print(f"import_duplicates {result.skipped} rows")
    print(f"reimport_seconds {second:.2f} s")
    print(f"reimport_imported {again.imported} rows")


if __name__ == "__main__":
    main()
