#!/usr/bin/env bash
# Make sure Debian's chromium is at /usr/bin/chromium, for the browser tests (pytest -m browser).
# Idempotent: when it is already there this only prints one line. Runs as root, or through sudo
# where there is one.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    echo "ensure-chromium: $CHROMIUM already installed ($("$CHROMIUM" --version 2>/dev/null | grep -m1 -i chromium || echo 'version unknown'))"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "ensure-chromium: $CHROMIUM is missing and this is not root (no sudo either); install the 'chromium' package" >&2
    exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { "${as_root[@]}" apt-get update -qq && \
       "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "ensure-chromium: apt-get could not install chromium (output above)" >&2
    exit 1
fi
if [ ! -x "$CHROMIUM" ]; then
    echo "ensure-chromium: apt-get installed chromium but $CHROMIUM is still missing" >&2
    exit 1
fi
echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null | grep -m1 -i chromium || echo chromium) with apt-get"
