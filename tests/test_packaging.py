"""The installer sources agree with each other and with pyproject; the code stays freezable.

The real end-to-end check is packaging/ci-deb.sh (build, install, self-test, remove) in CI.
"""

from __future__ import annotations

import configparser
import importlib
import importlib.util
import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
VERSION = PYPROJECT["project"]["version"]

# packaging/build.py, loaded under its own name (a "build" package may be installed too).
_spec = importlib.util.spec_from_file_location("workbench_packaging_build", PACKAGING / "build.py")
assert _spec is not None and _spec.loader is not None
build = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = build
_spec.loader.exec_module(build)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / "sales-workbench.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_installed_command_with_our_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split()[0] in PYPROJECT["project"]["scripts"]
    assert entry["Icon"] == build.ICON_SVG.stem == build.PACKAGE
    # The window says which .desktop file it belongs to (app.py setDesktopFileName).
    app_py = (ROOT / "src" / "workbench" / "app.py").read_text()
    assert f'setDesktopFileName("{build.PACKAGE}")' in app_py
    assert entry["StartupWMClass"] == build.PACKAGE


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "sales-workbench.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_desktop_entry_command_and_version() -> None:
    root = ET.parse(LINUX / "sales-workbench.metainfo.xml").getroot()
    assert root.findtext("launchable") == "sales-workbench.desktop"
    assert root.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]
    assert root.findtext("name") == desktop_entry()["Name"]
    versions = [r.get("version") for r in root.iter("release")]
    assert versions and versions[0] == VERSION, "add a <release> for the new version"


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / "sales-workbench.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_version_strings_agree() -> None:
    from workbench import __version__

    assert __version__ == VERSION == build.project_version()
    assert "@VERSION@" in (LINUX / "changelog.in").read_text()
    iss = (PACKAGING / "windows" / "sales-workbench.iss").read_text()
    assert "AppVersion={#AppVersion}" in iss  # given by build.ps1 from pyproject


def test_windows_installer_is_per_user_upgradable_and_signable() -> None:
    iss = (PACKAGING / "windows" / "sales-workbench.iss").read_text()
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.MULTILINE)
    assert "PrivilegesRequired=lowest" in iss
    assert "SignTool=workbench" in iss
    assert "{autoprograms}" in iss  # Start-menu entry
    spec = (PACKAGING / "workbench.spec").read_text()
    assert 'name="SalesWorkbench"' in spec  # the windowed program the shortcut starts
    assert 'Filename: "{app}\\SalesWorkbench.exe"' in iss


def test_macos_plists_are_valid() -> None:
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] and info["CFBundleName"] == desktop_entry()["Name"]
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements["com.apple.security.cs.disable-library-validation"] is True


def test_lintian_overrides_are_well_formed_and_justified() -> None:
    lines = (LINUX / "lintian-overrides").read_text().splitlines()
    rules = [line for line in lines if line.strip() and not line.startswith("#")]
    assert rules and all(line.startswith(f"{build.PACKAGE}: ") for line in rules)
    assert lines[0].startswith("#"), "say why the overrides are justified"


def test_example_deployment_file_is_valid() -> None:
    from workbench.deployment import load_deployment
    from workbench.services.setup import pipeline_templates

    deployment = load_deployment(PACKAGING / "deployment.example.json")
    assert deployment is not None
    assert deployment.choose_templates(pipeline_templates())


def test_icons_render_at_every_size(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # qapp: the test session's QApplication; render_icons must not make a QGuiApplication,
    # which would leave later widget tests without one.
    pytest.importorskip("PySide6.QtSvg")
    from PySide6.QtGui import QImage

    monkeypatch.setattr(build, "BUILD", tmp_path)
    icons = build.render_icons()
    for size in build.ICON_SIZES:
        image = QImage(str(icons[str(size)]))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # not blank


def test_every_cli_command_module_is_a_workbench_module() -> None:
    # The spec bundles collect_submodules("workbench"); a command living elsewhere would be
    # missing from the frozen app (cli.py imports them by name).
    from workbench.cli import COMMANDS, configure_function

    for command in COMMANDS:
        assert command.configure.startswith("workbench."), command
        assert callable(configure_function(command)), command


def shipped_folders() -> set[str]:
    """Every folder that ships, by the package name it has installed (pyproject package-dir)."""
    package_dir = PYPROJECT["tool"]["setuptools"]["package-dir"]
    roots = [(name.split(".") if name else [], ROOT / path) for name, path in package_dir.items()]
    found = set()
    for prefix, root in roots:
        for folder in [root, *(p for p in root.rglob("*") if p.is_dir())]:
            parts = [*prefix, *folder.relative_to(root).parts]
            # Only importable names: setuptools ignores the likes of *.egg-info and __pycache__.
            if parts and all(part.isidentifier() and part != "__pycache__" for part in parts):
                found.add(".".join(parts))
    return found


def test_packages_in_pyproject_cover_every_shipped_folder() -> None:
    # A code package missing from the explicit list is absent from a (non-editable) install,
    # and a folder of data files missing from it makes setuptools warn at every install.
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    missing = shipped_folders() - listed
    assert not missing, f"add to pyproject packages (and package-data): {sorted(missing)}"


@pytest.mark.slow
def test_wheel_builds_without_warnings_and_holds_every_resource(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    build_output = result.stdout + result.stderr
    assert "BuildBackendWarning" not in build_output and "absent from" not in build_output
    (wheel,) = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    expected = {
        f"workbench/{folder}/{path.relative_to(ROOT / folder).as_posix()}"
        for folder in ("resources", "migrations")
        for path in (ROOT / folder).rglob("*")
        # Translation sources ship compiled (.qm, built by setup.py), not as themselves.
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".ts"
    }
    assert expected - names == set()


def test_source_does_not_locate_files_relative_to_itself() -> None:
    # Frozen, there is no source tree: our resources go through importlib.resources.
    # (A library's own folder, e.g. reportlab.__file__, is fine: the spec collects its data.)
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "src" / "workbench").rglob("*.py")
        if re.search(r"(?<![.\w])__file__\b", path.read_text(encoding="utf-8"))
    ]
    assert not offenders, f"use importlib.resources instead of __file__ in {offenders}"
