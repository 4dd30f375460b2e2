#!/usr/bin/env bash
# Set up (idempotent) and start TalentSync on its embedded defaults (SQLite).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/reflex run "$@"
