# Sourced by build-linux.sh and build-macos.sh (build-windows.ps1 does the same in PowerShell).
# Reads the project's facts, stages the jpackage input and links the Java runtime.
# Needs: JDK 17+ (jdeps, jlink, jpackage) and a prior `./mvnw -q package -DskipTests`.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target="$root/target"
out="$target/installer"

die() {
  echo "installer: $*" >&2
  exit 1
}
need() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is missing: $2"
}

for tool in jdeps jlink jpackage; do
  need "$tool" "install a JDK 17 or newer (not a JRE) and put its bin/ on PATH"
done
[[ -f "$target/eksdesk.jar" && -d "$target/lib" ]] \
  || die "target/eksdesk.jar and target/lib/ are missing: run ./mvnw -q package -DskipTests first"
[[ -f "$target/maven-archiver/pom.properties" ]] \
  || die "target/maven-archiver/pom.properties is missing: run ./mvnw -q package -DskipTests again"

# Facts from the pom (the version as Maven packaged it; -SNAPSHOT is not a valid package version).
version=$(sed -n 's/^version=//p' "$target/maven-archiver/pom.properties")
version=${version%-SNAPSHOT}
description=$(sed -n 's:^  <description>\(.*\)</description>:\1:p' "$root/pom.xml")
[[ -n "$version" && -n "$description" ]] || die "could not read <version> and <description> from the pom"
name=Eksdesk
vendor=Eksdesk
main_class=dev.eksdesk.app.Main

# jpackage copies the whole --input directory, so give it only the jar and its class path.
stage_input() {
  rm -rf "$out"
  mkdir -p "$out/input"
  cp "$target/eksdesk.jar" "$out/input/"
  cp -r "$target/lib" "$out/input/lib"
}

# A runtime with only the modules the jars use (jdeps), plus jdk.crypto.ec, which TLS loads by name
# for the ECDHE handshakes AWS and Kubernetes endpoints use. jdk.localedata is left out: the UI is
# English and the JDK's base module carries the English formats.
link_runtime() {
  local modules
  echo "installer: finding the JDK modules with jdeps"
  modules=$(cd "$out/input" \
    && jdeps --multi-release 17 --ignore-missing-deps --print-module-deps eksdesk.jar lib/*.jar 2>/dev/null \
    | tail -n 1)
  [[ "$modules" == java.base* ]] || die "jdeps did not print a module list (got: $modules)"
  modules="$modules,jdk.crypto.ec"
  echo "installer: linking a runtime with $modules"
  # --generate-cds-archive writes the JDK's class-data archive (the JVM maps the classes it loads
  # at every start instead of parsing them): it runs the image's bin/java, so the native commands
  # are removed after it rather than by --strip-native-commands. The archive for heaps over 32 GB
  # goes too.
  jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --generate-cds-archive --output "$out/runtime"
  [[ -f "$out/runtime/lib/server/classes.jsa" ]] || die "jlink wrote no class-data archive"
  rm -rf "$out/runtime/bin" "$out/runtime/lib/server/classes_nocoops.jsa"
}
