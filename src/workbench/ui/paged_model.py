"""A table model over rows loaded page by page in the background.

The view asks for more as it scrolls (canFetchMore/fetchMore); each page is a service
query run on the thread pool, so a long list never blocks the window. Reloading bumps a
generation number, so pages of a superseded query are dropped when they arrive late.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from workbench.ui.background import Runner

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    # Marked with QT_TRANSLATE_NOOP("Column", ...) where defined, translated when shown.
    title: str
    value: Callable[[R], Any]
    align_right: bool = False
    #: the name or title column, which takes the room the data columns leave
    primary: bool = False
    #: a width the view keeps (a painted badge or pill), instead of fitting the contents
    width: int | None = None
    #: never squeezed below its contents when the view is short of room (a phone number)
    whole: bool = False
    #: a name like the primary one (a lead's company): kept readable while the other
    #: columns can still give way
    name: bool = False


class PagedRows(Generic[R]):
    """Page-by-page loading for a Qt model class (mixed in before the Qt base, which
    declares the `loaded` and `failed` signals).

    The view asks for more as it scrolls (canFetchMore/fetchMore); a page is a query run on
    the thread pool. Every reload bumps the generation, so a page of a superseded query is
    dropped when it arrives late; so is one whose offset no longer fits the loaded rows.
    """

    loaded: Any
    failed: Any

    def _init_paging(
        self,
        runner: Runner,
        fetch: Callable[[int, int], list[R]],
        page_size: int,
        *,
        exhausted: bool = False,
    ) -> None:
        self._runner = runner
        self._fetch = fetch
        self.page_size = page_size
        self._rows: list[R] = []
        self._exhausted = exhausted
        self._loading = False
        self._generation = 0

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self.fetch_rows(self.page_size)

    def fetch_rows(self, limit: int) -> None:
        """Load the next `limit` rows: a page as the view scrolls, or as many as it takes
        to reach a row far down at once."""
        if self._loading or self._exhausted:
            return
        self._loading = True
        generation, offset = self._generation, len(self._rows)
        fetch = self._fetch
        self._runner.run(
            lambda: fetch(offset, limit),
            lambda rows: self._arrived(generation, offset, limit, rows),
            lambda exc: self._error(generation, exc),
            owner=cast(QObject, self),
        )

    def is_loading(self) -> bool:
        return self._loading

    def _arrived(self, generation: int, offset: int, limit: int, rows: list[R]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if offset != len(self._rows):
            # Rows were added or taken meanwhile: ask again from where the rows end now
            # (whoever waits for this page, a card being brought into view, still gets one).
            self.fetchMore()
            return
        if len(rows) < limit:
            self._exhausted = True
        if rows:
            model = cast(QAbstractItemModel, self)
            first = len(self._rows)
            model.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            model.endInsertRows()
        self.loaded.emit()

    def _error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.failed.emit(str(exc))


class PagedTableModel(PagedRows[R], QAbstractTableModel):
    """A table over rows loaded page by page in the background (see PagedRows)."""

    loaded = Signal()  # a page arrived (also after an empty result)
    failed = Signal(str)

    def __init__(
        self,
        runner: Runner,
        columns: Sequence[Column[R]],
        fetch: Callable[[int, int], list[R]],
        page_size: int = 200,
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._init_paging(runner, fetch, page_size)

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.value(self._rows[index.row()])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Column", self._columns[section].title)
        return None

    # -- own API ---------------------------------------------------------------------------

    def set_title(self, section: int, title: str) -> None:
        self._columns[section] = replace(self._columns[section], title=title)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)

    def columns(self) -> list[Column[R]]:
        return list(self._columns)

    def row(self, index: Index) -> R:
        return self._rows[index.row()]

    def rows(self) -> list[R]:
        return list(self._rows)

    def reload(self, fetch: Callable[[int, int], list[R]] | None = None) -> None:
        """Start over (new query, or the same one after data changed)."""
        if fetch is not None:
            self._fetch = fetch
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore()
