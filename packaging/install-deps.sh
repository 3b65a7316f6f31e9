#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running Storydesk needs.
# Idempotent: packages already present are left alone and apt-get update runs at most once.
set -euo pipefail

packages=(
    build-essential cmake ninja-build git pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-image-formats-plugins qt6-qpa-plugins libqt6svg6 libgl-dev
    qt6-translations-l10n               # Qt's own texts (standard buttons, key names) in German
    libyaml-cpp-dev libsqlite3-dev
    libyaml-dev                         # the summary reader's fast parser
    xvfb xauth xdotool imagemagick
    desktop-file-utils appstream file   # the packaging test's validators
    dpkg-dev                            # dpkg-shlibdeps, for `cpack -G DEB`
    clang-14 libclang-rt-14-dev         # libFuzzer, for the fuzz targets .ci/run builds
    util-linux                          # prlimit, for the file-size limit test
    ccache                              # repeated builds (CI builds three trees)
)

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "install-deps: run as root or install sudo" >&2
    exit 1
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
