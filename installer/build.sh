#!/usr/bin/env bash
# Builds what a Linux terminal installs, from the kiosk's app folder (kiosk/target/app):
#   target/runtime          a jlink runtime with only the modules the kiosk needs
#   target/image/tillpoint  the jpackage app image, with a launcher script in place of jpackage's native launcher, and
#                           its class-data sharing archive (CDS) if a display is there
#   target/tillpoint_<version>-1_<arch>.deb
# Run by `./mvnw -B -Pinstaller -DskipTests package`; by hand: installer/build.sh [APP_DIR] [OUT_DIR] [VERSION], with
# absolute folders.
# Needs JDK 17+ (jlink, jdeps, jpackage), dpkg-deb and fakeroot; a DISPLAY (Xvfb will do) for the CDS archive.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
app=$(cd "${1:-$here/../kiosk/target/app}" && pwd)
out=${2:-$here/target}
version=${3:-0.1.0}
version=${version%%-*} # jpackage and dpkg want 1.2.3, not 1.2.3-SNAPSHOT

jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
[ -x "${jdk_bin}jpackage" ] || jdk_bin=$(dirname "$(readlink -f "$(command -v jpackage)")")/
say() { echo "[installer] $*"; }

input=$out/input runtime=$out/runtime image=$out/image
rm -rf "$input" "$runtime" "$image" "$out/deb-image" "$out"/*.deb
mkdir -p "$out"
cp -r "$app" "$input"

# 1. sqlite-jdbc's native library lives in the image: the JVM loads it from there (-Dorg.sqlite.lib.path in
#    src/jpackage/linux.txt) instead of extracting it to /tmp at every start. The jar loses its natives, so a
#    missing option fails loudly instead of extracting silently; it also keeps the .deb small.
case "$(uname -m)" in
  x86_64 | amd64) native_arch=x86_64 ;;
  aarch64 | arm64) native_arch=aarch64 ;;
  *) echo "unsupported machine $(uname -m)" >&2; exit 1 ;;
esac
sqlite_jar=$(ls "$input"/lib/sqlite-jdbc-*.jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/jar" && (cd "$work/jar" && "${jdk_bin}jar" xf "$sqlite_jar")
mkdir -p "$input/native"
cp "$work/jar/org/sqlite/native/Linux/$native_arch/libsqlitejdbc.so" "$input/native/libsqlitejdbc.so"
mv "$work/jar/META-INF/MANIFEST.MF" "$work/MANIFEST.MF"
rm -rf "$work/jar/org/sqlite/native" "$sqlite_jar"
"${jdk_bin}jar" --create --file "$sqlite_jar" --manifest "$work/MANIFEST.MF" -C "$work/jar" .
cp "$here/src/linux/tillpoint-autostart.desktop" "$input/"
say "sqlite-jdbc native library: lib/app/native/libsqlitejdbc.so ($native_arch)"

# 2. The runtime: what jdeps finds, plus what it cannot see. pf4j opens plugin zips through the zip file system
#    (jdk.zipfs); stores attach Java agents through JAVA_TOOL_OPTIONS (java.instrument; java.management, which
#    monitoring agents read); money and dates are formatted in the terminal's locale, e.g. en-IN (jdk.localedata,
#    trimmed to the locales below); an ESC/POS receipt printer is written in code page 437 (jdk.charsets).
found=$("${jdk_bin}jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
  "$input"/tillpoint-kiosk.jar "$input"/lib/*.jar "$input"/plugins/*/lib/*.jar 2>/dev/null | tail -1)
modules="$found,jdk.zipfs,java.instrument,java.management,jdk.localedata,jdk.charsets"
locales=en,hi,bn,gu,kn,ml,mr,ta,te,de,fr,es,it,nl,pt
say "runtime modules: $modules"
"${jdk_bin}jlink" --add-modules "$modules" --include-locales="$locales" \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$runtime"
# jlink copies the JDK's native libraries with their symbol tables (Debian's libjvm.so is not stripped): 4 MB of the
# installed size. Their dynamic symbols stay, so they load and link as before; a JVM crash log names fewer functions.
if command -v strip >/dev/null; then
  find "$runtime" -name '*.so' -exec strip --strip-unneeded {} +
  say "runtime's native libraries stripped of their symbol tables"
fi

# 3. The app image. jpackage puts every jar under --input on the class path, the plugins' too; pf4j must load
#    those through its own class loaders, so only the kiosk jar and lib/ stay on it.
"${jdk_bin}jpackage" --type app-image @"$here/src/jpackage/app.txt" @"$here/src/jpackage/about.txt" @"$here/src/jpackage/linux.txt" \
  --app-version "$version" --icon "$here/src/icons/tillpoint.png" \
  --runtime-image "$runtime" --input "$input" --dest "$image"
cfg=$image/tillpoint/lib/app/tillpoint.cfg
sed -i '/^app\.classpath=\$APPDIR\/plugins\//d' "$cfg"
grep -q '^app.classpath=\$APPDIR/tillpoint-kiosk.jar$' "$cfg" || { echo "unexpected $cfg" >&2; exit 1; }
launcher=$image/tillpoint/bin/tillpoint
appdir=$image/tillpoint/lib/app
# The installation's JavaPOS vendor folder, beside the app folder and never on the class path: the kiosk loads a
# vendor's service jars from here (and from <data dir>/jpos) through a class loader of its own.
mkdir -p "$image/tillpoint/lib/vendor"
cat >"$image/tillpoint/lib/vendor/README.txt" <<'EOF_VENDOR'
JavaPOS vendor folder. Put your JavaPOS vendor's service jars here (and its jpos.xml, unless the terminal's
configuration names one) to use them with every data folder; the data folder's jpos/ folder
(/var/lib/tillpoint/jpos) is searched first and is kept when the package is upgraded or removed.
Check with: tillpoint devices
EOF_VENDOR

# 3b. The Linux launcher is a shell script. JDK 17's native launcher asks rpm and dpkg at every start which package
#     owns it (then dpkg for that package's files): 200-300 ms of every start, which a bare `java` does not pay. The
#     script starts the bundled runtime with what jpackage wrote into the .cfg: class path, main class, options.
{
  echo '#!/bin/sh'
  echo "# Tillpoint's launcher, written by installer/build.sh from lib/app/tillpoint.cfg: the bundled runtime with the"
  echo '# kiosk'"'"'s class path and options. JAVA_TOOL_OPTIONS adds options, e.g. a monitoring agent.'
  echo 'case $0 in */*) self=$0 ;; *) self=$(command -v -- "$0") ;; esac'
  echo '[ -L "$self" ] && self=$(readlink -f -- "$self")'
  echo 'APPDIR=$(cd -- "${self%/*}/../lib/app" && pwd -P) || exit 1'
  echo '# What the kiosk writes (database, logs) is for the group tillpoint, the users who share the terminal'"'"'s data.'
  echo 'umask 007'
  echo 'exec "$APPDIR/../runtime/bin/java" \'
  sed -n 's/^java-options=\(.*\)$/  "\1" \\/p' "$cfg"
  printf '  -cp "%s" \\\n' "$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd:)"
  printf '  %s "$@"\n' "$(sed -n 's/^app\.mainclass=//p' "$cfg")"
} >"$launcher.sh"
grep -q '^  -cp "\$APPDIR/tillpoint-kiosk.jar:' "$launcher.sh" || { echo "unexpected $cfg" >&2; exit 1; }
mv "$launcher.sh" "$launcher" && chmod 755 "$launcher"
rm -f "$image/tillpoint/lib/libapplauncher.so"

# 3c. The kiosk session: bin/tillpoint-session runs a window manager with lib/session/openbox.xml (no key bindings, no
#     menus) and the kiosk; the package's postinst offers it on the login screen as "Tillpoint kiosk".
install -m 755 "$here/src/session/tillpoint-session" "$image/tillpoint/bin/tillpoint-session"
install -d -m 755 "$image/tillpoint/lib/session"
install -m 644 "$here/src/session/openbox.xml" "$here/src/session/tillpoint-kiosk.desktop" "$image/tillpoint/lib/session/"

# 4. Class-data sharing: record the classes that start-ups to the painted dashboard load, the first start (which
#    writes the demo terminal and creates the database) and a daily one (which reads them), then dump them into an
#    archive that the launcher maps at start (-XX:SharedArchiveFile in src/jpackage/linux.txt). The .deb ships the
#    class list only: JDK 17 checks the jars' paths, so its postinst makes the archive where they are installed.
cds=no
record_classes() { # LIST: one start on $data, its loaded classes written to LIST
  JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$1" \
    timeout 180 "$launcher" --data-dir "$data" --demo --startup-probe >"$out/classlist-run.log" 2>&1 \
    && grep -q '^startup-ms ' "$out/classlist-run.log"
}
if [ -n "${DISPLAY:-}" ]; then
  data=$(mktemp -d)
  if record_classes "$work/first.classlist" && record_classes "$work/daily.classlist" \
      && awk '!seen[$0]++' "$work/first.classlist" "$work/daily.classlist" >"$appdir/tillpoint.classlist" \
      && JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$appdir/tillpoint.classlist" \
        timeout 180 "$launcher" >"$out/cds-dump.log" 2>&1 \
      && [ -s "$appdir/tillpoint.jsa" ]; then
    cds=yes
    say "CDS: $(wc -l <"$appdir/tillpoint.classlist") classes listed, archive $(du -h "$appdir/tillpoint.jsa" | cut -f1)"
  else
    rm -f "$appdir/tillpoint.classlist" "$appdir/tillpoint.jsa"
    say "CDS FAILED: see $out/classlist-run.log and $out/cds-dump.log" >&2
  fi
  rm -rf "$data"
fi
if [ "$cds" = no ]; then
  cat >&2 <<EOF
[installer] ################################################################################
[installer] WARNING: built WITHOUT class-data sharing: no display (DISPLAY='${DISPLAY:-}') or the
[installer] start-up run failed. The kiosk works but starts slower. Build under Xvfb to get it.
[installer] ################################################################################
EOF
fi

# 5. The .deb, from a copy of the image without the archive made for this build folder's paths.
cp -a "$image" "$out/deb-image"
rm -f "$out/deb-image/tillpoint/lib/app/tillpoint.jsa"
"${jdk_bin}jpackage" @"$here/src/jpackage/deb.txt" @"$here/src/jpackage/about.txt" --app-version "$version" \
  --icon "$here/src/icons/tillpoint.png" --resource-dir "$here/src/linux" \
  --app-image "$out/deb-image/tillpoint" --dest "$out"
rm -rf "$out/deb-image"

deb=$(ls "$out"/tillpoint_*.deb)
say "app image: $(du -sm "$image/tillpoint" | cut -f1) MB (runtime $(du -sm "$runtime" | cut -f1) MB), CDS: $cds"
say "deb: $deb"
say "deb size: $(($(stat -c %s "$deb") / 1024 / 1024)) MB (budget 40 MB); installed size: " \
  "$(($(dpkg-deb -f "$deb" Installed-Size) / 1024)) MB + the CDS archive made at install (budget 100 MB)"
