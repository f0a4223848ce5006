"""Dialog scaffolding for create/edit forms: inline errors, focus on the bad field, and
nothing saved until the service accepts the whole input."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import ValidationError, WorkbenchError

W = TypeVar("W", bound=QWidget)


class FormDialog(QDialog):
    """Subclasses add rows with `add_row` and implement `save()`, which calls a service
    and may raise WorkbenchError; the dialog shows it inline and stays open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {}

    def add_row(self, label: str, field: str, widget: W) -> W:
        widget.setObjectName(field)
        self.form.addRow(label, widget)
        self._fields[field] = widget
        return widget

    def field_widget(self, name: str) -> QWidget | None:
        return self._fields.get(name)

    def save(self) -> None:
        raise NotImplementedError

    def _try_save(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            self.show_error(str(exc), exc.field)
            return
        except WorkbenchError as exc:
            self.show_error(str(exc))
            return
        self.accept()

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
