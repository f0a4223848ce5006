"""The lead import wizard: file -> column mapping -> preview with each row's problem ->
import. Reading, checking and importing run off the GUI thread."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from workbench.services import lead_import
from workbench.ui.context import AppContext
from workbench.ui.domain_texts import domain_text
from workbench.ui.messages import error_html, show_error
from workbench.ui.theme import app_colours, coloured, on_scheme_change, qcolor

PREVIEW_ROWS = 500
_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 1  # the palette role a result is written in


class _PreviewModel(QStandardItemModel):
    """Results coloured from the scheme in force when painted, so they follow a switch
    between light and dark."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            name = super().data(index, _COLOUR_ROLE)
            if name:
                return QBrush(qcolor(getattr(app_colours(), name)))
        return super().data(index, role)


class _Progress(QObject):
    # Emitted on the worker thread; Qt queues it to the GUI thread.
    moved = Signal(int, int)


class LeadImportWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadImportWizard")
        self.setWindowTitle(self.tr("Import leads"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(820, 600)
        self.ctx = ctx
        self.path: Path | None = None
        self.table: lead_import.RawTable | None = None
        self.mapping: lead_import.Mapping = []
        self.preview: lead_import.ImportResult | None = None
        self.result: lead_import.ImportResult | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.done_page):
            self.addPage(page)

    def policy(self) -> lead_import.DuplicatePolicy:
        data = self.preview_page.policy.currentData()
        return data if data is not None else lead_import.DuplicatePolicy.SKIP


class FilePage(QWizardPage):
    def __init__(self, wizard: LeadImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or Excel XLSX, with the "
                "column names in the first row, e.g. an export from a web form or another CRM."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.status = QLabel()
        self.status.setObjectName("fileStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        # Read as soon as the text names a file (typed or pasted), not on focus loss; a
        # path that names nothing gets its message when the user leaves the field.
        self.path_edit.textChanged.connect(self._typed)
        self.path_edit.editingFinished.connect(lambda: self.load(self.path_edit.text()))
        self._loading = ""

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import leads"), "", self.tr("Lead files (*.csv *.txt *.tsv *.xlsx)")
        )
        if path:
            self.path_edit.setText(path)
            self.load(path)

    def _typed(self, text: str) -> None:
        path = Path(text.strip()).expanduser() if text.strip() else None
        if path is not None and path.is_file():
            self.load(text)
        elif self.w.table is not None or self._loading:
            self.w.table, self.w.path, self._loading = None, None, ""
            self.status.setText("")
            self.completeChanged.emit()

    def load(self, text: str) -> None:
        path = Path(text.strip()).expanduser()
        if not text.strip() or (self.w.path == path and self.w.table is not None):
            return
        self.w.table, self.w.path = None, path
        self._loading = str(path)
        self.status.setText(self.tr("Reading %s…") % path.name)
        self.completeChanged.emit()
        self.w.ctx.runner.run(
            lambda: lead_import.read_table(path),
            lambda table: self._read(str(path), table),
            lambda exc: self._failed(str(path), exc),
        )

    def _read(self, path: str, table: lead_import.RawTable) -> None:
        if path != self._loading:
            return
        self.w.table = table
        self.w.mapping = lead_import.auto_mapping(table.headers)
        self.status.setText(
            self.tr("%d rows and %d columns (%s).")
            % (len(table.rows), len(table.headers), table.describe())
        )
        self.completeChanged.emit()

    def _failed(self, path: str, exc: BaseException) -> None:
        if path != self._loading:
            return
        self.status.setText(error_html(exc))

    def isComplete(self) -> bool:
        return self.w.table is not None


class MappingPage(QWizardPage):
    def __init__(self, wizard: LeadImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Each column of the file fills a field of the lead. Columns set to “Don't "
                "import” are listed in the report."
            )
        )
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self.w.table
        assert table is not None
        body = QWidget()
        form = QFormLayout(body)
        self.combos = []
        for i, header in enumerate(table.headers):
            sample = next((cells[i] for _l, cells in table.rows if i < len(cells) and cells[i]), "")
            sample = sample.replace("\n", " ")
            combo = QComboBox()
            combo.setObjectName(f"column{i}")
            combo.addItem(self.tr("Don't import"), None)
            for field, text in lead_import.FIELDS.items():
                combo.addItem(domain_text(text), field)
            combo.setCurrentIndex(max(0, combo.findData(self.w.mapping[i])))
            name = header or self.tr("(no name)")
            caption = QLabel()

            def show(c: QLabel = caption, n: str = name, s: str = sample) -> None:
                c.setText(f"<b>{n}</b><br>{coloured(s[:40], 'muted')}")

            show()
            on_scheme_change(caption, show)
            form.addRow(caption, combo)
            self.combos.append(combo)
        self.scroll.setWidget(body)

    def validatePage(self) -> bool:
        self.w.mapping = [c.currentData() for c in self.combos]
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: LeadImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.policy = QComboBox()
        self.policy.setObjectName("policy")
        self.policy.addItem(
            self.tr("Skip rows that are already there"), lead_import.DuplicatePolicy.SKIP
        )
        self.policy.addItem(
            self.tr("Merge them (fill empty fields of the existing lead)"),
            lead_import.DuplicatePolicy.MERGE,
        )
        self.policy.addItem(self.tr("Import them anyway"), lead_import.DuplicatePolicy.KEEP)
        self.policy.currentIndexChanged.connect(lambda _i: self.initializePage())
        self.report_button = QPushButton(self.tr("Save report…"))
        self.report_button.clicked.connect(self.save_report)
        self.model = _PreviewModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Result"), self.tr("Why")])
        self.view = QTableView()
        self.view.setObjectName("problems")
        self.view.setTabKeyNavigation(False)  # Tab leaves a list that isn't edited cell by cell
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Duplicates:")))
        row.addWidget(self.policy, 1)
        row.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._generation = 0

    def initializePage(self) -> None:
        self.w.preview = None
        self.completeChanged.emit()
        self.summary.setText(self.tr("Checking every row…"))
        self.model.removeRows(0, self.model.rowCount())
        table, mapping, policy, db = self.w.table, self.w.mapping, self.w.policy(), self.w.ctx.db
        assert table is not None
        self._generation += 1
        generation = self._generation
        self.w.ctx.runner.run(
            lambda: lead_import.run_import(db, table, mapping, policy=policy, dry_run=True),
            lambda result: self._checked(generation, result),
            lambda exc: self._failed(generation, exc),
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.summary.setText(error_html(exc))

    def _checked(self, generation: int, result: lead_import.ImportResult) -> None:
        if generation != self._generation:
            return
        self.w.preview = result
        text = html.escape(result.summary(), quote=False)
        if result.unmapped:
            text += "<br>" + html.escape(
                self.tr("Not imported columns: %s") % ", ".join(result.unmapped), quote=False
            )
        text += "".join("<br>" + html.escape(note, quote=False) for note in result.notes())
        self.summary.setText(text)
        rows: list[tuple[int, str, str, str]] = [
            (p.line, self.tr("rejected"), p.reason, "danger") for p in result.rejected
        ]
        rows += [(p.line, self.tr("warning"), p.reason, "warn") for p in result.warnings]
        rows += [
            (d.line, domain_text(d.action), self.tr("same as %s") % d.description, "warn")
            for d in result.duplicates
        ]
        rows.sort()
        for line, what, why, colour in rows[:PREVIEW_ROWS]:
            cells = [QStandardItem(str(line)), QStandardItem(what), QStandardItem(why)]
            cells[1].setData(colour, _COLOUR_ROLE)
            cells[0].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(cells)
        if len(rows) > PREVIEW_ROWS:
            self.model.appendRow(
                [
                    QStandardItem(""),
                    QStandardItem("…"),
                    QStandardItem(self.tr("%d more in the report") % (len(rows) - PREVIEW_ROWS)),
                ]
            )
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.preview is not None and self.w.preview.imported + self.w.preview.merged > 0

    def save_report(self) -> None:
        if self.w.preview is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "lead-import-report.txt", self.tr("Text (*.txt)")
        )
        if path:
            try:
                lead_import.write_report(
                    Path(path), self.w.preview, self.w.path.name if self.w.path else ""
                )
            except Exception as exc:
                show_error(self, exc)


class DonePage(QWizardPage):
    def __init__(self, wizard: LeadImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Importing"))
        self.bar = QProgressBar()
        self.bar.setObjectName("progress")
        self.label = QLabel()
        self.label.setObjectName("doneSummary")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.finished = False
        self.progress = _Progress(self)
        self.progress.moved.connect(self._moved)

    def initializePage(self) -> None:
        self.finished = False
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("Importing in one transaction: all rows or none…"))
        table, mapping, policy, db = self.w.table, self.w.mapping, self.w.policy(), self.w.ctx.db
        assert table is not None
        signal = self.progress.moved

        def work() -> lead_import.ImportResult:
            return lead_import.run_import(
                db, table, mapping, policy=policy, progress=lambda a, b: signal.emit(a, b)
            )

        self.w.ctx.runner.run(work, self._done, self._failed)

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, result: lead_import.ImportResult) -> None:
        self.w.result = result
        self.finished = True
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.label.setText("\n".join([result.summary(), *result.notes()]))
        self.w.ctx.status(result.summary())
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.finished = True
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.label.setText(
            error_html(exc) + "<br>" + self.tr("Nothing was imported; the database is unchanged.")
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished
