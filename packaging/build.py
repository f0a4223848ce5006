"""Build the Sales Workbench installers.

    python packaging/build.py bundle               # dist/sales-workbench/ (any platform)
    python packaging/build.py deb                  # dist/sales-workbench_<version>_<arch>.deb
    python packaging/build.py appimage [--runtime FILE]
    python packaging/build.py icons                # PNG/ICO icons into build/icons/

Options: --deployment FILE bakes IT's deployment.json into the bundle; --locales de,en keeps
only those languages of Babel's locale data; --skip-freeze reuses dist/sales-workbench/.
Run it with the project's virtualenv Python (`pip install -e '.[packaging]'`); see
packaging/README.md for the whole procedure, including Windows and macOS.
"""

from __future__ import annotations

import argparse
import compileall
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "sales-workbench"
PACKAGE = "sales-workbench"
INSTALL_DIR = f"/usr/lib/{PACKAGE}"  # Debian policy keeps packages out of /opt
ICON_SVG = ROOT / "resources" / "icons" / "sales-workbench.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# System libraries the bundle leaves to the system (workbench.spec SYSTEM_LIBS), as Debian
# package names; the same names exist on Ubuntu 22.04 and later.
DEB_DEPENDS = [
    "libc6 (>= 2.34)",
    "libstdc++6",
    "libgcc-s1",
    "zlib1g",
    "libbz2-1.0",
    "liblzma5",
    "libzstd1",
    "libffi8",
    "libuuid1",
    "libexpat1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libfontconfig1",
    "libfreetype6",
    "libpng16-16",
    "libharfbuzz0b",
    "libgssapi-krb5-2",
    "libegl1",
    "libgl1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core",
]


def project_version() -> str:
    version: str = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    return version


def run(*cmd: str | Path, **kw: object) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)  # type: ignore[call-overload]


def fail(message: str, code: int = 1) -> None:
    print(f"build.py: {message}", file=sys.stderr)
    raise SystemExit(code)


# --- the bundle ---------------------------------------------------------------------------


# The languages of the EU and EFTA countries. All of Babel's ~800 locales add 30 MB, which
# would take the Linux bundle past its 150 MB budget; a company elsewhere builds with its own
# list (or "all").
DEFAULT_LOCALES = (
    "bg,cs,da,de,el,en,es,et,fi,fr,ga,hr,hu,is,it,lt,lv,mt,nb,nl,nn,no,pl,pt,ro,sk,sl,sv"
)


def freeze(deployment: Path | None, locales: str, windowed: bool = False) -> Path:
    """PyInstaller one-folder bundle in dist/sales-workbench/."""
    env = dict(os.environ)
    env["WORKBENCH_LOCALES"] = "" if locales.strip().lower() == "all" else locales
    if windowed:
        env["WORKBENCH_WINDOWED"] = "1"
    if sys.platform == "win32":
        env["WORKBENCH_ICON"] = str(render_icons()["ico"])
    elif sys.platform == "darwin" and os.environ.get("WORKBENCH_ICON"):
        env["WORKBENCH_ICON"] = os.environ["WORKBENCH_ICON"]  # .icns made by macos/build.sh
    run(
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
        "--distpath", DIST, "--workpath", BUILD / "pyinstaller",
        PACKAGING / "workbench.spec",
        env=env,
    )  # fmt: skip
    internal = BUNDLE / "_internal"
    if sys.platform.startswith("linux"):
        fix_elf_files(BUNDLE)
    # Alembic loads the migration scripts from files; ship them compiled so that a read-only
    # installation does not recompile them at every start (and the bundle starts as fast as
    # the source tree, which has its __pycache__). Unchecked hashes: valid whatever the mtimes.
    # (The .deb leaves them out and has its postinst make them, as Debian's policy asks.)
    compileall.compile_dir(
        internal / "workbench" / "migrations",
        quiet=1,
        invalidation_mode=compileall.py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    if deployment is not None:
        bake_deployment(deployment, internal)
    return BUNDLE


def fix_elf_files(bundle: Path) -> None:
    """Drop library search paths that point into the build machine (a Python built with
    pyenv records its own lib folder), and make CPython's few extension modules that don't
    name libc do so. Both are lintian errors and the first is a real hazard."""
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        fail("patchelf is missing: apt-get install patchelf")
    files = [bundle / "workbench", *bundle.rglob("*.so"), *bundle.rglob("*.so.*")]
    for path in files:
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue

        def query(option: str, path: Path = path) -> list[str]:
            out = subprocess.run([patchelf, option, path], capture_output=True, text=True)
            if option == "--print-needed":
                return out.stdout.split()
            return out.stdout.strip().split(":")

        rpath = [p for p in query("--print-rpath") if p]
        if any(not p.startswith("$ORIGIN") for p in rpath):
            inside = [p for p in rpath if p.startswith("$ORIGIN")]
            args = ["--set-rpath", ":".join(inside)] if inside else ["--remove-rpath"]
            subprocess.run([patchelf, *args, path], check=True)
        if ".cpython-" in path.name and "libc.so.6" not in query("--print-needed"):
            subprocess.run([patchelf, "--add-needed", "libc.so.6", path], check=True)


def bake_deployment(source: Path, internal: Path) -> None:
    """Check IT's file now (a bad one must not reach the salespeople), then copy it and a
    logo it names into the bundle, where workbench.deployment looks last."""
    sys.path.insert(0, str(ROOT / "src"))
    from workbench.deployment import DeploymentError, load_deployment

    try:
        settings = load_deployment(source.resolve())
    except DeploymentError as exc:
        fail(str(exc), 2)
    assert settings is not None
    data = json.loads(source.read_text(encoding="utf-8"))
    logo = data.get("company", {}).get("logo")
    if logo:
        logo_src = (source.parent / logo).resolve()
        shutil.copy2(logo_src, internal / f"deployment-logo{logo_src.suffix.lower()}")
        data["company"]["logo"] = f"deployment-logo{logo_src.suffix.lower()}"
    (internal / "deployment.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
    print(f"baked {source} into the bundle")


def render_icons() -> dict[str, Path]:
    """PNG icons at the usual sizes (and an .ico for Windows) from the SVG, with Qt."""
    out = BUILD / "icons"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        fail(f"{ICON_SVG} is not a valid SVG")
    paths: dict[str, Path] = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"{size}x{size}.png"
        if not image.save(str(path)):
            fail(f"could not write {path}")
        paths[str(size)] = path
        if size == 256:
            ico = out / "sales-workbench.ico"
            image.save(str(ico), "ICO")
            paths["ico"] = ico
    return paths


# --- Debian package --------------------------------------------------------------------------


def deb_arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def stage_linux_files(root: Path, version: str, icons: dict[str, Path], bundle_to: Path) -> None:
    """The bundle plus the desktop integration, laid out as under /usr."""
    shutil.copytree(BUNDLE, bundle_to, symlinks=True)
    usr = root / "usr"
    apps = usr / "share" / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGING / "linux" / f"{PACKAGE}.desktop", apps)
    for size in ICON_SIZES:
        target = usr / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(icons[str(size)], target / f"{PACKAGE}.png")
    scalable = usr / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(ICON_SVG, scalable / f"{PACKAGE}.svg")
    metainfo = usr / "share" / "metainfo"
    metainfo.mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGING / "linux" / f"{PACKAGE}.metainfo.xml", metainfo)


def normalise_modes(root: Path) -> None:
    """Directories and programs 0755, everything else 0644 (lintian checks both)."""
    for path in sorted(root.rglob("*")):
        if path.is_symlink():
            continue
        if path.is_dir() or path.name == "workbench" or path.suffix == ".sh":
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def gzip_to(source: bytes, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(source)


def build_deb(version: str) -> Path:
    arch = deb_arch()
    root = BUILD / "deb" / "root"
    if root.exists():
        shutil.rmtree(root)
    stage_linux_files(root, version, render_icons(), root / INSTALL_DIR.lstrip("/"))
    usr = root / "usr"
    (usr / "bin").mkdir(parents=True, exist_ok=True)
    (usr / "bin" / "workbench").symlink_to(f"../lib/{PACKAGE}/workbench")
    doc = usr / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGING / "linux" / "copyright", doc / "copyright")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")  # reproducible builds set it
    stamp = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    changelog = (PACKAGING / "linux" / "changelog.in").read_text()
    changelog = changelog.replace("@VERSION@", version).replace("@DATE@", format_datetime(stamp))
    gzip_to(changelog.encode(), doc / "changelog.gz")
    shutil.copy(PACKAGING / "deployment.example.json", doc / "deployment.example.json")
    man = (PACKAGING / "linux" / "workbench.1").read_bytes()
    gzip_to(man, usr / "share" / "man" / "man1" / "workbench.1.gz")
    overrides = usr / "share" / "lintian" / "overrides"
    overrides.mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGING / "linux" / "lintian-overrides", overrides / PACKAGE)
    for cache in list(root.rglob("__pycache__")):
        shutil.rmtree(cache)
    normalise_modes(root)

    debian = root / "DEBIAN"
    debian.mkdir()
    for script in ("postinst", "prerm"):
        shutil.copy(PACKAGING / "linux" / script, debian / script)
        (debian / script).chmod(0o755)
    installed_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
    (debian / "control").write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Sales Workbench IT <it@salesworkbench.invalid>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(DEB_DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: offline-first workbench for field salespeople\n"
        " Sales Workbench keeps a field salesperson's day in one window, with or\n"
        " without a network: the today list, the opportunity board, leads, calls\n"
        " and offers. The program is a self-contained bundle of Python and Qt.\n"
    )
    sums = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
        if debian in path.parents:
            continue
        sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(root)}\n")
    (debian / "md5sums").write_text("".join(sums))
    for name in ("control", "md5sums"):
        (debian / name).chmod(0o644)
    debian.chmod(0o755)

    out = DIST / f"{PACKAGE}_{version}_{arch}.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, out)
    return out


def check_deb(deb: Path) -> None:
    """desktop-file-validate and AppStream on the sources, lintian on the package: an
    error from any of them fails the build."""
    desktop = PACKAGING / "linux" / f"{PACKAGE}.desktop"
    run("desktop-file-validate", desktop)
    if shutil.which("appstreamcli"):
        run("appstreamcli", "validate", "--no-net", "--explain",
            PACKAGING / "linux" / f"{PACKAGE}.metainfo.xml")  # fmt: skip
    else:
        print("appstreamcli not installed: metainfo not validated")
    # lintian refuses to run as root unless told; CI runs as root.
    run("lintian", "--allow-root", "--fail-on", "error", "--tag-display-limit", "0", deb)


# --- AppImage --------------------------------------------------------------------------------


def build_appimage(version: str, runtime: Path | None) -> Path | None:
    """An AppDir with the bundle, then a squashfs of it; with the AppImage runtime (an ELF
    stub that Debian and PyPI don't carry; see README) prepended, the AppImage."""
    arch = os.uname().machine
    appdir = BUILD / "AppDir"
    if appdir.exists():
        shutil.rmtree(appdir)
    icons = render_icons()
    stage_linux_files(appdir, version, icons, appdir / "usr" / "lib" / PACKAGE)
    shutil.copy(PACKAGING / "linux" / f"{PACKAGE}.desktop", appdir)
    shutil.copy(icons["256"], appdir / f"{PACKAGE}.png")
    (appdir / ".DirIcon").symlink_to(f"{PACKAGE}.png")
    apprun = appdir / "AppRun"
    apprun.write_text(
        "#!/bin/sh\n"
        "# The bundle finds its own libraries; the system provides X11/Wayland, GL, fonts.\n"
        'HERE="$(dirname "$(readlink -f "$0")")"\n'
        f'exec "$HERE/usr/lib/{PACKAGE}/workbench" "$@"\n'
    )
    normalise_modes(appdir)
    apprun.chmod(0o755)

    squashfs = BUILD / f"{PACKAGE}.squashfs"
    squashfs.unlink(missing_ok=True)
    if not shutil.which("mksquashfs"):
        fail("mksquashfs is missing: apt-get install squashfs-tools")
    run("mksquashfs", appdir, squashfs, "-root-owned", "-noappend", "-comp", "zstd", "-quiet")
    if runtime is None and os.environ.get("APPIMAGE_RUNTIME"):
        runtime = Path(os.environ["APPIMAGE_RUNTIME"])
    if runtime is None:
        print(
            f"\nAppDir ready: {appdir} (try it: {appdir}/AppRun --version)\n"
            f"squashfs image ready: {squashfs}\n"
            "No AppImage runtime given, so no AppImage was written. The runtime (the\n"
            "'type2-runtime' ELF stub) is published only as a download by the AppImage\n"
            "project; neither Debian nor PyPI carries it. Pass --runtime FILE (or set\n"
            f"APPIMAGE_RUNTIME) with a runtime-{arch} file to finish; see packaging/README.md.",
            file=sys.stderr,
        )
        return None
    out = DIST / f"Sales_Workbench-{version}-{arch}.AppImage"
    with out.open("wb") as image:
        image.write(runtime.read_bytes())
        image.write(squashfs.read_bytes())
    out.chmod(0o755)
    print(f"wrote {out}")
    return out


# --- command line ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", choices=["bundle", "deb", "appimage", "icons"])
    add = parser.add_argument
    add("--deployment", type=Path, metavar="FILE", help="bake this deployment.json in")
    add("--locales", default=os.environ.get("WORKBENCH_LOCALES", DEFAULT_LOCALES),
        help="languages of locale data and Qt translations to keep, e.g. de,en; 'all' keeps "
             "every one (default: the EU and EFTA languages)")  # fmt: skip
    add("--skip-freeze", action="store_true", help="reuse dist/sales-workbench/")
    add("--windowed", action="store_true", help="a windowed app (Windows, macOS .app)")
    parser.add_argument("--runtime", type=Path, metavar="FILE", help="AppImage runtime stub")
    parser.add_argument("--no-checks", action="store_true", help="skip lintian and validators")
    args = parser.parse_args(argv)
    version = project_version()

    if args.target == "icons":
        for name, path in render_icons().items():
            print(name, path)
        return 0
    if args.deployment is not None and not args.deployment.is_file():
        fail(f"--deployment {args.deployment}: no such file", 2)
    if args.skip_freeze:
        if not (BUNDLE / "_internal").is_dir():
            fail(f"--skip-freeze: there is no bundle in {BUNDLE}")
        # A file baked by an earlier run must not ride along unasked.
        for old in (BUNDLE / "_internal").glob("deployment*"):
            old.unlink()
        if args.deployment is not None:
            bake_deployment(args.deployment, BUNDLE / "_internal")
    else:
        freeze(args.deployment, args.locales, windowed=args.windowed)
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle: {BUNDLE} ({size / 1e6:.1f} MB unpacked)")

    if args.target == "deb":
        deb = build_deb(version)
        print(f"package: {deb} ({deb.stat().st_size / 1e6:.1f} MB)")
        if not args.no_checks:
            check_deb(deb)
    elif args.target == "appimage" and build_appimage(version, args.runtime) is None:
        return 3  # the AppDir and squashfs are built; the runtime is missing
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except subprocess.CalledProcessError as exc:
        fail(f"{Path(exc.cmd[0]).name} failed (exit {exc.returncode}); see its output above")
