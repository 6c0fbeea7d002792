#!/usr/bin/env bash
# Installs what the end-to-end tests need besides npm packages, when it is missing:
# a Chromium for Playwright, and a Java runtime for the W3C HTML checker (vnu.jar).
set -euo pipefail

can_apt() { command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x /usr/bin/chromium ] && [ ! -x /usr/bin/chromium-browser ]; then
  if can_apt; then
    echo "Installing Debian's chromium for the browser tests…"
    apt_install chromium
  else
    echo "No system Chromium: installing Playwright's own…"
    npx playwright install chromium
  fi
fi

if ! command -v java >/dev/null 2>&1; then
  if can_apt; then
    echo "Installing a Java runtime for the HTML checker…"
    apt_install default-jre-headless
  else
    echo "The HTML validity test needs Java (java on PATH); please install a JRE." >&2
    exit 1
  fi
fi
