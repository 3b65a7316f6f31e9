#!/usr/bin/env bash
# The README's two commands: `run` builds Storydesk and opens the bundled sample site,
# `test` builds it and runs the whole test suite. Each does its own set-up.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${STORYDESK_BUILD_DIR:-"$here/build"}
mode=${1:-}

case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

"$here/packaging/install-deps.sh"

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
# ccache keys on paths relative to the clone, so a second clone (CI's) reuses the first's objects.
launcher=()
if command -v ccache >/dev/null 2>&1; then
    export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTORYDESK_WERROR=$werror "${launcher[@]}"
cmake --build "$build"

if [ "$mode" = run ]; then
    shift
    exec "$build/app/storydesk" "$@"
fi

# Benchmarks are labelled and run on demand only; the end-to-end (e2e) and load tests are
# labelled too and run by .ci/run after this (see README).
ctest --test-dir "$build" --output-on-failure --label-exclude 'benchmark|e2e|load' --timeout 600 -j "$(nproc)"
