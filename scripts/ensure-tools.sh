#!/usr/bin/env bash
# Install the Debian tools the operations tests use when they are missing:
# caddy (proxy config validation and a local proxied run) and shellcheck.
set -uo pipefail
missing=()
command -v caddy >/dev/null 2>&1 || missing+=(caddy)
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
if ((${#missing[@]} == 0)); then
  exit 0
fi
if [ "$(id -u)" = "0" ]; then
  echo "ensure-tools: installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "ensure-tools: missing ${missing[*]}; run: sudo apt-get install -y ${missing[*]}"
fi
