#!/usr/bin/env bash
# floor.sh: Storydesk against its floors (issue #19), every figure measured in ONE run on the
# same machine: the CLI against `hugo list all` and against stat'ing the files (`find`), the
# index against no index, the app's benchmark (bench_appfloor) and duplicate finding. Prints
# each figure with its goal and PASS/MISS, as medians of --runs runs, and the machine's load
# at the start and the end. Run on demand (ctest -L benchmark registers it too).
#
#   tests/benchmarks/floor.sh [--build DIR] [--corpus DIR] [--runs N] [--build-count N]
#                             [--app-bench PATH] [--no-app] [--no-duplicates] [--no-install]
#
# --corpus: where the generated corpora are kept, so repeated runs reuse them (default
#   /tmp/storydesk-floor): c10k/ (a hugo site: hugo.toml, content/ with 10,000 stories),
#   c100k/ (100,000 stories), cache/ (the index files of this script's runs only).
# --app-bench: the app's benchmark (default BUILD/tests/benchmarks/bench_appfloor).
# --build-count: stories for "cold list with the index being built" (default 100000).
# hugo (Debian's package) and GNU time are installed on demand with apt-get (as root, or
# through sudo without a password); --no-install reports them as missing instead.
set -u

here=$(cd "$(dirname "$0")" && pwd)
build="$here/../../build"
corpus=/tmp/storydesk-floor
runs=3
buildCount=100000
withApp=1
appBench=""
withDuplicates=1
install=1
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build=$2; shift 2 ;;
        --corpus) corpus=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --build-count) buildCount=$2; shift 2 ;;
        --app-bench) appBench=$2; shift 2 ;;
        --no-app) withApp=0; shift ;;
        --no-duplicates) withDuplicates=0; shift ;;
        --no-install) install=0; shift ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "floor.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
build=$(cd "$build" 2>/dev/null && pwd) || { echo "floor.sh: no build folder (--build DIR)" >&2; exit 2; }
cli="$build/app/storydesk-cli"
generator="$build/tests/benchmarks/storydesk-corpus"
for tool in "$cli" "$generator"; do
    [ -x "$tool" ] || { echo "floor.sh: $tool is not built" >&2; exit 2; }
done
mkdir -p "$corpus" || exit 2
corpus=$(cd "$corpus" && pwd)
# The index files of these runs only: never the user's cache.
export XDG_CACHE_HOME="$corpus/cache"
export QT_QPA_PLATFORM=offscreen

echo "floor.sh: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, runs=$runs, corpus $corpus"
echo "load at start: $(cat /proc/loadavg)"

# --- tools --------------------------------------------------------------------------------
aptInstall() {
    [ "$install" = 1 ] || return 1
    if [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >/dev/null 2>&1
    elif sudo -n true 2>/dev/null; then
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >/dev/null 2>&1
    else
        return 1
    fi
}
command -v hugo >/dev/null 2>&1 || aptInstall hugo || echo "note: hugo is missing and cannot be installed: hugo figures not measured"
[ -x /usr/bin/time ] || aptInstall time || { echo "floor.sh: /usr/bin/time (GNU time) is missing" >&2; exit 2; }

dropCaches=0
if [ "$(id -u)" = 0 ] && ( sync && echo 3 > /proc/sys/vm/drop_caches ) 2>/dev/null; then
    dropCaches=1
fi
if [ "$dropCaches" = 1 ]; then
    echo "cold: the page cache is dropped before each cold run (root)"
else
    echo "cold: no index, but the page cache is WARM (dropping it needs root)"
fi
coldCache() { [ "$dropCaches" = 1 ] && sync && echo 3 > /proc/sys/vm/drop_caches; }

# --- corpora ------------------------------------------------------------------------------
ensureCorpus() {   # FOLDER COUNT
    local have
    have=$(find "$1" \( -name '*.md' -o -name '*.txt' \) 2>/dev/null | wc -l)   # a tenth are fenced .txt
    if [ "$have" != "$2" ]; then
        echo "generating $2 stories in $1 ..."
        rm -rf "$1" && "$generator" "$2" "$1" || { echo "floor.sh: cannot generate $1" >&2; exit 1; }
    fi
}
ensureCorpus "$corpus/c10k/content" 10000
ensureCorpus "$corpus/c100k" 100000
[ -f "$corpus/c10k/hugo.toml" ] || printf 'baseURL = "https://example.org/"\ntitle = "floor"\n' > "$corpus/c10k/hugo.toml"

# --- measuring ----------------------------------------------------------------------------
timeFile=$(mktemp)
trap 'rm -f "$timeFile"' EXIT
# measure CMD...: runs it (output discarded) and sets WALL (s), CPU (s) and RSS (KiB).
measure() {
    /usr/bin/time -f '%e %U %S %M' -o "$timeFile" "$@" >/dev/null 2>&1
    read -r WALL user sys RSS < "$timeFile"
    CPU=$(echo "$user $sys" | awk '{printf "%.3f", $1 + $2}')
}
median() { sort -g | awk '{v[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2] + v[NR/2+1]) / 2}'; }
maxOf() { sort -g | tail -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b + 0 == 0) print "nan"; else printf "%.2f", a / b}'; }
# figure NAME VALUE UNIT OP GOAL DETAIL: one line, PASS when VALUE OP GOAL holds.
figure() {
    local verdict
    verdict=$(awk -v v="$2" -v op="$4" -v g="$5" 'BEGIN {
        if (v == "nan" || v == "") { print "NOT MEASURED"; exit }
        ok = (op == "<=") ? (v + 0 <= g + 0) : (v + 0 >= g + 0); print ok ? "PASS" : "MISS" }')
    printf 'figure %-28s %10s %-10s goal %s %-6s %-12s %s\n' "$1" "$2" "$3" "$4" "$5" "$verdict" "$6"
}

# 1. Cold list of 10,000 against hugo.
walls=(); cpus=(); hugoWalls=()
for _ in $(seq "$runs"); do
    coldCache; measure "$cli" --no-index list "$corpus/c10k/content"; walls+=("$WALL"); cpus+=("$CPU")
    if command -v hugo >/dev/null 2>&1; then
        coldCache; measure hugo list all --source "$corpus/c10k"; hugoWalls+=("$WALL")
    fi
done
cliCold=$(printf '%s\n' "${walls[@]}" | median)
cliCpu=$(printf '%s\n' "${cpus[@]}" | median)
hugoCold=$(printf '%s\n' "${hugoWalls[@]}" | median)
figure cold_list_10k_vs_hugo "$(ratio "$cliCold" "$hugoCold")" x '<=' 0.25 "storydesk-cli --no-index list ${cliCold} s, hugo list all ${hugoCold} s"
figure cold_list_cpu_per_story "$(awk -v c="$cliCpu" 'BEGIN {printf "%.3f", c * 1000 / 10000}')" ms '<=' 0.15 "${cliCpu} s CPU for 10,000 stories"

# 2. Warm list of 100,000 (index in place) against the stat floor.
# The index, if this is the first run; and the page cache warm again after the cold runs.
"$cli" list "$corpus/c100k" >/dev/null 2>&1
find "$corpus/c100k" -name '*.md' -printf '%s %T@ %i\n' >/dev/null
walls=(); rss=(); floors=()
for _ in $(seq "$runs"); do
    measure find "$corpus/c100k" -name '*.md' -printf '%s %T@ %i\n'; floors+=("$WALL")
    measure "$cli" list "$corpus/c100k"; walls+=("$WALL"); rss+=("$RSS")
done
warm=$(printf '%s\n' "${walls[@]}" | median)
statFloor=$(printf '%s\n' "${floors[@]}" | median)
warmRss=$(printf '%s\n' "${rss[@]}" | maxOf)
figure warm_list_100k_vs_stat "$(ratio "$warm" "$statFloor")" x '<=' 2 "storydesk-cli list ${warm} s, find ${statFloor} s (the issue's find: the .md files, 9 in 10)"
figure warm_list_100k_peak_rss "$(awk -v k="$warmRss" 'BEGIN {printf "%.1f", k / 1024}')" MiB '<=' 120 "largest of $runs runs"

# 3. Cold list with the index being built against --no-index.
buildDir="$corpus/c100k"
case "$buildCount" in
    100000) ;;
    10000) buildDir="$corpus/c10k/content" ;;
    *) buildDir="$corpus/c$buildCount"; ensureCorpus "$buildDir" "$buildCount" ;;
esac
withIndex=(); noIndex=()
for _ in $(seq "$runs"); do
    coldCache; measure "$cli" --no-index list "$buildDir"; noIndex+=("$WALL")
    rm -rf "$XDG_CACHE_HOME"
    coldCache; measure "$cli" list "$buildDir"; withIndex+=("$WALL")
done
built=$(printf '%s\n' "${withIndex[@]}" | median)
plain=$(printf '%s\n' "${noIndex[@]}" | median)
figure cold_list_building_index "$(ratio "$built" "$plain")" x '<=' 1.3 "$buildCount stories: with the index built ${built} s, --no-index ${plain} s"
"$cli" list "$corpus/c100k" >/dev/null 2>&1   # leave the 100,000's index warm for the app

# 4. The app (bench_appfloor, from the floor-app branch; lines `figure NAME VALUE UNIT`).
[ -n "$appBench" ] || appBench="$build/tests/benchmarks/bench_appfloor"
[ -x "$appBench" ] || appBench=""
if [ "$withApp" = 1 ] && [ -n "$appBench" ]; then
    appOut=$("$appBench" --corpus "$corpus/c100k" --count 100000 --runs "$runs" 2>/dev/null)
    appValue() { printf '%s\n' "$appOut" | awk -v n="$1" '$1 == "figure" && $2 == n {print $3; exit}'; }
    appFloor=$(appValue stat_floor_ms)
    [ -n "$appFloor" ] || appFloor=$(awk -v s="$statFloor" 'BEGIN {printf "%.1f", s * 1000}')
    first=$(appValue warm_first_rows_ms); verified=$(appValue warm_verified_ms)
    figure app_warm_first_rows_vs_stat "$([ -n "$first" ] && ratio "$first" "$appFloor")" x '<=' 0.3 "first rows ${first:-?} ms, stat floor ${appFloor} ms"
    figure app_warm_verified_vs_stat "$([ -n "$verified" ] && ratio "$verified" "$appFloor")" x '<=' 2 "verified ${verified:-?} ms, stat floor ${appFloor} ms"
    figure app_loaded_rss "$(appValue loaded_rss_mib)" MiB '<=' 250 "100,000 stories loaded"
    figure app_select_all_form "$(appValue select_all_form_ms)" ms '<=' 200 "select all of 100,000"
    figure app_idle_cpu "$(appValue idle_cpu_ms_per_min)" ms/min '<=' 50 "an idle loaded window"
else
    echo "app: bench_appfloor not built (floor-app branch) or --no-app: app figures not measured"
fi

# 5. Duplicate finding over 100,000 small-vocabulary stories (bench_duplicates' worst case).
if [ "$withDuplicates" = 1 ] && [ -x "$build/tests/benchmarks/bench_duplicates" ]; then
    line=$("$build/tests/benchmarks/bench_duplicates" 100000 2>/dev/null | grep 'small vocabulary')
    dupCpu=$(printf '%s\n' "$line" | sed -n 's/.* \([0-9.]*\) ms CPU.*/\1/p')
    figure duplicates_100k_small_vocab "$(awk -v m="$dupCpu" 'BEGIN {if (m == "") print "nan"; else printf "%.2f", m / 1000}')" s_cpu '<=' 10 "bench_duplicates, median of its own runs"
else
    echo "duplicates: bench_duplicates not built or --no-duplicates: not measured"
fi

echo "load at end: $(cat /proc/loadavg)"
