#!/usr/bin/env bash
# End-to-end check of the Linux package, as CI runs it (as root, on Debian 12):
# build the .deb (lintian and the validators run inside), install it with apt, run the
# INSTALLED program's self-test from outside the source tree with a clean environment,
# check deployment settings and a reinstall, then remove it and check the user's data stays.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
echo "== packaging: tools"
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    lintian desktop-file-utils appstream patchelf binutils squashfs-tools >/dev/null
[ -x .venv/bin/python ] || ./scripts/setup.sh
.venv/bin/python -m pip install -q -e '.[packaging]'

echo "== packaging: build the .deb"
.venv/bin/python packaging/build.py deb
version=$(.venv/bin/python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
deb="$repo/dist/sales-workbench_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "no package at $deb"; exit 1; }

if [ -e /etc/sales-workbench/deployment.json ]; then
    echo "/etc/sales-workbench/deployment.json exists; this test would replace it. Move it away first."
    exit 1
fi

# A salesperson's account: its own home, nothing of the source tree or the venv on PATH.
tmp=$(mktemp -d /tmp/wb-ci-deb.XXXXXX)
cleanup() {
    $SUDO rm -f /etc/sales-workbench/deployment.json
    $SUDO rmdir /etc/sales-workbench 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
mkdir -p "$tmp/home" "$tmp/work"
as_user() {
    (cd "$tmp/work" && env -i HOME="$tmp/home" PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@")
}
data_dir="$tmp/home/.local/share/SalesWorkbench"
settings="$tmp/home/.config/Sales Workbench/Sales Workbench.ini"
read_meta() {  # read a Meta key of a database with the build venv's Python (a checker only)
    .venv/bin/python -c "import sqlite3,sys; r=sqlite3.connect(sys.argv[1]).execute(
        'select value from workbench_meta where key=?', (sys.argv[2],)).fetchone(); print(r[0] if r else '')" "$@"
}

echo "== packaging: install"
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$deb" >/dev/null
[ "$(as_user sh -c 'command -v workbench')" = /usr/bin/workbench ] || { echo "workbench not on PATH"; exit 1; }
desktop-file-validate /usr/share/applications/sales-workbench.desktop
[ -f /usr/share/icons/hicolor/256x256/apps/sales-workbench.png ]
[ -f /usr/share/icons/hicolor/scalable/apps/sales-workbench.svg ]
[ -f /usr/share/metainfo/sales-workbench.metainfo.xml ]
ls /usr/lib/sales-workbench/_internal/workbench/migrations/versions/__pycache__/ >/dev/null

echo "== packaging: installed self-test"
out=$(as_user workbench --db "$tmp/x.sqlite" self-test)
echo "$out"
grep -q "self-test passed" <<<"$out" || { echo "installed self-test did not pass"; exit 1; }
as_user workbench --version

echo "== packaging: deployment settings for a new database"
$SUDO mkdir -p /etc/sales-workbench
$SUDO cp packaging/deployment.example.json /etc/sales-workbench/deployment.json
as_user workbench self-test | tail -n 1 | grep -q "self-test passed"  # the user's default database
[ -f "$data_dir/workbench.sqlite" ] || { echo "no database in $data_dir"; exit 1; }
company=$(read_meta "$data_dir/workbench.sqlite" company.name)
[ "$company" = "Nordlicht Maschinenbau GmbH" ] || { echo "deployment not applied: '$company'"; exit 1; }
echo '{"company": {"nmae": "typo"}}' | $SUDO tee /etc/sales-workbench/deployment.json >/dev/null
set +e
bad=$(as_user workbench --db "$tmp/bad.sqlite" self-test 2>&1); code=$?
set -e
[ "$code" -eq 2 ] && grep -q "unknown nmae" <<<"$bad" && ! grep -q Traceback <<<"$bad" \
    || { echo "a bad deployment file was not refused clearly (exit $code): $bad"; exit 1; }
echo "bad deployment file refused: $bad"
$SUDO rm /etc/sales-workbench/deployment.json

# The window's settings (QSettings) of this user, as the app leaves them.
mkdir -p "$(dirname "$settings")"
printf '[main_window]\narea=accounts\n' >"$settings"

echo "== packaging: remove, reinstall, remove"
$SUDO apt-get -o DPkg::Lock::Timeout=600 remove -y -qq sales-workbench >/dev/null
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$deb" >/dev/null
as_user workbench self-test | grep -q "database: .*(current" || { echo "data lost on reinstall"; exit 1; }
$SUDO apt-get -o DPkg::Lock::Timeout=600 remove -y -qq sales-workbench >/dev/null

if as_user sh -c 'command -v workbench' >/dev/null; then echo "workbench still on PATH"; exit 1; fi
for path in /usr/lib/sales-workbench /usr/share/applications/sales-workbench.desktop \
            /usr/share/icons/hicolor/256x256/apps/sales-workbench.png; do
    [ ! -e "$path" ] || { echo "$path left behind"; exit 1; }
done
[ -f "$data_dir/workbench.sqlite" ] || { echo "the user's database was removed"; exit 1; }
[ "$(read_meta "$data_dir/workbench.sqlite" company.name)" = "Nordlicht Maschinenbau GmbH" ]
[ -f "$settings" ] || { echo "the user's settings were removed"; exit 1; }
echo "packaging: installed, self-tested, removed; user data kept — deb check passed"
