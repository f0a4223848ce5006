"""Which value of a setting counts (see services/team_settings.py); no ORM here, because the
first screen of a start reads settings before the ORM has loaded."""

from __future__ import annotations

from collections.abc import Iterable


def merged_settings(
    local: Iterable[tuple[str, str]], team: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """A setting the team has set wins over this laptop's own."""
    return {**dict(local), **dict(team)}
