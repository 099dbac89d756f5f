#!/usr/bin/env bash
# Builds a native package of the workstation with the JDK's jpackage.
#   installer/build.sh [app-image|deb|rpm|dmg|msi]     (default: app-image)
# Run it on the target OS: jpackage builds for the platform it runs on.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
mvn -B -q package -DskipTests
stage=target/installer-input
rm -rf "$stage" target/installer && mkdir -p "$stage"
cp target/nexus-crm.jar "$stage/" && cp -r target/lib "$stage/lib"
[ -d models ] && cp -r models "$stage/models"
extra=()
[ "$type" = deb ] && extra+=(--linux-package-deps libgtk-3-0 --linux-shortcut)
jpackage --type "$type" --name nexus-crm --app-version 0.1.0 --vendor "NexusCRM" \
  --description "Offline-first sales workstation" \
  --input "$stage" --main-jar nexus-crm.jar --main-class com.nexuscrm.Main \
  --java-options "-Xmx2g" --dest target/installer "${extra[@]}" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files"
# (jpackage's default jlink options also strip bin/java; the speech worker is a second JVM, so keep it.)
echo "package written to target/installer"
