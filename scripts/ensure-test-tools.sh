#!/usr/bin/env bash
# Installs what the tests need besides npm packages, when it is missing: a Chromium for Playwright
# and Lighthouse, a Java runtime for the W3C HTML checker (vnu.jar), systemd-analyze for the service
# units, nginx for the deployment test, and (scripts/ensure-cluster-tools.sh) PostgreSQL and Varnish.
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

# The tests on PostgreSQL and the cache tier's tests need PostgreSQL, Varnish and its xkey module.
bash "$(dirname "$0")/ensure-cluster-tools.sh"
