"""The colour scheme in the window: follows the OS (light or dark, live as it changes)
unless the person chose one (View > Colour scheme), and hands painted parts the colours
of the scheme in force (workbench/palette.py).

Which scheme is in force is read from the palette a widget paints with, not kept in a
global: setting the application palette reaches every widget as a palette-change event,
so delegates paint in the new colours and style sheets made with `keep_styled` are made
again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from string import Template

from PySide6.QtCore import QEvent, QMetaObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from workbench.domain.business_days import ResponseFlag
from workbench.palette import DARK, LIGHT, Colours
from workbench.ui.event_watch import EventWatcher

SETTING = "appearance/colour_scheme"
CHOICES = ("system", "light", "dark")


@cache
def qcolor(hex_colour: str) -> QColor:
    """A palette colour; "#rrggbbaa" carries its opacity (Qt reads "#aarrggbb")."""
    h = hex_colour.lstrip("#")
    if len(h) == 8:
        return QColor(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16), int(h[6:8], 16))
    return QColor(hex_colour)


def colours_for(palette: QPalette) -> Colours:
    """The colours that go with the palette a widget paints with."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def app_colours() -> Colours:
    return colours_for(QGuiApplication.palette())


def qpalette(c: Colours) -> QPalette:
    """A whole Qt palette in the scheme's colours, for a scheme the OS isn't in."""
    p = QPalette()
    R = QPalette.ColorRole
    window = c.column if c.dark else "#f3f4f6"
    for role, colour in (
        (R.Window, window),
        (R.WindowText, c.ink),
        (R.Base, c.card),
        (R.AlternateBase, c.column if c.dark else "#f6f8fa"),
        (R.Text, c.ink),
        (R.Button, c.column_border if c.dark else "#e9ecef"),
        (R.ButtonText, c.ink),
        (R.BrightText, "#ffffff"),
        (R.Highlight, c.accent if not c.dark else "#2f5fb3"),
        (R.HighlightedText, "#ffffff"),
        (R.ToolTipBase, c.card),
        (R.ToolTipText, c.ink),
        (R.PlaceholderText, c.muted),
        (R.Link, c.accent),
        (R.Light, c.scroll_handle),
        (R.Midlight, c.border),
        (R.Mid, c.border),
        (R.Dark, c.board),
        (R.Shadow, "#000000"),
    ):
        p.setColor(role, qcolor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, qcolor(c.muted))
    return p


def chosen(settings: QSettings) -> str:
    value = str(settings.value(SETTING, "system"))
    return value if value in CHOICES else "system"


def apply_scheme(app: QApplication, choice: str, os_scheme: Qt.ColorScheme | None = None) -> None:
    """`os_scheme`: the one the OS just announced (else the one it reports now)."""
    os_scheme = app.styleHints().colorScheme() if os_scheme is None else os_scheme
    dark = choice == "dark" or (choice == "system" and os_scheme == Qt.ColorScheme.Dark)
    if dark:
        app.setPalette(qpalette(DARK))
    elif choice == "light":
        app.setPalette(qpalette(LIGHT))
    else:
        app.setPalette(app.style().standardPalette())


def follow(app: QApplication, settings: QSettings) -> QMetaObject.Connection:
    """Apply the chosen scheme now and again whenever the OS switches; every widget
    hears of it as a palette change (see `on_scheme_change`)."""
    apply_scheme(app, chosen(settings))
    return app.styleHints().colorSchemeChanged.connect(
        lambda scheme: apply_scheme(app, chosen(settings), scheme)
    )


def scheme_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """View > Colour scheme: like the system, light or dark, remembered."""
    menu = QMenu(QApplication.translate("Theme", "Colour &scheme"), parent)
    group = QActionGroup(menu)
    labels = {
        "system": QApplication.translate("Theme", "Like the &system"),
        "light": QApplication.translate("Theme", "&Light"),
        "dark": QApplication.translate("Theme", "&Dark"),
    }
    current = chosen(settings)
    for key in CHOICES:
        action = QAction(labels[key], menu, checkable=True)
        action.setChecked(key == current)
        action.setData(key)
        group.addAction(action)
        menu.addAction(action)

    def picked(action: QAction) -> None:
        settings.setValue(SETTING, action.data())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_scheme(app, str(action.data()))

    group.triggered.connect(picked)
    return menu


_PALETTE_EVENTS = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)


class _SchemeWatcher(EventWatcher):
    """Only windows hear ApplicationPaletteChange; the widgets inside them hear a
    PaletteChange as the new palette reaches them, which a style sheet set here causes
    too: so `again` runs only when the scheme in force is another than last time."""

    def __init__(self, widget: QWidget, again: Callable[[], None]) -> None:
        self._again = again
        self._scheme = app_colours()
        super().__init__(widget, widget, _PALETTE_EVENTS)

    def seen(self, event: QEvent) -> None:
        scheme = app_colours()
        if scheme is not self._scheme:
            self._scheme = scheme
            self._again()


def on_scheme_change(widget: QWidget, again: Callable[[], None]) -> None:
    """Call `again` whenever the colour scheme changes while `widget` lives: for what
    is painted from the scheme's colours once (rich text, charts, item colours)."""
    _SchemeWatcher(widget, again)


def flag_colour(flag: ResponseFlag | None) -> QColor | None:
    """The stripe or pill colour of a lead's response flag in the scheme in force."""
    c = app_colours()
    name = {ResponseFlag.AMBER: c.amber, ResponseFlag.RED: c.red}.get(flag) if flag else None
    return qcolor(name) if name else None


def coloured(text: str, role: str) -> str:
    """Rich text in one of the scheme's colours (a palette role such as "danger"); a
    widget showing it calls this again from `on_scheme_change`."""
    return f"<span style='color:{getattr(app_colours(), role)}'>{text}</span>"


def themed(template: str) -> Callable[[Colours], str]:
    """A style sheet maker from a template naming palette colours as $name."""
    return lambda c: Template(template).substitute(vars(c))


def keep_styled(widget: QWidget, make: Callable[[Colours], str]) -> None:
    """Give `widget` the style sheet `make` writes for the scheme in force, and write it
    again when the scheme changes."""

    def restyle() -> None:
        widget.setStyleSheet(make(app_colours()))

    restyle()
    on_scheme_change(widget, restyle)
