#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 server in a temporary folder, listening on
# a Unix socket in that folder only (no TCP), runs the command it is given
# with ESPRIT_TEST_POSTGRESQL set to the server's connection string, then
# stops the server and removes the folder, whether the command passed or not.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

bin=${ESPRIT_POSTGRESQL_BIN:-/usr/lib/postgresql/15/bin}
for tool in initdb pg_ctl; do
  if [ ! -x "$bin/$tool" ]; then
    echo "with-postgresql: $bin/$tool is missing; packaging/setup.sh installs it (postgresql-15)" >&2
    exit 1
  fi
done

folder=$(mktemp -d /tmp/esprit-postgresql-XXXXXX)
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root: the server runs as Debian's postgres user.
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgresql: running as root, but there is no postgres user to run the server" >&2
    rm -rf "$folder"
    exit 1
  fi
  chown postgres: "$folder"
  as_server=(runuser -u postgres --)
fi

stop_server() {
  if [ -f "$folder/data/postmaster.pid" ]; then
    "${as_server[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$folder"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

if ! "${as_server[@]}" "$bin/initdb" -D "$folder/data" -U esprit -A trust -E UTF8 --no-sync \
      >"$folder/initdb.log" 2>&1; then
  cat "$folder/initdb.log" >&2
  exit 1
fi
# -w -t 30: wait for the server to accept connections, at most 30 seconds.
if ! "${as_server[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 \
      -o "-c listen_addresses='' -k $folder -p 5432 -c fsync=off" start >/dev/null; then
  cat "$folder/server.log" >&2
  exit 1
fi

export ESPRIT_TEST_POSTGRESQL="host=$folder port=5432 dbname=postgres user=esprit"
status=0
"$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "with-postgresql: the server's log:" >&2
  tail -n 40 "$folder/server.log" >&2 || true
fi
exit "$status"
