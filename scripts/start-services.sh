#!/usr/bin/env bash
# Install and start what the full test suite uses beyond Python: a PostgreSQL
# server (store tests on the second backend) and Debian's Chromium with its
# driver (browser tests). Run as root on a Debian machine; prints the
# environment to export, e.g.:  eval "$(bash scripts/start-services.sh)"
set -euo pipefail

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
fi

version=$(ls /etc/postgresql | sort -V | tail -n 1)
pg_ctlcluster "$version" main start >&2 2>/dev/null || pg_ctlcluster "$version" main status >&2
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1" && break
  sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='realpolitik'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE realpolitik LOGIN PASSWORD 'realpolitik' CREATEDB\"" >&2
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='realpolitik_test'\"" | grep -q 1 ||
  su postgres -c "createdb -O realpolitik realpolitik_test" >&2
echo "export REALPOLITIK_TEST_PG=postgresql://realpolitik:realpolitik@127.0.0.1:5432/realpolitik_test"
