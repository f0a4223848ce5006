"""IT's deployment file presets the team server's address in Team sync (the locked
address signing in to a real server is in test_sync_window.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_an_unlocked_preset_can_be_changed(
    qtbot, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.deployment import ENV_VAR
    from workbench.ui.sync.controller import SyncController
    from workbench.ui.sync.dialog import SyncDialog

    file = tmp_path / "deployment.json"
    file.write_text('{"sync": {"server_url": "https://sync.nordlicht.example"}}')
    monkeypatch.setenv(ENV_VAR, str(file))
    dialog = SyncDialog(SyncController(ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.server.text() == "https://sync.nordlicht.example", timeout=5000)
    assert not dialog.server.isReadOnly()
    assert dialog.server_note.text() == "Address set by your IT department."
    dialog.server.selectAll()
    qtbot.keyClicks(dialog.server, "https://sync2.nordlicht.example")
    assert dialog.server.text() == "https://sync2.nordlicht.example"
