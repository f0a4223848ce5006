"""A hybrid logical clock for sync stamps.

Stamps order changes across devices even when wall clocks drift: each stamp is larger than
every stamp this device has issued or seen. They are fixed-width strings, so comparing
strings compares stamps, in SQL as in Python.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

_COUNTER_MAX = 0xFFFF


def format_stamp(millis: int, counter: int, node: str) -> str:
    return f"{millis:013d}-{counter:04x}-{node}"


def parse_stamp(stamp: str) -> tuple[int, int, str]:
    millis, counter, node = stamp.split("-", 2)
    return int(millis), int(counter, 16), node


class HybridLogicalClock:
    def __init__(
        self, node: str, last: str | None = None, wall: Callable[[], int] | None = None
    ) -> None:
        if not node or "-" in node:
            raise ValueError("node id must be non-empty and contain no '-'")
        self.node = node
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()
        self._millis, self._counter = 0, 0
        if last:
            self._millis, self._counter, _ = parse_stamp(last)

    def now(self) -> str:
        with self._lock:
            wall = self._wall()
            if wall > self._millis:
                self._millis, self._counter = wall, 0
            else:
                self._bump()
            return format_stamp(self._millis, self._counter, self.node)

    def receive(self, remote: str) -> None:
        """Advance past a stamp seen from another device."""
        r_millis, r_counter, _ = parse_stamp(remote)
        with self._lock:
            if (r_millis, r_counter) > (self._millis, self._counter):
                self._millis, self._counter = r_millis, r_counter

    def _bump(self) -> None:
        if self._counter >= _COUNTER_MAX:
            self._millis += 1
            self._counter = 0
        else:
            self._counter += 1
