# Shared by the end-to-end scripts (sourced, not run): a private HOME and X display, the
# app started and quit with real key events, screenshots and failure reports.
# The sourcing script sets `e2e_name` (its message prefix) and `artefacts`, then calls
# e2e_init with the tools it needs beyond Xvfb, xdotool and import. `case_name` names the
# current case in screenshots and messages; `app_log` is where the app's output goes.

e2e_init() {
    local tool
    for tool in Xvfb xdotool import "$@"; do
        command -v "$tool" >/dev/null || { echo "$e2e_name: $tool is missing (packaging/install-deps.sh installs it)" >&2; exit 1; }
    done
    mkdir -p "$artefacts"
    work=$(mktemp -d "/tmp/storydesk-$e2e_name.XXXXXX")
    xvfb_pid=
    app_pid=
    wid=
    trap e2e_cleanup EXIT

    mkdir -p "$work/home" "$work/runtime"
    chmod 700 "$work/runtime"
    export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
    export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
    unset STORYDESK_RECOVERY_DIR

    # Xvfb picks a free display itself (-displayfd): no race with another e2e test started
    # at the same time.
    Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" >"$artefacts/$e2e_name-xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 100); do
        [ -s "$work/display" ] && break
        sleep 0.1
    done
    [ -s "$work/display" ] || { echo "$e2e_name: Xvfb did not start" >&2; exit 1; }
    export DISPLAY=":$(head -n 1 "$work/display")"
    for _ in $(seq 1 100); do
        xdotool getdisplaygeometry >/dev/null 2>&1 && break
        sleep 0.1
    done
}

# A killed app is not waited for by name: SIGKILL is what the recovery test does anyway.
e2e_cleanup() {
    [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}

shot() { import -window root "$artefacts/$e2e_name-$case_name-$1.png"; }

fail() {
    echo "$e2e_name: FAIL ($case_name): $*" >&2
    shot failure || true
    echo "--- app output" >&2
    tail -n 30 "$app_log" >&2 || true
    exit 1
}

# Starts the app on FOLDER and waits for its window (sets app_pid and wid).
start_app() {
    QT_QPA_PLATFORM=xcb "$app" "$1" >>"$app_log" 2>&1 &
    app_pid=$!
    wid=$(timeout 60 xdotool search --sync --onlyvisible --class storydesk | head -n 1) || fail "no Storydesk window within 60 s"
    # Let the sample load (about 50 stories: well under a second; generous for a loaded machine).
    sleep 3
    kill -0 "$app_pid" 2>/dev/null || fail "the app exited"
}

# Presses each key in turn on window WID.
key() {
    xdotool windowfocus --sync "$1"
    shift
    local k
    for k in "$@"; do
        xdotool key --clearmodifiers "$k"
        sleep 0.4
    done
}

# Quits with Ctrl+Q: the app must exit cleanly (under ASan that includes no leak).
quit_app() {
    key "$wid" ctrl+q
    for _ in $(seq 1 150); do
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -0 "$app_pid" 2>/dev/null && fail "the app did not quit on Ctrl+Q (a question left open?)"
    local status=0
    wait "$app_pid" || status=$?
    app_pid=
    [ "$status" -eq 0 ] || fail "the app exited with status $status"
}
