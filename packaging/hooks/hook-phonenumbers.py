"""Replaces the stock phonenumbers hook, which bundles every submodule (40 MB of geocoding
data the app does not use). The metadata modules are loaded by name at run time, so they
are listed here; geocoder/carrier/timezone data come along only if the app imports them."""

import re
from pathlib import Path

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules(
    "phonenumbers.shortdata"
)

_SRC = Path(__file__).resolve().parents[2] / "src"
_USES = re.compile(r"phonenumbers(?:\.|\s+import\s+.*\b)(geocoder|carrier|timezone)\b")
_EXTRA = {"geocoder": "geodata", "carrier": "carrierdata", "timezone": "tzdata"}
for _used in {m.group(1) for f in _SRC.rglob("*.py") for m in _USES.finditer(f.read_text())}:
    hiddenimports += collect_submodules(f"phonenumbers.{_EXTRA[_used]}")
