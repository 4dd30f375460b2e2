#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests when it is missing.
set -uo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ]; then
  apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >/dev/null
else
  echo "ensure-browser: /usr/bin/chromium missing; run: sudo apt-get install -y chromium"
fi
