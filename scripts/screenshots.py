#!/usr/bin/env python3
"""Take the screenshots in docs/screenshots/: every area of the window and its main
dialogs at 1280×800, in English and German, in the light and the dark colour scheme, on a
small demo company loaded in that language.

    .venv/bin/python scripts/screenshots.py            # all of them (a few minutes)
    .venv/bin/python scripts/screenshots.py --size 1920x1080 --languages en --schemes light
    .venv/bin/python scripts/screenshots.py --only leads offer-dialog   # just these

Files are named {area}-{language}-{scheme}.png ({dialog}-dialog-… for a dialog), with
-{width} added at any size but 1280×800. Each language and scheme runs in its own
process, because the translators and the palette are chosen once when the application
starts, as they are for a person. The files are committed as 256-colour PNGs, a third of
the size: `pngquant --force --ext .png --skip-if-larger 256 docs/screenshots/*.png`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "de")
SCHEMES = ("light", "dark")
DEFAULT_SIZE = "1280x800"


def _wait(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def one(
    db_path: Path,
    out: Path,
    language: str,
    scheme: str,
    size: tuple[int, int],
    deals: int,
    only: list[str] | None = None,
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workbench.services.demo import generate_demo
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
    fresh = not db_path.exists()
    db = open_workbench(db_path).db
    if fresh:  # after the translators, so the demo's own texts are in `language`
        generate_demo(db, deals)
        save_profile(db, Profile(name="Anna Weber", email="anna.weber@example.com"))
    window = MainWindow(db, settings, user_id=current_user_id(db))
    window.resize(*size)
    window.show()
    suffix = "" if size == _size(DEFAULT_SIZE) else f"-{size[0]}"

    def wanted(name: str) -> bool:
        return not only or name in only

    def save(widget: object, name: str) -> None:
        path = out / f"{name}-{language}-{scheme}{suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    for area in all_areas():
        if not wanted(area.key):
            continue
        window.show_area(area.key)
        _wait(app, 2.5)
        save(window, area.key)
    if not suffix:
        for name, dialog in dialogs(window, db):
            if not wanted(f"{name}-dialog"):
                continue
            dialog.show()
            _wait(app, 1.5)
            save(dialog, f"{name}-dialog")
            dialog.close()
    window.close()


def dialogs(window: object, db: object) -> list[tuple[str, object]]:
    """The main dialogs, each on a record of the demo (the busiest deal, its account and
    contact, a lead, an offer)."""
    from sqlalchemy import func, select

    from workbench.domain.models import Contact, Lead, Offer, Opportunity, Task
    from workbench.ui.accounts import AccountDialog, ContactDialog
    from workbench.ui.call_log import CallDialog
    from workbench.ui.company_settings import CompanySettingsDialog
    from workbench.ui.lead_dialogs import LeadDialog
    from workbench.ui.lead_import_wizard import LeadImportWizard
    from workbench.ui.offer_editor import OfferEditor
    from workbench.ui.opportunity_dialog import OpportunityDialog
    from workbench.ui.profile_dialog import ProfileDialog
    from workbench.ui.reports.targets_dialog import TargetsDialog
    from workbench.ui.sync.dialog import SyncDialog

    with db.read() as s:  # type: ignore[attr-defined]
        busiest = (
            select(Task.opportunity_id)
            .where(Task.opportunity_id.is_not(None))
            .group_by(Task.opportunity_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        deal = s.get(Opportunity, s.scalar(busiest))
        contact = s.scalars(select(Contact).where(Contact.phone != "").limit(1)).first()
        lead = s.scalars(select(Lead).order_by(Lead.received_at.desc()).limit(1)).first()
        offer = s.scalars(select(Offer).order_by(Offer.number.desc()).limit(1)).first()
    ctx = window.ctx  # type: ignore[attr-defined]
    year = datetime.now().year
    return [
        ("opportunity", OpportunityDialog(ctx, deal.id, window)),
        ("account", AccountDialog(ctx, deal.account_id, window)),
        ("contact", ContactDialog(ctx, contact.id, window)),
        ("lead", LeadDialog(ctx, lead.id, window)),
        (
            "call",
            CallDialog(
                ctx,
                contact_id=contact.id,
                opportunity_id=deal.id,
                who=contact.full_name,
                phone=contact.phone,
                parent=window,  # type: ignore[arg-type]
            ),
        ),
        ("offer", OfferEditor(ctx, offer.id, window)),
        ("import", LeadImportWizard(ctx, window)),
        ("profile", ProfileDialog(ctx, window)),
        ("company", CompanySettingsDialog(ctx, window)),
        ("targets", TargetsDialog(ctx, year, window)),
        ("sync", SyncDialog(window.sync, window)),  # type: ignore[attr-defined]
    ]


def _size(text: str) -> tuple[int, int]:
    width, height = (int(x) for x in text.split("x"))
    return width, height


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default=DEFAULT_SIZE)
    parser.add_argument("--deals", type=int, default=400)
    parser.add_argument("--languages", nargs="+", default=LANGUAGES, choices=LANGUAGES)
    parser.add_argument("--schemes", nargs="+", default=SCHEMES, choices=SCHEMES)
    parser.add_argument("--one", nargs=3, metavar=("DB", "LANGUAGE", "SCHEME"))
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="NAME",
        help="only these areas (leads) and dialogs (offer-dialog); all when not given",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        db, language, scheme = args.one
        one(Path(db), args.out, language, scheme, _size(args.size), args.deals, args.only)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        # Off screen, on a screen of the size asked for: dialogs that fit themselves to the
        # screen (the offer editor) then show as they would on that laptop.
        width, height = _size(args.size)
        screen = Path(tmp) / "screen.json"
        screen.write_text(
            json.dumps(
                {"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height}]}
            )
        )
        platform = os.environ.get("QT_QPA_PLATFORM", f"offscreen:configfile={screen}")
        env = {**os.environ, "QT_QPA_PLATFORM": platform}
        for language in args.languages:
            db = Path(tmp) / f"demo-{language}.sqlite"  # made by the first of its runs
            for scheme in args.schemes:
                subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--out",
                        str(args.out),
                        "--size",
                        args.size,
                        "--deals",
                        str(args.deals),
                        "--one",
                        str(db),
                        language,
                        scheme,
                        *(["--only", *args.only] if args.only else []),
                    ],
                    check=True,
                    env=env,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
