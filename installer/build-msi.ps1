# Builds the Windows installer, installer\target\Tillpoint-<version>.msi, from the kiosk's app folder. On Windows,
# with a JDK 17+ (jlink, jdeps, jpackage on PATH) and the WiX Toolset 3 (candle.exe, light.exe on PATH):
#   .\mvnw.cmd -B -DskipTests package
#   powershell -ExecutionPolicy Bypass -File installer\build-msi.ps1
# The same steps as installer/build.sh on Linux, without the class-data sharing archive (see the README).
$ErrorActionPreference = 'Stop'
Set-Location (Split-Path -Parent $PSScriptRoot)
$out = 'installer\target'
$version = '0.1.0'
foreach ($dir in "$out\input", "$out\runtime", "$out\image") {
    if (Test-Path $dir) { Remove-Item -Recurse -Force $dir }
}
New-Item -ItemType Directory -Force $out | Out-Null
Copy-Item -Recurse 'kiosk\target\app' "$out\input"

# sqlite-jdbc's native library is loaded from the installation (-Dorg.sqlite.lib.path in jpackage-image.txt),
# not extracted to %TEMP% at every start.
$sqliteJar = (Get-ChildItem "$out\input\lib\sqlite-jdbc-*.jar").FullName
$work = Join-Path $env:TEMP 'tillpoint-sqlite-native'
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory $work | Out-Null
Push-Location $work
jar xf $sqliteJar 'org/sqlite/native/Windows/x86_64/sqlitejdbc.dll'
Pop-Location
New-Item -ItemType Directory -Force "$out\input\native" | Out-Null
Copy-Item "$work\org\sqlite\native\Windows\x86_64\sqlitejdbc.dll" "$out\input\native\"

# The runtime: what jdeps finds, plus jdk.zipfs (pf4j), java.instrument and java.management (Java agents),
# jdk.localedata (locales).
$jars = @((Resolve-Path "$out\input\tillpoint-kiosk.jar").Path) + (Get-ChildItem "$out\input\lib\*.jar").FullName +
        (Get-ChildItem "$out\input\plugins\*\lib\*.jar").FullName
$found = (& jdeps --ignore-missing-deps --print-module-deps --multi-release 17 $jars | Select-Object -Last 1)
jlink --add-modules "$found,jdk.zipfs,java.instrument,java.management,jdk.localedata,jdk.charsets" `
    --include-locales=en,hi,bn,gu,kn,ml,mr,ta,te,de,fr,es,it,nl,pt `
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

# The app image; then only the kiosk jar and lib\ stay on the class path (pf4j loads the plugins' jars itself).
jpackage '@installer/src/jpackage/app.txt' '@installer/src/jpackage/about.txt' '@installer/src/windows/jpackage-image.txt' `
    --app-version $version --runtime-image "$out\runtime" --input "$out\input" --dest "$out\image"
if ($LASTEXITCODE -ne 0) { throw 'jpackage app-image failed' }
$cfg = "$out\image\Tillpoint\app\Tillpoint.cfg"
(Get-Content $cfg) | Where-Object { $_ -notmatch '^app\.classpath=\$APPDIR[\\/]plugins[\\/]' } | Set-Content $cfg

jpackage '@installer/src/windows/jpackage-msi.txt' '@installer/src/jpackage/about.txt' `
    --app-version $version --app-image "$out\image\Tillpoint" --dest $out
if ($LASTEXITCODE -ne 0) { throw 'jpackage msi failed' }
Get-ChildItem "$out\*.msi"
