"""Everything in the main window can be reached and worked from the keyboard: Tab goes
through every button and field of each area (none is skipped or traps the focus), each
takes the focus visibly, and every menu command has a shortcut or a mnemonic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from workbench.ui.areas import all_areas

ACTIONABLE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def _actionable(root: QWidget) -> list[QWidget]:
    """The controls a person can use in `root` as it is shown now."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, ACTIONABLE) or not widget.isVisible():
            continue
        if not widget.isEnabled():
            continue
        # Parts of a control (a spin box's or combo box's line edit, a view's header
        # buttons, a scroll bar's arrows) are reached with the control.
        if any(isinstance(a, ACTIONABLE) for a in _ancestors(widget, root)):
            continue
        if isinstance(widget, QLineEdit) and widget.isReadOnly():
            continue
        found.append(widget)
    return found


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    out = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        out.append(parent)
        parent = parent.parentWidget()
    return out


def _owner(widget: QWidget | None, controls: list[QWidget]) -> QWidget | None:
    while widget is not None:
        if widget in controls:
            return widget
        widget = widget.parentWidget()
    return None


def _tab_round(qtbot, window, controls: list[QWidget]) -> set[int]:  # type: ignore[no-untyped-def]
    """Press Tab from the navigation until the focus comes back round; the controls
    it passed."""
    window.nav.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.nav, timeout=2000)
    reached: set[int] = set()
    for _ in range(4 * len(controls) + 20):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is window.nav:
            break
        owner = _owner(now, controls)
        if owner is not None:
            reached.add(id(owner))
    return reached


@pytest.mark.parametrize("key", [a.key for a in all_areas()])
def test_tab_reaches_every_control_of_the_area(qtbot, main_window, key) -> None:  # type: ignore[no-untyped-def]
    window = main_window
    window.resize(1280, 800)
    area = window.show_area(key)
    qtbot.wait(200)  # the area's first rows arrive from the background
    controls = _actionable(area)
    assert controls
    no_focus = [
        c.objectName() or c.metaObject().className() + ":" + getattr(c, "text", lambda: "")()
        for c in controls
        if not c.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert no_focus == []
    reached = _tab_round(qtbot, window, controls)
    missed = [
        c.objectName() or c.metaObject().className() + ":" + getattr(c, "text", lambda: "")()
        for c in controls
        if id(c) not in reached
    ]
    assert missed == []


def _menu_actions(menu: QMenu) -> list[QAction]:
    out = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            out += _menu_actions(action.menu())
        out.append(action)
    return out


def test_every_menu_command_has_a_key(main_window) -> None:  # type: ignore[no-untyped-def]
    bar = main_window.menuBar()
    missing = []
    for top in bar.actions():
        assert "&" in top.text(), top.text()
        for action in _menu_actions(top.menu()):
            if "&" not in action.text() and action.shortcut().isEmpty():
                missing.append(action.text())
    assert missing == []


def _qts_own(action: QAction) -> bool:
    """Qt's own parts: a line edit's clear button (Ctrl+A, Delete does the same), a
    calendar's month menu (reached with its arrow keys)."""
    owners = [action, *action.associatedObjects()]
    return any(o.objectName().startswith(("_q_", "qt_")) for o in owners)


def _reachable(action: QAction) -> bool:
    """A shortcut, a button that takes the focus, or a menu (opened from the keyboard)."""
    if not action.shortcut().isEmpty() or _qts_own(action):
        return True
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            return True
        if (
            isinstance(owner, QAbstractButton)
            and owner.isVisible()
            and owner.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return True
    return False


@pytest.mark.parametrize("key", [a.key for a in all_areas()])
def test_area_actions_are_reachable_from_the_keyboard(qtbot, main_window, key) -> None:  # type: ignore[no-untyped-def]
    area = main_window.show_area(key)
    qtbot.wait(100)
    missing = [
        a.text() or a.objectName()
        for a in area.findChildren(QAction)
        # Qt's own (a line edit's clear button: Ctrl+A, Delete does the same).
        if a.isVisible()
        and a.isEnabled()
        and not a.objectName().startswith("_q_")
        and not _reachable(a)
    ]
    assert missing == []
