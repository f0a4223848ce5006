"""The Today area: the salesperson's home screen.

Sections for overdue and due items, today's meetings, tasks colleagues delegated on their
deals, new leads waiting for a first contact and offers without follow-up, plus the user's
own figures for the week. Each item opens what it refers to; completing one takes it off
the list at once (undoable).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench import formatting
from workbench.palette import Colours
from workbench.services.today_rows import (
    ItemKind,
    TodayItem,
    TodayList,
    formats_loaded,
    load_formats,
)
from workbench.ui.actions import add_action
from workbench.ui.changes import OpChanges
from workbench.ui.column_layout import ColumnLayout, WordElideDelegate
from workbench.ui.context import AppContext
from workbench.ui.date_edit import DateEdit
from workbench.ui.messages import show_error
from workbench.ui.operations.undo import OpUndoCommand
from workbench.ui.pills import draw_pill
from workbench.ui.theme import app_colours, colours_for, keep_styled, qcolor
from workbench.ui.today_model import ITEM_ROLE, Section, TodayModel

# The call dialog and the calendar export (icalendar) load when first used, not with the
# screen every start opens on.
if TYPE_CHECKING:
    from workbench.services.figures import ActivityFigures
    from workbench.store.db import Database
    from workbench.ui.call_log import CallDialog

FOLD_OVERDUE = 30
MEASURED_ROWS = 100
WATCHED = frozenset({"task", "activity", "lead", "offer", "offer_version", "opportunity"})


_KIND_BADGES = {
    ItemKind.TASK: ("T", "neutral"),
    ItemKind.CALL: ("C", "call"),
    ItemKind.MEETING: ("M", "meeting"),
    ItemKind.LEAD: ("L", "lead"),
    ItemKind.OFFER: ("O", "offer"),
}


def _figures_style(c: Colours) -> str:
    return f"#figuresFrame {{ background: {c.banner}; border-radius: 8px; }}"


class _BadgeDelegate(WordElideDelegate):
    """Paints a letter on a coloured disc for the item's kind before its title."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 28, max(hint.height(), 26))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item: TodayItem | None = index.data(ITEM_ROLE)
        if item is None or index.column() != 0:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        shifted = QStyleOptionViewItem(option)
        shifted.rect = rect.adjusted(26, 0, 0, 0)  # type: ignore[attr-defined]
        super().paint(painter, shifted, index)
        letter, colour = _KIND_BADGES[item.kind]
        size = 18
        disc = QRect(rect.left() + 4, rect.center().y() - size // 2 + 1, size, size)
        fill = qcolor(getattr(colours_for(option.palette), colour))  # type: ignore[attr-defined]
        draw_pill(painter, disc, fill, letter, option.font, small=True)  # type: ignore[attr-defined]


class TodayArea(QWidget):
    #: once, when the list has first been painted with its rows (the start is over then)
    first_rows_painted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayArea")
        self.ctx = ctx
        self.data: TodayList | None = None
        self._figures: ActivityFigures | None = None
        self._loading = False
        self._again = False
        self._collapsed: set[str] = set()
        self._first_fill = True
        self._figures_waiting = False

        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.figures = QLabel()
        self.figures.setObjectName("weekFigures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        figures_frame = QFrame()
        figures_frame.setObjectName("figuresFrame")
        keep_styled(figures_frame, _figures_style)
        fl = QHBoxLayout(figures_frame)
        fl.addWidget(self.figures)
        self._show_figures(None)

        self.model = TodayModel(self)
        self.view = QTreeView()
        self.view.setObjectName("todayList")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(0, _BadgeDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Every row is as high as the kind badge (heads included): the view then lays out
        # a section by multiplying, not by asking each of its rows.
        self.view.setUniformRowHeights(True)
        self.view.setRootIsDecorated(True)
        self.view.setIndentation(14)
        self.columns = ColumnLayout(self.view, "today", ctx.settings, primary=0, whole=[2, 3])
        # Columns fit the rows on screen and those next to them, not every row of a long day:
        # Qt measures a thousand by default, each formatted to be measured.
        self.view.header().setResizeContentsPrecision(MEASURED_ROWS)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.collapsed.connect(lambda i: self._collapsed.add(self._section(i)))
        self.view.expanded.connect(lambda i: self._collapsed.discard(self._section(i)))
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._painted_with_rows = False
        self.view.viewport().installEventFilter(self)

        self.complete_button = QPushButton(self.tr("Done"))
        self.complete_button.setObjectName("complete")
        self.call_button = QPushButton(self.tr("Log call…"))
        self.call_button.setObjectName("logCall")
        self.open_button = QPushButton(self.tr("Open"))
        self.export_button = QPushButton(self.tr("Export meetings…"))
        self.export_button.setToolTip(
            self.tr("All your meetings in a date range as an .ics file (Ctrl+E: the selected one)")
        )
        self.export_button.setObjectName("exportMeetings")
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        for b in (self.open_button, self.call_button, self.complete_button, self.export_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(figures_frame)
        layout.addWidget(self.view, 1)

        self.complete_action = self._action(self.tr("Mark done"), "Ctrl+D", self.complete_selected)
        self.call_action = self._action(self.tr("Log a call"), "Ctrl+L", self.log_call_selected)
        self.open_action = self._action(self.tr("Open"), "Return", self.open_selected)
        self.ics_action = self._action(
            self.tr("Export meeting to calendar"), "Ctrl+E", self.export_selected_meeting
        )
        self.dial_action = self._action(
            self.tr("Call the number"), "Ctrl+Shift+L", self.dial_selected
        )
        self.complete_button.clicked.connect(self.complete_action.trigger)
        self.call_button.clicked.connect(self.call_action.trigger)
        self.open_button.clicked.connect(self.open_action.trigger)
        self.export_button.clicked.connect(self.export_range)
        self.view.clicked.connect(self._clicked)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload)
        ctx.changes.changed.connect(self._on_changes)
        # The list depends on the clock too (due times pass, flags turn red).
        self._minute = QTimer(self, interval=60_000)
        self._minute.timeout.connect(self.reload)
        self._minute.start()
        self._update_buttons()
        self.reload()
        if not formats_loaded():
            ctx.runner.run(load_formats)

        from workbench.ui.tray import TrayReminders

        self.tray = TrayReminders(ctx, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self.data is not None
            and not self._painted_with_rows
        ):
            self._painted_with_rows = True
            self.view.viewport().removeEventFilter(self)
            # After this paint has been handled, i.e. once the rows are on screen.
            QTimer.singleShot(0, self.first_rows_painted.emit)
        return False

    def _action(self, text: str, keys: str, slot: Any) -> QAction:
        return add_action(self, text, keys, slot)

    # -- loading ---------------------------------------------------------------------------

    def _on_changes(self, changes: OpChanges) -> None:
        if changes.touches(WATCHED):
            self._debounce.start()

    def show_first(self, data: TodayList) -> None:
        """The list read before the database was opened (MainWindow's first screen),
        shown as a list loaded by `reload` is."""
        self._loading = True
        QTimer.singleShot(0, lambda: self._arrived(data))

    def attached(self) -> None:
        """The database is open now: what waited for it is read."""
        if self._figures_waiting:
            self._figures_waiting = False
            self._load_figures()

    def reload(self) -> None:
        if self.ctx.db is None:  # the first screen: its list is being shown
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        db, me = self.ctx.db, self.ctx.me

        # The list first, the week's figures after it: the rows are what a start waits for.
        def load() -> TodayList:
            from workbench.services.today import today_list

            data = today_list(db, me, datetime.now(UTC))
            load_formats()  # before the rows are painted with them
            return data

        self.ctx.runner.run(load, self._arrived, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.ctx.status(self.tr("Loading Today failed: %s") % exc)

    def _arrived(self, data: TodayList) -> None:
        self._loading = False
        self.data = data
        self._fill(data)
        self.tray.update_items(data)
        if self._painted_with_rows:
            self._load_figures()
        else:
            # Read while the rows are laid out and painted, the query would share the
            # interpreter with them and delay the screen a start waits for.
            self.first_rows_painted.connect(
                self._load_figures, Qt.ConnectionType.SingleShotConnection
            )
        if self._again:
            self._again = False
            self.reload()

    def _load_figures(self) -> None:
        db, me = self.ctx.db, self.ctx.me
        if db is None:
            self._figures_waiting = True
            return

        def figures() -> ActivityFigures:
            from workbench.services.figures import figures_for, week_bounds

            start, end = week_bounds(datetime.now(UTC))
            return figures_for(db, me, start, end)

        self.ctx.runner.run(
            figures,
            self._figures_arrived,
            lambda exc: self.ctx.status(self.tr("Loading Today failed: %s") % exc),
        )

    def _figures_arrived(self, figures: ActivityFigures) -> None:
        self._figures = figures
        self._show_figures(figures)

    def changeEvent(self, event: QEvent) -> None:
        # The rows and figures carry their colours: show them again in the new scheme.
        # (changeEvent sees PaletteChange, which follows a new application palette.)
        if event.type() == QEvent.Type.PaletteChange:
            if self.data is not None:
                self._fill(self.data)
            self._show_figures(self._figures)
        super().changeEvent(event)

    def _show_figures(self, f: ActivityFigures | None) -> None:
        """The week's figures; while they load (None), dashes in their places, so the list
        below doesn't move down when they arrive."""
        response = (
            self.tr("%1 h median").replace(
                "%1", formatting.number(f.median_response_hours, digits=1)
            )
            if f is not None and f.median_response_hours is not None
            else "–"
        )
        values = (
            ["–"] * 4
            if f is None
            else [str(f.calls), str(f.connects), str(f.meetings_booked), f.ratio_text()]
        )
        labels = [
            self.tr("Calls"),
            self.tr("Connects"),
            self.tr("Meetings booked"),
            self.tr("Calls per meeting"),
            self.tr("Lead response"),
        ]
        cells = list(zip(labels, [*values, response], strict=True))
        muted = app_colours().muted
        html = "".join(
            f"<td style='padding-right:28px'><span style='color:{muted}'>{k}</span><br>"
            f"<span style='font-size:15pt; font-weight:600'>{v}</span></td>"
            for k, v in cells
        )
        week = self.tr("This week")
        # Only markup around texts translated above; the table lines the figures up.
        table = (
            f"<table><tr><td style='padding-right:28px; color:{muted}'>"
            f"{week}</td>{html}</tr></table>"
        )
        self.figures.setText(table)

    def _fill(self, data: TodayList) -> None:
        selected = self.selected_item()
        now = datetime.now().astimezone()
        c = app_colours()
        self.heading.setText(self.tr("Today, %s") % formatting.weekday_day(now))
        more = data.leads_waiting_total - len(data.leads_waiting)
        # Today's fixed points first; a long overdue backlog starts folded so it
        # doesn't push them off the screen (its count stays visible in red).
        sections = [
            Section(self.tr("Meetings today"), c.meeting, data.meetings),
            Section(self.tr("Due today"), c.call, data.due_today, total=data.due_today_total),
            Section(self.tr("Overdue"), c.danger, data.overdue, total=data.overdue_total),
            Section(
                self.tr("Delegated to you by colleagues"),
                c.delegated,
                data.delegated,
                total=data.delegated_total,
            ),
            Section(
                self.tr("New leads waiting for first contact")
                + (self.tr(" (%d more in Leads)") % more if more > 0 else ""),
                c.lead,
                data.leads_waiting,
            ),
            Section(
                self.tr("Offers sent without follow-up"),
                c.offer,
                data.offers,
                total=data.offers_total,
            ),
        ]
        if self._first_fill and len(data.overdue) > FOLD_OVERDUE:
            self._collapsed.add(self.tr("Overdue"))
        self._first_fill = False
        with self.columns.batch():
            self.model.show(sections, now)
            for row, section in enumerate(sections):
                # The section's title is not a column value: it may run across the row.
                self.view.setFirstColumnSpanned(row, QModelIndex(), True)
                self.view.setExpanded(self.model.head(row), section.title not in self._collapsed)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def _entries(self) -> list[tuple[QModelIndex, TodayItem]]:
        return self.model.entries()

    def _section(self, index: QModelIndex) -> str:
        return str(index.data()).rsplit("  (", 1)[0]

    # -- selection and actions -----------------------------------------------------------------

    def items(self) -> list[TodayItem]:
        return [item for _i, item in self._entries()]

    def select(self, item_id: uuid.UUID) -> bool:
        for index, item in self._entries():
            if item.id == item_id:
                self.view.setCurrentIndex(index)
                return True
        return False

    def selected_item(self) -> TodayItem | None:
        index = self.view.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        item = self.selected_item()
        self.complete_button.setEnabled(item is not None and item.can_complete)
        self.call_button.setEnabled(item is not None)
        self.open_button.setEnabled(item is not None)

    def _clicked(self, index: QModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item is not None and index.column() == 3 and item.phone:
            self.call(item, dialed=True)

    def complete_selected(self) -> None:
        item = self.selected_item()
        if item is None or not item.can_complete:
            return
        # Off the list at once; the reload after the commit confirms it.
        self.model.remove(item)
        self.ctx.undo.push(_CompleteCommand(self, item))

    def _complete_refused(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reload()

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            open_reference(self.ctx, item, self)

    def log_call_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.call(item)

    def dial_selected(self) -> None:
        item = self.selected_item()
        if item is not None and item.phone:
            self.call(item, dialed=True)

    def call(self, item: TodayItem, *, dialed: bool = False) -> CallDialog:
        from workbench.ui.call_log import CallDialog, dial

        who = item.detail.split(" · ")[0] if item.kind != ItemKind.LEAD else item.title
        dialog = CallDialog(
            self.ctx,
            contact_id=item.ref.contact_id,
            opportunity_id=item.ref.opportunity_id,
            lead_id=item.ref.lead_id,
            who=who,
            phone=item.phone,
            parent=self,
        )
        if dialed:
            dial(item.phone)
            dialog.start_timer()
        dialog.open()
        dialog.accepted.connect(lambda: self._call_logged(item))
        return dialog

    def _call_logged(self, item: TodayItem) -> None:
        # A call task is done by the call itself.
        if item.kind == ItemKind.CALL:
            self.ctx.undo.push(_CompleteCommand(self, item))

    def export_selected_meeting(self) -> None:
        item = self.selected_item()
        if item is None or item.kind != ItemKind.MEETING:
            self.ctx.status(self.tr("Select a meeting to export it."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export meeting"), "meeting.ics", self.tr("Calendar (*.ics)")
        )
        if path:
            export_meeting(self.ctx, self, item.id, Path(path))

    def export_range(self) -> None:
        dialog = _RangeDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start, end = dialog.range()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export meetings"), "meetings.ics", self.tr("Calendar (*.ics)")
        )
        if path:
            export_meetings(self.ctx, self, Path(path), start, end)


def export_meetings(
    ctx: AppContext, parent: QWidget, path: Path, start: datetime, end: datetime
) -> None:
    from workbench.services import calendar_export
    from workbench.services.files import write_file_atomically

    db, me = ctx.db, ctx.me

    def work() -> int:
        data, n = calendar_export.range_ics(db, start, end, me)
        write_file_atomically(path, data)
        return n

    ctx.runner.run(
        work,
        lambda n: ctx.status(
            TodayArea.tr("%n meeting(s) exported to %1", "", n).replace("%1", str(path))
        ),
        lambda exc: show_error(parent, exc),
    )


def export_meeting(ctx: AppContext, parent: QWidget, meeting_id: uuid.UUID, path: Path) -> None:
    from workbench.services import calendar_export
    from workbench.services.files import write_file_atomically

    db = ctx.db
    ctx.runner.run(
        lambda: write_file_atomically(path, calendar_export.meeting_ics(db, meeting_id)),
        lambda _r: ctx.status(
            QCoreApplication.translate("TodayArea", "Meeting exported to %s") % path
        ),
        lambda exc: show_error(parent, exc),
    )


class _RangeDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export meetings to a calendar file"))
        form = QFormLayout(self)
        today = QDate.currentDate()
        self.start = DateEdit(today.toPython())
        self.end = DateEdit(today.addDays(13).toPython())
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To (including)"), self.end)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def range(self) -> tuple[datetime, datetime]:
        first = datetime.combine(self.start.date().toPython(), time()).astimezone()  # type: ignore[arg-type]
        last = datetime.combine(self.end.date().toPython(), time()).astimezone()  # type: ignore[arg-type]
        return first.astimezone(UTC), (last + timedelta(days=1)).astimezone(UTC)


class _CompleteCommand(OpUndoCommand):
    """Marking a task, call or meeting done; the first redo does it."""

    def __init__(self, area: TodayArea, item: TodayItem) -> None:
        super().__init__(
            area.ctx,
            QCoreApplication.translate("TodayArea", "Done: %s") % item.title,
            initiator=area,
        )
        self.item = item
        # The item left the list at once: put it back if the service refuses.
        self.failure(lambda exc: area._complete_refused(exc))

    def forward(self, db: Database) -> TodayItem:
        from workbench.services.today import complete_item

        complete_item(db, self.item)
        return self.item

    def backward(self, db: Database) -> TodayItem:
        from workbench.services.today import undo_complete

        undo_complete(db, self.item)
        return self.item


def open_reference(ctx: AppContext, item: TodayItem, parent: QWidget) -> None:
    """Open what the item is about: the lead, the deal, the contact or the account."""
    ref = item.ref
    if ref.lead_id is not None and ref.opportunity_id is None:
        from workbench.ui.lead_dialogs import LeadDialog

        LeadDialog(ctx, ref.lead_id, parent).exec()
    elif ref.opportunity_id is not None:
        from workbench.ui.opportunity_dialog import OpportunityDialog

        tab = "offers" if item.kind == ItemKind.OFFER else None
        OpportunityDialog(ctx, ref.opportunity_id, parent, tab=tab).exec()
    elif ref.contact_id is not None:
        from workbench.ui.accounts import ContactDialog

        ContactDialog(ctx, ref.contact_id, parent).exec()
    elif ref.account_id is not None:
        from workbench.ui.accounts import AccountDialog

        AccountDialog(ctx, ref.account_id, parent).exec()
