#!/usr/bin/env bash
# Installs what a cluster on this machine needs besides npm packages, when it is missing: Varnish and
# its xkey module (varnish-modules) for the cache tier, and PostgreSQL for the shared database.
# `npm run serve:cluster`, `npm run bench:cluster` and the tests (scripts/ensure-test-tools.sh) run it.
set -euo pipefail

can_apt() { command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; }
apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

xkey_module() {
  for directory in /usr/lib/*/varnish/vmods /usr/lib/varnish/vmods; do
    if [ -e "$directory/libvmod_xkey.so" ]; then return 0; fi
  done
  return 1
}
if ! command -v varnishd >/dev/null 2>&1 && [ ! -x /usr/sbin/varnishd ] || ! xkey_module; then
  if can_apt; then
    echo "Installing Debian's varnish and varnish-modules for the cache tier…"
    apt_install varnish varnish-modules
    # The cluster runs its own Varnish; the packaged service is not needed.
    service varnish stop >/dev/null 2>&1 || true
  else
    echo "The cache tier needs Varnish and its xkey module; please install them (Debian: apt-get install varnish varnish-modules)." >&2
    exit 1
  fi
fi

# The cluster starts its own throwaway PostgreSQL server (db/testing/postgresServer.ts) with initdb
# and pg_ctl, which Debian keeps off PATH in /usr/lib/postgresql/<version>/bin.
has_postgres() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then return 0; fi
  for bin in /usr/lib/postgresql/*/bin; do
    if [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ]; then return 0; fi
  done
  return 1
}
if ! has_postgres; then
  if can_apt; then
    echo "Installing Debian's PostgreSQL…"
    apt_install postgresql
    # The cluster and the tests run their own server; the packaged service and its cluster are not needed.
    service postgresql stop >/dev/null 2>&1 || true
  else
    echo "PostgreSQL is needed (initdb and pg_ctl); please install it (Debian: apt-get install postgresql)." >&2
    exit 1
  fi
fi
