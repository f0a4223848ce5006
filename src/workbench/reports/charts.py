"""Charts drawn with reportlab's chart library: the same drawing goes into the PDF as
vectors and, as SVG, into the window and the server's pages, so a chart looks the same
everywhere. Colours come from a palette the caller passes (light or dark), made from
the app's (workbench/palette.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from workbench import formatting, palette
from workbench.palette import Colours
from workbench.reports.model import Chart
from workbench.texts import translate


@dataclass(frozen=True)
class Palette:
    text: str
    grid: str
    series: tuple[str, ...]
    background: str | None = None  # transparent: the window's own background shows


def _palette(c: Colours) -> Palette:
    return Palette(text=c.ink, grid=c.border, series=c.series)


# The app's palette (workbench/palette.py) in its two schemes.
LIGHT = _palette(palette.LIGHT)
DARK = _palette(palette.DARK)


def _short(label: str, width: int) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def drawing(
    chart: Chart,
    width: float = 640,
    height: float = 260,
    palette: Palette = LIGHT,
    font: str = "Helvetica",
) -> Drawing:
    d = Drawing(width, height)
    if palette.background:
        d.add(
            Rect(
                0, 0, width, height, fillColor=colors.HexColor(palette.background), strokeColor=None
            )
        )
    text = colors.HexColor(palette.text)
    d.add(String(8, height - 16, chart.title, fontName=font, fontSize=11, fillColor=text))
    if not chart.categories or not chart.series:
        d.add(
            String(
                8,
                height / 2,
                translate("Reports", "No figures in this period."),
                fontName=font,
                fontSize=10,
                fillColor=text,
            )
        )
        return d
    plot = HorizontalLineChart() if chart.line else VerticalBarChart()
    plot.x, plot.y = 50, 60
    plot.width, plot.height = width - 170, height - 100
    plot.data = [list(s.values) for s in chart.series]
    # About 4.5 points a character at 7 pt: labels fit their slot, or slant when they can't.
    fit = int(plot.width / len(chart.categories) / 4.5)
    many = fit < 12
    fit = 16 if many else fit
    plot.categoryAxis.categoryNames = [_short(c, fit) for c in chart.categories]
    plot.categoryAxis.labels.fontName = font
    plot.categoryAxis.labels.fontSize = 7
    plot.categoryAxis.labels.fillColor = text
    plot.categoryAxis.strokeColor = colors.HexColor(palette.grid)
    if many:
        plot.categoryAxis.labels.angle = 30
        plot.categoryAxis.labels.boxAnchor = "ne"
    plot.valueAxis.labels.fontName = font
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.labels.fillColor = text
    plot.valueAxis.strokeColor = colors.HexColor(palette.grid)
    plot.valueAxis.gridStrokeColor = colors.HexColor(palette.grid)
    plot.valueAxis.visibleGrid = True
    plot.valueAxis.valueMin = 0
    plot.valueAxis.labelTextFormat = _axis_number
    for i, _series in enumerate(chart.series):
        colour = colors.HexColor(palette.series[i % len(palette.series)])
        if chart.line:
            plot.lines[i].strokeColor = colour
            plot.lines[i].strokeWidth = 2
        else:
            plot.bars[i].fillColor = colour
            plot.bars[i].strokeColor = None
    if chart.stacked and not chart.line:
        plot.categoryAxis.style = "stacked"
    d.add(plot)
    legend = Legend()
    legend.x, legend.y = width - 120, height - 40
    legend.fontName, legend.fontSize = font, 8
    legend.fillColor = text
    legend.alignment = "right"
    legend.columnMaximum = 12  # one column: a second would run off the drawing
    legend.colorNamePairs = [
        (colors.HexColor(palette.series[i % len(palette.series)]), s.name)
        for i, s in enumerate(chart.series)
    ]
    d.add(legend)
    if chart.unit:
        d.add(String(8, height - 30, chart.unit, fontName=font, fontSize=8, fillColor=text))
    return d


def _axis_number(value: float) -> str:
    return formatting.number_compact(value)


def to_svg(
    chart: Chart, width: float = 640, height: float = 260, palette: Palette = LIGHT
) -> bytes:
    svg: str = renderSVG.drawToString(drawing(chart, width, height, palette))
    # Qt's SVG renderer (SVG Tiny) does not know clipPath and would paint its rectangle
    # black over the chart; the drawing stays inside its box anyway.
    svg = _CLIP.sub("", svg).replace(' style="clip-path: url(#clip)"', "")
    # reportlab writes "fill: None", which browsers forgive and Qt reads as black.
    svg = svg.replace("fill: None", "fill: none")
    return svg.encode("utf-8")


_CLIP = re.compile(r"<clipPath id=\"clip\">.*?</clipPath>", re.DOTALL)
