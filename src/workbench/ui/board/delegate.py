"""Painting the cards: one delegate draws every card of a column, no widget per card."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap, QPixmapCache
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.services.board import Card, short_amount
from workbench.ui.board.model import CardRole

CARD_HEIGHT = 104
MARGIN_X, MARGIN_Y = 8, 4
PAD = 10

INK = QColor("#1f2328")
MUTED = QColor("#5f6b7a")
BORDER = QColor("#d8dee4")
CARD_BG = QColor("#ffffff")
SELECTED_BORDER = QColor("#2f6fed")
SELECTED_BG = QColor("#f2f6ff")
DANGER = QColor("#c62828")
WARN = QColor("#b26a00")
ROT = QColor("#8d6e63")
AVATAR_BG = QColor("#e3e9f6")
AVATAR_INK = QColor("#2f4a8a")
GATE_SHUT, GATE_SHUT_BG = QColor("#a3261e"), QColor("#fbe9e7")
GATE_OPEN, GATE_OPEN_BG = QColor("#1b6e3a"), QColor("#e3f3e8")


def _date(d: date) -> str:
    return d.strftime("%d %b %Y") if d.year != date.today().year else d.strftime("%d %b")


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Room for every card a large screen shows at once (about 150 KB each).
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 48 * 1024))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(max(160, option.rect.width()), CARD_HEIGHT + 2 * MARGIN_Y)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CardRole)
        if not isinstance(card, Card):
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[operator]
        painter.drawPixmap(option.rect.topLeft(), self._card_pixmap(card, selected, option))

    def _card_pixmap(self, card: Card, selected: bool, option: QStyleOptionViewItem) -> QPixmap:
        """The card drawn once and kept: a column repaints (a move, scrolling, a hover of
        the window) by copying pixmaps instead of laying out text again, which takes the
        interpreter lock from the write thread far less. Everything drawn is in the key."""
        size, ratio = (
            option.rect.size(),
            option.widget.devicePixelRatioF() if option.widget else 1.0,
        )
        # The whole repr, not a hash: two cards must never share a picture.
        key = repr(
            (card, selected, size.width(), size.height(), ratio, option.font.key(), date.today())
        )
        pixmap = QPixmapCache.find(key)
        if pixmap is None:
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            paint_card(painter, QRect(QPoint(0, 0), size), card, selected, option.font)
            painter.end()
            QPixmapCache.insert(key, pixmap)
        return pixmap


def paint_card(painter: QPainter, cell: QRect, card: Card, selected: bool, base: QFont) -> None:
    """Draw one card into `cell` (also used for the drag ghost)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(cell.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y))
    # A faint shadow, then the card.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 18))
    painter.drawRoundedRect(rect.translated(0, 1.5), 8, 8)
    painter.setBrush(SELECTED_BG if selected else CARD_BG)
    painter.setPen(QPen(SELECTED_BORDER if selected else BORDER, 1.5 if selected else 1))
    painter.drawRoundedRect(rect, 8, 8)
    # A warning stripe on the left edge when something needs attention.
    stripe = DANGER if card.overdue else WARN if card.past_close else ROT if card.rotting else None
    if stripe is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stripe)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top() + 6, 3.5, rect.height() - 12), 2, 2)

    inner = rect.adjusted(PAD + 2, PAD - 2, -PAD, -PAD + 2).toRect()
    bold = QFont(base)
    bold.setWeight(QFont.Weight.DemiBold)
    small = QFont(base)
    small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
    fm_bold, fm_small = QFontMetrics(bold), QFontMetrics(small)
    line = fm_bold.height() + 2

    # Owner initials in a circle, top right.
    avatar = 24
    circle = QRect(inner.right() - avatar + 1, inner.top(), avatar, avatar)
    if card.owner_initials:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(AVATAR_BG)
        painter.drawEllipse(circle)
        painter.setPen(AVATAR_INK)
        painter.setFont(small)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, card.owner_initials)

    text_w = inner.width() - avatar - 6
    y = inner.top()
    painter.setFont(bold)
    painter.setPen(INK)
    painter.drawText(
        QRect(inner.left(), y, text_w, line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        fm_bold.elidedText(card.title, Qt.TextElideMode.ElideRight, text_w),
    )
    y += line
    painter.setFont(small)
    painter.setPen(MUTED)
    painter.drawText(
        QRect(inner.left(), y, text_w, fm_small.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        fm_small.elidedText(card.account_name or "—", Qt.TextElideMode.ElideRight, text_w),
    )
    y += fm_small.height() + 6

    # Value left, expected close right.
    painter.setFont(bold)
    painter.setPen(INK)
    value = short_amount(card.value)
    painter.drawText(
        QRect(inner.left(), y, inner.width(), line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        value,
    )
    if card.expected_close is not None:
        painter.setFont(small)
        painter.setPen(WARN if card.past_close else MUTED)
        mark = "⚑ " if card.past_close else ""
        painter.drawText(
            QRect(inner.left(), y, inner.width(), line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{mark}{_date(card.expected_close)}",
        )
    y += line + 2

    # Next task (red when overdue), then the stage gate and the rotting mark as pills.
    painter.setFont(small)
    pills = []
    if card.gate_open:
        required = CardDelegate.tr("%n required", "", card.gate_open)
        pills.append((required, GATE_SHUT_BG, GATE_SHUT))
    elif card.gate_tasks:
        pills.append((CardDelegate.tr("✓ ready"), GATE_OPEN_BG, GATE_OPEN))
    if card.rotting:
        pills.append((CardDelegate.tr("idle"), QColor("#efe7e4"), ROT))
    widths = [fm_small.horizontalAdvance(text) + 12 for text, _bg, _fg in pills]
    task_w = inner.width() - sum(w + 6 for w in widths)
    if card.next_task_title:
        due = f" · {_date(card.next_task_due.astimezone().date())}" if card.next_task_due else ""
        text = f"☐ {card.next_task_title}{due}"
        painter.setPen(DANGER if card.overdue else MUTED)
    else:
        text = CardDelegate.tr("No open task")
        painter.setPen(MUTED)
    painter.drawText(
        QRect(inner.left(), y, task_w, fm_small.height() + 2),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        fm_small.elidedText(text, Qt.TextElideMode.ElideMiddle, task_w),
    )
    right = inner.right() + 1
    for (badge, bg, fg), width in zip(pills, widths, strict=True):
        pill = QRect(right - width, y, width, fm_small.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(pill, 7, 7)
        painter.setPen(fg)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
        right -= width + 6
    painter.restore()
