#!/usr/bin/env bash
# CI for the installer, run by .ci/run as root after the tests, with DISPLAY set to a running Xvfb + openbox:
# builds the .deb, checks the budgets and what the runtime and the image must hold, installs the package,
# starts the installed kiosk on a fresh data folder, reinstalls it over that data, removes it again.
# Exits non-zero on the first failure.
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
trap 'dpkg --purge tillpoint >/dev/null 2>&1 || true; userdel tillpoint-ci >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
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
[ "$(stat -c '%a %U %G' "$terminal")" = "2770 root tillpoint" ] \
  || fail "$terminal is $(stat -c '%a %U %G' "$terminal"), not 2770 root tillpoint"
ok "the terminal's data folder: $terminal (2770 root:tillpoint)"

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

# A user of the group shares the terminal's data: the admin commands read and write what the kiosk wrote.
id tillpoint-ci >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin tillpoint-ci
usermod -a -G tillpoint tillpoint-ci
as_member() { su tillpoint-ci -s /bin/sh -c "$1" >"$work/member.log" 2>&1 || fail "as a member of the group: $1: $(tail -5 "$work/member.log")"; }
as_member '/opt/tillpoint/bin/tillpoint cashier list'
if grep -q Meera "$work/member.log"; then fail "a real terminal got the demo cashiers: $(cat "$work/member.log")"; fi
as_member '/opt/tillpoint/bin/tillpoint cashier add --name "CI Till" --role cashier --badge 4242'
ok "a member of the group tillpoint reads and writes the terminal's data"

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
[ -s "$data/tillpoint.db" ] || fail "purging the package removed the user's --data-dir folder"
ok "purged; /opt/tillpoint, $terminal and the group gone, the user's own data folder kept"
echo "[ci] installer CI passed"
