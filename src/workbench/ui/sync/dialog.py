"""File ▸ Team sync…: the server and the account, sign in and out, the conflicts to look
at and the changes the server refused. Every network and database call runs off the GUI
thread; answers come back into the dialog, never as a message box."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench import formatting
from workbench.services.sync import conflicts as conflict_rules
from workbench.services.sync.adoption import upload_preview
from workbench.services.sync.duplicates import DuplicateGroup, customer_duplicates, merge_group
from workbench.services.sync.preset import ServerPreset, server_preset
from workbench.services.sync.refused import dismiss_refused, open_refused
from workbench.texts import counted, fill
from workbench.ui.messages import error_label
from workbench.ui.operations import ReadOp, WriteOp
from workbench.ui.sync.controller import SyncController, SyncState, describe

_ID = Qt.ItemDataRole.UserRole
_GROUP = Qt.ItemDataRole.UserRole + 1
TABS = {"account": 0, "conflicts": 1, "refused": 2, "duplicates": 3}


class SyncDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.setWindowTitle(self.tr("Team sync"))
        self.resize(760, 460)
        self.controller = controller
        self.ctx = controller.ctx
        self.tabs = QTabWidget()
        self.tabs.addTab(self._account_tab(), self.tr("&Account"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("&Conflicts"))
        self.tabs.addTab(self._refused_tab(), self.tr("&Refused changes"))
        self.tabs.addTab(self._duplicates_tab(), self.tr("D&uplicates"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        controller.state_changed.connect(self._show_state)
        self.ctx.changes.changed.connect(self._on_changes)
        self._preset: ServerPreset | None = None
        self._show_state(controller.state)
        self._reload_lists()
        ReadOp(self.ctx, server_preset, self).success(self._show_preset).run()

    def _on_changes(self, changes: Any) -> None:
        if changes.touches({"sync_conflict", "sync_refused", "account", "contact"}):
            self._reload_lists()

    # -- account ---------------------------------------------------------------------------

    def _account_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.server = QLineEdit()
        self.server.setObjectName("syncServer")
        self.server.setPlaceholderText("https://sync.example.com")
        self.user = QLineEdit()
        self.user.setObjectName("syncUser")
        self.password = QLineEdit()
        self.password.setObjectName("syncPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Server"), self.server)
        self.server_note = QLabel()
        self.server_note.setObjectName("syncServerNote")
        self.server_note.setStyleSheet("color: palette(mid);")
        self.server_note.setVisible(False)
        form.addRow("", self.server_note)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        self.sign_in = QPushButton(self.tr("Sign &in"))
        self.sign_in.setObjectName("syncSignIn")
        self.sign_in.clicked.connect(self._sign_in)
        self.sign_out = QPushButton(self.tr("Sign &out"))
        self.sign_out.setObjectName("syncSignOut")
        self.sign_out.clicked.connect(self._sign_out)
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.clicked.connect(self.controller.sync_now)
        row = QHBoxLayout()
        for button in (self.sign_in, self.sign_out, self.sync_button):
            row.addWidget(button)
        row.addStretch(1)
        self.account = QLabel()
        self.account.setObjectName("syncAccount")
        self.account.setWordWrap(True)
        self.state_text = QLabel()
        self.state_text.setObjectName("syncStateText")
        self.state_text.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setVisible(False)
        self.error = error_label(name="syncError")
        self.preview = QLabel()
        self.preview.setObjectName("syncUploadPreview")
        self.preview.setWordWrap(True)
        self.preview.setVisible(False)
        self._preview: list[tuple[str, int]] | None = None
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.account)
        layout.addWidget(self.state_text)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        note = QLabel(
            self.tr(
                "Your data stays on this computer and works offline; signed in, your changes "
                "go to the team's server and your colleagues' come back whenever you are "
                "online. The sign-in is kept in the system keyring."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout.addWidget(note)
        return page

    def _show_preset(self, preset: ServerPreset | None) -> None:
        """IT's address goes in the field; a locked one can't be changed here."""
        self._preset = preset
        if preset is None:
            return
        if not self.controller.state.signed_in and (preset.locked or not self.server.text()):
            self.server.setText(preset.url)
        self.server.setReadOnly(preset.locked)
        self.server_note.setText(
            self.tr("Address set by your IT department.")
            + (self.tr(" Only IT can change it.") if preset.locked else "")
        )
        self._show_state(self.controller.state)

    def _sign_in(self) -> None:
        server, user, password = self.server.text(), self.user.text(), self.password.text()
        if not server.strip() or not user.strip() or not password:
            self.error.setText(self.tr("Enter the server, your user name and your password."))
            return
        self.error.setText("")
        if self._preview is None:
            # First, what this laptop would upload: the person confirms before it goes.
            self.sign_in.setEnabled(False)
            ReadOp(self.ctx, upload_preview, self).success(self._show_preview).run()
            return
        self._preview = None
        self.preview.setVisible(False)
        self.sign_in.setEnabled(False)
        self.state_text.setText(self.tr("Signing in…"))
        engine = self.controller.engine

        def work() -> dict[str, Any]:
            return engine.login(server, user, password)

        self.ctx.runner.run(work, self._signed_in, self._sign_in_failed, owner=self)

    def _show_preview(self, counts: list[tuple[str, int]]) -> None:
        self.sign_in.setEnabled(True)
        self._preview = counts
        if not counts:
            self._sign_in()
            return
        listed = ", ".join(_records(table, n) for table, n in counts)
        self.preview.setText(
            self.tr(
                "This laptop holds %s made before signing in. They stay here and are "
                "uploaded to the team as yours; the team's pipelines, reason lists and "
                "people replace this laptop's own. Customers entered both here and by a "
                "colleague are listed as duplicates to merge. Click Sign in again to go ahead."
            )
            % listed
        )
        self.preview.setVisible(True)
        self.sign_in.setText(self.tr("Sign &in and upload"))

    def _signed_in(self, _answer: dict[str, Any]) -> None:
        self.sign_in.setText(self.tr("Sign &in"))
        self.password.clear()
        self.sign_in.setEnabled(True)
        self.controller.signed_in_now()

    def _sign_in_failed(self, exc: BaseException) -> None:
        self.sign_in.setEnabled(True)
        self.state_text.setText("")
        self.error.setText(str(exc))

    def _sign_out(self) -> None:
        engine = self.controller.engine
        self.sign_out.setEnabled(False)
        self.ctx.runner.run(
            engine.logout, lambda _r: self._signed_out(), self._sign_in_failed, owner=self
        )

    def _signed_out(self) -> None:
        self.sign_out.setEnabled(True)
        self.controller.signed_out_now()

    def _show_state(self, state: SyncState) -> None:
        status = state.status
        signed_in = state.signed_in
        self.sign_in.setVisible(not signed_in)
        self.sign_out.setVisible(signed_in)
        self.sync_button.setEnabled(signed_in and not state.running)
        for edit in (self.server, self.user, self.password):
            edit.setEnabled(not signed_in)
        self.server_note.setVisible(self._preset is not None and not signed_in)
        if status is not None and status.server and not self.server.text():
            self.server.setText(status.server)
        if status is not None and status.user and not self.user.text():
            self.user.setText(status.user)
        if signed_in and status is not None:
            # The team server's roles (workbench.server.identity.ROLES).
            roles = {
                "salesperson": self.tr("salesperson"),
                "manager": self.tr("manager"),
                "admin": self.tr("admin"),
            }
            self.account.setText(
                fill(
                    self.tr("Signed in to %1 as %2 (%3, team %4).")
                    if status.team
                    else self.tr("Signed in to %1 as %2 (%3)."),
                    status.server,
                    status.user,
                    roles.get(status.role or "", status.role or ""),
                    status.team,
                )
            )
        else:
            self.account.setText(self.tr("Not signed in: this laptop works on its own."))
        self.state_text.setText(describe(state))
        p = state.progress
        self.progress.setVisible(bool(state.running and p is not None and p.total))
        if p is not None and p.total:
            self.progress.setRange(0, p.total)
            self.progress.setValue(p.done)
            left = p.seconds_left
            done, total = formatting.number(p.done), formatting.number(p.total)
            self.progress.setFormat(
                fill(
                    self.tr("%1 of %2 · about %3 s left"),
                    done,
                    total,
                    formatting.number(round(left)),
                )
                if left
                else fill(self.tr("%1 of %2"), done, total)
            )
        if state.error and not state.offline:
            self.error.setText(state.error)
        elif not state.error:
            self.error.setText("")

    # -- conflicts -------------------------------------------------------------------------

    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        self.conflicts = QStandardItemModel(0, 5, self)
        self.conflicts.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Your value"),
                self.tr("Kept value"),
                self.tr("Changed by"),
            ]
        )
        self.conflict_view = _table(self.conflicts, "conflictsView")
        keep = QPushButton(self.tr("&Keep theirs"))
        keep.setObjectName("keepTheirs")
        keep.clicked.connect(lambda: self._resolve(conflict_rules.keep_theirs))
        restore = QPushButton(self.tr("&Restore mine"))
        restore.setObjectName("restoreMine")
        restore.clicked.connect(lambda: self._resolve(conflict_rules.restore_mine))
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(keep)
        row.addWidget(restore)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.conflict_note)
        layout.addWidget(self.conflict_view, 1)
        layout.addLayout(row)
        return page

    def _resolve(self, rule: Any) -> None:
        rows = self.conflict_view.selectionModel().selectedRows()
        ids = [self.conflicts.item(r.row(), 0).data(_ID) for r in rows]
        if not ids:
            return

        def work(db: Any) -> None:
            for conflict_id in ids:
                rule(db, conflict_id)

        WriteOp(self.ctx, work, self).failure(self.error.setText).run(initiator=self)

    # -- refused ---------------------------------------------------------------------------

    def _refused_tab(self) -> QWidget:
        page = QWidget()
        self.refused = QStandardItemModel(0, 4, self)
        self.refused.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Record"), self.tr("Why"), self.tr("Your values")]
        )
        self.refused_view = _table(self.refused, "refusedView", stretch=2)
        dismiss = QPushButton(self.tr("&Dismiss"))
        dismiss.setObjectName("dismissRefused")
        dismiss.clicked.connect(self._dismiss)
        row = QHBoxLayout()
        row.addWidget(dismiss)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "The team's server did not accept these changes; the record shows the team's "
                "version again and your values are kept here. Ask a manager for changes to "
                "the team's settings."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.refused_view, 1)
        layout.addLayout(row)
        return page

    def _dismiss(self) -> None:
        rows = self.refused_view.selectionModel().selectedRows()
        ids = [self.refused.item(r.row(), 0).data(_ID) for r in rows]
        if ids:
            WriteOp(self.ctx, lambda db: dismiss_refused(db, ids), self).run(initiator=self)

    # -- duplicates --------------------------------------------------------------------------

    def _duplicates_tab(self) -> QWidget:
        page = QWidget()
        self.duplicates = QStandardItemModel(0, 2, self)
        self.duplicates.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Details")])
        self.duplicate_view = QTreeView()
        self.duplicate_view.setObjectName("duplicatesView")
        self.duplicate_view.setModel(self.duplicates)
        self.duplicate_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The names fit their column; the details (where, deals, who entered it) get the rest.
        self.duplicate_view.header().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.duplicate_view.doubleClicked.connect(lambda _i: self._open_duplicate())
        self.duplicate_view.selectionModel().currentChanged.connect(
            lambda *_a: self.merge_button.setEnabled(self._chosen_duplicate() is not None)
        )
        self.duplicate_note = QLabel()
        self.duplicate_note.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Keep this one, merge the others into it"))
        self.merge_button.setObjectName("mergeDuplicates")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self._merge_duplicates)
        open_button = QPushButton(self.tr("&Open"))
        open_button.setObjectName("openDuplicate")
        open_button.clicked.connect(self._open_duplicate)
        self.duplicate_error = error_label(name="duplicatesError")
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(open_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.duplicate_note)
        layout.addWidget(self.duplicate_view, 1)
        layout.addWidget(self.duplicate_error)
        layout.addLayout(row)
        return page

    def _chosen_duplicate(self) -> tuple[uuid.UUID, DuplicateGroup] | None:
        """The record picked to keep, with its group (a group's own line picks none)."""
        index = self.duplicate_view.currentIndex()
        parent = index.parent()
        if not index.isValid() or not parent.isValid():
            return None
        group = self.duplicates.itemFromIndex(parent.siblingAtColumn(0)).data(_GROUP)
        return self.duplicates.itemFromIndex(index.siblingAtColumn(0)).data(_ID), group

    def _merge_duplicates(self) -> None:
        chosen = self._chosen_duplicate()
        if chosen is None:
            return
        keep, group = chosen
        self.duplicate_error.setText("")
        WriteOp(self.ctx, lambda db: merge_group(db, keep, group), self).success(
            lambda moved: self.ctx.status(
                counted(
                    SyncDialog.tr("Merged: %1 record(s) now point at the one you kept.", "", moved),
                    moved,
                )
            )
        ).failure(lambda exc: self.duplicate_error.setText(str(exc))).run(initiator=self)

    def _open_duplicate(self) -> None:
        """The record's own form, to compare the copies before merging."""
        from workbench.ui.accounts import AccountDialog, ContactDialog

        chosen = self._chosen_duplicate()
        if chosen is None:
            return
        record, group = chosen
        form = AccountDialog if group.kind == "account" else ContactDialog
        self.record_form = form(self.ctx, record, self)
        self.record_form.show()

    def _fill_duplicates(self, groups: list[DuplicateGroup]) -> None:
        self.duplicates.removeRows(0, self.duplicates.rowCount())
        kinds = {"account": self.tr("Account"), "contact": self.tr("Contact")}
        for group in groups:
            copies = len(group.ids)
            head = QStandardItem(
                fill(
                    SyncDialog.tr("%1 “%2”: %3 copies", "", copies),
                    kinds[group.kind],
                    group.names[0],
                    formatting.number(copies),
                )
            )
            head.setData(group, _GROUP)
            head.setSelectable(False)
            tail = QStandardItem(self.tr("same e-mail") if group.kind == "contact" else "")
            tail.setSelectable(False)
            details = group.details or [""] * len(group.ids)
            for record_id, name, detail in zip(group.ids, group.names, details, strict=True):
                head.appendRow(_items([name, detail], record_id))
            self.duplicates.appendRow([head, tail])
        self.duplicate_view.expandAll()
        self.merge_button.setEnabled(self._chosen_duplicate() is not None)
        self.duplicate_note.setText(
            self.tr(
                "The same customer entered on two laptops (or by two colleagues) before they "
                "synced. Pick the copy to keep: the others' deals, contacts, calls and offers "
                "move to it and the others are deleted, on every laptop."
            )
            if groups
            else self.tr("No duplicate customers.")
        )
        self.tabs.setTabText(
            TABS["duplicates"],
            counted(self.tr("D&uplicates (%1)"), len(groups)) if groups else self.tr("D&uplicates"),
        )

    # -- lists -----------------------------------------------------------------------------

    def _reload_lists(self) -> None:
        ReadOp(
            self.ctx,
            lambda db: (
                conflict_rules.open_conflicts(db),
                open_refused(db),
                customer_duplicates(db),
            ),
            self,
        ).success(self._fill).run()

    def _fill(
        self,
        result: tuple[list[conflict_rules.ConflictView], list[Any], list[DuplicateGroup]],
    ) -> None:
        found, refused, groups = result
        self._fill_duplicates(groups)
        self.conflicts.removeRows(0, self.conflicts.rowCount())
        for c in found:
            cells = [c.record, c.field_label, c.lost, c.kept, c.winner or self.tr("a colleague")]
            self.conflicts.appendRow(_items(cells, c.id))
        self.conflict_note.setText(
            self.tr(
                "Each line is a value of yours that a colleague's later change replaced. "
                "Keep theirs, or restore yours (a new change that every laptop receives)."
            )
            if found
            else self.tr("No conflicts: nothing of yours was replaced.")
        )
        self.tabs.setTabText(
            TABS["conflicts"],
            counted(self.tr("&Conflicts (%1)"), len(found)) if found else self.tr("&Conflicts"),
        )
        self.refused.removeRows(0, self.refused.rowCount())
        for r in refused:
            cells = [formatting.moment(r.at), r.record, r.reason, r.values]
            self.refused.appendRow(_items(cells, r.id))
        self.tabs.setTabText(
            TABS["refused"],
            counted(self.tr("&Refused changes (%1)"), len(refused))
            if refused
            else self.tr("&Refused changes"),
        )

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS[name])


def _records(table: str, n: int) -> str:
    """ "12 deals", "1 task": what a first sign-in uploads, per kind of record."""
    texts = {
        "opportunity": SyncDialog.tr("%1 deal(s)", "", n),
        "account": SyncDialog.tr("%1 account(s)", "", n),
        "contact": SyncDialog.tr("%1 contact(s)", "", n),
        "lead": SyncDialog.tr("%1 lead(s)", "", n),
        "activity": SyncDialog.tr("%1 call(s) and meeting(s)", "", n),
        "task": SyncDialog.tr("%1 task(s)", "", n),
        "offer": SyncDialog.tr("%1 offer(s)", "", n),
    }
    return counted(texts[table], n)


def _table(model: QStandardItemModel, name: str, stretch: int = 0) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setTabKeyNavigation(False)  # Tab leaves a list that isn't edited cell by cell
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    # The record (or the reason) takes the room; the short columns fit their contents.
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(72)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def _items(cells: list[str], row_id: uuid.UUID) -> list[QStandardItem]:
    items = [QStandardItem(str(cell)) for cell in cells]
    for item in items:
        item.setToolTip(item.text())
    items[0].setData(row_id, _ID)
    return items
