#!/usr/bin/env bash
# Writes the gallery of docs/screenshots/ as Markdown (scripts/screenshots.sh puts it in docs/screens.md): every screen
# of the shift in each theme, the register at each screen size, and the screens in Hindi and Tamil.
set -euo pipefail
cd "$(dirname "$0")/../docs"
screens="dashboard lock-screen select-cashier opening counter register payment register-sold register-menu closing report dashboard-after-closing"
echo "# The screens"
echo
echo "Painted by the GUI tests of the real kiosk at 1024x768 (\`scripts/screenshots.sh\` refreshes them). The themes are"
echo "chosen in \`terminal.json\` (\`\"look\": {\"theme\": \"dark\"}\`); README, \"Looks: design system and themes\"."
echo
echo "## Every screen in each theme"
echo
echo "| screen | light (default) | dark | high contrast |"
echo "|---|---|---|---|"
for screen in $screens; do
    row="| $screen |"
    for theme in light dark highContrast; do
        file="screenshots/theme-$theme-$screen.png"
        if [ -f "$file" ]; then row="$row ![$theme $screen]($file) |"; else row="$row |"; fi
    done
    echo "$row"
done
echo
echo "## The register at each screen size"
echo
echo "The window's size; ScreenSizesGuiTest walks the whole shift at each and fails on anything cut off, overlapping or"
echo "smaller than 48x48 px."
echo
for size in 800x600 1024x768 1280x800 1366x768 1920x1080; do
    file="screenshots/size-$size-register.png"
    [ -f "$file" ] && printf '### %s\n\n![register at %s](%s)\n\n' "$size" "$size" "$file"
done
echo "## Hindi and Tamil"
echo
echo "| screen | Hindi | Tamil |"
echo "|---|---|---|"
for screen in dashboard lock-screen opening-control register; do
    echo "| $screen | ![hi $screen](screenshots/lang-hi-$screen.png) | ![ta $screen](screenshots/lang-ta-$screen.png) |"
done
