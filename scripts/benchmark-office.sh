#!/usr/bin/env bash
# Office scale benchmark (issue 15): many terminals, one back office. Starts a throw-away PostgreSQL cluster of the
# distribution's binaries in a temp folder (as root through runuser -u postgres, as the office's tests do), then runs
# kiosk's test class OfficeBenchmark: simulated terminals, each its own SQLite file written by the real store code and
# sent by the real OfficeSender. Prints facts ingested per second, the p50/p99 lag from a sale's commit to the office
# with N terminals online, the time one terminal takes to catch up a week offline, and the time to ingest a chain's
# day, each beside its goal, with the machine it ran on. A benchmark, not a test: it never fails because a machine is
# slow.
#
#   scripts/benchmark-office.sh [--quick] [--terminals N] [--orders N] [--sessions N] [--online N]
#                               [--lag-seconds S] [--sale-every-ms MS] [--parallel N] [--week-days N] [--batch N]
#                               [--keep]
#
# Defaults are the issue's scale: a chain of 1,000 terminals with 300,000 orders and 3,000 sessions in a day, 100
# terminals online for the lag (a sale each every 2 s for 60 s), a week of one terminal's day (300 orders, 3 sessions
# a day). --quick is a run of about a minute: 100 terminals, 30,000 orders, 300 sessions, 20 online for 20 s. The
# chain's terminals send --parallel at a time (default 8), as a connection pooler in front of the office would admit
# them; the office's PostgreSQL keeps its defaults (fsync on) but for max_connections and shared_buffers (256 MB).
# Needs the jars (`./mvnw -B -o package -pl kiosk -am -DskipTests`) and PostgreSQL's server
# (`apt-get install postgresql`; or TILLPOINT_PG_BIN=/path/to/bin). --keep leaves the temp folder for a look.
set -euo pipefail
cd "$(dirname "$0")/.."

online=100
parallel=8
keep=
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --quick) args+=(--terminals 100 --orders 30000 --sessions 300 --online 20 --lag-seconds 20); online=20; shift ;;
    --online) online=$2; args+=("$1" "$2"); shift 2 ;;
    --parallel) parallel=$2; args+=("$1" "$2"); shift 2 ;;
    --terminals|--orders|--sessions|--lag-seconds|--sale-every-ms|--week-days|--batch) args+=("$1" "$2"); shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--quick] [--terminals N] [--orders N] [--sessions N] [--online N] [--lag-seconds S]" \
            "[--sale-every-ms MS] [--parallel N] [--week-days N] [--batch N] [--keep]" >&2; exit 2 ;;
  esac
done

jar=kiosk/target/app/tillpoint-kiosk.jar
[ -f "$jar" ] && [ -f kiosk/target/test-classes/app/tillpoint/kiosk/office/OfficeBenchmark.class ] \
  || { echo "Build the jars first: ./mvnw -B -o package -pl kiosk -am -DskipTests" >&2; exit 2; }
cp="kiosk/target/test-classes:$jar:kiosk/target/app/lib/*"
pg_bin=${TILLPOINT_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$pg_bin/initdb" ] || { echo "No PostgreSQL server: apt-get install postgresql (or TILLPOINT_PG_BIN)" >&2; exit 2; }

work=$(mktemp -d /tmp/tillpoint-office-bench.XXXXXX)
chmod 711 "$work"
pg=$work/pg
mkdir -p "$pg"
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$pg"
  as_pg=(runuser -u postgres --)
fi
cleanup() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null 2>&1 || true
  if [ -n "$keep" ]; then echo "Kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

password=benchmark-owner-$RANDOM$RANDOM
echo "$password" >"$pg/password"
[ "$(id -u)" = 0 ] && chown postgres "$pg/password"
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg/data" -U postgres -A scram-sha-256 --pwfile="$pg/password" -E UTF8 \
  --locale=C >"$pg/initdb.log" 2>&1
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -t 60 \
  -o "-p $port -k $pg -c listen_addresses=127.0.0.1 -c max_connections=$((online + parallel + 20)) -c shared_buffers=256MB" \
  start >/dev/null
PGPASSWORD=$password "$pg_bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c 'CREATE DATABASE office'
printf 'url=jdbc:postgresql://127.0.0.1:%s/office\nuser=postgres\npassword=%s\n' "$port" "$password" >"$work/office.login"

echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GB," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
echo "PostgreSQL: $("$pg_bin/postgres" --version), data in $pg (disk: $(df -h --output=source "$pg" | tail -n 1))"
echo "Terminals' SQLite files in $work/terminals"
java -cp "$cp" app.tillpoint.kiosk.office.OfficeBenchmark --office "$work/office.login" --work "$work/terminals" \
  "${args[@]}"
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
