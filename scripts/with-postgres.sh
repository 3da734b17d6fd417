#!/usr/bin/env bash
# Runs CMD... against a throwaway PostgreSQL cluster, then stops and deletes the cluster.
#
#   scripts/with-postgres.sh .venv/bin/pytest -q tests/storage
#
# Debian's postgresql is installed only when missing. The cluster lives in a temp dir and
# listens on a Unix socket in another temp dir (no TCP port, so parallel runs never clash).
# CMD sees KPM_TEST_DB_URL=postgresql+psycopg://postgres@/kpm?host=SOCKET_DIR&port=PORT.
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }

here="$(cd "$(dirname "$0")" && pwd)"
"$here/ensure-system-packages.sh" postgresql

bin_dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bin_dir/initdb" ] || { echo "PostgreSQL server binaries not found in /usr/lib/postgresql" >&2; exit 1; }

port="${KPM_PG_PORT:-54329}"
data_dir="$(mktemp -d -t kpm-pg-data.XXXXXX)"
socket_dir="$(mktemp -d -t kpm-pg-socket.XXXXXX)"

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cleanup() {
  as_server_user "$bin_dir/pg_ctl" -D "$data_dir" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$data_dir" "$socket_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$data_dir" "$socket_dir"
fi

as_server_user "$bin_dir/initdb" -D "$data_dir" -U postgres --auth=trust -E UTF8 \
  --locale=C.UTF-8 >"$socket_dir/initdb.log" 2>&1 \
  || { cat "$socket_dir/initdb.log" >&2; exit 1; }
# A throwaway cluster: durability settings off, so test databases are created in milliseconds.
as_server_user "$bin_dir/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -s \
  -o "-p $port -k $socket_dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start || { cat "$data_dir/server.log" >&2; exit 1; }
as_server_user "$bin_dir/createdb" -h "$socket_dir" -p "$port" -U postgres kpm

export KPM_TEST_DB_URL="postgresql+psycopg://postgres@/kpm?host=$socket_dir&port=$port"
echo "PostgreSQL $("$bin_dir/postgres" --version | awk '{print $3}') throwaway cluster: $KPM_TEST_DB_URL"
"$@"
