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

# bun builds the Reflex frontend; axe-core is used by the accessibility tests.
if [ ! -x .tools/node_modules/.bin/bun ] || [ ! -f .tools/node_modules/axe-core/axe.min.js ]; then
  mkdir -p .tools
  npm install --silent --prefix .tools bun@1.4.5 axe-core@4.14.1
fi

.venv/bin/talentsync db upgrade
echo "setup: done"
