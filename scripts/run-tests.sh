#!/usr/bin/env bash
# Set up (idempotent), make sure PostgreSQL, Redis and Chromium are there,
# then run the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/ensure-services.sh
./scripts/ensure-browser.sh
./scripts/ensure-tools.sh
exec .venv/bin/python -m pytest "$@"
