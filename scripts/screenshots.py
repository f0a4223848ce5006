#!/usr/bin/env python3
"""Take the screenshots in docs/screenshots/: every area of the window at 1280×800, in
English and German, in the light and the dark colour scheme, on a small demo company.

    .venv/bin/python scripts/screenshots.py            # all of them (about a minute)
    .venv/bin/python scripts/screenshots.py --size 1920x1080 --out /tmp/shots

Each language and scheme runs in its own process, because the translators and the
palette are chosen once when the application starts, as they are for a person.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "de")
SCHEMES = ("light", "dark")


def _wait(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def one(db_path: Path, out: Path, language: str, scheme: str, size: tuple[int, int]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workbench.services.profile import Profile, save_profile
    from workbench.services.setup import current_user_id, open_workbench
    from workbench.ui import theme
    from workbench.ui.areas import all_areas
    from workbench.ui.language import SETTING, follow_language_in_formats, install_translators
    from workbench.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING, language)
    settings.setValue(theme.SETTING, scheme)
    install_translators(app, language)
    follow_language_in_formats(language)
    theme.follow(app, settings)
    db = open_workbench(db_path).db
    save_profile(db, Profile(name="Anna Weber", email="anna.weber@example.com"))
    window = MainWindow(db, settings, user_id=current_user_id(db))
    window.resize(*size)
    window.show()
    for area in all_areas():
        window.show_area(area.key)
        _wait(app, 2.5)
        name = out / f"{area.key}-{language}-{scheme}.png"
        window.grab().save(str(name))
        print(name.relative_to(ROOT) if name.is_relative_to(ROOT) else name)
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--deals", type=int, default=400)
    parser.add_argument("--one", nargs=3, metavar=("DB", "LANGUAGE", "SCHEME"))
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        db, language, scheme = args.one
        one(Path(db), args.out, language, scheme, (width, height))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        workbench = [sys.executable, "-m", "workbench", "--db", str(db)]
        subprocess.run([*workbench, "demo", "--deals", str(args.deals)], check=True)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        for language in LANGUAGES:
            for scheme in SCHEMES:
                subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--out",
                        str(args.out),
                        "--size",
                        args.size,
                        "--one",
                        str(db),
                        language,
                        scheme,
                    ],
                    check=True,
                    env=env,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
