"""A report as a PDF a director would forward: the title and period, the charts, every
table with its totals in bold, and how the figures are computed."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from functools import partial

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from workbench import formatting
from workbench.reports.charts import drawing
from workbench.reports.model import Kind, Report, Table
from workbench.reports.text import cell_text
from workbench.services.pdf_fonts import fonts, markup
from workbench.services.pdf_pages import CountedPagesCanvas
from workbench.texts import fill, translate

_PAGE = landscape(A4)
_NUMERIC = (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.DAYS, Kind.NUMBER)


def to_pdf(report: Report, locale: str | None = None) -> bytes:
    locale = locale or formatting.current_locale()
    f = fonts()
    title = ParagraphStyle("title", fontName=f.bold, fontSize=18, leading=22, spaceAfter=4)
    sub = ParagraphStyle(
        "sub", fontName=f.regular, fontSize=10, leading=13, textColor=colors.HexColor("#5f6368")
    )
    heading = ParagraphStyle(
        "h", fontName=f.bold, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4
    )
    body = ParagraphStyle("body", fontName=f.regular, fontSize=8.5, leading=11)
    cell = ParagraphStyle("cell", fontName=f.regular, fontSize=7.5, leading=9)
    story: list[Flowable] = [
        Paragraph(markup(report.title, f.bold), title),
        Paragraph(markup(report.subtitle, f.regular), sub),
        Spacer(1, 4 * mm),
    ]
    width = _PAGE[0] - 30 * mm
    for chart in report.charts:
        story.append(
            KeepTogether([drawing(chart, width, 70 * mm, font=f.regular), Spacer(1, 4 * mm)])
        )
    for table in report.tables:
        story.append(CondPageBreak(40 * mm))
        story.append(Paragraph(markup(table.title, f.bold), heading))
        story.append(_table(table, width, cell, f.regular, f.bold, locale))
        if table.note:
            story.append(Spacer(1, 2 * mm))
            story.append(Paragraph(markup(table.note, f.regular), body))
    for note in report.notes:
        story.append(Paragraph(markup(note, f.regular), body))
    story.append(Paragraph(markup(translate("Reports", "How it is computed"), f.bold), heading))
    story.append(Paragraph(markup(report.how, f.regular), body))
    out = io.BytesIO()
    made = fill(translate("Reports", "made %1"), formatting.moment(datetime.now(UTC), locale))
    about = f"{report.title} · {report.subtitle} · {made}"

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(f.regular, 7)
        canvas.setFillColor(colors.HexColor("#5f6368"))
        canvas.drawString(15 * mm, 8 * mm, about)
        numbered = fill(
            translate("Reports", "Page %1 of %2"),
            formatting.number(page, locale),
            formatting.number(pages, locale),
        )
        canvas.drawRightString(_PAGE[0] - 15 * mm, 8 * mm, numbered)
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out,
        pagesize=_PAGE,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=report.title,
        subject=report.subtitle,
    )
    doc.build(story, canvasmaker=partial(CountedPagesCanvas, page_number=footer))
    return out.getvalue()


def _table(
    table: Table, width: float, style: ParagraphStyle, regular: str, bold: str, locale: str
) -> PdfTable:
    header = [Paragraph(markup(c.title, bold), style) for c in table.columns]
    data: list[list[object]] = [header]
    for row in table.rows:
        font = bold if row.total else regular
        data.append(
            [
                Paragraph(markup(cell_text(row.cells.get(c.key), c.kind, locale), font), style)
                if c.kind not in _NUMERIC
                else cell_text(row.cells.get(c.key), c.kind, locale)
                for c in table.columns
            ]
        )
    if len(data) == 1:
        empty = translate("Reports", "No records in this period.")
        data.append([empty, *([""] * (len(table.columns) - 1))])
    first = min(width * 0.3, 60 * mm)
    rest = (width - first) / max(1, len(table.columns) - 1)
    t = PdfTable(data, colWidths=[first] + [rest] * (len(table.columns) - 1), repeatRows=1)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), regular, 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0fe")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1a73e8")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f8f9fa")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for i, c in enumerate(table.columns):
        if c.kind in _NUMERIC:
            commands.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    for r, row in enumerate(table.rows, start=1):
        if row.total:
            commands.append(("FONT", (0, r), (-1, r), bold, 7.5))
            commands.append(("LINEABOVE", (0, r), (-1, r), 0.5, colors.HexColor("#5f6368")))
    t.setStyle(TableStyle(commands))
    return t
