"""The app's colours, for the light and the dark colour scheme.

Plain hex strings, no Qt: the window (ui/theme.py turns them into QColors and picks the
scheme), the report charts (reports/charts.py, drawn by reportlab for the window, the PDF
and the server's pages) and the tests that check contrast all read them here. A colour
that something paints comes from here, never from a literal in a widget.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colours:
    dark: bool
    # Text and surfaces of painted cards and rows.
    ink: str
    muted: str
    border: str
    card: str
    shadow: str  # #rrggbbaa
    accent: str
    selected: str  # a selected card's background
    focus: str  # the keyboard focus frame
    # Attention marks: overdue (red), past its close date (amber), idle too long.
    danger: str
    warn: str
    rot: str
    rot_bg: str
    avatar: str
    avatar_ink: str
    gate_shut: str
    gate_shut_bg: str
    gate_open: str
    gate_open_bg: str
    # The board's surfaces.
    board: str
    column: str
    column_border: str
    drop: str
    count_bg: str
    scroll_handle: str
    won: str
    won_bg: str
    lost_bg: str
    # The navigation and notice banners.
    nav: str
    nav_selected: str
    nav_selected_ink: str
    nav_hover: str
    banner: str
    # A notice that asks for a decision (changed underneath, a guard rail): fill and edge.
    notice_bg: str
    notice_border: str
    # A page of paper shown in the window (the offer preview) and what surrounds it.
    paper_surround: str
    # Kinds of things (Today, the timeline, the leads' flags): text on the window's
    # background, and badge fills whose ink `ink_on` picks.
    call: str
    meeting: str
    email: str
    visit: str
    lead: str
    offer: str
    delegated: str
    neutral: str
    amber: str
    red: str
    # Report chart series.
    series: tuple[str, ...]


LIGHT = Colours(
    dark=False,
    ink="#1f2328",
    muted="#5a6472",
    border="#d0d7de",
    card="#ffffff",
    shadow="#00000012",
    accent="#2f6fed",
    selected="#eaf1ff",
    focus="#0b57d0",
    danger="#c62828",
    warn="#9a5b00",
    rot="#795548",
    rot_bg="#efe7e4",
    avatar="#e3e9f6",
    avatar_ink="#2f4a8a",
    gate_shut="#a3261e",
    gate_shut_bg="#fbe9e7",
    gate_open="#1b6e3a",
    gate_open_bg="#e3f3e8",
    board="#eef1f5",
    column="#f6f8fa",
    column_border="#e1e6eb",
    drop="#e8f0ff",
    count_bg="#e3e8ee",
    scroll_handle="#c4cbd3",
    won="#2e7d32",
    won_bg="#e6f4ea",
    lost_bg="#fdecea",
    nav="#f1f3f4",
    nav_selected="#d3e3fd",
    nav_selected_ink="#041e49",
    nav_hover="#e4e7ea",
    banner="#e8f0fe",
    notice_bg="#fff4e5",
    notice_border="#f0c36d",
    paper_surround="#e9e9e9",
    call="#1a67d2",
    meeting="#8e24aa",
    email="#00796b",
    visit="#6d4c41",
    lead="#188038",
    offer="#b45309",
    delegated="#00796b",
    neutral="#5f6368",
    amber="#f29900",
    red="#d93025",
    series=("#1a73e8", "#f29900", "#188038", "#a142f4", "#d93025", "#12b5cb"),
)

DARK = Colours(
    dark=True,
    ink="#e6edf3",
    muted="#a4afbb",
    border="#3d444d",
    card="#22272e",
    shadow="#00000040",
    accent="#6ea1ff",
    selected="#1f3354",
    focus="#8ab4f8",
    danger="#ff8a80",
    warn="#f0b65a",
    rot="#c8a597",
    rot_bg="#3b302c",
    avatar="#2d3d5c",
    avatar_ink="#c6d6ff",
    gate_shut="#ffb4a9",
    gate_shut_bg="#4a2522",
    gate_open="#8fd6a5",
    gate_open_bg="#1f3b29",
    board="#15191e",
    column="#1c2128",
    column_border="#30363d",
    drop="#1f3354",
    count_bg="#30363d",
    scroll_handle="#4b535d",
    won="#8fd6a5",
    won_bg="#1f3b29",
    lost_bg="#4a2522",
    nav="#1c2128",
    nav_selected="#1f3354",
    nav_selected_ink="#d6e4ff",
    nav_hover="#262c34",
    banner="#1f3354",
    notice_bg="#3a2f1a",
    notice_border="#8a6d2f",
    paper_surround="#0f1216",
    call="#8ab4f8",
    meeting="#d7aefb",
    email="#80cbc4",
    visit="#c8a597",
    lead="#81c995",
    offer="#fcad70",
    delegated="#80cbc4",
    neutral="#a4afbb",
    amber="#fdd663",
    red="#f28b82",
    series=("#8ab4f8", "#fdd663", "#81c995", "#d7aefb", "#f28b82", "#78d9ec"),
)


def _luminance(hex_colour: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21; text needs 4.5)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ink_on(fill: str) -> str:
    """White or near-black, whichever reads better on a badge of this colour."""
    return max(("#ffffff", LIGHT.ink), key=lambda ink: contrast(ink, fill))
