"""Window actions made one way: a QAction with its shortcut, added to the widget whose
keyboard focus it answers to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Keys = str | QKeySequence.StandardKey | None


def add_action(
    widget: QWidget,
    text: str,
    keys: Keys,
    slot: Callable[[], Any],
    *,
    name: str = "",
    local: bool = True,
    tooltip: bool = False,
) -> QAction:
    """`keys` is a key sequence ("Ctrl+Shift+Right") or a standard key, which brings every
    binding the platform has for it. A `local` action answers only while the focus is in
    `widget` (an area's keys don't fire in another area); `tooltip` names the keys."""
    action = QAction(text, widget)
    if name:
        action.setObjectName(name)
    if isinstance(keys, QKeySequence.StandardKey):
        action.setShortcuts(keys)
    elif keys:
        action.setShortcut(QKeySequence(keys))
    if local:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if tooltip and keys:
        action.setToolTip(f"{text} ({action.shortcut().toString()})")
    action.triggered.connect(slot)
    widget.addAction(action)
    return action
