#!/usr/bin/env bash
# End-to-end crash recovery under Xvfb with real X11 key events (xdotool), on copies of the
# sample:
#   run-recovery-e2e.sh STORYDESK SAMPLE_DIR ARTEFACT_DIR
# A reference run makes three triage-key edits (Space, Space, +) and saves them normally.
# Then, on fresh copies, the same edits are made and the app is killed with SIGKILL once the
# recovery journal holds them; the next start must offer them:
#   recover     Return on the recovery dialog, Save All: the folder equals the reference.
#   changed     one story changed on disk meanwhile: Save All meets the conflict, Return
#               (Apply Mine on Top) keeps both the other change and the edits.
#   discard     Discard: nothing changes on disk, the next start asks nothing.
#   truncated   one journal entry cut in half: the dialog offers the other two, which save.
#   elsewhere   a journal of another folder: opening this folder asks nothing; opening
#               that folder offers its edits.
# HOME and the XDG folders are temporary: the journal lives in $XDG_DATA_HOME. Screenshots
# (the recovery dialog among them) go to ARTEFACT_DIR. Registered with CTest under the label
# e2e; .ci/run runs it after the README's test command.
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 STORYDESK SAMPLE_DIR ARTEFACT_DIR" >&2
    exit 2
fi
app=$1
sample=$2
artefacts=$3
e2e_name=recovery-e2e
app_log=$artefacts/recovery-storydesk.log
. "$(dirname "$0")/e2e-lib.sh"
e2e_init sha1sum realpath
rm -f "$artefacts"/recovery-e2e-*.png "$app_log"
cp -r "$sample" "$work/original"
case_name=setup

# The journal folder of a site folder: RecoveryJournal::journalFolder() (the first 16 hex
# digits of the SHA-1 of the folder's canonical path) under the app's data folder.
journal_entries() {
    local hash
    hash=$(printf '%s' "$(realpath "$1")" | sha1sum | cut -c1-16)
    find "$XDG_DATA_HOME" -path "*/recovery/$hash/*.json" -type f 2>/dev/null | sort
}
# The entry file of one story: the first 20 hex digits of the SHA-1 of its relative path.
entry_of() {
    local hash
    hash=$(printf '%s' "$2" | sha1sum | cut -c1-20)
    journal_entries "$1" | grep "/$hash.json\$" || true
}

# Three triage decisions: publish toggled on the second and third story, quality raised on
# the fourth.
triage_three() {
    key "$wid" Down space Down space Down plus
}
kill_app() {
    kill -9 "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=
}
wait_for_journal() {
    local count=0
    for _ in $(seq 1 50); do
        count=$(journal_entries "$1" | wc -l)
        [ "$count" -eq "$2" ] && return 0
        sleep 0.2
    done
    fail "the journal of $1 holds $count entries, not $2"
}
dialog=
wait_for_dialog() {
    dialog=$(timeout 30 xdotool search --sync --onlyvisible --name "^$1\$" | head -n 1) || fail "no \"$1\" window within 30 s"
    sleep 0.5
}
no_recovery_dialog() {
    sleep 2
    if xdotool search --onlyvisible --name '^Recover Unsaved Edits$' >/dev/null 2>&1; then
        fail "the recovery dialog opened"
    fi
}
changed_files() { { diff -rq "$work/original" "$1" || true; } | sed -n 's/^Files .* and \(.*\) differ$/\1/p' | sed "s|^$1/||" | sort; }
wait_for_changes() {
    local count=0
    for _ in $(seq 1 100); do
        count=$(changed_files "$1" | wc -l)
        [ "$count" -eq "$2" ] && { sleep 0.5; return 0; }
        sleep 0.2
    done
    fail "$count files changed in $1, not $2"
}
fresh_site() {
    cp -r "$work/original" "$work/$1"
    echo "$work/$1"
}
# Edits three stories in a fresh copy and kills the app once the journal holds them.
crash_with_three_edits() {
    start_app "$1"
    triage_three
    wait_for_journal "$1" 3
    shot edited
    kill_app
}

# --- reference: the same edits saved by a run that does not die -------------------------
case_name=reference
reference=$(fresh_site reference)
start_app "$reference"
triage_three
key "$wid" ctrl+shift+s
wait_for_changes "$reference" 3
mapfile -t edited < <(changed_files "$reference")
quit_app
[ "$(journal_entries "$reference" | wc -l)" -eq 0 ] || fail "a clean exit left journal entries"
echo "recovery-e2e: the three edited stories: ${edited[*]}"

# --- recover: Return on the dialog, Save All: exactly the edits --------------------------
case_name=recover
site=$(fresh_site recover)
crash_with_three_edits "$site"
[ "$(changed_files "$site" | wc -l)" -eq 0 ] || fail "the edits reached the stories before the crash"
start_app "$site"
wait_for_dialog "Recover Unsaved Edits"
shot dialog
# The dialog alone, as docs/recovery.png shows it.
import -window "$dialog" "$artefacts/recovery-dialog.png"
key "$dialog" Return
sleep 1
key "$wid" ctrl+shift+s
wait_for_changes "$site" 3
diff -r "$reference" "$site" >/dev/null || fail "the recovered folder differs from the reference: $(diff -r "$reference" "$site" | head -n 20)"
quit_app
[ "$(journal_entries "$site" | wc -l)" -eq 0 ] || fail "saving left journal entries"

# --- changed: one story changed on disk meanwhile ---------------------------------------
case_name=changed
site=$(fresh_site changed)
crash_with_three_edits "$site"
printf 'Corrected by the night desk.\n' >>"$site/${edited[0]}"
start_app "$site"
wait_for_dialog "Recover Unsaved Edits"
key "$dialog" Return
sleep 1
key "$wid" ctrl+shift+s
wait_for_dialog "Story Changed on Disk"
shot conflict
key "$dialog" Return   # Apply Mine on Top
wait_for_changes "$site" 3
cp -r "$reference" "$work/expected-changed"
printf 'Corrected by the night desk.\n' >>"$work/expected-changed/${edited[0]}"
diff -r "$work/expected-changed" "$site" >/dev/null || fail "the folder is not the edits on top of the other change: $(diff -r "$work/expected-changed" "$site" | head -n 20)"
quit_app

# --- discard: nothing changes, nothing is asked again -----------------------------------
case_name=discard
site=$(fresh_site discard)
crash_with_three_edits "$site"
start_app "$site"
wait_for_dialog "Recover Unsaved Edits"
key "$dialog" alt+d
sleep 1
quit_app   # no unsaved edits: no question
diff -r "$work/original" "$site" >/dev/null || fail "Discard changed the stories"
[ "$(journal_entries "$site" | wc -l)" -eq 0 ] || fail "Discard left journal entries"
start_app "$site"
no_recovery_dialog
quit_app

# --- truncated: a damaged entry is reported and skipped ----------------------------------
case_name=truncated
site=$(fresh_site truncated)
crash_with_three_edits "$site"
entry=$(entry_of "$site" "${edited[0]}")
[ -n "$entry" ] || fail "no journal entry for ${edited[0]}"
size=$(stat -c %s "$entry")
truncate -s $((size / 2)) "$entry"
start_app "$site"
wait_for_dialog "Recover Unsaved Edits"
shot dialog
key "$dialog" Return
sleep 1
kill -0 "$app_pid" 2>/dev/null || fail "the app died on a truncated entry"
key "$wid" ctrl+shift+s
wait_for_changes "$site" 2
cmp -s "$work/original/${edited[0]}" "$site/${edited[0]}" || fail "the story of the truncated entry changed"
for story in "${edited[1]}" "${edited[2]}"; do
    cmp -s "$reference/$story" "$site/$story" || fail "$story is not as the reference saved it"
done
quit_app

# --- elsewhere: another folder's journal waits for that folder --------------------------
case_name=elsewhere
site=$(fresh_site elsewhere)
other=$(fresh_site other)
crash_with_three_edits "$site"
start_app "$other"
no_recovery_dialog
quit_app
[ "$(journal_entries "$site" | wc -l)" -eq 3 ] || fail "opening another folder touched this folder's journal"
start_app "$site"
wait_for_dialog "Recover Unsaved Edits"
key "$dialog" Return
sleep 1
key "$wid" ctrl+shift+s
wait_for_changes "$site" 3
diff -r "$reference" "$site" >/dev/null || fail "the recovered folder differs from the reference"
quit_app
diff -r "$work/original" "$other" >/dev/null || fail "the other folder changed"

echo "recovery-e2e: PASS: recover, changed on disk, discard, truncated entry, another folder's journal"
echo "recovery-e2e: screenshots in $artefacts"
