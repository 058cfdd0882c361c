#!/usr/bin/env bash
# Latency benchmark (issue 18): each cashier's action timed from the real X input to the next screen painted, on a
# demo terminal with ten years of history (200 cashiers, 3,650 sessions, 1,000,000 orders), p50/p99/max over N
# repetitions beside its budget, with the resident memory and the heap after a full GC. A benchmark, not a test: it
# prints figures and never fails because a machine is slow.
#
#   scripts/benchmark-latency.sh [-n REPS] [--launcher PATH] [--xmx SIZE] [--starts N] [--leak SALES] [--keep DIR]
#                                [--catalog N [--images]]
#
# Each repetition is a PIN login, a badge login and a whole shift (Open Session, a sale of three taps, Close Session
# with the drawer counted); then the kiosk is started --starts times (default 10) on the same data, and the dashboard
# is timed from the window shown to its first paint with the last closing. With --leak SALES (e.g. 10000), the heap is
# then watched over that many sales in one session, in a kiosk under -Xmx64m (or --xmx): SaleLeakCheck in kiosk's tests.
#
# The kiosk is the installed /opt/tillpoint/bin/tillpoint, else the app image of `./mvnw -B -Pinstaller -DskipTests
# package`, else the plain jars of kiosk/target/app run with the image's JIT setting (-XX:TieredStopAtLevel=1). The
# history is written by kiosk's test class HistoryGenerator (needs `./mvnw -B -o package -pl kiosk -am -DskipTests`),
# once, into a template folder reused by later runs (--keep, default /tmp/tillpoint-latency-10y). The kiosk is started
# with -Dtillpoint.latencyProbe (LatencyProbe: input and paint times on the monotonic clock, the named components'
# centres); scripts/latency_driver.py sends the taps and the badge's keys with xdotool (the demo's reader is a keyboard
# wedge) and reads the probe. Needs a DISPLAY (Xvfb with openbox), xdotool, python3, and jcmd for the heap figure.
# With --catalog N the run's copy sells N products (the demo's twelve first, the others after them in four
# categories of about N/4), imported with `catalog import`; with --images too, each has a PNG of its own in images/,
# so the register's tiles decode and scale N pictures (issue 17).
set -euo pipefail
cd "$(dirname "$0")/.."

reps=50
starts=10
leak=0
launcher=
xmx=
template=/tmp/tillpoint-latency-10y
catalog=0
images=
while [ $# -gt 0 ]; do
  case $1 in
    -n) reps=$2; shift 2 ;;
    --starts) starts=$2; shift 2 ;;
    --leak) leak=$2; shift 2 ;;
    --launcher) launcher=$2; shift 2 ;;
    --xmx) xmx=$2; shift 2 ;;
    --keep) template=$2; shift 2 ;;
    --catalog) catalog=$2; shift 2 ;;
    --images) images=1; shift ;;
    *) echo "usage: $0 [-n REPS] [--launcher PATH] [--xmx SIZE] [--starts N] [--leak SALES] [--keep DIR] [--catalog N [--images]]" >&2; exit 2 ;;
  esac
done
[ -n "${DISPLAY:-}" ] || { echo "Needs a DISPLAY (e.g. Xvfb with openbox)" >&2; exit 2; }
command -v xdotool >/dev/null || { echo "Needs xdotool" >&2; exit 2; }
if [ -z "$launcher" ]; then
  for candidate in /opt/tillpoint/bin/tillpoint installer/target/image/tillpoint/bin/tillpoint; do
    [ -x "$candidate" ] && { launcher=$candidate; break; }
  done
fi
jar=kiosk/target/app/tillpoint-kiosk.jar
[ -f "$jar" ] && [ -d kiosk/target/test-classes ] \
  || { echo "Build the jars first: ./mvnw -B -o package -pl kiosk -am -DskipTests" >&2; exit 2; }
cp="kiosk/target/test-classes:$jar:kiosk/target/app/lib/*"

work=$(mktemp -d)
kiosk_pid=
cleanup() { [ -n "$kiosk_pid" ] && kill "$kiosk_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

jvm_options="-Dtillpoint.latencyProbe=$work/probe.log${xmx:+ -Xmx$xmx}"
start_kiosk() { # data dir, extra arguments…
  local data=$1; shift
  if [ -n "$launcher" ]; then
    JAVA_TOOL_OPTIONS="$jvm_options" "$launcher" --data-dir "$data" --windowed --size 1024x768 "$@" \
      >"$work/kiosk.out" 2>&1 &
  else
    # shellcheck disable=SC2086
    java -XX:TieredStopAtLevel=1 $jvm_options -jar "$jar" --data-dir "$data" --windowed --size 1024x768 "$@" \
      >"$work/kiosk.out" 2>&1 &
  fi
  kiosk_pid=$!
}

# Ten years of history, written once (about 3 minutes on 2 cores), then copied for every run.
if [ ! -f "$template/tillpoint.db" ]; then
  rm -rf "$template"; mkdir -p "$template"
  start_kiosk "$template" --demo --startup-probe; wait "$kiosk_pid" || true; kiosk_pid=
  java -cp "$cp" app.tillpoint.kiosk.bench.HistoryGenerator "$template"
fi
cp -a "$template" "$work/data"
rm -f "$work/data/kiosk.lock"
if [ "$catalog" -gt 0 ]; then
  python3 scripts/latency_catalog.py "$work/data" "$catalog" ${images:+--images} >"$work/catalog.csv"
  java -cp "$cp" app.tillpoint.kiosk.Launcher --data-dir "$work/data" catalog import "$work/catalog.csv" >&2
fi

: >"$work/probe.log"
start_kiosk "$work/data"
for _ in $(seq 1 600); do grep -q 'dashboard.action' "$work/probe.log" && break; sleep 0.1; done
sleep 2
java_pid=$kiosk_pid
# The launcher is a shell script: the JVM is its child (or the script exec'd it).
child=$(pgrep -P "$kiosk_pid" java || true); [ -n "$child" ] && java_pid=$child
rss() { awk '/^VmRSS:/ {print int($2 / 1024) " MB"}' "/proc/$java_pid/status"; }
heap() { # used heap after a full GC, in MB
  command -v jcmd >/dev/null || { echo "-"; return; }
  jcmd "$java_pid" GC.run >/dev/null 2>&1 || { echo "-"; return; }
  jcmd "$java_pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print int($(i+1) / 1024) " MB"; exit}}'
}
rss_dashboard=$(rss); heap_dashboard=$(heap)

python3 scripts/latency_driver.py "$work/probe.log" "$reps" >"$work/figures.txt" 2>"$work/driver.err" \
  || { cat "$work/driver.err" >&2; exit 1; }
rss_shift=$(rss); heap_shift=$(heap)

# The dashboard on ten years of history: the kiosk started again $starts times on the same data, each timed from its
# window shown to the dashboard painted with the last closing.
kill "$kiosk_pid" 2>/dev/null; wait "$kiosk_pid" 2>/dev/null || true; kiosk_pid=
: >"$work/starts.log"
for _ in $(seq 1 "$starts"); do
  : >"$work/probe.log"
  start_kiosk "$work/data"
  for _ in $(seq 1 600); do grep -q 'dashboard.lastClosing@[^ ]*=' "$work/probe.log" && break; sleep 0.1; done
  sleep 0.5
  cat "$work/probe.log" >>"$work/starts.log"
  kill "$kiosk_pid" 2>/dev/null; wait "$kiosk_pid" 2>/dev/null || true; kiosk_pid=
  rm -f "$work/data/kiosk.lock"
done
python3 scripts/latency_driver.py --dashboard "$work/starts.log" >>"$work/figures.txt"
# The yardstick: a bare FlatLaf window, from its first showing to its first paint, the same number of times.
flatlaf=$(ls kiosk/target/app/lib/flatlaf-[0-9]*.jar | head -1)
javac -d "$work/bench" -cp "$flatlaf" --release 17 installer/src/bench/BareWindow.java
for _ in $(seq 1 "$starts"); do
  java -XX:TieredStopAtLevel=1 -cp "$work/bench:$flatlaf" BareWindow | awk '/^open-to-paint-ms/ {print $2}'
done | sort -n | awk '{a[NR] = $1} END {if (NR) printf "bare FlatLaf window shown -> painted %s %s %s %d - -\n", a[int((NR + 1) / 2)], a[NR], a[NR], NR}' \
  >>"$work/figures.txt"

budget() {
  case $1 in
    badge*) echo 100 ;; PIN*) echo 150 ;; Open*) echo 100 ;; product*) echo 16 ;; Pay*) echo 100 ;;
    Close*) echo 200 ;; dashboard*) echo 50 ;; *) echo - ;;
  esac
}
echo "Tillpoint latency, $(date -u +%Y-%m-%d), ${launcher:-plain jars (java -XX:TieredStopAtLevel=1)}${xmx:+, -Xmx$xmx}"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {print int($2 / 1024) " MB"}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-36s | %8s | %8s | %8s | %4s | %9s | %9s | %10s |\n' action p50 p99 max n "kiosk p50" "kiosk p99" \
  "budget p99"
printf '|%s|\n' "--------------------------------------|----------|----------|----------|------|-----------|-----------|------------"
while read -r line; do
  name=${line% * * * * * *}; set -- ${line##"$name" }
  printf '| %-36s | %8s | %8s | %8s | %4s | %9s | %9s | %7s ms |\n' "$name" "$1" "$2" "$3" "$4" "${5:--}" "${6:--}" \
    "$(budget "$name")"
done <"$work/figures.txt"
echo "milliseconds from just before xdotool starts to the kiosk's paint after Toolkit.sync (p99 of 50 is the max); the"
echo "kiosk columns from the kiosk's own receipt of the tap or key (its event thread idle) to the same paint;"
echo "the dashboard from its window shown to its first paint with the last closing, over $starts starts, beside a bare"
echo "FlatLaf window (installer/src/bench/BareWindow.java) measured the same way"
cat "$work/driver.err"
echo "memory: RSS at the dashboard $rss_dashboard, after the run $rss_shift; heap used after a full GC: at the dashboard $heap_dashboard, after the run $heap_shift"

if [ "$leak" -gt 0 ]; then
  echo
  echo "Heap over $leak sales in one session (SaleLeakCheck, java -XX:TieredStopAtLevel=1 -Xmx${xmx:-64m}):"
  cp -a "$template" "$work/leak"; rm -f "$work/leak/kiosk.lock"
  java -XX:TieredStopAtLevel=1 "-Xmx${xmx:-64m}" -cp "$cp" app.tillpoint.kiosk.bench.SaleLeakCheck "$work/leak" \
    kiosk/target/app/plugins "$leak" 2>"$work/leak.err" || { echo "the leak check failed:"; tail -20 "$work/leak.err"; }
fi
