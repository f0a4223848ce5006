"""Reminders for due items as system-tray notifications while the app runs.

No modal dialog: a reminder must never interrupt typing. Where there is no system tray
(some Linux desktops, the offscreen platform), reminders are silently not shown.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from workbench import APP_NAME, formatting
from workbench.services.today_rows import TodayList
from workbench.ui.context import AppContext

#: how long before a due time the reminder appears
LEAD_TIME = timedelta(minutes=10)


class TrayReminders(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.icon: QSystemTrayIcon | None = None
        self._reminded: set[uuid.UUID] = set()
        self.shown: list[str] = []  # what was announced (also for tests)
        if QSystemTrayIcon.isSystemTrayAvailable():
            app = QApplication.instance()
            style = app.style() if isinstance(app, QApplication) else None
            icon = (
                style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
                if style
                else QIcon()
            )
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setToolTip(APP_NAME)
            self.icon.show()

    def available(self) -> bool:
        return self.icon is not None

    def update_items(self, data: TodayList, now: datetime | None = None) -> list[str]:
        """Announce items that just became due (each once per run)."""
        now = now or datetime.now(UTC)
        due = [
            item
            for item in (*data.overdue, *data.due_today, *data.delegated, *data.meetings)
            if item.when is not None
            and item.when <= now + LEAD_TIME
            # Items long overdue were seen on the Today screen; don't flood the tray.
            and item.when >= now - timedelta(hours=12)
            and item.id not in self._reminded
        ]
        messages = []
        for item in due:
            self._reminded.add(item.id)
            when = formatting.time_of_day(item.when) if item.when else ""
            messages.append(f"{when} {item.title}" + (f" — {item.detail}" if item.detail else ""))
        if messages:
            self.shown.extend(messages)
            if self.icon is not None:
                title = (
                    self.tr("Due now")
                    if len(messages) == 1
                    else TrayReminders.tr("%n item(s) due", "", len(messages))
                )
                self.icon.showMessage(
                    title, "\n".join(messages[:5]), QSystemTrayIcon.MessageIcon.Information, 10000
                )
        return messages
