#!/usr/bin/env bash
# CI preparation, run by .ci/run before the tests: the console's browser tests drive Debian's
# Chromium at /usr/bin/chromium (and its screenshots need a CJK font); the deploy tests start
# Debian's nginx with a self-signed certificate (openssl) and check the systemd unit with
# systemd-analyze. Idempotent and quiet. (Services are not started by these installs where
# policy-rc.d forbids it; the tests start their own nginx on free ports either way.)
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null || missing+=(openssl)
command -v systemd-analyze >/dev/null || missing+=(systemd)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "ci-prepare: need root (or sudo) to install ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "== installing ${missing[*]} (console browser tests, deploy tests)"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
[ -x /usr/bin/chromium ] || { echo "ci-prepare: /usr/bin/chromium is still missing" >&2; exit 1; }
[ -x /usr/sbin/nginx ] || { echo "ci-prepare: /usr/sbin/nginx is still missing" >&2; exit 1; }
