"""What a card says, in words: its badges, its dates, and the description a screen reader
reads for it (the painted card has no text a reader can see)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from workbench import formatting
from workbench.palette import LIGHT, Colours
from workbench.services.board import Card, short_amount


def tr(text: str) -> str:
    return QCoreApplication.translate("Card", text)


def pills(card: Card, c: Colours) -> list[tuple[str, str, str]]:
    """The card's badges: (text, background, ink)."""
    found: list[tuple[str, str, str]] = []
    if card.gate_open:
        required = tr("{n} required").format(n=card.gate_open)
        found.append((required, c.gate_shut_bg, c.gate_shut))
    elif card.gate_tasks:
        found.append(("✓ " + tr("ready"), c.gate_open_bg, c.gate_open))
    if card.rotting:
        found.append((tr("idle"), c.rot_bg, c.rot))
    return found


def card_description(card: Card) -> str:
    """What a card shows, in words, for screen readers (the painted card has no text
    a reader can see)."""
    parts = [short_amount(card.value)]
    if card.expected_close is not None:
        parts.append(tr("closes {date}").format(date=short_date(card.expected_close)))
    if card.next_task_title:
        parts.append(tr("next task: {task}").format(task=card.next_task_title))
    else:
        parts.append(tr("No open task"))
    if card.overdue:
        parts.append(tr("task overdue"))
    if card.past_close:
        parts.append(tr("past its close date"))
    parts += [text for text, _bg, _ink in pills(card, LIGHT)]
    return "; ".join(parts)


def short_date(d: date) -> str:
    return formatting.day_short(d)
