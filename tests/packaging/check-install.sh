#!/usr/bin/env bash
# Installs a build tree into a temporary prefix and checks what a package or a
# `cmake --install` user gets: both programs run from the prefix, and the desktop file,
# AppStream metainfo and icons are all there under the app id and pass their validators.
#
# usage: check-install.sh BUILD_DIR SOURCE_DIR APP_ID VERSION "ICON_SIZES..."
set -euo pipefail

build=$1 source=$2 app_id=$3 version=$4 icon_sizes=$5

prefix=$(mktemp -d "${TMPDIR:-/tmp}/storydesk-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
need() { command -v "$1" >/dev/null 2>&1 || { echo "check-install: $1 not found (packaging/install-deps.sh installs it)" >&2; exit 1; }; }
need desktop-file-validate
need appstreamcli
need file

cmake --install "$build" --prefix "$prefix" >/dev/null

for program in storydesk storydesk-cli; do
    path="$prefix/bin/$program"
    if [ ! -x "$path" ]; then
        fail "$path is missing or not executable"
        continue
    fi
    # --version is answered before any window system is touched.
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$path" --version 2>&1) || fail "$program --version exited with $?"
    case "$out" in
        *"$version"*) ;;
        *) fail "$program --version printed '$out', expected version $version" ;;
    esac
done

share="$prefix/share"
desktop="$share/applications/$app_id.desktop"
metainfo="$share/metainfo/$app_id.metainfo.xml"

if [ -f "$desktop" ]; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
    grep -qx "Icon=$app_id" "$desktop" || fail "$desktop: Icon is not $app_id"
    exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$prefix/bin/$exec_program" ] || fail "$desktop: Exec=$exec_program is not an installed program"
else
    fail "$desktop is missing"
fi

if [ -f "$metainfo" ]; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $metainfo"
    grep -q "<id>$app_id</id>" "$metainfo" || fail "$metainfo: id is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        || fail "$metainfo: launchable is not $app_id.desktop"
    newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
    [ "$newest" = "$version" ] || fail "$metainfo: newest <release> is '$newest', the project version is $version"
else
    fail "$metainfo is missing"
fi

icons="$share/icons/hicolor"
svg="$icons/scalable/apps/$app_id.svg"
case "$(file -b "$svg" 2>/dev/null)" in
    *SVG*) ;;
    *) fail "$svg is missing or not an SVG image" ;;
esac
for size in $icon_sizes; do
    png="$icons/${size}x${size}/apps/$app_id.png"
    case "$(file -b "$png" 2>/dev/null)" in
        "PNG image data, $size x $size,"*) ;;
        *) fail "$png is missing or not a $size x $size PNG" ;;
    esac
done

# The tree as a whole: the metainfo's launchable must name an installed desktop file.
if ! tree_report=$(appstreamcli validate-tree --no-net "$prefix" 2>&1); then
    echo "$tree_report" >&2
    fail "appstreamcli validate-tree --no-net $prefix"
fi

# The Flatpak manifest cannot read CMake variables: make sure it has not drifted.
manifest="$source/packaging/flatpak/$app_id.yml"
if [ -f "$manifest" ]; then
    grep -qx "app-id: $app_id" "$manifest" || fail "$manifest: app-id is not $app_id"
else
    fail "$manifest is missing"
fi

if [ "$failures" -ne 0 ]; then
    echo "check-install: $failures problem(s) in the installed tree" >&2
    exit 1
fi
echo "check-install: $prefix holds a complete, valid install of $app_id $version"
