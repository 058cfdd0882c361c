#!/usr/bin/env bash
# Refreshes docs/screenshots/: the GUI tests of the session and selling flows paint each step of the real kiosk
# at 1024x768, and the dashboard and register in Hindi and Tamil (LanguagesGuiTest).
# Needs a display (on a headless machine: Xvfb :99 & openbox with DISPLAY=:99).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DISPLAY:?the screenshots need a display: start Xvfb and a window manager, then export DISPLAY}"
./mvnw -q -B verify -pl kiosk -am -Dtest='SessionFlowGuiTest,SellingFlowGuiTest,DevicesGuiTest,DashboardGuiTest,CashControlsGuiTest,CrashRecoveryGuiTest,OutboxGuiTest,LanguagesGuiTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtillpoint.screenshots="$PWD/docs/screenshots"
ls -1 docs/screenshots
