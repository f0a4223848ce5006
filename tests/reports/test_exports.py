"""Exports read back: the PDF with pypdf, the XLSX with openpyxl, the CSV as text; and the
`workbench report` command end to end."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from workbench.domain.enums import EventKind as K
from workbench.reports.export import export_report

from .conftest import World


@pytest.fixture
def hostile(world: World) -> World:
    world.deal('=HYPERLINK("http://evil","x")', "Anna", "2026-05-01 09:00", "Qualify", "1234.5")
    world.deal("+SUM(A1)", "Ben", "2026-05-01 09:00", "Propose", "100", "USD")
    world.deal(
        "Clean", "Cleo", "2026-04-01 09:00", "Negotiate", "2500", expected_close=date(2026, 6, 1)
    )
    world.deal(
        "Won",
        "Anna",
        "2026-04-01 09:00",
        "Negotiate",
        "4000",
        history=[("2026-05-10 09:00", K.WON, {})],
    )
    return world


def test_csv_neutralises_formulas_and_keeps_figures_as_numbers(
    hostile: World, tmp_path: Path
) -> None:
    path = export_report(hostile.report("slipping", "2026-07"), "csv", tmp_path / "r.csv")
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    titles = {r[0] for r in rows if r}
    assert '\'=HYPERLINK("http://evil","x")' in titles and "'+SUM(A1)" in titles
    assert not any(cell.startswith(("=", "+", "@")) for r in rows for cell in r)
    slipping = next(r for r in rows if r and r[0] == "Clean")
    assert slipping[3:5] == ["2500.00", "EUR"]  # amount and its currency, apart


def test_xlsx_has_a_sheet_per_table_numbers_with_formats_and_no_formulas(
    hostile: World, tmp_path: Path
) -> None:
    path = export_report(hostile.report("pipeline"), "xlsx", tmp_path / "p.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "About",
        "Open deals by stage in EUR",
        "Open deals by stage, per curren",
    ]
    sheet = book["Open deals by stage, per curren"]
    header = [c.value for c in sheet[1]]
    assert header == ["Stage", "Currency", "Deals", "Value", "Weighted value"]
    values = {(r[0].value, r[1].value): r for r in sheet.iter_rows(min_row=2)}
    qualify = values[("Qualify", "EUR")]
    assert qualify[2].value == 1 and qualify[3].value == 1234.5
    assert isinstance(qualify[3].value, float | int) and "EUR" in qualify[3].number_format
    assert qualify[4].value == pytest.approx(123.45)
    assert values[("Propose", "USD")][3].number_format.endswith('"USD"')
    slipping = export_report(hostile.report("slipping", "2026-07"), "xlsx", tmp_path / "s.xlsx")
    cells = [
        c for row in openpyxl.load_workbook(slipping)["Slipping deals"].iter_rows() for c in row
    ]
    hostile_cell = next(c for c in cells if str(c.value).startswith("'=HYPERLINK"))
    assert hostile_cell.data_type == "s"
    assert not any(c.data_type == "f" for c in cells)


def test_pdf_reads_back_with_title_tables_and_definition(hostile: World, tmp_path: Path) -> None:
    path = export_report(hostile.report("forecast"), "pdf", tmp_path / "f.pdf")
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert reader.metadata.title == "Forecast"
    for expected in (
        "Forecast",
        "Q2 2026",
        "Forecast per rep",
        "Cleo",
        "€2,500",
        "€4,000",
        "How it is computed",
        "Commit",
    ):
        assert expected in text, expected


def _workbench(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "Europe/Vienna"}
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_cli_lists_writes_and_refuses_bad_input_clearly(
    hostile: World, db_path: Path, tmp_path: Path
) -> None:
    hostile.db.close()
    listed = _workbench("report", "--list", db=db_path)
    assert (
        listed.returncode == 0
        and "win-rate" in listed.stdout
        and "staying-in-touch" in listed.stdout
    )
    out = tmp_path / "q2.xlsx"
    done = _workbench(
        "report", "win-rate", "--period", "2026-Q2", "--rep", "anna", "-o", str(out), db=db_path
    )
    assert done.returncode == 0, done.stderr
    assert "Anna" in done.stdout and out.exists()
    sheet = openpyxl.load_workbook(out)["Per rep"]
    assert [c.value for c in sheet[2]][:3] == ["Anna", 1, 0]
    for args, message in (
        (["report", "nonsense", "-o", str(tmp_path / "x.pdf")], "There is no report “nonsense”"),
        (
            ["report", "pipeline", "--period", "soon", "-o", str(tmp_path / "x.pdf")],
            "“soon” is not a period",
        ),
        (
            ["report", "pipeline", "--rep", "Zed", "-o", str(tmp_path / "x.pdf")],
            "There is no person “Zed”",
        ),
        (["report", "pipeline", "-o", str(tmp_path / "x.doc")], "Choose the format"),
        (["report", "pipeline", "--currency", "XYZ", "-o", str(tmp_path / "x.csv")], "XYZ"),
        (["report", "pipeline", "-o", str(tmp_path / "missing" / "x.csv")], "does not exist"),
    ):
        result = _workbench(*args, db=db_path)
        assert result.returncode != 0 and message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_chart_svg_avoids_what_qts_svg_renderer_paints_black(hostile: World) -> None:
    """Qt's SVG renderer paints a clipPath's rectangle and a "fill: None" shape black: the
    charts the window shows must have neither, line charts included."""
    from workbench.reports.charts import DARK, to_svg

    for name in ("pipeline", "activity", "forecast"):
        for chart in hostile.report(name).charts:
            for palette in (None, DARK):
                svg = to_svg(chart, palette=palette) if palette else to_svg(chart)
                text = svg.decode()
                assert "<clipPath" not in text and "fill: None" not in text, (name, chart.title)
