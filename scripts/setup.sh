#!/usr/bin/env bash
# Install everything TalentSync needs into this folder: a Python virtual
# environment, bun from the npm registry, and the database schema.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"

if [ ! -x .tools/node_modules/.bin/bun ]; then
  mkdir -p .tools
  npm install --silent --prefix .tools bun@1.4.5
fi

.venv/bin/talentsync db upgrade
echo "setup: done"
