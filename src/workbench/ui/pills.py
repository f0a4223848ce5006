"""Coloured badges painted in list delegates (the leads' response flag, Today's kinds)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter


def draw_pill(
    painter: QPainter, rect: QRect, colour: QColor, text: str, font: QFont, *, small: bool = False
) -> None:
    """White text on a rounded (for a square rect: round) coloured badge."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(QColor("white"))
    if small:
        font = QFont(font)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
