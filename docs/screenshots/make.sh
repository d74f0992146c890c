#!/usr/bin/env bash
# Renders every screen headless (Monocle) into docs/screenshots/*.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test -Dtest.excludedGroups=benchmark -Dgroups=screenshots -Dtest=ScreenshotTour \
  -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.dir="$PWD/docs/screenshots"
ls -1 docs/screenshots/*.png
# The light/dark x 1024x700/1600x1000 matrix, with its checks (cut controls, dark contrast):
# ./mvnw -q -B test -Dtest.excludedGroups=benchmark -Dgroups=screenshots -Dtest=ScreenMatrixTour \
#   -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.dir="$PWD/docs/screenshots"
# It writes docs/screenshots/matrix/*.png and matrix/problems.txt.
