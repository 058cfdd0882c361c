#!/usr/bin/env bash
# Refreshes docs/screenshots/: the GUI tests of the session and selling flows paint each step of the real kiosk
# at 1024x768, the dashboard and register in Hindi and Tamil (LanguagesGuiTest), every screen of the shift in each
# theme (ThemesGuiTest) and the register at each screen size (ScreenSizesGuiTest); then writes the gallery
# docs/screens.md from them. The README's receipt, X and Z report (docs/receipts/) are the simulated printer's PNGs of
# ReceiptsGuiTest's shift, kept in kiosk/target/receipts/ and copied over.
# Needs a display (on a headless machine: Xvfb :99 -screen 0 2560x1600x24 & openbox with DISPLAY=:99; the screen must
# be larger than 1920x1080 for the largest window).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DISPLAY:?the screenshots need a display: start Xvfb and a window manager, then export DISPLAY}"
./mvnw -q -B verify -pl kiosk -am -Dtest='SessionFlowGuiTest,SellingFlowGuiTest,DevicesGuiTest,DashboardGuiTest,CashControlsGuiTest,CrashRecoveryGuiTest,OutboxGuiTest,LanguagesGuiTest,ThemesGuiTest,ScreenSizesGuiTest,ReceiptsGuiTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtillpoint.screenshots="$PWD/docs/screenshots"
scripts/screens-gallery.sh > docs/screens.md
cp kiosk/target/receipts/receipt.png kiosk/target/receipts/x-report.png kiosk/target/receipts/z-report.png docs/receipts/
ls -1 docs/screenshots
