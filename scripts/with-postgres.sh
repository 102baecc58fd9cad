#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server started just for it.
#
#   scripts/with-postgres.sh npm run test:pg
#   scripts/with-postgres.sh npm start
#
# The server lives in a temporary folder, listens only on 127.0.0.1 (trust authentication, superuser
# "postgres"), and is stopped and removed when the command ends, however it ends. The command runs with
# DATABASE_URL=postgres://postgres@127.0.0.1:<port>/<database> and its exit status is this script's.
#
# Settings (environment):
#   PG_PORT      first port to try (default 55432; the next free one is taken)
#   PG_DATABASE  database to create (default vinhdanh)
#   PG_BIN       folder holding initdb and pg_ctl (default: the newest /usr/lib/postgresql/*/bin, else PATH)
#   PG_KEEP_DIR  a folder to keep the cluster in between runs instead of a temporary one (never removed)
#
# As root (CI) the server runs as the system user "postgres", which PostgreSQL requires; as any other
# user it runs as that user. The command's environment is kept, except DATABASE_URL (lower-case names
# below, so that a PORT meant for the command is not clobbered).
set -euo pipefail

if [[ $# -eq 0 ]]; then
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi

log() { printf '[with-postgres] %s\n' "$*" >&2; }

find_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then
    printf '%s\n' "$PG_BIN"
    return
  fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -n "$newest" && -x "$newest/initdb" ]]; then
    printf '%s\n' "$newest"
    return
  fi
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return
  fi
  log 'PostgreSQL server binaries (initdb, pg_ctl) not found.'
  log 'Debian/Ubuntu: sudo apt-get install postgresql   — or set PG_BIN to the folder that holds them.'
  exit 127
}

port_is_free() {
  # A refused connection means nobody listens there.
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

bin=$(find_bin)
port=${PG_PORT:-55432}
while ! port_is_free "$port"; do
  port=$((port + 1))
  if ((port > ${PG_PORT:-55432} + 100)); then
    log 'no free port found'
    exit 1
  fi
done
database=${PG_DATABASE:-vinhdanh}

if [[ $(id -u) -eq 0 ]]; then
  if ! id postgres >/dev/null 2>&1; then
    log 'running as root but there is no "postgres" user to run the server as'
    exit 1
  fi
  as_server() { runuser -u postgres -- "$@"; }
else
  as_server() { "$@"; }
fi

if [[ -n "${PG_KEEP_DIR:-}" ]]; then
  root=$(mkdir -p "$PG_KEEP_DIR" && cd "$PG_KEEP_DIR" && pwd)
  remove_root=0
else
  root=$(mktemp -d "${TMPDIR:-/tmp}/vinhdanh-pg.XXXXXX")
  remove_root=1
fi
data="$root/data"
if [[ $(id -u) -eq 0 ]]; then chown postgres: "$root"; fi
chmod 700 "$root"

started=0
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if ((started)); then
    as_server "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || log "could not stop the server (log: $root/server.log)"
  fi
  if ((remove_root)); then rm -rf "$root"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ! -f "$data/PG_VERSION" ]]; then
  # C.UTF-8 gives lower()/upper() on Vietnamese letters; fall back to plain C where it is missing.
  locale_option=--no-locale
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale_option=--locale=C.UTF-8; fi
  as_server "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 "$locale_option" \
    >"$root/initdb.log" 2>&1 || {
    cat "$root/initdb.log" >&2
    exit 1
  }
fi

# The socket goes into our own folder: /var/run/postgresql may not exist or not be writable.
options="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$root"
# A throw-away cluster need not survive a power cut: skip the flushes (much faster tests).
if ((remove_root)); then options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
if ! as_server "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 -o "$options" \
  start >/dev/null; then
  log 'PostgreSQL did not start:'
  cat "$root/server.log" >&2 || true
  exit 1
fi
started=1

psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
if [[ -z $("${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'") ]]; then
  "${psql[@]}" -c "CREATE DATABASE \"$database\""
fi

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/$database"
log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port — DATABASE_URL=$DATABASE_URL"

# Not exec: this shell must outlive the command to stop the server. The command runs in the background so
# that a TERM sent to this script is passed on at once (a foreground child would delay the trap until it
# ends); <&0 keeps the terminal's input, which a background command would otherwise lose. Ctrl-C reaches
# the command directly (same process group), so INT is only waited out here.
"$@" <&0 &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true' TERM
trap ':' INT
while kill -0 "$child" 2>/dev/null; do
  wait "$child" || true
done
set +e
wait "$child"
status=$?
set -e
exit "$status"
