#!/usr/bin/env bash
# CI for the installer, run by .ci/run as root after the tests, with DISPLAY set to a running Xvfb + openbox:
# builds the .deb, checks the budgets and what the runtime and the image must hold, installs the package,
# starts the installed kiosk on a fresh data folder, proves that a till user cannot administer the terminal, runs the
# kiosk session as a till user, reinstalls it over that data, removes it again. Exits non-zero on the first failure.
# The kiosk session needs a display without a window manager: a new Xvfb of its own, or TILLPOINT_SESSION_DISPLAY.
# It needs xdotool and x11-utils.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "installer CI FAILED: $*" >&2; exit 1; }
ok() { echo "[ci] ok: $*"; }
[ "$(id -u)" = 0 ] || fail "run as root (installs the package)"
[ -n "${DISPLAY:-}" ] || fail "needs DISPLAY set to a running X server (the CDS archive and the start need one)"

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# jpackage builds the .deb with dpkg-deb under fakeroot; binutils for jlink's native stripping of symbols.
apt-get install -y -qq --no-install-recommends fakeroot binutils dpkg-dev >/dev/null

./mvnw -B -ntp -q -Pinstaller -DskipTests package
out=installer/target
deb=$(ls "$out"/tillpoint_*.deb)

# Budgets and contents of the build.
deb_mb=$(($(stat -c %s "$deb") / 1024 / 1024))
echo "[ci] .deb: $deb, $deb_mb MB"
[ "$deb_mb" -le 40 ] || fail ".deb is $deb_mb MB, the budget is 40 MB"
modules=$(grep '^MODULES=' "$out/runtime/release")
for module in jdk.zipfs java.instrument java.management java.desktop java.sql jdk.localedata; do
  [[ " ${modules//\"/ } " == *" $module "* ]] || fail "the runtime lacks $module ($modules)"
done
ok "runtime modules: $modules"
[ -s "$out/image/tillpoint/lib/app/tillpoint.classlist" ] || fail "no CDS class list in the app image (was the build headless?)"
[ -s "$out/image/tillpoint/lib/app/native/libsqlitejdbc.so" ] || fail "no sqlite native library in the app image"
if "${JAVA_HOME:+$JAVA_HOME/bin/}jar" tf "$out"/image/tillpoint/lib/app/lib/sqlite-jdbc-*.jar | grep -q '^org/sqlite/native/.*\.so$'; then
  fail "the sqlite-jdbc jar in the image still holds native libraries"
fi
if grep -q 'plugins/' "$out/image/tillpoint/lib/app/tillpoint.cfg"; then
  fail "plugin jars are on the launcher's class path"
fi
# The launcher is build.sh's script: jpackage's native one asks rpm and dpkg at every start who owns it.
launcher_script=$out/image/tillpoint/bin/tillpoint
[ "$(head -c 9 "$launcher_script")" = '#!/bin/sh' ] || fail "bin/tillpoint is not the launcher script"
grep -q -- '-XX:TieredStopAtLevel=1' "$launcher_script" || fail "the launcher lacks the kiosk's JVM options"
ok "launcher: a script that starts the bundled runtime"

# Install (apt resolves the libraries jpackage listed in Depends). Remove it again whatever happens below.
work=$(mktemp -d)
# Throw-away users: a till user (group tillpoint) and an administrator (groups tillpoint and tillpoint-admin).
till=tillpoint-ci-till
admin=tillpoint-ci-admin
session_xvfb=
session_pid=
cleanup() {
  [ -z "$session_pid" ] || kill -- -"$session_pid" 2>/dev/null || true
  [ -z "$session_xvfb" ] || kill "$session_xvfb" 2>/dev/null || true
  dpkg --purge tillpoint >/dev/null 2>&1 || true
  userdel "$till" >/dev/null 2>&1 || true
  userdel "$admin" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
apt-get install -y -qq --no-install-recommends "$PWD/$deb" >/dev/null || fail "installing $deb failed"
app=/opt/tillpoint/lib/app
installed_mb=$(($(du -sk /opt/tillpoint | cut -f1) / 1024))
echo "[ci] installed: /opt/tillpoint, $installed_mb MB (with the CDS archive)"
[ "$installed_mb" -le 100 ] || fail "installed size is $installed_mb MB, the budget is 100 MB"
[ -s "$app/tillpoint.jsa" ] || fail "postinst made no CDS archive ($(cat "$app/tillpoint.jsa.log" 2>/dev/null))"
ls /usr/share/applications/*tillpoint*.desktop >/dev/null 2>&1 || fail "no desktop entry in /usr/share/applications"
[ -f "$app/tillpoint-autostart.desktop" ] || fail "no autostart entry in $app"
/opt/tillpoint/lib/runtime/bin/java --list-modules | grep -q '^jdk.zipfs@' || fail "installed runtime lacks jdk.zipfs"

# The terminal's data folder, made by postinst for the group tillpoint.
terminal=/var/lib/tillpoint
[ -d "$terminal" ] || fail "postinst made no $terminal"
mode_is() { # PATH "MODE USER GROUP"
  [ "$(stat -c '%a %U %G' "$1")" = "$2" ] || fail "$1 is $(stat -c '%a %U %G' "$1"), not $2"
}
mode_is "$terminal" "3770 root tillpoint"
mode_is "$terminal/terminal.json" "664 root tillpoint-admin"
mode_is "$terminal/plugins" "2775 root tillpoint-admin"
mode_is "$terminal/plugins/disabled.txt" "660 root tillpoint"
grep -q '"name"' "$terminal/terminal.json" || fail "postinst wrote no demo configuration: $(cat "$terminal/terminal.json")"
grep -q '"onScreen" : true' "$terminal/terminal.json" || fail "the installed terminal has no on-screen keyboard: $(cat "$terminal/terminal.json")"
ok "the terminal's data folder: $terminal (3770 root:tillpoint), its configuration and plugins the administrators'"
[ -f /usr/share/xsessions/tillpoint-kiosk.desktop ] || fail "no kiosk session in /usr/share/xsessions"
grep -qx 'Exec=/opt/tillpoint/bin/tillpoint-session' /usr/share/xsessions/tillpoint-kiosk.desktop \
  || fail "the kiosk session does not run bin/tillpoint-session"
[ -x /opt/tillpoint/bin/tillpoint-session ] || fail "bin/tillpoint-session is not executable"
# The installation (the kiosk and its bundled plugins, trusted as a whole) is root's alone.
writable=$(find /opt/tillpoint ! -type l \( -perm /022 -o ! -user root \) | head -5)
[ -z "$writable" ] || fail "the installation is writable by others than root: $writable"
ok "the kiosk session is on the login screen; /opt/tillpoint is root's alone"

# Start the installed kiosk on its fresh data folder and an empty temp folder. -Xshare:on makes the JVM refuse to
# start if the CDS archive cannot be used; the class-loading log shows what came from it.
tmp=$work/tmp
mkdir -p "$tmp"
start() { # [OPTIONS...]: one start to the first painted screen (the dashboard, or a real terminal's first run) and out
  timeout 120 /opt/tillpoint/bin/tillpoint "$@" --startup-probe >"$work/start.log" 2>&1 \
    || fail "the installed kiosk failed: $(tail -20 "$work/start.log")"
  grep '^startup-ms ' "$work/start.log" || fail "the installed kiosk did not reach its first screen: $(tail -20 "$work/start.log")"
}
JAVA_TOOL_OPTIONS="-Xshare:on -Djava.io.tmpdir=$tmp -Xlog:class+load=info:file=$work/classes.log" start
grep -q 'app.tillpoint.kiosk.Kiosk source: shared objects file' "$work/classes.log" \
  || fail "the kiosk's classes were not loaded from the CDS archive"
ok "CDS: $(grep -c 'source: shared objects file' "$work/classes.log") of $(grep -c 'source:' "$work/classes.log") classes from the archive"
if [ -n "$(ls -A "$tmp")" ]; then fail "something was extracted to the temp folder: $(ls -A "$tmp")"; fi
ok "nothing extracted to java.io.tmpdir (sqlite-jdbc loads $app/native/libsqlitejdbc.so)"
[ -s "$terminal/tillpoint.db" ] || fail "no database in $terminal"
[ "$(stat -c '%G' "$terminal/tillpoint.db")" = tillpoint ] || fail "the database is not the group tillpoint's"
ok "the kiosk started on $terminal: $(ls "$terminal" | tr '\n' ' ')"

# A vendor's JavaPOS package, installed as the README says: its jars and jpos.xml (standard DOCTYPE, jcl.dtd) in
# /var/lib/tillpoint/jpos, checked by the devices command from a working folder with nothing in it, through the
# installed launcher and through java -jar. The vendor is the simulated one of the devices tests.
[ -f /opt/tillpoint/lib/vendor/README.txt ] || fail "no vendor folder /opt/tillpoint/lib/vendor in the package"
vendor_src=devices/src/test/resources/vendor-simulator
mkdir -p "$work/acme/classes" "$work/elsewhere" "$terminal/jpos"
javac --release 17 -d "$work/acme/classes" -cp "$(ls "$app"/lib/javapos-*.jar)" "$vendor_src"/com/acme/jpos/*.java
jar --create --file "$terminal/jpos/acme-jpos.jar" -C "$work/acme/classes" com/acme/jpos/AcmeServiceFactory.class \
  -C "$work/acme/classes" com/acme/jpos/AcmeDrawerService.class
jar --create --file "$terminal/jpos/acme-base.jar" -C "$work/acme/classes" com/acme/jpos/AcmeApi.class
cp "$vendor_src/jpos.xml" "$terminal/jpos/jpos.xml"
cat >"$work/vendor-terminal.json" <<'EOF'
{"id": "T01", "name": "CI Terminal", "currency": "INR", "locale": "en-IN", "zone": "Asia/Kolkata",
 "devices": {"badgeReader": {"type": "keyboard-wedge"},
             "cashDrawer": {"type": "javapos", "javapos": {"logicalName": "AcmeDrawer"}}}}
EOF
check_vendor() { # LABEL COMMAND...: the devices check of the Acme drawer, run from an empty folder
  local label=$1
  shift
  (cd "$work/elsewhere" && echo 12345678 | timeout 120 "$@" devices --config "$work/vendor-terminal.json") \
    >"$work/vendor.log" 2>&1 || fail "$label: the devices check failed: $(grep '^\[' "$work/vendor.log")"
  grep -q '^\[OK\] Cash drawer (JavaPOS CashDrawer AcmeDrawer): ready' "$work/vendor.log" \
    || fail "$label: the vendor's drawer is not ready: $(grep '^\[' "$work/vendor.log")"
  [ -z "$(ls -A "$work/elsewhere")" ] || fail "$label: the check wrote into its working folder"
  ok "$label: a vendor's JavaPOS drawer from $terminal/jpos ($(grep -c '^\[OK\]' "$work/vendor.log") [OK] lines)"
}
check_vendor "installed launcher" /opt/tillpoint/bin/tillpoint
check_vendor "java -jar" /opt/tillpoint/lib/runtime/bin/java -jar "$app/tillpoint-kiosk.jar" --data-dir "$terminal"
code=0
/opt/tillpoint/bin/tillpoint devices --config "$work/no-such-terminal.json" >"$work/vendor.log" 2>&1 || code=$?
[ "$code" = 2 ] || fail "devices --config with a missing file exited $code, not 2: $(cat "$work/vendor.log")"
rm -rf "$terminal/jpos"
ok "devices --config with a missing file: exit 2"

# A user outside the group tillpoint is told how to get in, and nothing changes.
before=$(ls -l --time-style=+%s.%N "$terminal")
if su nobody -s /bin/sh -c 'JAVA_TOOL_OPTIONS=-Djava.awt.headless=true /opt/tillpoint/bin/tillpoint' \
    >"$work/nobody.log" 2>&1; then
  fail "the kiosk started for a user outside the group tillpoint"
fi
grep -q 'sudo adduser nobody tillpoint' "$work/nobody.log" || fail "no way in was shown: $(tail -5 "$work/nobody.log")"
[ "$(ls -l --time-style=+%s.%N "$terminal")" = "$before" ] || fail "a refused start changed $terminal"
ok "a user outside the group is refused: $(grep -o 'The data folder.*' "$work/nobody.log" | head -c 100)..."

# A till user runs the kiosk, but cannot administer the terminal: the admin commands refuse, and the file system
# refuses the configuration, the plugins and their trust list; nothing changes. An administrator can.
homes=$(mktemp -d -p "$work") && chmod 755 "$work" "$homes"
useradd --create-home --home-dir "$homes/$till" --shell /bin/sh --groups tillpoint "$till"
useradd --create-home --home-dir "$homes/$admin" --shell /bin/sh --groups tillpoint,tillpoint-admin "$admin"
as() { # USER COMMAND: runs COMMAND with sh as USER (with the user's groups), output in $work/as.log
  runuser -u "$1" -- sh -c "$2" >"$work/as.log" 2>&1
}
printf 'name,category,price\nFree,Drinks,0.01\n' >"$homes/menu.csv"
cp "$(ls plugins/examples/session-export/target/session-export-*-plugin.zip)" "$homes/session-export.zip"
chmod 644 "$homes/menu.csv" "$homes/session-export.zip"
cat >"$work/Audit.java" <<'EOF'
public class Audit {
    public static void main(String[] args) throws Exception {
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             var rows = db.prepareStatement("SELECT event || ' ' || detail FROM audit_events ORDER BY id").executeQuery()) {
            while (rows.next()) {
                System.out.println(rows.getString(1));
            }
        }
    }
}
EOF
audit() { # the terminal's audit, one event a line, read with the build's sqlite-jdbc
  java -cp "$(ls kiosk/target/app/lib/sqlite-jdbc-*.jar)" "$work/Audit.java" "$terminal/tillpoint.db"
}
state() { # what a till user must not change: cashiers, catalog, configuration, plugins and their trust list
  # Standard output only: the log lines on standard error carry the time.
  as "$admin" '/opt/tillpoint/bin/tillpoint cashier list 2>/dev/null && /opt/tillpoint/bin/tillpoint catalog list 2>/dev/null' \
    || fail "an administrator cannot list: $(cat "$work/as.log")"
  cat "$work/as.log"
  find "$terminal/terminal.json" "$terminal/plugins" -printf '%p %m %u %g %s %T@\n' | sort
  find "$terminal/terminal.json" "$terminal/plugins" -type f -exec sha256sum {} + | sort
}
before=$(state)
for command in 'cashier add --name Mallory --role HEAD_CASHIER --badge 6666 --pin 6666' 'cashier pin 3 0000' \
    "catalog import $homes/menu.csv" "plugins trust $homes/session-export.zip" 'config init' 'devices'; do
  if as "$till" "/opt/tillpoint/bin/tillpoint $command"; then
    fail "a till user may run: tillpoint $command"
  else
    code=$?
  fi
  [ "$code" = 3 ] || fail "tillpoint $command as a till user: exit $code, not 3: $(cat "$work/as.log")"
  grep -q "is not an administrator of this terminal" "$work/as.log" \
    || fail "tillpoint $command as a till user gave no clear refusal: $(cat "$work/as.log")"
done
ok "a till user is refused the admin commands: $(head -c 160 "$work/as.log")..."
for attempt in "echo '{}' >$terminal/terminal.json" "mv $terminal/terminal.json $terminal/old.json" \
    "rm -f $terminal/terminal.json" "cp $homes/session-export.zip $terminal/plugins/" \
    "echo 0000000000000000000000000000000000000000000000000000000000000000  x >>$terminal/plugins/trusted.sha256" \
    "mv $terminal/plugins $terminal/old-plugins" "rm -rf $terminal/plugins" \
    "touch /opt/tillpoint/lib/app/plugins/x" "rm -rf /opt/tillpoint/lib/app/plugins/badge-login-plugin-zip"; do
  if as "$till" "$attempt"; then fail "a till user could: $attempt"; fi
done
[ "$(state)" = "$before" ] || fail "a till user changed the terminal: before: $before
after: $(state)"
ok "a till user cannot change the configuration, the plugins or their trust list from a shell; nothing changed"
as "$till" "test -w $terminal/plugins/disabled.txt && test -w $terminal/tillpoint.db" \
  || fail "the kiosk of a till user could not write the database or the Plugins screen's switch"

as "$admin" "/opt/tillpoint/bin/tillpoint cashier add --name 'CI Head' --role HEAD_CASHIER --badge 7007 --pin 7007" \
  || fail "an administrator cannot add a cashier: $(cat "$work/as.log")"
as "$admin" "/opt/tillpoint/bin/tillpoint plugins trust $homes/session-export.zip" \
  || fail "an administrator cannot trust a plugin: $(cat "$work/as.log")"
mode_is "$terminal/plugins/trusted.sha256" "664 $admin tillpoint-admin"
printf 'not a plugin of anyone we know' >"$homes/dropped.jar"
as "$admin" "cp $homes/dropped.jar $terminal/plugins/dropped.jar" || fail "an administrator cannot copy into plugins"
ok "an administrator adds a cashier and trusts a plugin"

# The till user's kiosk loads the trusted plugin, and names the one dropped in untrusted (log, audit, dashboard).
as "$till" "DISPLAY=$DISPLAY timeout 120 /opt/tillpoint/bin/tillpoint --startup-probe" \
  || fail "a till user's kiosk failed: $(tail -20 "$work/as.log")"
grep -q '^startup-ms ' "$work/as.log" || fail "a till user's kiosk did not reach the dashboard: $(tail -20 "$work/as.log")"
grep -q 'Plugins started: \[.*session-export.*\]' "$work/as.log" \
  || fail "the trusted plugin was not started: $(grep -e 'Plugins started' -e 'Plugin ' "$work/as.log")"
grep -q 'Plugin dropped.jar disabled: it is not trusted: its SHA-256 is' "$work/as.log" \
  || fail "the untrusted plugin was not named: $(grep 'Plugin ' "$work/as.log")"
audit >"$work/audit.log"
grep -q '^plugin.failed Plugin dropped.jar disabled: it is not trusted: its SHA-256 is ' "$work/audit.log" \
  || fail "the untrusted plugin is not in the audit: $(tail -5 "$work/audit.log")"
grep -q "^plugin.trusted session-export.zip SHA-256 [0-9a-f]\{64\} by $admin\$" "$work/audit.log" \
  || fail "trusting the plugin is not in the audit: $(tail -5 "$work/audit.log")"
ok "a till user's kiosk starts the trusted plugin and names the untrusted one, in the log and the audit"
rm -f "$terminal/plugins/dropped.jar"

# The kiosk session, as a till user, on a display of its own without a window manager: only openbox with the
# session's configuration, and the kiosk; it ends when the kiosk exits.
session_display=${TILLPOINT_SESSION_DISPLAY:-}
if [ -z "$session_display" ]; then
  Xvfb -displayfd 7 -screen 0 1024x768x24 -nolisten tcp 7>"$work/session-display" 2>"$work/session-xvfb.log" &
  session_xvfb=$!
  for _ in $(seq 50); do [ -s "$work/session-display" ] && break; sleep 0.2; done
  [ -s "$work/session-display" ] || fail "no display for the kiosk session: $(cat "$work/session-xvfb.log")"
  session_display=:$(cat "$work/session-display")
fi
x() { DISPLAY=$session_display "$@"; }
# The session as a display manager starts it, as the till user; options go to the kiosk.
timeout 120 runuser -u "$till" -- env DISPLAY="$session_display" /opt/tillpoint/bin/tillpoint-session --startup-probe \
  >"$work/session-probe.log" 2>&1 \
  || fail "the kiosk session failed: $(tail -20 "$work/session-probe.log")"
grep -q '^startup-ms ' "$work/session-probe.log" || fail "the kiosk session did not start the kiosk: $(tail -20 "$work/session-probe.log")"
! pgrep -u "$till" -x openbox >/dev/null || fail "the session's window manager outlived the kiosk"
ok "the kiosk session starts the kiosk and ends when it exits (--startup-probe)"

# In a process group of its own, so that a failure here ends it with all it started (cleanup).
setsid --wait runuser -u "$till" -- env DISPLAY="$session_display" /opt/tillpoint/bin/tillpoint-session \
  >"$work/session.log" 2>&1 &
session_pid=$!
kiosk_window=
for _ in $(seq 300); do
  kiosk_window=$(x xdotool search --onlyvisible --name '^Tillpoint' 2>/dev/null | head -1) || true
  [ -z "$kiosk_window" ] || break
  sleep 0.2
done
[ -n "$kiosk_window" ] || fail "the kiosk session showed no kiosk window: $(tail -20 "$work/session.log")"
pgrep -u "$till" -f 'openbox --config-file /opt/tillpoint/lib/session/openbox.xml' >/dev/null \
  || fail "the session's window manager does not run with its configuration: $(ps -u "$till" -o args=)"
screen=$(x xdpyinfo | awk '/dimensions:/ {print $2}')
owns_screen() { # WHEN: waits until the kiosk window is active, full screen and as large as the screen
  for _ in $(seq 50); do
    if [ "$(x xdotool getactivewindow 2>/dev/null)" = "$kiosk_window" ] \
        && x xdotool getwindowgeometry "$kiosk_window" | grep -q "Geometry: $screen" \
        && x xprop -id "$kiosk_window" _NET_WM_STATE | grep -q _NET_WM_STATE_FULLSCREEN; then
      return 0
    fi
    sleep 0.2
  done
  fail "after $1 the kiosk does not own the screen: active $(x xdotool getactivewindow 2>&1)," \
    "$(x xdotool getwindowgeometry "$kiosk_window" 2>&1), $(x xprop -id "$kiosk_window" _NET_WM_STATE 2>&1)"
}
owns_screen "the start"
for keys in alt+Tab alt+F4 Escape super super+d; do
  x xdotool key "$keys"
  sleep 0.5
  kill -0 "$session_pid" 2>/dev/null || fail "the kiosk session ended after $keys: $(tail -20 "$work/session.log")"
  owns_screen "$keys"
done
ok "in the kiosk session, Alt+Tab, Alt+F4, Escape, Super and Super+D leave the kiosk full screen and focused ($screen)"
# Exit (bottom right of the dashboard), the head cashier's badge (typed as fast as a badge reader types), the PIN.
# A real terminal has no demo cashiers: the head cashier is the one the administrator added above.
x xdotool mousemove $((${screen%x*} - 84)) $((${screen#*x} - 52)) click 1
sleep 2
x xdotool type --delay 8 $'7007\n'
sleep 2
x xdotool type --delay 150 7007
x xdotool key Return
for _ in $(seq 150); do kill -0 "$session_pid" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$session_pid" 2>/dev/null; then
  x import -window root "$work/session.png" 2>/dev/null && cp "$work/session.png" "$out/session-not-ended.png"
  fail "the kiosk session did not end after Exit by a head cashier (screen: $out/session-not-ended.png): $(tail -20 "$work/session.log")"
fi
wait "$session_pid" || fail "the kiosk session ended with $?: $(tail -20 "$work/session.log")"
! pgrep -u "$till" -x openbox >/dev/null || fail "the session's window manager outlived the kiosk"
audit | grep -q '^kiosk.exit by CI Head$' || fail "no Exit by CI Head in the audit: $(audit | tail -5)"
ok "Exit by a head cashier ends the kiosk session (status 0, window manager gone, audited: $(audit | grep '^kiosk.exit' | tail -1))"

# A data folder of the user's own choosing still works.
data=$work/data
start --data-dir "$data"
[ -s "$data/tillpoint.db" ] || fail "no database in --data-dir $data"
ok "--data-dir $data"

# A Java agent through JAVA_TOOL_OPTIONS needs java.instrument in the runtime.
mkdir -p "$work/agent"
cat >"$work/agent/ProbeAgent.java" <<'EOF'
public class ProbeAgent {
    public static void premain(String args, java.lang.instrument.Instrumentation instrumentation) {
        System.out.println("agent-attached " + instrumentation.isRetransformClassesSupported());
    }
}
EOF
printf 'Premain-Class: ProbeAgent\n' >"$work/agent/manifest.txt"
javac --release 17 -d "$work/agent" "$work/agent/ProbeAgent.java"
jar --create --file "$work/agent.jar" --manifest "$work/agent/manifest.txt" -C "$work/agent" ProbeAgent.class
JAVA_TOOL_OPTIONS="-javaagent:$work/agent.jar" start
grep -q '^agent-attached ' "$work/start.log" || fail "a Java agent did not attach: $(tail -20 "$work/start.log")"
ok "a Java agent attaches through JAVA_TOOL_OPTIONS"

# Installing the package again (the upgrade path: prerm upgrade, postinst configure) keeps the data.
apt-get install -y -qq --reinstall "$PWD/$deb" >/dev/null
[ -s "$app/tillpoint.jsa" ] || fail "no CDS archive after reinstalling"
start
[ -s "$terminal/tillpoint.db" ] || fail "the database is gone after reinstalling"
ok "reinstalled over the data folder; the kiosk still starts"

# Removing keeps the terminal's data; purging deletes it and the group. A user's own folder is never touched.
apt-get remove -y -qq tillpoint >/dev/null
[ ! -e /opt/tillpoint/bin/tillpoint ] || fail "the launcher is left after remove"
[ -s "$terminal/tillpoint.db" ] || fail "removing the package removed $terminal"
ok "removed; $terminal kept"
dpkg --purge tillpoint >/dev/null
[ ! -e /opt/tillpoint ] || fail "left behind after purge: $(find /opt/tillpoint | head)"
[ ! -e "$terminal" ] || fail "purging the package left $terminal"
! getent group tillpoint >/dev/null || fail "purging the package left the group tillpoint"
! getent group tillpoint-admin >/dev/null || fail "purging the package left the group tillpoint-admin"
[ ! -e /usr/share/xsessions/tillpoint-kiosk.desktop ] || fail "purging the package left the kiosk session"
[ -s "$data/tillpoint.db" ] || fail "purging the package removed the user's --data-dir folder"
ok "purged; /opt/tillpoint, $terminal, the groups and the session gone, the user's own data folder kept"
echo "[ci] installer CI passed"
