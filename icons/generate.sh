#!/usr/bin/env bash
# Renders icons/eksdesk.svg into every raster the app and the installers use:
#   icons/eksdesk-<size>.png   16 24 32 48 64 128 256 512 1024 (Linux packages use the 256)
#   icons/eksdesk.ico          16 to 256 px in one file, for the Windows .msi (made with ImageMagick)
#   icons/eksdesk.icns         16 to 1024 px, for the macOS .dmg (made with png2icns from Debian's
#                              icnsutils, or with iconutil when run on macOS)
# and copies the window-icon sizes into src/main/resources/dev/eksdesk/ui/icons/ for the app.
# The outputs are committed, so building an installer never needs these tools.
set -euo pipefail
cd "$(dirname "$0")"

svg=eksdesk.svg
sizes=(16 24 32 48 64 128 256 512 1024)
ico_sizes=(16 24 32 48 64 128 256)
icns_sizes=(16 32 48 128 256 512 1024)
window_sizes=(16 24 32 48 64 128 256)
resources=../src/main/resources/dev/eksdesk/ui/icons

die() {
  echo "generate.sh: $*" >&2
  exit 1
}
pngs() { printf 'eksdesk-%s.png ' "$@"; }

# ImageMagick 7 is 'magick', 6 is 'convert'.
if command -v magick >/dev/null 2>&1; then
  im=magick
elif command -v convert >/dev/null 2>&1; then
  im=convert
else
  die "ImageMagick is missing (apt-get install imagemagick / brew install imagemagick); it writes eksdesk.ico"
fi

# SVG -> PNG: librsvg draws this SVG exactly (gradient, round joins); ImageMagick is the fallback.
if command -v rsvg-convert >/dev/null 2>&1; then
  echo "generate.sh: PNGs with rsvg-convert"
  render() { rsvg-convert --width "$1" --height "$1" --output "$2" "$svg"; }
else
  echo "generate.sh: PNGs with $im (rsvg-convert not found: apt-get install librsvg2-bin / brew install librsvg)"
  render() { "$im" -background none -density 600 "$svg" -resize "$1x$1" "png32:$2"; }
fi
for size in "${sizes[@]}"; do
  render "$size" "eksdesk-$size.png"
done

echo "generate.sh: eksdesk.ico with $im"
# shellcheck disable=SC2046 # one word per file name
"$im" $(pngs "${ico_sizes[@]}") eksdesk.ico

if command -v png2icns >/dev/null 2>&1; then
  echo "generate.sh: eksdesk.icns with png2icns"
  # shellcheck disable=SC2046
  png2icns eksdesk.icns $(pngs "${icns_sizes[@]}") >/dev/null
elif command -v iconutil >/dev/null 2>&1; then
  echo "generate.sh: eksdesk.icns with iconutil"
  iconset=$(mktemp -d)/eksdesk.iconset
  mkdir "$iconset"
  for size in 16 32 128 256 512; do
    cp "eksdesk-$size.png" "$iconset/icon_${size}x${size}.png"
    cp "eksdesk-$((size * 2)).png" "$iconset/icon_${size}x${size}@2x.png"
  done
  iconutil --convert icns --output eksdesk.icns "$iconset"
  rm -r "$(dirname "$iconset")"
else
  die "neither png2icns (apt-get install icnsutils) nor iconutil (macOS) is available for eksdesk.icns"
fi

mkdir -p "$resources"
for size in "${window_sizes[@]}"; do
  cp "eksdesk-$size.png" "$resources/eksdesk-$size.png"
done
echo "generate.sh: window icons copied to ${resources#../}"
