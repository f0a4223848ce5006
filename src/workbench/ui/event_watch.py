"""Event filters written in Python, made safe against the cycle collector.

A filter object and the widget it watches usually hold each other (the filter is the
widget's child and keeps a callback into it). When such a cycle is collected, Python
clears the filter's attributes first and Qt deletes the objects only afterwards; events
that arrive in between (a palette change sent to every window, a resize) reached a filter
with no attributes and raised inside Qt's event loop."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject


class EventWatcher(QObject):
    """Calls `seen(event)` for the `kinds` of event that reach `watched`, and only while
    this watcher's Python side is whole."""

    def __init__(self, parent: QObject, watched: QObject, kinds: Iterable[QEvent.Type]) -> None:
        super().__init__(parent)
        self._kinds = frozenset(kinds)
        self._watched = watched
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The collector clears the whole attribute dict at once: `_watched` missing means
        # everything set in __init__ (and by the subclass) is gone too.
        mine = self.__dict__.get("_watched")
        if mine is not None and watched is mine and event.type() in self._kinds:
            self.seen(event)
        return False

    def seen(self, event: QEvent) -> None:
        raise NotImplementedError
