#!/usr/bin/env bash
# Renders every screen headless (Monocle) into docs/screenshots/*.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test -Dtest.excludedGroups=benchmark -Dgroups=screenshots -Dtest=ScreenshotTour \
  -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.dir="$PWD/docs/screenshots"
ls -1 docs/screenshots/*.png
