#!/usr/bin/env bash
# Installs target/installer/eksdesk_*.deb and checks the installed launcher headless:
#   1. the CLI: `Eksdesk capacity t3.micro` prints the t3.micro row with 4 pods per node (VPC CNI);
#   2. the Sandbox: the default spec applied there gives two Ready nodes, read through the
#      Sandbox's Kubernetes API (what the installed jars and runtime must be able to serve);
#   3. the GUI: started under Xvfb, it shows a visible "Eksdesk" window and is still running 15 s later.
# Needs root (dpkg), xvfb-run and xdotool. CI runs it after installer/build-linux.sh app-image deb.
set -euo pipefail
cd "$(dirname "$0")/.."

die() {
  echo "smoke-test: FAILED: $*" >&2
  exit 1
}
for tool in apt-get xvfb-run xdotool; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is missing (apt-get install xvfb xauth xdotool)"
done
debs=(target/installer/eksdesk_*.deb)
[[ -f "${debs[0]}" ]] || die "no target/installer/eksdesk_*.deb: run installer/build-linux.sh app-image deb"
launcher=/opt/eksdesk/bin/Eksdesk

echo "smoke-test: installing ${debs[0]}"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./${debs[0]}" >/dev/null \
  || { apt-get update -qq && apt-get install -y -qq "./${debs[0]}" >/dev/null; } \
  || die "apt-get could not install ${debs[0]}"
[[ -x "$launcher" ]] || die "the package did not install $launcher"

echo "smoke-test: $launcher capacity t3.micro"
capacity=$("$launcher" capacity t3.micro) || die "the CLI exited with $?"
echo "$capacity"
# The VPC CNI's pods per node sits under the header VPC-CNI, wherever that column is.
awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "VPC-CNI") column = i }
     column && $1 == "t3.micro" && $column == 4 { found = 1 }
     END { exit !found }' <<<"$capacity" \
  || die "expected a t3.micro row with 4 pods (VPC-CNI column)"

echo "smoke-test: a Sandbox cluster and its nodes"
sandbox_home=$(mktemp -d)
trap 'rm -rf "$sandbox_home"' EXIT
EKSDESK_HOME=$sandbox_home "$launcher" spec init "$sandbox_home/smoke.yaml" >/dev/null \
  || die "spec init exited with $?"
EKSDESK_HOME=$sandbox_home "$launcher" apply "$sandbox_home/smoke.yaml" --sandbox --speed 1000 --yes \
  >/dev/null 2>"$sandbox_home/apply.err" || { cat "$sandbox_home/apply.err" >&2; die "apply exited with $?"; }
cluster=$(awk '$1 == "name:" { print $2; exit }' "$sandbox_home/smoke.yaml")
nodes=$(EKSDESK_HOME=$sandbox_home "$launcher" nodes "$cluster" --sandbox) || die "nodes exited with $?"
echo "$nodes"
[[ $(grep -c ' Ready$' <<<"$nodes") -eq 2 ]] || die "expected two Ready nodes in the Sandbox cluster"

echo "smoke-test: starting the GUI under Xvfb"
# shellcheck disable=SC2016 # expanded by the inner shell
xvfb-run --auto-servernum --server-args='-screen 0 1600x1000x24' bash -c '
  launcher=$1
  "$launcher" >target/installer/gui-smoke.log 2>&1 &
  pid=$!
  window=
  for _ in $(seq 30); do
    sleep 1
    kill -0 "$pid" 2>/dev/null || break
    window=$(xdotool search --onlyvisible --name "^Eksdesk\$" 2>/dev/null | head -n 1) || true
    [[ -n "$window" ]] && break
  done
  [[ -n "$window" ]] || { echo "smoke-test: FAILED: no visible Eksdesk window" >&2; kill "$pid" 2>/dev/null; exit 1; }
  echo "smoke-test: window $window after ${SECONDS}s: $(xdotool getwindowgeometry "$window" | tr -s " \n" " ")"
  while ((SECONDS < 15)); do sleep 1; done
  kill -0 "$pid" 2>/dev/null || { echo "smoke-test: FAILED: the GUI exited within 15 s" >&2; exit 1; }
  echo "smoke-test: the GUI is still running after ${SECONDS}s; stopping it"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
' smoke "$launcher" || { cat target/installer/gui-smoke.log >&2; die "the GUI did not start"; }
echo "smoke-test: passed"
