"""The offer editor window: the lines, the pricing and terms tabs and the totals, wired to
the offer services.

The editor works on an in-memory copy of the draft version (`VersionData`); line edits
are undoable on the editor's own undo stack, and Save stores everything in one unit of
work. Sent versions open read-only. The database is only touched off the GUI thread: reads
through `ctx.runner`, writes through `_write`.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workbench.domain.enums import OfferStatus, ReasonKind
from workbench.domain.offer_totals import OfferTotals
from workbench.errors import ValidationError, WorkbenchError
from workbench.services import catalog, offers
from workbench.services.offer_pdf import Fmt, render_offer_pdf
from workbench.ui.actions import add_action
from workbench.ui.context import AppContext
from workbench.ui.domain_texts import enum_text
from workbench.ui.messages import error_html, show_error
from workbench.ui.offer_editor.dialogs import CompareDialog, ReasonDialog
from workbench.ui.offer_editor.line_actions import LineActions
from workbench.ui.offer_editor.lines import (
    LinesModel,
    ProductPicker,
    lines_table,
)
from workbench.ui.offer_editor.preview import PreviewDialog, open_mail, render_preview
from workbench.ui.offer_editor.pricing import PricingTab
from workbench.ui.offer_editor.terms import Templates, TermsTab, load_templates
from workbench.ui.offer_editor.totals import TotalsPanel
from workbench.ui.underneath import RecordWatch, UnderneathBar

Reasons = list[tuple[uuid.UUID, str]]


@dataclass(frozen=True)
class Loaded:
    """Everything the editor shows, read in one go on a worker."""

    view: offers.OfferView
    price_lists: list[catalog.PriceListRow]
    limit: Decimal
    won_reasons: Reasons
    rejected_reasons: Reasons
    templates: Templates
    company: str


def _load(db: Any, offer_id: uuid.UUID, version: int | None) -> Loaded:
    view = offers.load_offer(db, offer_id, version)
    return Loaded(
        view,
        catalog.list_price_lists(db),
        offers.max_discount_percent(db),
        offers.offer_reasons(db, ReasonKind.WON),
        offers.offer_reasons(db, ReasonKind.OFFER_REJECTED),
        load_templates(view.language),
        db.get_meta("company.name") or "",
    )


def default_size(screen: QSize) -> QSize:
    """The editor's size on a screen with `screen` free: large, yet inside it, so on a
    1280×800 laptop the buttons stay in reach."""
    return QSize(min(1200, screen.width() - 40), min(820, screen.height() - 60))


class OfferEditor(LineActions, QDialog):
    loaded = Signal()
    saved = Signal()
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, offer_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offerEditor")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.ctx = ctx
        self.offer_id = offer_id
        self.view: offers.OfferView | None = None
        self.setup: Loaded | None = None
        self.limit = offers.DEFAULT_MAX_DISCOUNT  # until the stored one is loaded
        self.undo = QUndoStack(self)
        self.model = LinesModel(self.undo, self)
        self.dirty = False
        self._filling = False
        self._closing = False
        self._products: dict[str, uuid.UUID] = {}
        self._tmp = tempfile.TemporaryDirectory(prefix="workbench-offer-")
        self._build()
        self.resize(default_size(self.screen().availableGeometry().size()))
        self.model.changed.connect(self._changed)
        self.undo.cleanChanged.connect(self._clean_changed)
        self.watch = RecordWatch(
            ctx, self, frozenset({"offer", "offer_version", "offer_line"}), self._snapshot, "offer"
        )
        self.watch.changed.connect(lambda _value, text: self.underneath.tell(text))
        self.load()

    def _snapshot(self, db: Any) -> Any:
        """What a colleague's change to the offer is compared on (the version shown)."""
        version = self.view.version if self.view is not None else None
        view = offers.load_offer(db, self.offer_id, version)
        return view.status, tuple(view.versions), view.data

    # -- layout ----------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: Any, name: str
    ) -> QAction:
        # The editor is a window of its own: its keys work wherever its focus is.
        return add_action(self, text, shortcut, slot, name=name, local=False, tooltip=True)

    def _build_actions(self) -> None:
        a = self._action
        self.act_save = a(self.tr("Save"), QKeySequence.StandardKey.Save, self.save, "save")
        self.act_add_text = a(self.tr("Add text line"), "Ctrl+L", self.add_text_line, "addText")
        self.act_section = a(self.tr("Set section…"), "Ctrl+Shift+S", self.set_section, "section")
        self.act_remove = a(self.tr("Remove line"), "Ctrl+Del", self.remove_lines, "remove")
        self.act_up = a(self.tr("Move up"), "Ctrl+Up", lambda: self.move_line(-1), "up")
        self.act_down = a(self.tr("Move down"), "Ctrl+Down", lambda: self.move_line(1), "down")
        # Fixed texts: QUndoStack's own actions rename themselves after every edit
        # ("Undo Edit quantity"), which made the toolbar jump under the mouse.
        self.act_undo = a(self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo.undo, "undo")
        self.act_redo = a(self.tr("Redo"), QKeySequence.StandardKey.Redo, self.undo.redo, "redo")
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.undo.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo.canRedoChanged.connect(self.act_redo.setEnabled)
        self.undo.undoTextChanged.connect(lambda t: self._tip(self.act_undo, self.tr("Undo"), t))
        self.undo.redoTextChanged.connect(lambda t: self._tip(self.act_redo, self.tr("Redo"), t))
        self.act_preview = a(self.tr("Preview"), "Ctrl+Shift+P", self.preview, "preview")
        self.act_export = a(self.tr("Export PDF…"), "Ctrl+E", self.export_pdf, "export")
        self.act_send = a(self.tr("Send…"), "Ctrl+Shift+Return", self.send, "send")
        self.act_revise = a(self.tr("Revise"), "Ctrl+R", self.revise, "revise")
        self.act_compare = a(self.tr("Compare versions…"), None, self.compare, "compare")
        self.act_accept = a(self.tr("Accepted…"), None, self.accept_offer, "accept")
        self.act_reject = a(self.tr("Rejected…"), None, self.reject_offer, "reject")
        # Closing asks about unsaved changes, like the window's close button.
        self.act_close = a(self.tr("Close"), QKeySequence.StandardKey.Close, self.close, "close")

    def _tip(self, action: QAction, verb: str, what: str) -> None:
        action.setToolTip(f"{verb} {what} ({action.shortcut().toString()})".replace("  ", " "))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter a field didn't use would press the dialog's default button: once "Add
        # add-on" (an add-on the user never chose), now the changed-elsewhere bar's
        # Reload (edits thrown away). In the editor Enter finishes typing, nothing more.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _build_toolbar(self) -> QToolBar:
        tb = QToolBar()
        for action in (
            self.act_save,
            None,
            self.act_add_text,
            self.act_section,
            self.act_remove,
            self.act_up,
            self.act_down,
            None,
            self.act_undo,
            self.act_redo,
            None,
            self.act_preview,
            self.act_export,
            self.act_send,
            None,
            self.act_revise,
            self.act_compare,
            self.act_accept,
            self.act_reject,
        ):
            if action is None:
                tb.addSeparator()
            else:
                tb.addAction(action)
        return tb

    def _build(self) -> None:
        self.header = QLabel()
        self.header.setObjectName("offerHeader")
        self.header.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.version_box = QComboBox()
        self.version_box.setObjectName("versionBox")
        self.version_box.activated.connect(self._version_chosen)
        self._build_actions()
        self.toolbar = self._build_toolbar()

        self.product_search = ProductPicker()
        self.product_search.setObjectName("productSearch")
        self.product_search.setPlaceholderText(
            self.tr("Add product: type code or name, Enter to add (Ctrl+P)")
        )
        self._product_names = self.product_search.names
        self.product_search.chosen.connect(self._product_chosen)
        focus = QAction(self)
        focus.setShortcut(QKeySequence("Ctrl+P"))
        focus.triggered.connect(self.product_search.setFocus)
        self.addAction(focus)
        self.table = lines_table(self.model, self.ctx.settings)

        self.totals = TotalsPanel()
        self.pricing = PricingTab()
        self.pricing.changed.connect(self._changed)
        self.pricing.price_list_chosen.connect(self._load_products)
        self.terms = TermsTab()
        self.terms.changed.connect(self._changed)
        self.terms.template_chosen.connect(self._insert_template)
        # The widgets callers and tests reach for by their old names.
        self.totals_label, self.rails_label = self.totals.totals_label, self.totals.rails_label
        self.discount, self.discount_reason = self.pricing.discount, self.pricing.discount_reason
        self.price_list, self.add_ons = self.pricing.price_list, self.pricing.add_ons
        self.opt_one_off, self.opt_inst = self.pricing.opt_one_off, self.pricing.opt_inst
        self.opt_lease = self.pricing.opt_lease
        self.valid_until, self.texts = self.terms.valid_until, self.terms.texts
        self.status_label = QLabel()
        self.status_label.setObjectName("editorStatus")
        self.status_label.setWordWrap(True)
        self._lay_out()

    def _lay_out(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self.pricing, self.tr("Discount && payment"))
        self.tabs.addTab(self.terms, self.tr("Texts && terms"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.totals)
        rl.addWidget(self.tabs, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.product_search)
        ll.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 340])
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(QLabel(self.tr("Version")))
        top.addWidget(self.version_box)
        # Reload shows the offer as stored now; Keep editing keeps the whole offer as
        # typed here (saving it then replaces the colleague's version of it).
        self.underneath = UnderneathBar(self)
        self.underneath.reload.connect(lambda: self.load(self.view.version if self.view else None))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.underneath)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

    # -- loading ---------------------------------------------------------------------------

    def load(self, version: int | None = None) -> None:
        db, offer_id = self.ctx.db, self.offer_id
        self.ctx.runner.run(
            lambda: _load(db, offer_id, version), self._loaded, lambda exc: show_error(self, exc)
        )

    def _loaded(self, setup: Loaded) -> None:
        view = setup.view
        self.setup, self.view, self.limit = setup, view, setup.limit
        self._filling = True
        try:
            self.version_box.clear()
            for number in view.versions:
                self.version_box.addItem(str(number), number)
            self.version_box.setCurrentIndex(self.version_box.findData(view.version))
            data = view.data
            self.model.set_lines(
                data.lines, Fmt(offers.user_locale(), data.currency), view.editable
            )
            self.pricing.set_limit(setup.limit)
            self.pricing.fill(data, setup.price_lists)
            self.terms.set_templates(setup.templates)
            self.terms.fill(data)
            self._set_editable(view.editable)
        finally:
            self._filling = False
        self.undo.clear()
        self._mark_dirty(False)
        self._refresh()
        self._load_products()
        self.watch.shown((view.status, tuple(view.versions), view.data))
        self.underneath.hide()
        self.loaded.emit()

    def _load_products(self) -> None:
        if self.view is None:
            return
        db = self.ctx.db
        list_id, currency = self.pricing.price_list_id(), self.view.data.currency

        def work() -> list[catalog.ProductRow]:
            return catalog.list_products(
                db, price_list_id=list_id, currency=currency, include_inactive=False, limit=5000
            )

        self.ctx.runner.run(work, self._products_loaded)

    def _products_loaded(self, rows: list[catalog.ProductRow]) -> None:
        self._products = {f"{r.code} — {r.name}": r.id for r in rows}
        self._product_names.setStringList(list(self._products))

    def _set_editable(self, editable: bool) -> None:
        self.pricing.set_editable(editable)
        self.terms.set_editable(editable)
        self.product_search.setEnabled(editable)
        for action in (
            self.act_save,
            self.act_add_text,
            self.act_section,
            self.act_remove,
            self.act_up,
            self.act_down,
        ):
            action.setEnabled(editable)
        assert self.view is not None
        status = self.view.status
        latest = self.view.version == max(self.view.versions)
        self.act_send.setEnabled(editable)
        self.act_revise.setEnabled(
            latest and status in (OfferStatus.SENT, OfferStatus.REJECTED, OfferStatus.EXPIRED)
        )
        self.act_accept.setEnabled(latest and status == OfferStatus.SENT)
        self.act_reject.setEnabled(latest and status == OfferStatus.SENT)
        self.act_compare.setEnabled(len(self.view.versions) > 1)

    # -- the form and live totals ----------------------------------------------------------

    def current_data(self) -> offers.VersionData:
        """The version as edited; ValidationError if a field is not a number."""
        assert self.view is not None
        pricing = self.pricing.values()
        return replace(
            self.view.data, **pricing, **self.terms.values(), lines=list(self.model.lines)
        )

    def _changed(self, *_args: Any) -> None:
        if self._filling or self.view is None:
            return
        if self.view.editable and self.sender() is not self.model:
            self._mark_dirty(True)
        self._refresh()

    def _clean_changed(self, clean: bool) -> None:
        # The stack reports once more while the window is destroyed (it clears itself).
        if shiboken6.isValid(self):
            self._mark_dirty(not clean)

    def _mark_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        if self.view is not None:
            flag = " •" if dirty else ""
            version = self.tr("version %1").replace("%1", str(self.view.version))
            status = enum_text(self.view.status)
            self.header.setText(
                f"{self.view.number} · {version} · {status} · {self.view.customer}{flag}"
            )
            self.setWindowTitle(self.tr("Offer %1").replace("%1", self.view.title) + flag)

    def _refresh(self) -> None:
        if self.view is None:
            return
        try:
            data = self.current_data()
            totals = data.totals()
        except (ValidationError, ArithmeticError) as exc:
            self.totals.show_error(exc)
            return
        self.model.set_totals(totals)
        self.totals.show_totals(data, totals, self.model.fmt, self.limit)

    def _insert_template(self, kind: str, text: str) -> None:
        if self.view is None or not self.view.editable or self.setup is None:
            return
        values = offers.template_values(
            number=self.view.number,
            customer=self.view.customer,
            contact=self.view.contact_name,
            opportunity=self.view.opportunity_title,
            valid_until=self.terms.valid_until_date(),  # type: ignore[arg-type]
            sender=self.view.owner_name,
            company=self.setup.company,
            language=self.view.language,
            locale=self.view.locale,
        )
        self.texts[kind].setPlainText(offers.render_template(text, values))

    def _version_chosen(self, _index: int) -> None:
        version = self.version_box.currentData()
        if self.view is None or version == self.view.version:
            return
        # The box shows the open version until the chosen one has loaded.
        self.version_box.setCurrentIndex(self.version_box.findData(self.view.version))
        self._unless_cancelled(lambda: self.load(version))

    # -- saving ----------------------------------------------------------------------------

    def _write(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Every change to stored data goes through here: off the GUI thread, in order,
        as this editor's own (so its echo is not taken for a colleague's change)."""
        self.ctx.writes.submit(fn, done, failed or (lambda exc: show_error(self, exc)), self)

    def _unless_cancelled(self, then: Callable[[], None]) -> None:
        """`then` once unsaved changes are saved or discarded; not if the user cancels or
        the save fails."""
        if not self.dirty or self.view is None or not self.view.editable:
            then()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %s first?") % self.view.title,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save(then=then)
        elif answer == QMessageBox.StandardButton.Discard:
            then()

    def save(self, then: Callable[[], None] | None = None) -> None:
        """The one save: checks the form, stores the draft off the GUI thread, says how it
        went, and on success goes on with `then` (render, send, close ...)."""
        if self.view is None or not self.view.editable:
            return
        try:
            data = self.current_data()
        except ValidationError as exc:
            self.status_label.setText(error_html(exc))
            return
        db, offer_id, version = self.ctx.db, self.offer_id, self.view.version

        def done(totals: OfferTotals) -> None:
            self.undo.setClean()
            self._mark_dirty(False)
            assert self.view is not None
            self.view = replace(self.view, data=data, totals=totals)
            self.status_label.setText(
                self.tr("Saved. Gross total %s.") % self.model.fmt.money(totals.gross)
            )
            self.ctx.status(self.tr("%s saved.") % self.view.title)
            self.saved.emit()
            if callable(then):  # a QAction passes its checked flag here
                then()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, WorkbenchError):
                show_error(self, exc)
                return
            self.status_label.setText(error_html(exc))
            if isinstance(exc, ValidationError) and exc.field == "discount_reason":
                self.tabs.setCurrentIndex(0)
                self.discount_reason.setFocus()

        self._write(lambda: offers.save_draft(db, offer_id, data, version), done, failed)

    # -- the document and decisions --------------------------------------------------------
    def _render(self, target: Path, on_done: Any) -> None:
        """Render the editor's current state (saved or not) off the GUI thread."""
        if self.view is None:
            return
        try:
            data = self.current_data()
        except ValidationError as exc:
            self.status_label.setText(str(exc))
            return
        view = replace(self.view, data=data, totals=data.totals())
        db = self.ctx.db
        self.status_label.setText(self.tr("Rendering the PDF…"))

        def work() -> int:
            return render_offer_pdf(db, view, target)

        self.ctx.runner.run(work, on_done, lambda exc: show_error(self, exc))

    def preview(self) -> None:
        folder = Path(self._tmp.name) / uuid.uuid4().hex[:8]
        folder.mkdir()
        pdf = folder / "preview.pdf"

        def rendered(_pages: int) -> None:
            self.ctx.runner.run(lambda: render_preview(pdf, folder), shown)

        def shown(pages: list[Path]) -> None:
            self.status_label.setText("")
            if not pages:  # no pdftoppm: the system's viewer shows it
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))
                return
            self.preview_dialog = PreviewDialog(pages, pdf, self)
            self.preview_dialog.show()

        self._render(pdf, rendered)

    def export_pdf(self, path: str | None = None) -> None:
        if self.view is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export offer as PDF"),
                str(Path.home() / f"{self.view.number}-v{self.view.version}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return
        target = Path(path)

        def done(pages: int) -> None:
            self.status_label.setText(self.tr("Exported %s (%d pages).") % (target, pages))
            self.exported = target

        self._render(target, done)

    def send(self) -> None:
        """Save, freeze the version as sent (PDF kept with it, activity, follow-up task),
        then open the mail client and the folder with the PDF."""
        if self.view is None or not self.view.editable:
            return
        if not self.model.lines:
            self.status_label.setText(self.tr("Add at least one line before sending."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Send offer"),
            self.tr(
                "Send %s to %s? The version is then frozen; later changes go into a new version."
            )
            % (self.view.title, self.view.contact_email or self.view.customer),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.save(then=self._send_saved)

    def _send_saved(self) -> None:
        db, offer_id = self.ctx.db, self.offer_id

        def done(result: offers.SentResult) -> None:
            self.sent = result
            self.ctx.status(self.tr("Offer sent; follow-up task created."))
            open_mail(result)
            self.load()

        self._write(lambda: offers.mark_sent(db, offer_id), done)

    def revise(self) -> None:
        db, offer_id = self.ctx.db, self.offer_id
        self._write(
            lambda: offers.revise(db, offer_id),
            lambda version: (
                self.ctx.status(self.tr("Version %d created.") % version),
                self.load(),
            ),
        )

    def compare(self, a: int | None = None, b: int | None = None) -> None:
        if self.view is None or len(self.view.versions) < 2:
            return
        if a is None or b is None:
            versions = [str(x) for x in self.view.versions]
            first, ok = QInputDialog.getItem(
                self,
                self.tr("Compare versions"),
                self.tr("Compare version %d with version:") % self.view.version,
                [x for x in versions if x != str(self.view.version)],
                0,
                False,
            )
            if not ok:
                return
            a, b = sorted((int(first), self.view.version))
        db, offer_id = self.ctx.db, self.offer_id

        def shown(comparison: offers.VersionComparison) -> None:
            self.compare_dialog = CompareDialog(comparison, self)
            self.compare_dialog.show()

        self.ctx.runner.run(
            lambda: offers.compare_versions(db, offer_id, a, b),
            shown,
            lambda e: show_error(self, e),
        )

    def accept_offer(self) -> None:
        if self.view is None or self.setup is None:
            return
        dialog = ReasonDialog(
            self.tr("Offer accepted"),
            self.tr("Why we won"),
            self.setup.won_reasons,
            self,
            optional_label=self.tr("Mark the deal as won") if self.view.opportunity_id else "",
        )
        dialog.setObjectName("acceptDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        win = dialog.check is not None and dialog.check.isChecked()
        reason = dialog.reason.currentData() if win else None
        note = dialog.note.text()
        db, offer_id = self.ctx.db, self.offer_id

        def done(won: bool) -> None:
            self.ctx.status(
                self.tr("Offer accepted; the deal is won.") if won else self.tr("Offer accepted.")
            )
            self.load()

        self._write(
            lambda: offers.accept_offer(db, offer_id, win_reason_id=reason, note=note), done
        )

    def reject_offer(self) -> None:
        if self.setup is None:
            return
        dialog = ReasonDialog(
            self.tr("Offer rejected"),
            self.tr("The customer's reason"),
            self.setup.rejected_reasons,
            self,
        )
        dialog.setObjectName("rejectDialog")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, note = dialog.reason.currentData(), dialog.note.text()
        db, offer_id = self.ctx.db, self.offer_id
        self._write(
            lambda: offers.reject_offer(db, offer_id, reason, note),
            lambda _r: (self.ctx.status(self.tr("Offer rejected.")), self.load()),
        )

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Rejected and not self._closing:
            self._unless_cancelled(lambda: self._close(result))
            return
        self._tmp.cleanup()
        super().done(result)

    def _close(self, result: int) -> None:
        self._closing = True
        try:
            self.done(result)
        finally:
            self._closing = False
