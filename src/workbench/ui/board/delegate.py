"""Painting the cards: one delegate draws every card of a column, no widget per card."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen, QPixmap, QPixmapCache
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.palette import Colours
from workbench.services.board import Card, short_amount
from workbench.ui.board.card_text import pills as card_pills
from workbench.ui.board.card_text import short_date
from workbench.ui.board.model import CardRole
from workbench.ui.column_layout import elide_words
from workbench.ui.theme import app_colours, qcolor

CARD_HEIGHT = 104
MARGIN_X, MARGIN_Y = 8, 4
PAD = 10


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
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        # The current card of the focused column shows where the keyboard is.
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        pixmap = self._card_pixmap(card, selected, focused, option)
        painter.drawPixmap(option.rect.topLeft(), pixmap)

    def _card_pixmap(
        self, card: Card, selected: bool, focused: bool, option: QStyleOptionViewItem
    ) -> QPixmap:
        """The card drawn once and kept: a column repaints (a move, scrolling, a hover of
        the window) by copying pixmaps instead of laying out text again, which takes the
        interpreter lock from the write thread far less. Everything drawn is in the key."""
        size, ratio = (
            option.rect.size(),
            option.widget.devicePixelRatioF() if option.widget else 1.0,
        )
        # The whole repr, not a hash: two cards must never share a picture.
        colours = app_colours()
        key = repr(
            (
                card,
                selected,
                focused,
                colours.dark,
                size.width(),
                size.height(),
                ratio,
                option.font.key(),
                date.today(),
            )
        )
        pixmap = QPixmapCache.find(key)
        if pixmap is None:
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            cell = QRect(QPoint(0, 0), size)
            paint_card(painter, cell, card, selected, option.font, colours, focused=focused)
            painter.end()
            QPixmapCache.insert(key, pixmap)
        return pixmap


def paint_card(
    painter: QPainter,
    cell: QRect,
    card: Card,
    selected: bool,
    base: QFont,
    colours: Colours | None = None,
    *,
    focused: bool = False,
) -> None:
    """Draw one card into `cell` (also used for the drag ghost)."""
    c = colours or app_colours()
    ink, muted, danger, warn, rot = (qcolor(x) for x in (c.ink, c.muted, c.danger, c.warn, c.rot))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(cell.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y))
    # A faint shadow, then the card.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(c.shadow))
    painter.drawRoundedRect(rect.translated(0, 1.5), 8, 8)
    painter.setBrush(qcolor(c.selected if selected else c.card))
    painter.setPen(QPen(qcolor(c.accent if selected else c.border), 1.5 if selected else 1))
    painter.drawRoundedRect(rect, 8, 8)
    if focused:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(qcolor(c.focus), 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect.adjusted(2.5, 2.5, -2.5, -2.5), 6, 6)
    # A warning stripe on the left edge when something needs attention.
    stripe = danger if card.overdue else warn if card.past_close else rot if card.rotting else None
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
        painter.setBrush(qcolor(c.avatar))
        painter.drawEllipse(circle)
        painter.setPen(qcolor(c.avatar_ink))
        painter.setFont(small)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, card.owner_initials)

    text_w = inner.width() - avatar - 6
    y = inner.top()
    painter.setFont(bold)
    painter.setPen(ink)
    painter.drawText(
        QRect(inner.left(), y, text_w, line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        elide_words(card.title, fm_bold, text_w),
    )
    y += line
    painter.setFont(small)
    painter.setPen(muted)
    painter.drawText(
        QRect(inner.left(), y, text_w, fm_small.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        elide_words(card.account_name or "—", fm_small, text_w),
    )
    y += fm_small.height() + 6

    # Value left, expected close right.
    painter.setFont(bold)
    painter.setPen(ink)
    value = short_amount(card.value)
    painter.drawText(
        QRect(inner.left(), y, inner.width(), line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        value,
    )
    if card.expected_close is not None:
        painter.setFont(small)
        painter.setPen(warn if card.past_close else muted)
        mark = "⚑ " if card.past_close else ""
        painter.drawText(
            QRect(inner.left(), y, inner.width(), line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{mark}{short_date(card.expected_close)}",
        )
    y += line + 2

    # Next task (red when overdue), then the stage gate and the rotting mark as pills.
    painter.setFont(small)
    pills = [(text, qcolor(bg), qcolor(fg)) for text, bg, fg in card_pills(card, c)]
    widths = [fm_small.horizontalAdvance(text) + 12 for text, _bg, _fg in pills]
    task_w = inner.width() - sum(w + 6 for w in widths)
    if card.next_task_title:
        due = (
            f" · {short_date(card.next_task_due.astimezone().date())}" if card.next_task_due else ""
        )
        painter.setPen(danger if card.overdue else muted)
    else:
        due = ""
        painter.setPen(muted)
    # The task is cut at a word end; its due date always shows. When it does not fit
    # beside the pills, the pills take the card's last line and the task the whole width.
    title = (
        f"☐ {card.next_task_title}"
        if card.next_task_title
        else QCoreApplication.translate("Card", "No open task")
    )
    pill_y = y
    if pills and fm_small.horizontalAdvance(title + due) > task_w:
        task_w = inner.width()
        pill_y = y + fm_small.height() + 5
    text = elide_words(title, fm_small, task_w - fm_small.horizontalAdvance(due)) + due
    painter.drawText(
        QRect(inner.left(), y, task_w, fm_small.height() + 2),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        fm_small.elidedText(text, Qt.TextElideMode.ElideRight, task_w),
    )
    right = inner.right() + 1
    for (badge, bg, fg), width in zip(pills, widths, strict=True):
        pill = QRect(right - width, pill_y, width, fm_small.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(pill, 7, 7)
        painter.setPen(fg)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
        right -= width + 6
    painter.restore()
