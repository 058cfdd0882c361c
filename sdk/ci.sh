#!/usr/bin/env bash
# CI for the SDK, run by .ci/run after ./mvnw verify built sdk/target/tillpoint-sdk-<version>.zip, with DISPLAY set
# to a running Xvfb + openbox: unpacks the SDK into an empty folder and builds a copy of its starter there, as a
# retailer would, with an empty local repository. Every app.tillpoint artifact must come from the SDK, every other
# one from Maven Central. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "SDK CI FAILED: $*" >&2; exit 1; }
ok() { echo "[sdk-ci] ok: $*"; }
[ -n "${DISPLAY:-}" ] || fail "needs DISPLAY set to a running X server (the starter's test is a GUI test)"

zips=(sdk/target/tillpoint-sdk-*.zip)
[ -f "${zips[0]}" ] || fail "no sdk/target/tillpoint-sdk-*.zip: run ./mvnw verify first"
zip=$PWD/${zips[0]}
echo "[sdk-ci] $zip: $(($(stat -c %s "$zip") / 1024)) KB"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/unpacked"
(cd "$work/unpacked" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$zip")
sdk=$(echo "$work"/unpacked/tillpoint-sdk-*)
[ -d "$sdk/app/tillpoint/plugin-api" ] || fail "the SDK holds no app/tillpoint/plugin-api"
cp -r "$sdk/starter" "$work/my-plugin"

# The starter pins what the SDK's kiosk brings: the same SDK version and pf4j (its annotation processor).
version=${sdk##*/tillpoint-sdk-}
pin() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$work/my-plugin/pom.xml" | head -1; }
[ "$(pin tillpoint.version)" = "$version" ] || fail "the starter names SDK $(pin tillpoint.version), this is $version"
testkit_pom=$sdk/app/tillpoint/testkit/$version/testkit-$version.pom
grep -A1 '<artifactId>pf4j</artifactId>' "$testkit_pom" | grep -q "<version>$(pin pf4j.version)</version>" \
  || fail "the starter pins pf4j $(pin pf4j.version), the SDK's kiosk brings another (see $testkit_pom)"
ok "the starter pins SDK $version and pf4j $(pin pf4j.version), as the SDK has them"

# The wrapper's Maven, on the copy alone: nothing of this checkout but the Maven it runs.
./mvnw -B -ntp -f "$work/my-plugin/pom.xml" -Dtillpoint.sdk="$sdk" -Dmaven.repo.local="$work/m2" verify

reports=("$work"/my-plugin/target/surefire-reports/TEST-*.xml)
[ -f "${reports[0]}" ] || fail "the starter ran no test"
tests=$(grep -ho 'tests="[0-9]*"' "${reports[@]}" | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }')
[ "$tests" -gt 0 ] || fail "the starter ran no test"
ok "the starter's tests ran: $tests"
[ -f "$work/my-plugin/target/starter-1.0.0-plugin.zip" ] || fail "the starter built no plugin zip"
ok "the starter built its plugin zip"

# Where each of our artifacts came from: the resolver notes the repository beside each download.
ours=$(find "$work/m2/app/tillpoint" -name '*.jar' | wc -l)
[ "$ours" -gt 0 ] || fail "no app.tillpoint artifact was resolved"
foreign=$(find "$work/m2/app/tillpoint" -name _remote.repositories -exec grep -H '>' {} + | grep -v '>tillpoint-sdk=$' || true)
[ -z "$foreign" ] || fail "artifacts of ours came from elsewhere than the SDK: $foreign"
ok "$ours app.tillpoint jars, all from the SDK"
