#!/usr/bin/env bash
# Installs what the tests need besides npm packages, when it is missing: a Chromium for Playwright
# and Lighthouse, a Java runtime for the W3C HTML checker (vnu.jar), systemd-analyze for the service
# units, nginx for the deployment test, and PostgreSQL for the tests that run on it.
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

# The service units in deploy/systemd/ are checked with systemd-analyze verify (no systemd need run).
if ! command -v systemd-analyze >/dev/null 2>&1; then
  if can_apt; then
    echo "Installing systemd-analyze for the service-unit test…"
    apt_install systemd
  else
    echo "No systemd-analyze: the service-unit test will be skipped."
  fi
fi

# The nginx configuration in deploy/ is tested by running it; without nginx that test is skipped.
if [ ! -x /usr/sbin/nginx ] || [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ]; then
  if can_apt; then
    echo "Installing nginx and its brotli module for the deployment test…"
    apt_install nginx libnginx-mod-http-brotli-filter
    # The tests run their own nginx; the packaged service is not needed.
    service nginx stop >/dev/null 2>&1 || true
  else
    echo "No nginx: the deployment configuration test will be skipped."
  fi
fi

# The tests start their own throwaway PostgreSQL server (db/testing/postgresServer.ts) with initdb and
# pg_ctl, which Debian keeps off PATH in /usr/lib/postgresql/<version>/bin.
has_postgres() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then return 0; fi
  for bin in /usr/lib/postgresql/*/bin; do
    if [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ]; then return 0; fi
  done
  return 1
}
if ! has_postgres; then
  if can_apt; then
    echo "Installing Debian's PostgreSQL for the tests on PostgreSQL…"
    apt_install postgresql
    # The tests run their own server; the packaged service and its cluster are not needed.
    service postgresql stop >/dev/null 2>&1 || true
  else
    echo "The tests on PostgreSQL need initdb and pg_ctl; please install PostgreSQL (Debian: apt-get install postgresql)." >&2
    exit 1
  fi
fi
