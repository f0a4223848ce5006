#!/usr/bin/env bash
# Makes sure the PostgreSQL the server tests use (127.0.0.1:5432) is running: starts the
# Debian cluster when it is installed but stopped, and fails with the reason otherwise.
# WORKBENCH_NO_POSTGRES=1 skips the check (the server tests then skip PostgreSQL on purpose).
set -euo pipefail

[ "${WORKBENCH_NO_POSTGRES:-}" = "1" ] && exit 0
host=127.0.0.1 port=5432

ready() { pg_isready -q -h "$host" -p "$port" >/dev/null 2>&1; }

if ! command -v pg_isready >/dev/null 2>&1; then
    echo "PostgreSQL client tools are missing (pg_isready); install postgresql, or set" \
         "WORKBENCH_NO_POSTGRES=1 to skip the PostgreSQL tests on purpose." >&2
    exit 1
fi
ready && exit 0

if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    for version in $(ls /etc/postgresql); do
        echo "Starting PostgreSQL $version (cluster main) ..."
        pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
fi
for _ in $(seq 30); do
    ready && exit 0
    sleep 1
done
echo "PostgreSQL does not answer on $host:$port after 30 s; the server tests need it" \
     "(or set WORKBENCH_NO_POSTGRES=1 to skip them on purpose)." >&2
exit 1
