#!/bin/sh
# Container entry point: check secrets, wait for the database (bounded retry),
# apply migrations and run the idempotent seed, then start the given command.
# Set TALENTSYNC_SKIP_STARTUP=1 to run a one-off command without the sequence.
set -eu

if [ "${TALENTSYNC_SKIP_STARTUP:-0}" != "1" ]; then
  talentsync startup
fi
exec "$@"
