"""Dragging cards on the board: the ghost that follows the pointer, the columns and the
Won / Lost zones it can be dropped on, and sideways scrolling near the edges."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from workbench.domain.enums import OpportunityStatus
from workbench.services.board import Card
from workbench.ui.board.column import ColumnWidget
from workbench.ui.board.delegate import CARD_HEIGHT, MARGIN_Y, paint_card


class DropZone(QLabel):
    def __init__(self, zone: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("dropZone")
        self.setProperty("zone", zone)
        self.setProperty("dropTarget", False)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(44)
        self.setMinimumWidth(80)
        self.zone = zone

    def set_drop_target(self, on: bool) -> None:
        if self.property("dropTarget") != on:
            self.setProperty("dropTarget", on)
            self.style().unpolish(self)
            self.style().polish(self)


class BoardDragging:
    """Part of BoardArea (ui/board/area.py): its columns, scroll area, ghost label and
    drop zones; it ends a drop with the area's request_move / request_close."""

    columns: dict[Any, ColumnWidget]
    _drag_card: Card | None

    def _drag_started(self, card: Card, pos: QPoint) -> None:
        self._drag_card = card
        width = next(iter(self.columns.values())).view.viewport().width() if self.columns else 260
        pixmap = QPixmap(width, CARD_HEIGHT + 2 * MARGIN_Y)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setOpacity(0.9)
        paint_card(painter, QRect(0, 0, pixmap.width(), pixmap.height()), card, True, self.font())
        painter.end()
        self.ghost.setPixmap(pixmap)
        self.ghost.resize(pixmap.size())
        self.ghost.raise_()
        self.ghost.show()
        self._drag_moved(pos)

    def _drag_moved(self, pos: QPoint) -> None:
        local = self.mapFromGlobal(pos)
        self.ghost.move(local - QPoint(self.ghost.width() // 2, 20))
        # Scroll the board sideways near its edges.
        viewport = self.scroll.viewport()
        x = viewport.mapFromGlobal(pos).x()
        bar = self.scroll.horizontalScrollBar()
        if x < 40:
            bar.setValue(bar.value() - 24)
        elif x > viewport.width() - 40:
            bar.setValue(bar.value() + 24)
        target = self._target_at(pos)
        for col in self.columns.values():
            col.set_drop_target(
                col is target
                and col.stage.id != (self._drag_card.stage_id if self._drag_card else None)
            )
        for zone in (self.won_zone, self.lost_zone):
            zone.set_drop_target(zone is target)

    def _drag_finished(self, pos: QPoint) -> None:
        card, target = self._drag_card, self._target_at(pos)
        self._drag_cancelled()
        if card is None or target is None:
            return
        if isinstance(target, ColumnWidget):
            self.request_move(card, target.stage.id)
        elif target is self.won_zone:
            self.request_close(card, OpportunityStatus.WON)
        elif target is self.lost_zone:
            self.request_close(card, OpportunityStatus.LOST)

    def _drag_cancelled(self) -> None:
        self._drag_card = None
        self.ghost.hide()
        for col in self.columns.values():
            col.set_drop_target(False)
        self.won_zone.set_drop_target(False)
        self.lost_zone.set_drop_target(False)

    def _target_at(self, pos: QPoint) -> QWidget | None:
        for zone in (self.won_zone, self.lost_zone):
            if zone.rect().contains(zone.mapFromGlobal(pos)):
                return zone
        viewport = self.scroll.viewport()
        if not viewport.rect().contains(viewport.mapFromGlobal(pos)):
            return None
        for col in self.columns.values():
            if col.rect().contains(col.mapFromGlobal(pos)):
                return col
        return None
