#!/usr/bin/env bash
# Builds the app-image and checks that it runs on its own runtime: --help, --version, init and verify on a
# temporary database. Run by `mvn verify` (see pom.xml) so CI catches a broken package.
set -euo pipefail
cd "$(dirname "$0")/.."
KB_SKIP_MAVEN=1 packaging/build.sh app-image >/dev/null
APP="target/jpackage/Kanti Bekisah/bin/Kanti Bekisah"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

fail() { echo "smoke test failed: $*" >&2; exit 1; }

[ -x "$APP" ] || fail "launcher missing: $APP"
[ -x "target/jpackage/Kanti Bekisah/lib/runtime/bin/java" ] || fail "bundled runtime missing"

# Run without any Java on the PATH: the app-image must not need one.
run() { env -u JAVA_HOME PATH=/usr/bin:/bin "$APP" "$@"; }

run --help >"$TMP/help.txt" 2>&1 || fail "--help exited $?"
grep -q "import-roster" "$TMP/help.txt" || fail "--help does not list the commands"
run --version >"$TMP/version.txt" 2>&1 || fail "--version exited $?"
VERSION=$(sed -n 's/^version=//p' target/classes/id/kantibekisah/version.properties)
grep -q "Kanti Bekisah $VERSION" "$TMP/version.txt" || fail "--version printed: $(cat "$TMP/version.txt")"
run --db "$TMP/sekolah.db" init >"$TMP/init.txt" 2>&1 || fail "init exited $?: $(cat "$TMP/init.txt")"
[ -s "$TMP/sekolah.db" ] || fail "init made no database"
grep -q "Basis data siap" "$TMP/init.txt" || fail "init printed: $(cat "$TMP/init.txt")"
run --db "$TMP/sekolah.db" verify >"$TMP/verify.txt" 2>&1 || fail "verify exited $?: $(cat "$TMP/verify.txt")"
set +e
run --no-such-option >/dev/null 2>&1
CODE=$?
set -e
[ "$CODE" -eq 2 ] || fail "a usage error exited $CODE, not 2"
echo "app-image smoke test passed: --help, --version, init, verify, usage error (exit 2)"

# The .deb, where this machine can build one (Debian: dpkg-deb and fakeroot, which .ci/run installs).
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    DEB=$(KB_SKIP_MAVEN=1 packaging/build.sh deb | tail -1)
    dpkg-deb -f "$DEB" Package Version >"$TMP/control.txt"
    grep -qx "Package: kanti-bekisah" "$TMP/control.txt" || fail "deb control: $(cat "$TMP/control.txt")"
    grep -qx "Version: $VERSION-1" "$TMP/control.txt" || fail "deb version: $(cat "$TMP/control.txt")"
    dpkg-deb -c "$DEB" >"$TMP/contents.txt"
    for f in "./opt/kanti-bekisah/bin/Kanti Bekisah" ./opt/kanti-bekisah/lib/runtime/bin/java \
             ./opt/kanti-bekisah/lib/app/kanti-bekisah.jar ./opt/kanti-bekisah/lib/kanti-bekisah-Kanti_Bekisah.desktop; do
        grep -qF "$f" "$TMP/contents.txt" || fail "deb lacks $f"
    done
    dpkg-deb -e "$DEB" "$TMP/control"
    grep -q "/usr/share/applications" "$TMP/control/postinst" || fail "deb postinst has no menu fallback"
    echo "deb smoke test passed: $DEB"
fi
