#!/usr/bin/env bash
# Renders the committed PNG app icons from packaging/icons/storydesk.svg. Run it after
# editing the SVG and commit the PNGs with it, so that building needs no SVG renderer.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail

icons=$(cd "$(dirname "${BASH_SOURCE[0]}")/icons" && pwd)
sizes=(16 22 32 48 64 128 256)   # keep in step with STORYDESK_ICON_SIZES in packaging/CMakeLists.txt

command -v rsvg-convert >/dev/null 2>&1 || {
    echo "make-icons: rsvg-convert not found (apt-get install librsvg2-bin)" >&2
    exit 1
}

for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$icons/storydesk-$size.png" "$icons/storydesk.svg"
done
echo "make-icons: wrote ${sizes[*]} px into $icons"
