#!/usr/bin/env bash
# Builds target/installer/Eksdesk-<version>.dmg on macOS from target/eksdesk.jar + target/lib/ with
# a jlink runtime. The JavaFX jars in target/lib are the ones Maven picked for this Mac (Intel or
# Apple silicon), so the .dmg runs on Macs of the same architecture as the JDK that built it.
# Run after: ./mvnw -q package -DskipTests
set -euo pipefail
# shellcheck source=installer/common.sh
source "$(dirname "$0")/common.sh"

[[ "$(uname -s)" == Darwin ]] || die "build-macos.sh runs on macOS; see installer/README.md for the others"
need hdiutil "it ships with macOS; jpackage uses it to make the .dmg"

# jpackage on macOS refuses an app version whose first number is 0 (CFBundleVersion rule it enforces).
bundle_version=$version
if [[ "$version" == 0.* ]]; then
  bundle_version=1.0.0
  echo "installer: jpackage refuses $version on macOS: the bundle says $bundle_version, the .dmg file name says $version"
fi

stage_input
link_runtime

echo "installer: .dmg $name $version"
jpackage --type dmg --dest "$out" --name "$name" --app-version "$bundle_version" \
  --vendor "$vendor" --description "$description" --icon "$root/icons/eksdesk.icns" \
  --input "$out/input" --main-jar eksdesk.jar --main-class "$main_class" \
  --runtime-image "$out/runtime" \
  --mac-package-identifier dev.eksdesk.Eksdesk --mac-package-name "$name"
[[ "$bundle_version" == "$version" ]] || mv "$out/$name-$bundle_version.dmg" "$out/$name-$version.dmg"

rm -rf "$out/input" "$out/runtime"
ls -l "$out/$name-$version.dmg"
