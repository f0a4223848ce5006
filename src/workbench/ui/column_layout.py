"""How every list and table in the window lays out its columns, in one place.

- The primary text column (a name or title) takes the room that is left; the data columns
  are as wide as their contents, within bounds, so a phone number or an e-mail address is
  not cut while a short column sprawls.
- Short of room (a wide list at 1280×800), the widest data columns give way first, to a
  width that still reads (SQUEEZE_FLOOR, or their header); then the names (the primary
  column and those marked as names, a lead's company), widest first, down to a readable
  name (NAME_FLOOR); only then the data columns further, down to their header's width.
  Text is cut at word ends; columns kept whole (a phone number, an amount) are never
  squeezed. Only what still does not fit scrolls sideways.
- A width the user drags is remembered for that view (in the app's QSettings) and wins
  over the fitted one.
- Text that does not fit is cut at the end of a word with "…", never in the middle of one.
- Placeholder rows ("Nothing here.") and section heads can't be selected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from workbench.ui.event_watch import EventWatcher

#: a data column is never narrower or wider than this (pixels), unless the user drags it
MIN_WIDTH = 56
MAX_WIDTH = 320
#: a name column (the primary one, a company) is not squeezed below this many pixels: a
#: name cut shorter reads as nothing
NAME_FLOOR = 120
#: other text columns give way to this width (or their header's) before a name does
SQUEEZE_FLOOR = 80
#: the share of a wide row the primary column takes before the others grow too
PRIMARY_SHARE = 0.45
#: air beyond a cell's text, so a column fitted to it is not flush against its neighbour
CELL_PADDING = 4

ELLIPSIS = "…"
#: a cut at a word end must keep at least this share of the room
WORD_CUT_SHARE = 0.6


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` cut to `width` pixels at the end of a word, with "…", never in its middle;
    where no word end is near enough (one long word), at the end of the room."""
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return text
    room = width - metrics.horizontalAdvance(ELLIPSIS)
    words = text.split(" ")
    kept = ""
    for i in range(1, len(words)):
        candidate = " ".join(words[:i]).rstrip(" ,;:·-–—")
        if metrics.horizontalAdvance(candidate) > room:
            break
        kept = candidate
    # A word end far back would throw away most of the room ("Delta…" for "Delta conveyors
    # frame agreement"): then the cut is made where the room ends, still at the end.
    if kept and metrics.horizontalAdvance(kept) >= WORD_CUT_SHARE * room:
        return kept + ELLIPSIS
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def wrap_words(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """`text` broken between words into at most `lines` lines of `width` pixels; what the
    last line can't hold is cut at a word end with "…" (see elide_words), as is a word
    longer than a whole line."""
    if lines <= 1 or width <= 0:
        return elide_words(text, metrics, width)
    words = text.split()
    shown: list[str] = []
    while words and len(shown) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        shown.append(elide_words(line, metrics, width))
    if words:
        shown.append(elide_words(" ".join(words), metrics, width))
    return "\n".join(shown)


class WordElideDelegate(QStyledItemDelegate):
    """The default cell painting, with text cut at word ends. Only painting cuts: the size
    a cell asks for stays that of its whole text, so columns fit to the full contents."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        text = opt.text  # type: ignore[attr-defined]
        if text and "\n" not in text:
            rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, widget) + 1
            opt.text = elide_words(text, opt.fontMetrics, rect.width() - 2 * margin)  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


class _Restyled(EventWatcher):
    """Tells when the view's font or style changes what its texts measure."""

    def __init__(self, parent: QObject, view: QWidget, changed: Callable[[], None]) -> None:
        super().__init__(parent, view, (QEvent.Type.FontChange, QEvent.Type.StyleChange))
        self._changed = changed

    def seen(self, event: QEvent) -> None:
        self._changed()


class ColumnLayout(EventWatcher):
    """Applies the rules above to `view`, remembering dragged widths under `key` in
    `settings` (not at all without settings: a small table inside a form)."""

    def __init__(
        self,
        view: QTableView | QTreeView,
        key: str,
        settings: QSettings | None,
        *,
        primary: int = 0,
        fixed: Sequence[int] = (),
        whole: Sequence[int] = (),
        names: Sequence[int] = (),
    ) -> None:
        self.view, self.key, self.settings, self.primary = view, key, settings, primary
        #: columns whose width the view sets itself (badges, pills): not fitted
        self.fixed = set(fixed)
        #: columns never squeezed below their contents (phone numbers)
        self.whole = set(whole)
        #: columns that hold names like the primary one (a lead's company): they keep a
        #: readable width while other columns can still give way
        self.names = set(names) | {primary}
        self._fitting = False
        self._held = False
        # What each column's contents asked for, kept until they change: a resize of the
        # view only shares the room out again (measuring a hundred rows formats each).
        self._naturals: dict[int, int] = {}
        self._measured_for = 0  # the viewport's height then
        self._user: dict[int, int] = self._load()
        # The viewport's own resize: the view's arrives before the viewport has its size.
        super().__init__(view, view.viewport(), (QEvent.Type.Resize, QEvent.Type.Show))
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setItemDelegate(WordElideDelegate(view))
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(MIN_WIDTH // 2)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        # Rows arrive one by one when a tree is filled: one fit after them, not one each.
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.fit)
        model = view.model()
        for changed in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.layoutChanged,
            model.dataChanged,
            model.headerDataChanged,
            model.columnsInserted,
            model.columnsRemoved,
        ):
            changed.connect(self._contents_changed)
        model.rowsInserted.connect(self._fit_soon)
        model.modelReset.connect(self._fit_soon)
        model.layoutChanged.connect(self._fit_soon)
        if isinstance(view, QTreeView):
            for shown in (view.expanded, view.collapsed):
                shown.connect(self._contents_changed)
                shown.connect(self._fit_soon)
        self._restyled = _Restyled(self, view, self._contents_changed)
        self.fit()

    def header(self) -> QHeaderView:
        if isinstance(self.view, QTreeView):
            return self.view.header()
        return self.view.horizontalHeader()

    # -- remembered widths -----------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"columns/{self.key}"

    def _load(self) -> dict[int, int]:
        if self.settings is None:
            return {}
        raw = str(self.settings.value(self._settings_key(), "") or "")
        widths: dict[int, int] = {}
        for part in raw.split(","):
            column, _, width = part.partition("=")
            if column.strip().isdigit() and width.strip().isdigit():
                widths[int(column)] = int(width)
        return widths

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        self._user[column] = new
        if self.settings is not None:
            self.settings.setValue(
                self._settings_key(),
                ",".join(f"{c}={w}" for c, w in sorted(self._user.items())),
            )
        # The primary column gives or takes the difference, so the row still fills the view.
        if column != self.primary:
            self.fit()

    # -- fitting ---------------------------------------------------------------------------

    def _fit_soon(self, *_args: object) -> None:
        self._pending.start()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One fit after what is done inside (a model filled, then its sections expanded
        one by one), not one at each resize of the viewport it causes on the way."""
        self._held = True
        try:
            yield
        finally:
            self._held = False
            self._pending.stop()
            self.fit()

    def seen(self, event: QEvent) -> None:
        self.fit()

    def heading(self, column: int) -> int:
        """The width `column`'s header asks for: Qt's own measure, which holds room for a
        sort indicator only where the view shows one (a fixed allowance for it made every
        header floor of an unsorted list two dozen pixels too wide)."""
        return max(MIN_WIDTH, self.header().sectionSizeHint(column) + CELL_PADDING)

    def natural(self, column: int) -> int:
        """The width `column`'s header and loaded contents ask for."""
        height = self.view.viewport().height()
        # Qt measures the rows on screen and those next to them: a view grown by a row or
        # more may show longer texts.
        if height > self._measured_for + self.view.fontMetrics().height():
            self._naturals.clear()
        if not self._naturals:
            self._measured_for = height
        width = self._naturals.get(column)
        if width is None:
            contents = self.view.sizeHintForColumn(column) + CELL_PADDING
            width = self._naturals[column] = max(self.heading(column), contents)
        return width

    def _contents_changed(self, *_args: object) -> None:
        self._naturals.clear()

    def _floor(self, column: int, width: int, *, readable: bool = True) -> int:
        """How far `column` (now `width` wide) may be squeezed: not at all when kept whole or
        sized by the user; a name to a readable name; another column to a width that
        still reads, or (`readable` False, the last resort) to its header."""
        if column in self.whole or column in self._user:
            return width
        if column in self.names:
            least = NAME_FLOOR
        elif readable:
            least = max(self.heading(column), SQUEEZE_FLOOR)
        else:
            least = self.heading(column)
        return min(width, least)

    def fit(self) -> None:
        """Data columns to their contents within the bounds (or the user's width); the
        primary one to the rest, at least its contents (within MAX_WIDTH). Room to spare
        beyond the primary's contents goes first to columns held to MAX_WIDTH."""
        count = self.view.model().columnCount()
        if count == 0 or self._held:
            return
        header = self.header()
        natural: dict[int, int] = {}
        widths: dict[int, int] = {}
        for column in range(count):
            if column == self.primary or column in self.fixed or header.isSectionHidden(column):
                continue
            natural[column] = self._user.get(column) or self.natural(column)
            widths[column] = self._user.get(column) or min(MAX_WIDTH, natural[column])
        fixed = sum(header.sectionSize(c) for c in self.fixed if c < count)
        room = self.view.viewport().width() - fixed
        primary = self._user.get(self.primary) or self.natural(self.primary)
        need = self._user.get(self.primary) or min(MAX_WIDTH, primary)
        _widen(widths, natural, room - sum(widths.values()) - primary)
        if self.primary < count:
            widths[self.primary] = need
            # The data columns give way first, to a width that still reads; then the names,
            # widest first, to a readable name; then the data columns to their headers.
            data = {c: self._floor(c, w) for c, w in widths.items() if c not in self.names}
            held = {c: w for c, w in widths.items() if c in self.names}
            _squeeze(widths, data | held, sum(widths.values()) - room)
            names = {c: self._floor(c, w) for c, w in held.items()}
            _squeeze(widths, data | names, sum(widths.values()) - room)
            data = {c: self._floor(c, widths[c], readable=False) for c in data}
            _squeeze(widths, data | names, sum(widths.values()) - room)
            others = sum(w for c, w in widths.items() if c != self.primary)
            widths[self.primary] = max(widths[self.primary], room - others)
            # On a wide screen the primary column does not take everything: past its share
            # of the row the rest is spread over the data columns (each up to MAX_WIDTH).
            cap = max(need, int(PRIMARY_SHARE * room))
            if widths[self.primary] > cap:
                growable = [c for c in widths if c != self.primary and c not in self._user]
                left = _spread(widths, growable, widths[self.primary] - cap)
                widths[self.primary] = cap + left
        self._fitting = True
        try:
            for column, width in widths.items():
                if self.header().sectionSize(column) != width:
                    self.header().resizeSection(column, width)
        finally:
            self._fitting = False


def _squeeze(widths: dict[int, int], floors: dict[int, int], short: int) -> None:
    """Take `short` pixels from the widest columns first (each down to its floor), so the
    columns end up as even as their floors allow."""
    while short > 0:
        movable = [c for c in widths if widths[c] > floors[c]]
        if not movable:
            return
        top = max(widths[c] for c in movable)
        widest = [c for c in movable if widths[c] == top]
        below = max([widths[c] for c in movable if widths[c] < top] + [0])
        level = max([below, *(floors[c] for c in widest)])
        step = min(top - level, -(-short // len(widest)))
        for column in widest:
            take = min(step, widths[column] - floors[column], short)
            widths[column] -= take
            short -= take


def _spread(widths: dict[int, int], columns: list[int], extra: int) -> int:
    """Give `extra` pixels to `columns` in proportion to their widths, none beyond
    MAX_WIDTH; returns what they could not take."""
    while extra > 0:
        open_ = [c for c in columns if widths[c] < MAX_WIDTH]
        total = sum(widths[c] for c in open_)
        if not open_ or total <= 0:
            return extra
        given = 0
        for column in open_:
            # At least a pixel each, so the remainder of the division is handed out too.
            give = min(MAX_WIDTH - widths[column], max(1, extra * widths[column] // total))
            give = min(give, extra - given)
            widths[column] += give
            given += give
        extra -= given
    return 0


def _widen(widths: dict[int, int], natural: dict[int, int], spare: int) -> None:
    """Share `spare` pixels among the columns narrower than their contents."""
    short = sorted((c for c in widths if widths[c] < natural[c]), key=lambda c: natural[c])
    for i, column in enumerate(short):
        if spare <= 0:
            return
        give = min(natural[column] - widths[column], spare // (len(short) - i))
        widths[column] += give
        spare -= give
