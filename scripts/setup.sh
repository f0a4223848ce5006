#!/usr/bin/env bash
# Creates .venv with the app and its development tools. Idempotent; used by both README
# commands. On Debian/Ubuntu as root it also installs the system packages the tests use.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Sales Workbench needs Python 3.11 or newer as $PY (set PYTHON=... to choose one)." >&2
    exit 1
fi

need_apt=()
# Debian's own Python keeps venv (ensurepip) in a separate package.
"$PY" -c 'import ensurepip, venv' 2>/dev/null || need_apt+=(python3-venv)
command -v xvfb-run >/dev/null 2>&1 || need_apt+=(xvfb xauth)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
# The browser test of the server's report pages drives Debian's Chromium headless.
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# Qt's xcb and offscreen platforms need these at run time.
for lib in libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 \
           libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
           libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 \
           libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-util1 fonts-dejavu-core; do
    dpkg -s "$lib" >/dev/null 2>&1 || need_apt+=("$lib")
done
if [ ${#need_apt[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# Playwright drives the system Chromium; it must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# pip's own chatter (index notices, build-backend notes) goes to a log that is shown only
# when something fails, so a successful setup ends with one line.
log=.venv/setup.log
if ! { .venv/bin/python -m pip install -q --upgrade pip &&
       .venv/bin/python -m pip install -q -e '.[dev,server]'; } >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "setup failed; the full pip output is in $log" >&2
    exit 1
fi
# The app's own modules compiled once, as an installed copy's are: where the environment
# says not to write bytecode (PYTHONDONTWRITEBYTECODE), every start would compile them again.
.venv/bin/python -m compileall -q src >/dev/null
echo "Sales Workbench is set up in .venv (run: .venv/bin/workbench --help)"
