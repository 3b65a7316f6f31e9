#!/usr/bin/env bash
# End-to-end triage under Xvfb with real X11 key events (xdotool), on a copy of the sample:
#   run-e2e.sh STORYDESK SAMPLE_DIR ARTEFACT_DIR
# Starts the app with HOME in a temporary folder, selects a story with the keyboard,
# presses Space (toggle published) and Ctrl+S, and checks the bytes on disk: the story is
# exactly its original with the `published:` value flipped (the line keeps its CR if it had
# one), and no other file changed or appeared. It runs twice: on the sample as it is, and
# with the story it edited converted to the other line ending (CRLF for an LF story), so
# both kinds of file are saved. Screenshots go to ARTEFACT_DIR.
# The app must quit cleanly on Ctrl+Q (in an ASan build: without a leak).
# Registered with CTest under the label e2e; .ci/run runs it after the README's test command.
# (Dragging a row onto the related list is not driven here: that needs the drag-and-drop
# branch, and synthetic drags under Xvfb without a window manager are unreliable.)
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 STORYDESK SAMPLE_DIR ARTEFACT_DIR" >&2
    exit 2
fi
app=$1
sample=$2
artefacts=$3
for tool in Xvfb xdotool import; do
    command -v "$tool" >/dev/null || { echo "e2e: $tool is missing (packaging/install-deps.sh installs it)" >&2; exit 1; }
done

mkdir -p "$artefacts"
rm -f "$artefacts"/e2e-*.png
work=$(mktemp -d /tmp/storydesk-e2e.XXXXXX)
xvfb_pid=
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"

# A display nobody uses.
display=
for n in $(seq 91 199); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
        display=":$n"
        break
    fi
done
[ -n "$display" ] || { echo "e2e: no free X display" >&2; exit 1; }
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$artefacts/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 1 100); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done

case_name=
shot() { import -window root "$artefacts/e2e-$case_name-$1.png"; }
fail() {
    echo "e2e: FAIL ($case_name): $*" >&2
    shot failure || true
    echo "--- app output" >&2
    tail -n 30 "$artefacts/storydesk-$case_name.log" >&2 || true
    exit 1
}

# The one story that differs between the two trees, relative to them; empty unless exactly
# one file differs and nothing was added or removed.
only_changed_story() {
    local changed
    changed=$(diff -rq "$1" "$2" || true)
    [ -n "$changed" ] && [ "$(printf '%s\n' "$changed" | wc -l)" -eq 1 ] || return 0
    printf '%s\n' "$changed" | sed -n "s|^Files $1/\(.*\) and $2/.* differ\$|\1|p"
}

# Space and Ctrl+S on the story Down selects in $1/site, a copy of $1/original: sets
# `edited` to the story saved, after checking its bytes and that nothing else changed.
triage() {
    local tree=$1 expected=$1/expected story= settled=
    QT_QPA_PLATFORM=xcb "$app" "$tree/site" >"$artefacts/storydesk-$case_name.log" 2>&1 &
    app_pid=$!
    wid=$(timeout 60 xdotool search --sync --onlyvisible --class storydesk | head -n 1) || fail "no Storydesk window within 60 s"
    # Let the sample load (72 stories: well under a second; generous for a loaded machine).
    sleep 3
    kill -0 "$app_pid" 2>/dev/null || fail "the app exited"
    shot 1-opened

    xdotool windowfocus --sync "$wid"
    xdotool key --clearmodifiers Down
    sleep 0.5
    xdotool key --clearmodifiers space
    sleep 0.5
    shot 2-toggled
    xdotool key --clearmodifiers ctrl+s

    # Wait for the save to be complete: the story holds exactly the expected bytes and is the
    # only difference (a temporary file of the save still there is one more).
    for _ in $(seq 1 150); do
        [ -n "$story" ] || story=$(only_changed_story "$tree/original" "$tree/site")
        if [ -n "$story" ] && [ ! -e "$expected" ]; then
            # The original with its first `published:` value flipped, line ending and all.
            perl -0777 -pe 's/^(published: )(true|false)(\r?)$/$1 . ($2 eq "true" ? "false" : "true") . $3/me' \
                "$tree/original/$story" >"$expected"
            cmp -s "$tree/original/$story" "$expected" && fail "$story has no published: true/false line to toggle"
        fi
        if [ -n "$story" ] && cmp -s "$expected" "$tree/site/$story" \
                && [ "$(only_changed_story "$tree/original" "$tree/site")" = "$story" ]; then
            settled=yes
            break
        fi
        sleep 0.2
    done
    shot 3-saved
    if [ -z "$settled" ]; then
        echo "--- what changed:" >&2
        diff -rq "$tree/original" "$tree/site" >&2 || true
        [ -n "$story" ] && { echo "--- expected and saved $story:" >&2; cmp -l "$expected" "$tree/site/$story" | head -n 20 >&2 || true; }
        fail "after Space and Ctrl+S the site is not the original with one published: value flipped"
    fi
    # And it stays so: no second write after the first one completed.
    sleep 1
    cmp -s "$expected" "$tree/site/$story" && [ "$(only_changed_story "$tree/original" "$tree/site")" = "$story" ] \
        || fail "the site changed again after the save: $(diff -rq "$tree/original" "$tree/site" || true)"
    edited=$story

    # Quit with the keyboard too: the app must exit cleanly (under ASan that includes no leak).
    xdotool key --clearmodifiers ctrl+q
    for _ in $(seq 1 150); do
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -0 "$app_pid" 2>/dev/null && fail "the app did not quit on Ctrl+Q"
    local status=0
    wait "$app_pid" || status=$?
    app_pid=
    [ "$status" -eq 0 ] || fail "the app exited with status $status"
    echo "e2e: PASS ($case_name): $edited saved with exactly its published: value flipped:"
    { diff "$tree/original/$edited" "$tree/site/$edited" || true; } | grep -E '^[<>]' | cat -A
}

# The sample as it is.
case_name=sample
mkdir -p "$work/sample"
cp -r "$sample" "$work/sample/original"
cp -r "$sample" "$work/sample/site"
edited=
triage "$work/sample"
first=$edited

# The same story with the other line ending: CRLF if it was LF, LF if it was CRLF.
if grep -q $'\r' "$sample/$first"; then case_name=lf; else case_name=crlf; fi
mkdir -p "$work/other"
cp -r "$sample" "$work/other/original"
if [ "$case_name" = crlf ]; then
    perl -pi -e 's/\r?\n/\r\n/' "$work/other/original/$first"
else
    perl -pi -e 's/\r\n/\n/' "$work/other/original/$first"
fi
cp -r "$work/other/original" "$work/other/site"
triage "$work/other"
[ "$edited" = "$first" ] || fail "edited $edited, not $first as in the first run"
echo "e2e: screenshots in $artefacts"
