"""`workbench self-test`: prove an installation works, without a screen."""

from __future__ import annotations

import argparse
import os
import platform
import secrets
import sys
import time

from workbench import __version__
from workbench.cli import db_path


def configure(p: argparse.ArgumentParser) -> None:
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from workbench.services.setup import open_workbench, pipeline_templates
    from workbench.store.migrate import current_revision

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    path = db_path(args)
    lines = [f"Sales Workbench {__version__} on Python {platform.python_version()}"]

    result = open_workbench(path)
    db = result.db
    lines.append(f"database: {path} ({result.action}, schema {current_revision(path)})")
    lines.append(f"pipeline templates: {len(pipeline_templates())}")

    token = secrets.token_hex(8)
    db.set_meta("self_test", token)
    if db.get_meta("self_test") != token:
        print("\n".join(lines), file=sys.stderr)
        print(
            "self-test FAILED: a value written to the database did not read back", file=sys.stderr
        )
        return 1
    lines.append("write round-trip: ok")

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QSettings, QTemporaryDir
    from PySide6.QtWidgets import QApplication

    from workbench.ui.language import LANGUAGES, missing_translations
    from workbench.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    missing = missing_translations(app)
    if missing:
        print("\n".join(lines), file=sys.stderr)
        print(f"self-test FAILED: no translation for {', '.join(missing)}", file=sys.stderr)
        return 1
    lines.append(f"translations: {', '.join(LANGUAGES)}: ok")
    tmp = QTemporaryDir()
    settings = QSettings(f"{tmp.path()}/self-test.ini", QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    window.show()
    for area in window.areas:
        window.show_area(area.key)
        app.processEvents()
        lines.append(f"view {area.title}: ok")
    window.ctx.runner.wait(30000)
    app.processEvents()
    window.close()
    db.close()
    lines.append(f"Qt: PySide6 {pyside_version}, platform {QApplication.platformName()}")
    lines.append(f"time: {time.perf_counter() - started:.2f} s")
    lines.append("self-test passed")
    print("\n".join(lines))
    return 0
