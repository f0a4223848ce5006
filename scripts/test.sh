#!/usr/bin/env bash
# The whole test suite: lint, types, migrations check, pytest (offscreen Qt). The sync server
# tests need PostgreSQL on 127.0.0.1:5432 (scripts/postgres.sh starts it when it is installed).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check .
echo "== mypy"; .venv/bin/mypy
echo "== alembic check"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
WORKBENCH_DB="$tmp/alembic.sqlite" .venv/bin/alembic upgrade head
WORKBENCH_DB="$tmp/alembic.sqlite" .venv/bin/alembic check
echo "== postgres"; ./scripts/postgres.sh
echo "== pytest"; .venv/bin/python -m pytest -q "$@"
