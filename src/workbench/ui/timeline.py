"""A read-only activity timeline for a deal, contact, account or lead."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from workbench import formatting
from workbench.services.timeline import TimelineEntry, timeline_for
from workbench.ui.changes import OpChanges
from workbench.ui.context import AppContext
from workbench.ui.pills import draw_pill
from workbench.ui.theme import colours_for, qcolor

# A letter on a coloured disc per kind: readable with any font, unlike emoji.
# (letter, the palette's colour for it)
_BADGES = {
    "call": ("C", "call"),
    "meeting": ("M", "meeting"),
    "email": ("E", "email"),
    "visit": ("V", "visit"),
    "stage_changed": ("→", "neutral"),
    "created": ("+", "neutral"),
    "won": ("W", "lead"),
    "lost": ("L", "red"),
    "task_done": ("✓", "lead"),
    "offer_sent": ("O", "offer"),
    "offer_accepted": ("O", "lead"),
    "offer_rejected": ("O", "red"),
    "reopened": ("R", "neutral"),
}
_WATCHED = frozenset({"activity", "opportunity_event", "task", "opportunity"})


class TimelineModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.entries: list[TimelineEntry] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.UserRole:
            return entry
        if role == Qt.ItemDataRole.AccessibleTextRole:
            when = formatting.moment(entry.at)
            return ", ".join(x for x in (entry.title, when, entry.user_name, entry.detail) if x)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.detail or None
        return None

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()


class TimelineDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        entry: TimelineEntry = index.data(Qt.ItemDataRole.UserRole)
        return QSize(option.rect.width(), 52 if entry.detail else 36)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry: TimelineEntry = index.data(Qt.ItemDataRole.UserRole)
        painter.save()
        rect: QRect = option.rect.adjusted(6, 4, -6, -4)
        c = colours_for(option.palette)  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, qcolor(c.selected))
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(qcolor(c.focus))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        letter, kind = _BADGES.get(entry.kind, ("•", "neutral"))
        badge = QRect(rect.left(), rect.top() + 1, 20, 20)
        draw_pill(painter, badge, qcolor(getattr(c, kind)), letter, option.font)
        text_left = rect.left() + 28
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(qcolor(c.call) if entry.planned else qcolor(c.ink))
        when = formatting.moment(entry.at)
        planned = QCoreApplication.translate("Timeline", "(planned)")
        title = f"{entry.title}  {planned}" if entry.planned else entry.title
        painter.drawText(
            QRect(text_left, rect.top(), rect.width() - 270, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(
                title, Qt.TextElideMode.ElideRight, rect.width() - 280
            ),
        )
        painter.setFont(option.font)
        painter.setPen(qcolor(c.muted))
        meta = f"{when} · {entry.user_name}" if entry.user_name else when
        painter.drawText(
            QRect(rect.right() - 240, rect.top(), 240, 20),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(meta, Qt.TextElideMode.ElideLeft, 240),
        )
        if entry.detail:
            painter.drawText(
                QRect(text_left, rect.top() + 20, rect.width() - 30, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(
                    entry.detail, Qt.TextElideMode.ElideRight, rect.width() - 30
                ),
            )
        painter.restore()


class TimelineView(QListView):
    """Shows the timeline of one record; reloads in the background when activities,
    tasks or deal history change anywhere in the app."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.ctx = ctx
        self.timeline_model = TimelineModel()
        self.setModel(self.timeline_model)
        self.setItemDelegate(TimelineDelegate(self))
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._target: dict[str, uuid.UUID] = {}
        self._generation = 0
        ctx.changes.changed.connect(self._on_changes)

    def show_for(
        self,
        *,
        opportunity_id: uuid.UUID | None = None,
        contact_id: uuid.UUID | None = None,
        account_id: uuid.UUID | None = None,
        lead_id: uuid.UUID | None = None,
    ) -> None:
        target = {
            k: v
            for k, v in (
                ("opportunity_id", opportunity_id),
                ("contact_id", contact_id),
                ("account_id", account_id),
                ("lead_id", lead_id),
            )
            if v is not None
        }
        self._target = target
        self.reload()

    def reload(self) -> None:
        if not self._target:
            self.timeline_model.set_entries([])
            return
        self._generation += 1
        generation, target, db = self._generation, dict(self._target), self.ctx.db

        def arrived(entries: list[TimelineEntry]) -> None:
            if generation == self._generation:
                self.timeline_model.set_entries(entries)

        self.ctx.runner.run(lambda: timeline_for(db, **target), arrived, owner=self)

    def _on_changes(self, changes: OpChanges) -> None:
        if self._target and changes.touches(_WATCHED):
            self.reload()
