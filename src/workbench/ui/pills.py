"""Coloured badges painted in list delegates (the leads' response flag, Today's kinds)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from workbench.palette import ink_on
from workbench.ui.theme import qcolor


def draw_pill(
    painter: QPainter, rect: QRect, colour: QColor, text: str, font: QFont, *, small: bool = False
) -> None:
    """A rounded (for a square rect: round) coloured badge, its text in white or
    near-black, whichever reads better on the colour (palette.ink_on)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(qcolor(ink_on(colour.name())))
    if small:
        font = QFont(font)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
