#!/usr/bin/env bash
# Builds Kanti Bekisah as a program that needs no installed Java, with the JDK's own jlink and jpackage.
#
#   packaging/build.sh app-image   ->  target/jpackage/Kanti Bekisah/        (a folder that runs as it is)
#   packaging/build.sh deb         ->  target/jpackage/kanti-bekisah_<version>_amd64.deb
#
# Needs JDK 17 (jlink, jpackage) and, for the .deb, dpkg-deb and fakeroot (Debian: apt-get install fakeroot).
# The runtime holds only the JDK modules the program uses; JavaFX, POI and the rest travel inside the program's
# jar (POI's automatic modules are refused by jlink, see CONVENTIONS.md).
set -euo pipefail
TYPE="${1:-app-image}"
cd "$(dirname "$0")/.."

JAR=target/kanti-bekisah.jar
if [ ! -f "$JAR" ]; then
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
            --install-dir /opt
        ls "$OUT"/kanti-bekisah_*.deb
        ;;
    *)
        echo "usage: packaging/build.sh [app-image|deb]" >&2
        exit 2
        ;;
esac
