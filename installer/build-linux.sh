#!/usr/bin/env bash
# Builds the Linux installers from target/eksdesk.jar + target/lib/ with a jlink runtime:
#   target/installer/Eksdesk/                      app image (bin/Eksdesk is the launcher)
#   target/installer/eksdesk_<version>_<arch>.deb  needs dpkg-deb and fakeroot
#   target/installer/eksdesk-<version>-1.<arch>.rpm needs rpmbuild; skipped when it is absent
# Usage: installer/build-linux.sh [app-image] [deb] [rpm]   (no argument: all three)
# Run after: ./mvnw -q package -DskipTests
set -euo pipefail
# shellcheck source=installer/common.sh
source "$(dirname "$0")/common.sh"

[[ "$(uname -s)" == Linux ]] || die "build-linux.sh runs on Linux; see installer/README.md for the others"
types=("$@")
if ((${#types[@]} == 0)); then
  types=(app-image deb)
  if command -v rpmbuild >/dev/null 2>&1; then
    types+=(rpm)
  else
    echo "installer: rpmbuild not found, skipping the .rpm (apt-get install rpm / dnf install rpm-build)"
  fi
fi
for type in "${types[@]}"; do
  case "$type" in
    app-image) ;;
    deb) need dpkg-deb "apt-get install dpkg-dev" && need fakeroot "apt-get install fakeroot" ;;
    rpm) need rpmbuild "apt-get install rpm / dnf install rpm-build" ;;
    *) die "unknown type '$type' (app-image, deb or rpm)" ;;
  esac
done

stage_input
link_runtime

echo "installer: app image $name $version"
jpackage --type app-image --dest "$out" --name "$name" --app-version "$version" \
  --vendor "$vendor" --description "$description" --icon "$root/icons/eksdesk-256.png" \
  --input "$out/input" --main-jar eksdesk.jar --main-class "$main_class" \
  --runtime-image "$out/runtime"

# The packages wrap that same app image, adding the menu entry and the icon. JavaFX loads GTK 3
# with dlopen, so jpackage's ldd scan misses it: name it. installer/linux/ holds the .deb's
# maintainer scripts (see the comment in postinst).
for type in "${types[@]}"; do
  [[ "$type" == app-image ]] && continue
  case "$type" in
    deb) gtk=libgtk-3-0 ;;
    rpm) gtk=gtk3 ;;
  esac
  echo "installer: .$type"
  jpackage --type "$type" --dest "$out" --app-image "$out/$name" --name "$name" \
    --app-version "$version" --vendor "$vendor" --description "$description" \
    --icon "$root/icons/eksdesk-256.png" --resource-dir "$root/installer/linux" \
    --linux-package-name eksdesk --linux-package-deps "$gtk" \
    --linux-shortcut --linux-menu-group "Development;System;" --linux-app-category admin
done

rm -rf "$out/input" "$out/runtime"
echo "installer: built in target/installer/"
du -sh "$out/$name"
find "$out" -maxdepth 1 \( -name '*.deb' -o -name '*.rpm' \) -exec ls -l {} +
