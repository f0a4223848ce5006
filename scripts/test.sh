#!/usr/bin/env bash
# The whole test suite: lint, types, migrations check, pytest (offscreen Qt).
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
echo "== pytest"; .venv/bin/python -m pytest -q "$@"
