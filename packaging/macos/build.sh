#!/usr/bin/env bash
# macOS: Sales Workbench.app in a .dmg, signed with the hardened runtime and notarized.
# Run on a Mac (or the macos runner) from the repository root with the venv active:
#   packaging/macos/build.sh
# Signing and notarization happen only when their secrets are set (see packaging/README.md):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Company (TEAMID)", in the keychain
#   MACOS_CERTIFICATE_P12 base64 of the .p12 and MACOS_CERTIFICATE_PASSWORD (CI only:
#                         imported into a temporary keychain)
#   NOTARY_APPLE_ID, NOTARY_TEAM_ID, NOTARY_PASSWORD (app-specific password), or
#   NOTARY_KEY_ID, NOTARY_ISSUER_ID, NOTARY_KEY (App Store Connect API key, .p8 content)
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-python}
version=$("$python" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
app="dist/Sales Workbench.app"
dmg="dist/Sales-Workbench-$version-macos-$(uname -m).dmg"
entitlements="packaging/macos/entitlements.plist"

# 1. Icon: PNGs rendered from the SVG, packed by iconutil.
"$python" packaging/build.py icons
iconset=build/icons/sales-workbench.iconset
rm -rf "$iconset"; mkdir -p "$iconset"
for size in 16 32 128 256 512; do
    cp "build/icons/${size}x${size}.png" "$iconset/icon_${size}x${size}.png"
    double=$((size * 2))
    [ -f "build/icons/${double}x${double}.png" ] && cp "build/icons/${double}x${double}.png" "$iconset/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$iconset" -o build/icons/sales-workbench.icns

# 2. Temporary keychain with the signing certificate (CI).
if [ -n "${MACOS_CERTIFICATE_P12:-}" ]; then
    keychain="$RUNNER_TEMP/signing.keychain-db"; kc_pass=$(uuidgen)
    security create-keychain -p "$kc_pass" "$keychain"
    security set-keychain-settings -lut 21600 "$keychain"
    security unlock-keychain -p "$kc_pass" "$keychain"
    echo "$MACOS_CERTIFICATE_P12" | base64 --decode >"$RUNNER_TEMP/cert.p12"
    security import "$RUNNER_TEMP/cert.p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple: -k "$kc_pass" "$keychain" >/dev/null
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    rm "$RUNNER_TEMP/cert.p12"
fi

# 3. The .app (PyInstaller, windowed, Info.plist from packaging/macos/Info.plist).
WORKBENCH_ICON=build/icons/sales-workbench.icns "$python" packaging/build.py bundle --windowed ${DEPLOYMENT:+--deployment "$DEPLOYMENT"}

# 4. Sign inside out: every library and executable, then the bundle, hardened runtime on.
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    sign() { codesign --force --timestamp --options runtime --entitlements "$entitlements" --sign "$MACOS_SIGN_IDENTITY" "$@"; }
    find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' f; do
            if file "$f" | grep -q "Mach-O"; then sign "$f"; fi
        done
    find "$app/Contents" -type d -name "*.framework" -print0 | while IFS= read -r -d '' f; do sign "$f"; done
    sign "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
else
    echo "MACOS_SIGN_IDENTITY not set: the app is not signed (fine for a local test build)"
fi

# 5. Smoke test of the built app, like the other platforms.
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/workbench" --db "$(mktemp -d)/x.sqlite" self-test | tee /dev/stderr | grep -q "self-test passed"

# 6. The disk image: the app and a link to /Applications to drag it onto.
staging=build/dmg; rm -rf "$staging"; mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Sales Workbench" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
[ -z "${MACOS_SIGN_IDENTITY:-}" ] || codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"

# 7. Notarize and staple (Gatekeeper then opens it offline, too).
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${NOTARY_KEY_ID:-}${NOTARY_APPLE_ID:-}" ]; then
    if [ -n "${NOTARY_KEY_ID:-}" ]; then
        key="$RUNNER_TEMP/notary.p8"; printf '%s' "$NOTARY_KEY" >"$key"
        xcrun notarytool submit "$dmg" --key "$key" --key-id "$NOTARY_KEY_ID" --issuer "$NOTARY_ISSUER_ID" --wait
        rm -f "$key"
    else
        xcrun notarytool submit "$dmg" --apple-id "$NOTARY_APPLE_ID" --team-id "$NOTARY_TEAM_ID" --password "$NOTARY_PASSWORD" --wait
    fi
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
else
    echo "notarization skipped (no signing identity or notary credentials)"
fi
echo "wrote $dmg"
