# Builds target\installer\Eksdesk-<version>.msi on Windows from target\eksdesk.jar + target\lib\
# with a jlink runtime. Needs a JDK 17+ (jdeps, jlink, jpackage) and WiX Toolset 3.x (candle.exe,
# light.exe on PATH; JDK 17's jpackage does not use WiX 4 or later).
# Run after: .\mvnw.cmd -q package -DskipTests
#Requires -Version 5.1
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$root = Split-Path -Parent $PSScriptRoot
$target = Join-Path $root 'target'
$out = Join-Path $target 'installer'

function Need([string]$tool, [string]$hint) {
  if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "installer: '$tool' is missing: $hint" }
}
# Native tools do not stop the script on failure by themselves.
function Check([string]$what) {
  if ($LASTEXITCODE -ne 0) { throw "installer: $what failed (exit code $LASTEXITCODE)" }
}

foreach ($tool in 'jdeps', 'jlink', 'jpackage') {
  Need $tool 'install a JDK 17 or newer (not a JRE) and put its bin\ on PATH'
}
Need 'candle.exe' 'install WiX Toolset 3.14 (https://github.com/wixtoolset/wix3/releases) and put its bin\ on PATH'
Need 'light.exe' 'install WiX Toolset 3.14 and put its bin\ on PATH'
$properties = Join-Path $target 'maven-archiver\pom.properties'
if (-not (Test-Path (Join-Path $target 'eksdesk.jar')) -or -not (Test-Path $properties)) {
  throw 'installer: target\eksdesk.jar is missing: run .\mvnw.cmd -q package -DskipTests first'
}

# Facts from the pom (the version as Maven packaged it; -SNAPSHOT is not a valid package version).
$version = ((Get-Content $properties | Where-Object { $_ -like 'version=*' }) -replace '^version=', '') -replace '-SNAPSHOT$', ''
$description = ([xml](Get-Content (Join-Path $root 'pom.xml') -Raw)).project.description
$name = 'Eksdesk'

# jpackage copies the whole --input directory, so give it only the jar and its class path.
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
$stage = Join-Path $out 'input'
New-Item -ItemType Directory -Force $stage | Out-Null
Copy-Item (Join-Path $target 'eksdesk.jar') $stage
Copy-Item -Recurse (Join-Path $target 'lib') (Join-Path $stage 'lib')

# A runtime with only the modules the jars use (jdeps), plus jdk.crypto.ec, which TLS loads by name.
Write-Host 'installer: finding the JDK modules with jdeps'
Push-Location $stage
try {
  $jars = Get-ChildItem lib\*.jar | ForEach-Object { "lib\$($_.Name)" }
  $modules = (& jdeps --multi-release 17 --ignore-missing-deps --print-module-deps eksdesk.jar @jars 2>$null | Select-Object -Last 1)
  Check 'jdeps'
} finally { Pop-Location }
if ($modules -notlike 'java.base*') { throw "installer: jdeps did not print a module list (got: $modules)" }
$modules = "$modules,jdk.crypto.ec"
Write-Host "installer: linking a runtime with $modules"
# --generate-cds-archive writes the JDK's class-data archive (bin\server\classes.jsa) by running the
# image's java.exe, so the commands are removed after it (the JVM's DLLs stay in bin\).
$runtime = Join-Path $out 'runtime'
& jlink --add-modules $modules --strip-debug --no-man-pages --no-header-files --generate-cds-archive --output $runtime
Check 'jlink'
Get-ChildItem (Join-Path $runtime 'bin') -Filter *.exe | Remove-Item
Remove-Item (Join-Path $runtime 'bin\server\classes_nocoops.jsa') -ErrorAction SilentlyContinue

Write-Host "installer: .msi $name $version"
# The upgrade code stays the same across versions, so a newer .msi replaces an older install.
& jpackage --type msi --dest $out --name $name --app-version $version --vendor $name `
  --description $description --icon (Join-Path $root 'icons\eksdesk.ico') `
  --input $stage --main-jar eksdesk.jar --main-class dev.eksdesk.app.Main `
  --runtime-image (Join-Path $out 'runtime') `
  --add-launcher "eksdesk-cli=$(Join-Path $PSScriptRoot 'windows\eksdesk-cli.properties')" `
  --win-menu --win-menu-group $name --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid 422b3028-b4cf-40b4-9d11-ce4b11ce2081
Check 'jpackage'

Remove-Item -Recurse -Force $stage, (Join-Path $out 'runtime')
Get-Item (Join-Path $out "$name-$version.msi") | Format-Table Name, Length
