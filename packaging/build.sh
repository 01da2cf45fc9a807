#!/usr/bin/env bash
# Builds Kanti Bekisah as a program that needs no installed Java, with the JDK's own jlink and jpackage.
#
#   packaging/build.sh app-image   ->  target/jpackage/Kanti Bekisah/        (a folder that runs as it is)
#   packaging/build.sh deb         ->  target/jpackage/kanti-bekisah_<version>-1_amd64.deb
#   packaging/build.sh msi | exe   ->  target/jpackage/Kanti Bekisah-<version>.msi/.exe   (on Windows, see README)
#
# Needs JDK 17 (jlink, jpackage) and Maven; for the .deb dpkg-deb and fakeroot (Debian: apt-get install fakeroot);
# for .msi/.exe the WiX Toolset 3 on the PATH (Windows only). Set KB_SKIP_MAVEN=1 to package the jar already in
# target/ instead of building it again (the smoke test does, since Maven has just built it).
# The runtime holds only the JDK modules the program uses; JavaFX, POI and the rest travel inside the program's
# jar (POI's automatic modules are refused by jlink, see CONVENTIONS.md).
set -euo pipefail
TYPE="${1:-app-image}"
cd "$(dirname "$0")/.."

JAR=target/kanti-bekisah.jar
if [ "${KB_SKIP_MAVEN:-0}" != 1 ] || [ ! -f "$JAR" ]; then
    mvn -q -B -DskipTests package
fi
VERSION=$(sed -n 's/^version=//p' target/classes/id/kantibekisah/version.properties)
OUT=target/jpackage
RUNTIME="$OUT/runtime"
INPUT="$OUT/input"

# java.sql, POI's XML, the desktop module JavaFX needs; jdk.localedata for Indonesian month names,
# jdk.charsets for CSV files saved by older Excel (windows-1252).
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.security.jgss,java.sql,java.xml,\
java.xml.crypto,jdk.charsets,jdk.jfr,jdk.localedata,jdk.unsupported

if [ ! -d "$RUNTIME" ] || [ "$RUNTIME" -ot "$0" ]; then
    rm -rf "$RUNTIME"
    jlink --add-modules "$MODULES" --include-locales=en,id --strip-debug --no-header-files --no-man-pages \
        --compress=2 --output "$RUNTIME"
fi

rm -rf "$INPUT"
mkdir -p "$INPUT"
cp "$JAR" "$INPUT/"

COMMON=(
    --name "Kanti Bekisah"
    --app-version "$VERSION"
    --vendor "Kanti Bekisah"
    --description "Catatan kasus BK sekolah: laporan kader, penanganan guru BK, rekap untuk kepala sekolah"
    --copyright "Kanti Bekisah"
    --input "$INPUT"
    --main-jar kanti-bekisah.jar
    --main-class id.kantibekisah.app.Launcher
    --runtime-image "$RUNTIME"
    --java-options "-Xmx256m"
    --dest "$OUT"
)

case "$TYPE" in
    app-image)
        rm -rf "$OUT/Kanti Bekisah"
        jpackage --type app-image "${COMMON[@]}" --icon packaging/icons/kanti-bekisah.png
        echo "$OUT/Kanti Bekisah"
        ;;
    deb)
        rm -f "$OUT"/kanti-bekisah_*.deb
        jpackage --type deb "${COMMON[@]}" \
            --icon packaging/icons/kanti-bekisah.png \
            --linux-package-name kanti-bekisah \
            --linux-deb-maintainer "kanti-bekisah@localhost" \
            --linux-menu-group "Education;Office" \
            --linux-app-category education \
            --linux-shortcut \
            --resource-dir packaging/linux \
            --install-dir /opt
        ls "$OUT"/kanti-bekisah_*.deb
        ;;
    msi|exe)
        # The upgrade UUID must never change: it lets a newer installer replace the older one in place.
        # The database is not in the install folder but in %APPDATA%\KantiBekisah, so upgrades and
        # uninstalls keep it.
        jpackage --type "$TYPE" "${COMMON[@]}" \
            --icon packaging/icons/kanti-bekisah.ico \
            --win-upgrade-uuid 4543107f-df16-5375-980e-6dd34c908789 \
            --win-menu --win-menu-group "Kanti Bekisah" \
            --win-shortcut --win-shortcut-prompt \
            --win-dir-chooser --win-per-user-install \
            --add-launcher kanti-bekisah-cli=packaging/windows/kanti-bekisah-cli.properties
        ls "$OUT"/*."$TYPE"
        ;;
    *)
        echo "usage: packaging/build.sh [app-image|deb|msi|exe]" >&2
        exit 2
        ;;
esac
