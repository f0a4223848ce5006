"""Dialog scaffolding for create/edit forms: inline errors, focus on the bad field, and
nothing saved until the service accepts the whole input. The form never waits on the
database: what it shows is read on the read pool (`load`) and what it saves is written
on the write executor, with the dialog busy until the write is done."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import ValidationError, WorkbenchError
from workbench.store.db import Database
from workbench.ui.messages import error_label, show_error
from workbench.ui.operations import ReadOp, WriteOp
from workbench.ui.pickers import AccountPicker
from workbench.ui.theme import keep_styled, themed
from workbench.ui.underneath import Author, RecordWatch, UnderneathBar

if TYPE_CHECKING:
    from workbench.ui.context import AppContext

W = TypeVar("W", bound=QWidget)
T = TypeVar("T")

#: what `save()` hands back: a function the write thread calls with the database
Write = Callable[[Database], Any]
#: a form field's name where it differs from the input's field it edits
_INPUT_FIELD = {"account": "account_id", "contact": "contact_id", "owner": "owner_id"}


# The widest a form's label column grows before a label wraps (pixels).
LABEL_WIDTH = 220


class FormDialog(QDialog):
    """Subclasses set `self.ctx`, add rows with `add_row` and implement `save()`.

    `save()` reads the fields on the GUI thread (raising ValidationError for input it can
    refuse without the database) and returns the write to run, or None when there is
    nothing to write. While the write runs the dialog is busy; a WorkbenchError it raises
    is shown inline and the dialog stays open; on success `saved(result)` runs, which
    closes the dialog unless it returns a further write (after asking the person a
    question about the first one's result, say).
    """

    ctx: AppContext

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = error_label(name="formError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setObjectName("formLoading")
        keep_styled(self.loading_label, themed("color: $muted;"))
        self.loading_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {}
        self._loading = 0
        self._busy = False
        self._held: list[QWidget] = []
        # The record changed underneath (see `watch`): what the person has typed in.
        self._editors: dict[str, QWidget] = {}
        self._touched: set[str] = set()
        self._filling = False
        self._watch: RecordWatch | None = None
        self._pending: Any = None
        self.underneath = UnderneathBar(self)
        layout.insertWidget(0, self.underneath)

    def add_row(self, label: str, field: str, widget: W) -> W:
        widget.setObjectName(field)
        text = QLabel(label)
        text.setBuddy(widget)
        # A long label (German runs long) wraps rather than squeezing every field.
        if text.sizeHint().width() > LABEL_WIDTH:
            text.setWordWrap(True)
            text.setMaximumWidth(LABEL_WIDTH)
        self.form.addRow(text, widget)
        self._fields[field] = widget
        self.track(field, widget)
        return widget

    def track(self, field: str, widget: QWidget) -> None:
        """Note when `widget` is edited; the form's own fills are wrapped in `filling()`
        and don't count."""
        self._editors[field] = widget
        touch = lambda *_a: self._touch(field)  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(touch)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(touch)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(touch)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(touch)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(touch)

    def _touch(self, field: str) -> None:
        if not self._filling:
            self._touched.add(field)

    @contextmanager
    def filling(self) -> Iterator[None]:
        """The form fills its own fields: not the person's typing."""
        was, self._filling = self._filling, True
        try:
            yield
        finally:
            self._filling = was

    def field_widget(self, name: str) -> QWidget | None:
        return self._fields.get(name)

    # -- reading -----------------------------------------------------------------------------

    def load(self, read: Callable[[Database], T], fill: Callable[[T], Any]) -> None:
        """Read on the read pool and `fill` the form with the result; until then the
        fields are disabled and the form says it is loading."""
        self._loading += 1
        self._show_state()

        def done(result: T) -> None:
            self._loading -= 1
            with self.filling():
                fill(result)
            self._show_state()

        def failed(exc: BaseException) -> None:
            self._loading -= 1
            self._show_state()
            # Nothing half-read may be saved over the record.
            self.save_button().setEnabled(False)
            if isinstance(exc, WorkbenchError):
                self.show_error(str(exc))
            else:
                show_error(self, exc)

        ReadOp(self.ctx, read, parent=self).success(done).failure(failed).run()

    def is_loading(self) -> bool:
        return self._loading > 0

    def is_busy(self) -> bool:
        """Loading or saving: the form can't be saved now."""
        return self._loading > 0 or self._busy

    def _show_state(self) -> None:
        idle = not self.is_busy()
        self.loading_label.setVisible(self._loading > 0)
        if not idle and not self._held:
            # Only the fields enabled now: one the form keeps disabled stays so afterwards.
            self._held = [w for w in self._fields.values() if w.isEnabled()]
            for widget in self._held:
                widget.setEnabled(False)
        elif idle:
            for widget in self._held:
                widget.setEnabled(True)
            self._held = []
        self.save_button().setEnabled(idle)

    def save_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    # -- the record changed underneath ------------------------------------------------------

    def watch(
        self,
        tables: frozenset[str],
        read: Callable[[Database], Any],
        noun: str,
        author: Author | None = None,
    ) -> None:
        """For a form on a stored record: when another writer changes it (a colleague's
        edit arriving by sync, the board), a bar offers to reload it or keep editing.
        `read(db)` returns the record as `show_record` takes it; the subclass calls
        `shown(value)` once it has filled the form with it."""
        self._watch = RecordWatch(self.ctx, self, tables, read, noun, author)
        self._watch.changed.connect(self._changed_underneath)
        self.underneath.reload.connect(self._reload_record)
        self.underneath.keep.connect(self._keep_editing)

    def shown(self, value: Any) -> None:
        if self._watch is not None:
            self._watch.shown(value)

    def show_record(self, value: Any) -> None:
        """Put the record's values in the fields (for Reload and Keep editing)."""
        raise NotImplementedError

    def touched(self) -> set[str]:
        """The input fields the person changed since the form showed the record."""
        return {_INPUT_FIELD.get(name, name) for name in self._touched}

    def _changed_underneath(self, value: Any, text: str) -> None:
        self._pending = value
        self.underneath.tell(text)

    def _reload_record(self) -> None:
        with self.filling():
            self.show_record(self._pending)
        self._touched.clear()
        self.shown(self._pending)

    def _keep_editing(self) -> None:
        """The person's edits stay; the fields they left alone take the new values."""
        kept = {name: _value_of(self._editors[name]) for name in self._touched}
        with self.filling():
            self.show_record(self._pending)
            for name, value in kept.items():
                _set_value(self._editors[name], value)
        self.shown(self._pending)

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> Write | None:
        raise NotImplementedError

    def saved(self, result: Any) -> Write | None:
        """On the GUI thread once the write is done: the next write, or None to close."""
        return None

    def _try_save(self) -> None:
        if self.is_busy():
            return
        self._step(self.save)

    def _step(self, next_write: Callable[[], Write | None]) -> None:
        try:
            write = next_write()
        except WorkbenchError as exc:
            self._refused(exc)
            return
        if write is None:
            self.accept()
            return
        self._set_busy(True)
        WriteOp(self.ctx, write, parent=self).success(self._written).failure(
            self._write_failed
        ).run(initiator=self)

    def _written(self, result: Any) -> None:
        self._set_busy(False)
        self._step(lambda: self.saved(result))

    def _write_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WorkbenchError):
            self._refused(exc)
        else:
            show_error(self, exc)

    def _refused(self, exc: WorkbenchError) -> None:
        self.show_error(str(exc), exc.field if isinstance(exc, ValidationError) else None)

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()
        self._show_state()

    def reject(self) -> None:
        # Closing while a write runs would hide its outcome; it ends in a moment.
        if not self._busy:
            super().reject()

    def show_error(self, message: str, field: str | None = None) -> None:
        """Show the message as a row of the form, under the field it is about (or at the
        end), so the rows below move down instead of being painted over."""
        widget = self._fields.get(field or "")
        self.form.removeWidget(self.error)
        row = self.form.rowCount()
        if widget is not None:
            found, _role = self.form.getWidgetPosition(widget)
            if found >= 0:
                row = found + 1
        self.form.insertRow(row, self.error)
        self.error.setText(message)
        self.error.show()
        self._fit_height()
        if widget is not None:
            widget.setFocus()

    def _fit_height(self) -> None:
        # A word-wrapped label's height depends on its width, which the layout's minimum
        # size ignores: grow the dialog to the height its contents need at this width.
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)


def typed_over(current: T, typed: T, names: set[str]) -> T:
    """`current` (the record as stored now) with the fields `names` the person changed
    taken from `typed`: a save never writes back what the form showed of the fields the
    person left alone, which may be older than a colleague's change."""
    known = {f.name for f in fields(typed)}  # type: ignore[arg-type]
    return replace(current, **{n: getattr(typed, n) for n in names & known})  # type: ignore[type-var]


def _value_of(widget: QWidget) -> Any:
    if isinstance(widget, AccountPicker):
        return widget.text(), widget.account_id()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        return widget.date()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return None


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, AccountPicker):
        widget.set_account(value[1], value[0])
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QDateEdit) and isinstance(value, QDate):
        widget.setDate(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
