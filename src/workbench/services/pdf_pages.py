"""Pages that know how many there are ("page 2 of 5"). reportlab draws a page's decoration
before it knows what follows, so the canvas keeps every page until the document is saved
and numbers them then. The offer PDF and the report PDF share it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen import canvas as rl_canvas

# (canvas, page, pages) -> draws the page's number; the canvas is on that page.
PageNumber = Callable[[rl_canvas.Canvas, int, int], None]


class CountedPagesCanvas(rl_canvas.Canvas):  # type: ignore[misc]
    """A canvas for `doc.build(..., canvasmaker=...)` that numbers each page once the
    total is known: through `number_page` (override it, or pass `page_number`, e.g.
    with functools.partial)."""

    def __init__(self, *args: Any, page_number: PageNumber | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._page_number = page_number

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.number_page(self._pageNumber, total)
            super().showPage()
        super().save()

    def number_page(self, page: int, total: int) -> None:
        if self._page_number is not None:
            self._page_number(self, page, total)
