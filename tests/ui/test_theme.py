"""Dark mode and accessibility: the scheme follows the setting, painted cards and badges
stay readable in both schemes, and cards show keyboard focus and describe themselves to
screen readers."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from tests.ui.test_board import add_deal, column, make_board
from workbench.palette import DARK, LIGHT, Colours, contrast, ink_on
from workbench.services.board import Card
from workbench.ui import theme
from workbench.ui.board.delegate import CARD_HEIGHT, paint_card

SCHEMES = [pytest.param(LIGHT, id="light"), pytest.param(DARK, id="dark")]


@pytest.fixture
def app(qtbot) -> Iterator[QApplication]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    theme.apply_scheme(app, "light")  # the palette is the whole process's


def test_the_chosen_scheme_switches_the_colours_live(app, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    menu = theme.scheme_menu(parent, settings)
    dark = next(a for a in menu.actions() if a.data() == "dark")
    dark.trigger()
    assert settings.value(theme.SETTING) == "dark"
    assert theme.app_colours() is DARK
    assert app.palette().color(app.palette().ColorRole.Window).lightness() < 128
    next(a for a in menu.actions() if a.data() == "light").trigger()
    assert theme.app_colours() is LIGHT


def test_style_sheets_are_made_again_in_the_new_scheme(app, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    add_deal(ctx, 0, "Forklift pilot")
    theme.apply_scheme(app, "light")
    board = make_board(qtbot, ctx)
    assert LIGHT.board in board.styleSheet()
    theme.apply_scheme(app, "dark")
    qtbot.waitUntil(lambda: DARK.board in board.styleSheet(), timeout=5000)


def _card() -> Card:
    # Every mark at once: overdue, past its close date, idle, a shut stage gate.
    return Card(
        id=uuid.uuid4(),
        stage_id=uuid.uuid4(),
        title="Forklift pilot",
        account_name="Müller AG",
        amount_minor=150000,
        currency="EUR",
        expected_close=date(2026, 1, 5),
        owner_name="Ada Berg",
        next_task_title="Call back",
        next_task_due=None,
        overdue=True,
        past_close=True,
        rotting=True,
        gate_tasks=2,
        gate_open=1,
    )


@pytest.mark.parametrize("c", SCHEMES)
def test_card_text_reads_at_4_5_to_1_on_its_background(c: Colours, qtbot) -> None:  # type: ignore[no-untyped-def]
    # What the delegate paints, checked on the picture: the card's background is the
    # scheme's, and every text colour drawn on it reaches WCAG AA against it.
    image = QImage(300, CARD_HEIGHT + 8, QImage.Format.Format_ARGB32)
    image.fill(QColor(c.column))
    painter = QPainter(image)
    paint_card(painter, QRect(0, 0, 300, CARD_HEIGHT + 8), _card(), False, QFont(), c)
    painter.end()
    assert image.pixelColor(150, CARD_HEIGHT - 4).name() == c.card
    for ink in (c.ink, c.muted, c.danger, c.warn, c.rot, c.avatar_ink):
        assert contrast(ink, c.card) >= 4.5, ink
    for ink, bg in ((c.gate_shut, c.gate_shut_bg), (c.gate_open, c.gate_open_bg),
                    (c.rot, c.rot_bg), (c.avatar_ink, c.avatar)):  # fmt: skip
        assert contrast(ink, bg) >= 4.5, (ink, bg)


@pytest.mark.parametrize("c", SCHEMES)
def test_badges_and_kind_colours_are_readable(c: Colours) -> None:
    base = c.card
    for name in ("call", "meeting", "email", "visit", "lead", "offer", "delegated", "neutral"):
        fill = getattr(c, name)
        assert contrast(fill, base) >= 4.5, name  # as text on a row
        assert contrast(ink_on(fill), fill) >= 4.5, name  # as a badge with its letter
    for flag in (c.amber, c.red):
        assert contrast(ink_on(flag), flag) >= 4.5


def test_cards_show_focus_and_describe_themselves(app, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    theme.apply_scheme(app, "light")
    add_deal(ctx, 0, "Forklift pilot", "1500")
    board = make_board(qtbot, ctx)
    view = column(board, 0).view
    index = view.model().index(0, 0)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Forklift pilot")
    description = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "1.5k" in description and "next task: Confirm need" in description

    def focus_pixels() -> int:
        image = view.viewport().grab().toImage()
        focus = QColor(LIGHT.focus)
        return sum(
            image.pixelColor(x, y) == focus
            for x in range(0, image.width(), 2)
            for y in range(0, min(image.height(), CARD_HEIGHT + 8), 2)
        )

    assert focus_pixels() == 0
    view.setFocus(Qt.FocusReason.TabFocusReason)
    view.setCurrentIndex(index)
    qtbot.waitUntil(view.hasFocus, timeout=5000)
    qtbot.waitUntil(lambda: focus_pixels() > 20, timeout=5000)


def test_today_rows_name_their_badge_and_follow_the_scheme(app, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from workbench.domain.enums import TaskKind
    from workbench.services.tasks import add_task
    from workbench.ui.today import TodayArea

    theme.apply_scheme(app, "light")
    due = datetime.now(UTC) - timedelta(minutes=5)
    add_task(ctx.db, "Call Eva", kind=TaskKind.CALL, due_at=due)
    area = TodayArea(ctx)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitUntil(lambda: len(area.items()) == 1, timeout=5000)

    def call_row() -> tuple[str, QColor]:
        for cell, _item in area.model.entries():
            if cell.data(Qt.ItemDataRole.DisplayRole) == "Call Eva":
                head = cell.parent().data(Qt.ItemDataRole.ForegroundRole)
                return cell.data(Qt.ItemDataRole.AccessibleTextRole), head.color()
        raise AssertionError("no row")

    text, heading = call_row()
    assert text == "Call: Call Eva"
    assert heading.name() in {c for c in vars(LIGHT).values() if isinstance(c, str)}
    theme.apply_scheme(app, "dark")
    qtbot.waitUntil(lambda: call_row()[1].lightness() > 128, timeout=5000)
