"""The Leads area: filterable list with the response-time flag, qualify / disqualify /
convert, duplicates found on entry (merge or keep both), and the lead's timeline."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from workbench import formatting
from workbench.domain.business_days import ResponseFlag
from workbench.domain.enums import LeadDirection, LeadSource, LeadStatus
from workbench.domain.rules import format_phone
from workbench.services import leads as lead_service
from workbench.store.db import Database
from workbench.ui.actions import add_action
from workbench.ui.call_log import CallDialog, PhoneLabel
from workbench.ui.context import AppContext
from workbench.ui.domain_texts import enum_text
from workbench.ui.lead_dialogs import (
    ConvertDialog,
    DisqualifyDialog,
    LeadDialog,
    WorkingDaysDialog,
    combo,
)
from workbench.ui.list_area import ListArea
from workbench.ui.operations import ReadOp
from workbench.ui.operations.undo import OpUndoCommand
from workbench.ui.paged_model import Column
from workbench.ui.pills import draw_pill
from workbench.ui.theme import coloured, flag_colour, on_scheme_change

FLAG_TEXT = {
    ResponseFlag.AMBER: QT_TRANSLATE_NOOP("Column", "> 1 day"),
    ResponseFlag.RED: QT_TRANSLATE_NOOP("Column", "> 2 days"),
    ResponseFlag.NONE: "",
}


# The lead's panel beside the list, and the width of the area below which it folds away
PANEL_WIDTH = 280
PANEL_FROM = 1280


def _flag(flag: ResponseFlag) -> str:
    return QCoreApplication.translate("Column", FLAG_TEXT[flag]) if FLAG_TEXT[flag] else ""


LEAD_COLUMNS: list[Column[lead_service.LeadRow]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Response"), lambda r: _flag(r.flag), width=86),
    Column(
        QT_TRANSLATE_NOOP("Column", "Name"),
        lambda r: f"{r.first_name} {r.last_name}".strip(),
        primary=True,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Company"), lambda r: r.company, name=True),
    Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda r: enum_text(r.status)),
    Column(QT_TRANSLATE_NOOP("Column", "Source"), lambda r: enum_text(r.source)),
    Column(QT_TRANSLATE_NOOP("Column", "In/out"), lambda r: enum_text(r.direction)),
    Column(QT_TRANSLATE_NOOP("Column", "Owner"), lambda r: r.owner_name),
    Column(
        QT_TRANSLATE_NOOP("Column", "Age"),
        lambda r: formatting.relative_day(r.received_at),
        align_right=True,
        whole=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Column", "Phone"),
        lambda r: format_phone(r.phone) if r.phone else "",
        whole=True,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "E-mail"), lambda r: r.email, whole=True),
]


class FlagDelegate(QStyledItemDelegate):
    """The response-time flag as an amber or red pill."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(Qt.ItemDataRole.UserRole)
        colour = flag_colour(row.flag) if row is not None else None
        if colour is None:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)  # type: ignore[attr-defined]
        draw_pill(painter, rect, colour, _flag(row.flag), option.font)  # type: ignore[attr-defined]


class LeadsArea(ListArea):
    watches = frozenset({"lead", "user", "activity"})
    noun = "lead"
    new_text = QT_TRANSLATE_NOOP("ListArea", "New lead")
    saved_text = QT_TRANSLATE_NOOP("ListArea", "Lead saved.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self._ready = False
        super().__init__(ctx, LEAD_COLUMNS, parent)
        self.setObjectName("leadsArea")
        self.table.setItemDelegateForColumn(0, FlagDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(26)

        self.status_filter = combo(
            [
                (self.tr("Open (new, MQL, SQL)"), lead_service.OPEN_STATUSES),
                (self.tr("All statuses"), ()),
                *[(enum_text(s), (s,)) for s in LeadStatus],
            ],
            "statusFilter",
        )
        self.flag_filter = combo(
            [
                (self.tr("Any response time"), None),
                (self.tr("Waiting > 1 business day"), ResponseFlag.AMBER),
                (self.tr("Waiting > 2 business days"), ResponseFlag.RED),
            ],
            "flagFilter",
        )
        self.source_filter = combo(
            [(self.tr("All sources"), None), *[(enum_text(s), s) for s in LeadSource]],
            "sourceFilter",
        )
        self.direction_filter = combo(
            [
                (self.tr("Inbound and outbound"), None),
                (self.tr("Inbound"), LeadDirection.INBOUND),
                (self.tr("Outbound"), LeadDirection.OUTBOUND),
            ],
            "directionFilter",
        )
        self.owner_filter = combo(
            [(self.tr("Everyone's"), None), (self.tr("Mine"), ctx.me)], "ownerFilter"
        )
        filters = self._filter_row()
        actions = self._action_row()

        # The selected lead, with its timeline.
        self.detail = LeadPanel(ctx)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, filters)
        layout.removeWidget(self.table)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([960, PANEL_WIDTH])
        self.splitter.setCollapsible(1, True)
        self._panel_folded = False
        layout.addWidget(self.splitter, 1)
        self._ready = True
        self._selection_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fold_panel()

    def _fold_panel(self) -> None:
        """Narrower than PANEL_FROM, the lead's panel folds away (it can be dragged back
        out from the right edge), so the list's columns fit without scrolling sideways;
        wider again, it comes back."""
        narrow = self.width() < PANEL_FROM
        if narrow == self._panel_folded:
            return
        self._panel_folded = narrow
        total = sum(self.splitter.sizes())
        self.splitter.setSizes([total, 0] if narrow else [total - PANEL_WIDTH, PANEL_WIDTH])
        self.reload()

    def _filter_row(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        for box in (
            self.status_filter,
            self.flag_filter,
            self.source_filter,
            self.direction_filter,
            self.owner_filter,
        ):
            # Combos may shrink, so a narrow window still fits the filter row.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(3)
            filters.addWidget(box, 1)
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.days_button = QPushButton(self.tr("Working days…"))
        self.days_button.setObjectName("workingDays")
        self.days_button.clicked.connect(self.edit_working_days)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("importLeads")
        self.import_button.clicked.connect(self.import_leads)
        filters.addWidget(self.days_button)
        filters.addWidget(self.import_button)
        return filters

    def _action_row(self) -> QHBoxLayout:
        """The buttons and keys that act on the selected lead."""
        self.qualify_button = QPushButton(self.tr("Qualify"))
        self.qualify_button.setObjectName("qualify")
        self.disqualify_button = QPushButton(self.tr("Disqualify…"))
        self.disqualify_button.setObjectName("disqualify")
        self.convert_button = QPushButton(self.tr("Convert…"))
        self.convert_button.setObjectName("convert")
        self.call_button = QPushButton(self.tr("Log call…"))
        self.call_button.setObjectName("logCall")
        actions = QHBoxLayout()
        for b in (
            self.qualify_button,
            self.disqualify_button,
            self.convert_button,
            self.call_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        self.qualify_action = self._action(self.tr("Qualify"), "Ctrl+Shift+Q", self.qualify)
        self.disqualify_action = self._action(
            self.tr("Disqualify"), "Ctrl+Shift+X", self.disqualify
        )
        self.convert_action = self._action(self.tr("Convert"), "Ctrl+Shift+C", self.convert)
        self.call_action = self._action(self.tr("Log a call"), "Ctrl+L", self.log_call)
        self._action(self.tr("New lead"), "Ctrl+N", self.create)
        self._action(self.tr("Import leads"), "Ctrl+I", self.import_leads)
        self.qualify_button.clicked.connect(self.qualify_action.trigger)
        self.disqualify_button.clicked.connect(self.disqualify_action.trigger)
        self.convert_button.clicked.connect(self.convert_action.trigger)
        self.call_button.clicked.connect(self.call_action.trigger)
        for b, key in (
            (self.qualify_button, "Ctrl+Shift+Q"),
            (self.disqualify_button, "Ctrl+Shift+X"),
            (self.convert_button, "Ctrl+Shift+C"),
            (self.call_button, "Ctrl+L"),
        ):
            b.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
        return actions

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        return add_action(self, text, keys, slot)

    # -- queries (the filter is read on the GUI thread, the query runs in the pool) ---------

    def current_filter(self) -> lead_service.LeadFilter:
        if not self._ready:
            return lead_service.LeadFilter(
                search=self.search.text() if hasattr(self, "search") else ""
            )
        return lead_service.LeadFilter(
            search=self.search.text(),
            statuses=self.status_filter.currentData(),
            source=self.source_filter.currentData(),
            direction=self.direction_filter.currentData(),
            owner_id=self.owner_filter.currentData(),
            flag=self.flag_filter.currentData(),
        )

    def _fetcher(self) -> Callable[[int, int], list[Any]]:
        f, db = self.current_filter(), self.ctx.db
        return lambda offset, limit: lead_service.list_leads(db, f, offset=offset, limit=limit)

    def _update_count(self) -> None:
        f, db = self.current_filter(), self.ctx.db
        self.ctx.runner.run(
            lambda: lead_service.count_leads(db, f),
            lambda n: self.count_label.setText(LeadsArea.tr("%n leads", "", n)),
        )

    def fetch_page(self, search: str, offset: int, limit: int) -> list[Any]:
        return lead_service.list_leads(
            self.ctx.db, lead_service.LeadFilter(search=search), offset=offset, limit=limit
        )

    def count(self, search: str) -> int:
        return lead_service.count_leads(self.ctx.db, lead_service.LeadFilter(search=search))

    # -- records ---------------------------------------------------------------------------

    def open_dialog(self, record_id: uuid.UUID | None) -> bool | uuid.UUID:
        dialog = LeadDialog(self.ctx, record_id, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.saved_id or True) if accepted else False

    def delete(self, db: Database, record_id: uuid.UUID) -> None:
        lead_service.delete_lead(db, record_id)

    def describe(self, row: Any) -> str:
        return f"“{row.display_name}”"

    def _selection_changed(self, *args: Any) -> None:
        super()._selection_changed(*args)
        if not getattr(self, "_ready", False):
            return
        row: lead_service.LeadRow | None = self.selected_row()
        status = row.status if row else None
        self.qualify_action.setEnabled(status in (LeadStatus.NEW, LeadStatus.MQL))
        self.disqualify_action.setEnabled(status in lead_service.OPEN_STATUSES)
        self.convert_action.setEnabled(status == LeadStatus.SQL)
        self.call_action.setEnabled(row is not None)
        for button, action in (
            (self.qualify_button, self.qualify_action),
            (self.disqualify_button, self.disqualify_action),
            (self.convert_button, self.convert_action),
            (self.call_button, self.call_action),
        ):
            button.setEnabled(action.isEnabled())
        self.qualify_button.setText(
            self.tr("Qualify as SQL") if status == LeadStatus.MQL else self.tr("Qualify as MQL")
        )
        self.detail.show_lead(row.id if row else None)

    # -- actions ---------------------------------------------------------------------------

    def qualify(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        name, lead_id = row.display_name, row.id

        def done(change: lead_service.StatusChange) -> None:
            self.ctx.status(self.tr("%s is now %s.") % (name, enum_text(change.after)))

        command = StatusCommand(self.ctx, self, self.tr("Qualify %s") % name, lead_id=lead_id)
        self.ctx.undo.push(command.success(done))

    def disqualify(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = DisqualifyDialog(self.ctx, row.id, row.display_name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.change is not None:
            self.ctx.undo.push(
                StatusCommand(
                    self.ctx,
                    self,
                    self.tr("Disqualify %s") % row.display_name,
                    change=dialog.change,
                )
            )

    def convert(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = ConvertDialog(self.ctx, row.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ids is not None:
            self.ctx.status(self.tr("%s converted: the deal is on the board.") % row.display_name)

    def log_call(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        lead_id = row.id

        def call(details: lead_service.LeadDetails) -> None:
            CallDialog(
                self.ctx,
                lead_id=lead_id,
                contact_id=details.contact_id,
                who=row.display_name,
                phone=row.phone,
                parent=self,
            ).exec()

        ReadOp(self.ctx, lambda db: lead_service.get_lead(db, lead_id), parent=self).success(
            call
        ).run()

    def edit_working_days(self) -> None:
        if WorkingDaysDialog(self.ctx, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def import_leads(self) -> None:
        from workbench.ui.lead_import_wizard import LeadImportWizard

        LeadImportWizard(self.ctx, self).exec()


class StatusCommand(OpUndoCommand):
    """Qualifying a lead (`lead_id`: the step is taken when pushed), or a disqualification
    the dialog has already saved (`change`); undo and redo restore the status, refused
    when the lead's status has changed since."""

    def __init__(
        self,
        ctx: AppContext,
        initiator: QWidget,
        text: str,
        *,
        lead_id: uuid.UUID | None = None,
        change: lead_service.StatusChange | None = None,
    ) -> None:
        super().__init__(ctx, text, initiator=initiator, done=change is not None)
        self.lead_id, self.change = lead_id, change  # the change: on the write thread

    def forward(self, db: Database) -> lead_service.StatusChange:
        if self.change is None:
            assert self.lead_id is not None
            self.change = lead_service.qualify_lead(db, self.lead_id)
        else:
            lead_service.redo_status(db, self.change)
        return self.change

    def backward(self, db: Database) -> lead_service.StatusChange:
        assert self.change is not None
        lead_service.restore_status(db, self.change)
        return self.change


class LeadPanel(QWidget):
    """The selected lead: who, how to reach them, status, and the timeline."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadPanel")
        self.ctx = ctx
        self.lead_id: uuid.UUID | None = None
        self.title = QLabel()
        self.title.setObjectName("leadTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.info = QLabel()
        self.info.setObjectName("leadInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self._details: lead_service.LeadDetails | None = None
        on_scheme_change(self.info, lambda: self._details and self._arrived(self._details))
        self.phone = PhoneLabel()
        self.phone.dialed.connect(self._dialed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.phone)
        layout.addWidget(self.info)
        layout.addWidget(QLabel(self.tr("<b>Timeline</b>")))
        from workbench.ui.timeline import TimelineView

        self.timeline = TimelineView(ctx)
        layout.addWidget(self.timeline, 1)
        self.show_lead(None)

    def show_lead(self, lead_id: uuid.UUID | None) -> None:
        self.lead_id = lead_id
        if lead_id is None:
            self.title.setText(self.tr("No lead selected"))
            self.info.setText("")
            self._details = None
            self.phone.set_number("")
            self.timeline.show_for()
            return
        db = self.ctx.db
        self.ctx.runner.run(lambda: lead_service.get_lead(db, lead_id), self._arrived)
        self.timeline.show_for(lead_id=lead_id)

    def _arrived(self, d: lead_service.LeadDetails) -> None:
        if d.id != self.lead_id:
            return
        self._details = d
        self.title.setText(d.display_name)
        self.phone.set_number(d.data.phone)
        lines = [
            f"{enum_text(d.status)} · {enum_text(d.data.source)} · {enum_text(d.data.direction)}",
            d.data.title,
            f"<a href='mailto:{d.data.email}'>{d.data.email}</a>" if d.data.email else "",
            self.tr("Arrived %s") % formatting.moment(d.data.received_at)
            if d.data.received_at
            else "",
            self.tr("First contact %s") % formatting.moment(d.first_contacted_at)
            if d.first_contacted_at
            else coloured(self.tr("Not contacted yet"), "red"),
            self.tr("Disqualified: %s %s") % (d.disqualify_reason, d.disqualify_note)
            if d.status == LeadStatus.DISQUALIFIED
            else "",
            d.data.notes.replace("\n", "<br>"),
        ]
        self.info.setText("<br>".join(line for line in lines if line))
        self.info.setOpenExternalLinks(True)

    def _dialed(self, number: str) -> None:
        if self.lead_id is None:
            return
        dialog = CallDialog(
            self.ctx, lead_id=self.lead_id, who=self.title.text(), phone=number, parent=self
        )
        dialog.start_timer()
        dialog.open()
