"""What a card says, in words: its badges, its dates, and the description a screen reader
reads for it (the painted card has no text a reader can see)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from workbench import formatting
from workbench.palette import LIGHT, Colours
from workbench.services.board import Card, short_amount


def pills(card: Card, c: Colours) -> list[tuple[str, str, str]]:
    """The card's badges: (text, background, ink)."""
    found: list[tuple[str, str, str]] = []
    if card.gate_open:
        required = QCoreApplication.translate("Card", "{n} required").format(n=card.gate_open)
        found.append((required, c.gate_shut_bg, c.gate_shut))
    elif card.gate_tasks:
        found.append(
            ("✓ " + QCoreApplication.translate("Card", "ready"), c.gate_open_bg, c.gate_open)
        )
    if card.rotting:
        found.append((QCoreApplication.translate("Card", "idle"), c.rot_bg, c.rot))
    return found


def card_description(card: Card) -> str:
    """What a card shows, in words, for screen readers (the painted card has no text
    a reader can see)."""
    parts = [short_amount(card.value)]
    if card.expected_close is not None:
        parts.append(
            QCoreApplication.translate("Card", "closes {date}").format(
                date=short_date(card.expected_close)
            )
        )
    if card.next_task_title:
        parts.append(
            QCoreApplication.translate("Card", "next task: {task}").format(
                task=card.next_task_title
            )
        )
    else:
        parts.append(QCoreApplication.translate("Card", "No open task"))
    if card.overdue:
        parts.append(QCoreApplication.translate("Card", "task overdue"))
    if card.past_close:
        parts.append(QCoreApplication.translate("Card", "past its close date"))
    parts += [text for text, _bg, _ink in pills(card, LIGHT)]
    return "; ".join(parts)


def short_date(d: date) -> str:
    return formatting.day_short(d)
