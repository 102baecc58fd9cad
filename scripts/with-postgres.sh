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
# user it runs as that user.
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

BIN=$(find_bin)
PORT=${PG_PORT:-55432}
while ! port_is_free "$PORT"; do
  PORT=$((PORT + 1))
  if ((PORT > ${PG_PORT:-55432} + 100)); then
    log 'no free port found'
    exit 1
  fi
done
DATABASE=${PG_DATABASE:-vinhdanh}

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
  ROOT=$(mkdir -p "$PG_KEEP_DIR" && cd "$PG_KEEP_DIR" && pwd)
  REMOVE_ROOT=0
else
  ROOT=$(mktemp -d "${TMPDIR:-/tmp}/vinhdanh-pg.XXXXXX")
  REMOVE_ROOT=1
fi
DATA="$ROOT/data"
[[ $(id -u) -eq 0 ]] && chown postgres: "$ROOT"
chmod 700 "$ROOT"

STARTED=0
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if ((STARTED)); then
    as_server "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || log "could not stop the server (log: $ROOT/server.log)"
  fi
  if ((REMOVE_ROOT)); then rm -rf "$ROOT"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ! -f "$DATA/PG_VERSION" ]]; then
  # C.UTF-8 gives lower()/upper() on Vietnamese letters; fall back to plain C where it is missing.
  LOCALE=(--no-locale)
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then LOCALE=(--locale=C.UTF-8); fi
  as_server "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 "${LOCALE[@]}" \
    >"$ROOT/initdb.log" 2>&1 || {
    cat "$ROOT/initdb.log" >&2
    exit 1
  }
fi

# The socket goes into our own folder: /var/run/postgresql may not exist or not be writable.
OPTIONS="-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$ROOT"
# A throw-away cluster need not survive a power cut: skip the flushes (much faster tests).
((REMOVE_ROOT)) && OPTIONS+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if ! as_server "$BIN/pg_ctl" -D "$DATA" -l "$ROOT/server.log" -w -t 60 -o "$OPTIONS" \
  start >/dev/null; then
  log 'PostgreSQL did not start:'
  cat "$ROOT/server.log" >&2 || true
  exit 1
fi
STARTED=1

PSQL=("$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres -d postgres)
if [[ -z $("${PSQL[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'") ]]; then
  "${PSQL[@]}" -c "CREATE DATABASE \"$DATABASE\""
fi

export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/$DATABASE"
log "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT — DATABASE_URL=$DATABASE_URL"

# Not exec: this shell must outlive the command to stop the server. The command runs in the background so
# that a TERM sent to this script is passed on at once (a foreground child would delay the trap until it
# ends); <&0 keeps the terminal's input, which a background command would otherwise lose. Ctrl-C reaches
# the command directly (same process group), so INT is only waited out here.
"$@" <&0 &
CHILD=$!
trap 'kill -TERM "$CHILD" 2>/dev/null || true' TERM
trap ':' INT
while kill -0 "$CHILD" 2>/dev/null; do
  wait "$CHILD" || true
done
set +e
wait "$CHILD"
status=$?
set -e
exit "$status"
