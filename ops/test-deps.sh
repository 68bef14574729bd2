#!/usr/bin/env bash
# System packages the test suite uses beyond the Python ones, installed when missing:
#   redis-server   — the suite also runs every server test against Redis 7.0
#   chromium       — the web page is tested in a real headless browser
#   docker-compose — validates docker-compose.yml (no Docker engine is needed)
# Debian/Ubuntu only; needs root (or sudo). Does nothing when all are present.
set -euo pipefail
need=()
command -v redis-server   >/dev/null 2>&1 || need+=(redis-server)
command -v chromium       >/dev/null 2>&1 || need+=(chromium)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ops/test-deps.sh: please install: ${need[*]}" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "ops/test-deps.sh: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
