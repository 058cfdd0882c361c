#!/usr/bin/env bash
# Start-up benchmark: the median milliseconds from process start to the first painted dashboard of the installed kiosk
# (or the app image), over N daily starts on an existing data folder (the first start is shown apart), beside the plain jars and a bare FlatLaf window measured
# the same way in the same run (and the bare window again with the kiosk's JIT setting, -XX:TieredStopAtLevel=1), with
# the resident memory (VmRSS, VmHWM) when the first paint is reported. Every program reports its own milliseconds since
# its process started, read from /proc (ProcessHandle's start time is off by up to a second on Linux).
# Prints figures only; it never fails because a machine is slow.
#
#   scripts/benchmark-startup.sh [-n RUNS] [--launcher PATH]
#
# The launcher defaults to the installed /opt/tillpoint/bin/tillpoint, else the app image of
# `./mvnw -B -Pinstaller -DskipTests package`. The plain jars (kiosk/target/app) and the bare window run on the
# `java` on the PATH (a JDK 17+, with its default CDS archive; javac compiles the bare window). Needs a DISPLAY.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=7
launcher=
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    --launcher) launcher=$2; shift 2 ;;
    *) echo "usage: $0 [-n RUNS] [--launcher PATH]" >&2; exit 2 ;;
  esac
done
if [ -z "$launcher" ]; then
  for candidate in /opt/tillpoint/bin/tillpoint installer/target/image/tillpoint/bin/tillpoint; do
    [ -x "$candidate" ] && { launcher=$candidate; break; }
  done
fi
[ -n "$launcher" ] && [ -x "$launcher" ] || { echo "No installed kiosk or app image; build it with ./mvnw -B -Pinstaller -DskipTests package" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "Needs a DISPLAY (e.g. Xvfb with openbox)" >&2; exit 2; }
appdir=$(cd "$(dirname "$launcher")/../lib/app" && pwd)
plain_jar=kiosk/target/app/tillpoint-kiosk.jar

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flatlaf=$(ls "$appdir"/lib/flatlaf-*.jar | head -1)
javac -d "$work/bench" -cp "$flatlaf" --release 17 installer/src/bench/BareWindow.java

# One start: prints "ms rss_kb hwm_kb" ("-" for memory the process gave back before it could be read).
probe() {
  local line ms=- rss=- hwm=- pid
  coproc PROBE { exec "$@" 2>/dev/null; }
  pid=$PROBE_PID
  while IFS= read -r line <&"${PROBE[0]}"; do
    if [[ $line == startup-ms* ]]; then
      ms=${line#startup-ms }
      # Read at once: the probe closes the kiosk right after printing.
      rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      break
    fi
  done
  wait "$pid" 2>/dev/null || true
  echo "$ms ${rss:--} ${hwm:--}"
}

median() { grep -v '^-$' | sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print a[int((NR + 1) / 2)]}'; }

# A terminal starts every day on its existing data folder; the first start (writing the demo terminal, creating the
# database, hashing the demo cashiers' badges) happens once. Measure the daily start; report the first one apart.
for kind in kiosk plain; do
  [ "$kind" = plain ] && [ ! -f "$plain_jar" ] && continue
  mkdir -p "$work/data-$kind"
  case $kind in
    kiosk) r=$(probe "$launcher" --data-dir "$work/data-$kind" --windowed --size 1024x768 --demo --startup-probe) ;;
    plain) r=$(probe java -jar "$plain_jar" --data-dir "$work/data-$kind" --windowed --size 1024x768 --demo --startup-probe) ;;
  esac
  echo "first start, $kind, on a fresh data folder: startup-ms ${r%% *}" >&2
done

declare -A results
paired_bare= paired_c1= paired_plain= # per-run ratios: the runs of one round share the machine's load of the moment
# bare-c1: the bare window with the JIT setting the kiosk's launcher uses (-XX:TieredStopAtLevel=1), for comparison.
kinds=(kiosk bare bare-c1)
[ -f "$plain_jar" ] && kinds=(kiosk plain bare bare-c1)
for i in $(seq 1 "$runs"); do
  for kind in "${kinds[@]}"; do
    data="$work/data-$kind"
    case $kind in
      kiosk) r=$(probe "$launcher" --data-dir "$data" --windowed --size 1024x768 --demo --startup-probe) ;;
      plain) r=$(probe java -jar "$plain_jar" --data-dir "$data" --windowed --size 1024x768 --demo --startup-probe) ;;
      bare) r=$(probe java -cp "$work/bench:$flatlaf" BareWindow) ;;
      bare-c1) r=$(probe java -XX:TieredStopAtLevel=1 -cp "$work/bench:$flatlaf" BareWindow) ;;
    esac
    results[$kind]+="$r"$'\n'
    declare "round_${kind//-/_}=${r%% *}"
    echo "run $i $kind: startup-ms ${r%% *}" >&2
  done
  ratio() { [[ $1 =~ ^[0-9]+$ && $2 =~ ^[1-9][0-9]*$ ]] && awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f\n", a / b}'; }
  paired_bare+=$(ratio "$round_kiosk" "$round_bare" || true)$'\n'
  paired_c1+=$(ratio "$round_kiosk" "$round_bare_c1" || true)$'\n'
  [ -n "${round_plain:-}" ] && paired_plain+=$(ratio "$round_kiosk" "$round_plain" || true)$'\n'
done

echo "Start-up to the first painted window, median of $runs daily starts on an existing data folder ($(nproc) cores):"
for kind in "${kinds[@]}"; do
  rows=${results[$kind]}
  ms=$(cut -d' ' -f1 <<<"$rows" | sed '/^$/d' | median)
  rss=$(cut -d' ' -f2 <<<"$rows" | sed '/^$/d' | median)
  hwm=$(cut -d' ' -f3 <<<"$rows" | sed '/^$/d' | median)
  declare "ms_${kind//-/_}=$ms"
  case $kind in
    kiosk) what="installed kiosk ($launcher)" ;;
    plain) what="plain jars (java -jar $plain_jar)" ;;
    bare) what="bare FlatLaf window (java)" ;;
    bare-c1) what="bare FlatLaf window, C1 only as the kiosk (java -XX:TieredStopAtLevel=1)" ;;
  esac
  mb() { [ "$1" = - ] && echo - || echo "$(($1 / 1024)) MB"; }
  printf '  %-8s %6s ms   VmRSS %7s   VmHWM %7s   %s\n' "$kind" "$ms" "$(mb "$rss")" "$(mb "$hwm")" "$what"
done
pmedian() { sed '/^$/d' | sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else printf "%.2f", a[int((NR + 1) / 2)]}'; }
if [[ $ms_kiosk =~ ^[0-9]+$ && $ms_bare =~ ^[1-9][0-9]*$ ]]; then
  echo "  ratio kiosk/bare: $(awk -v k="$ms_kiosk" -v b="$ms_bare" 'BEGIN {printf "%.2f", k / b}')x of the medians," \
    "$(pmedian <<<"$paired_bare")x median of the runs' ratios (goal: within 1.15x)"
fi
if [[ $ms_kiosk =~ ^[0-9]+$ && $ms_bare_c1 =~ ^[1-9][0-9]*$ ]]; then
  echo "  ratio kiosk/bare-c1: $(awk -v k="$ms_kiosk" -v b="$ms_bare_c1" 'BEGIN {printf "%.2f", k / b}')x of the medians," \
    "$(pmedian <<<"$paired_c1")x median of the runs' ratios (both with the kiosk's JIT setting)"
fi
if [[ -n ${ms_plain:-} && $ms_kiosk =~ ^[0-9]+$ && $ms_plain =~ ^[1-9][0-9]*$ ]]; then
  echo "  ratio kiosk/plain jars: $(awk -v k="$ms_kiosk" -v p="$ms_plain" 'BEGIN {printf "%.2f", k / p}')x of the medians," \
    "$(pmedian <<<"$paired_plain")x median of the runs' ratios (below 1: the CDS archive and the bundled runtime help)"
fi
