<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Storydesk::CommitDialog</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Commit Stories</source>
        <translation>Meldungen committen</translation>
    </message>
    <message>
        <source>Save &amp;All First</source>
        <translation>Zuerst &amp;alle speichern</translation>
    </message>
    <message>
        <source>&amp;Stories saved but not committed:</source>
        <translation>&amp;Gespeicherte, noch nicht committete Meldungen:</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>&amp;Message (generated from the checked stories until you type in it):</source>
        <translation>&amp;Nachricht (aus den angehakten Meldungen erzeugt, bis Sie selbst etwas eingeben):</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Committen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln story(ies) with unsaved edits: unsaved edits are never committed. Save them first to commit them.</source>
        <translation>
            <numerusform>%Ln Meldung mit ungespeicherten Änderungen: Ungespeicherte Änderungen werden nie committet. Speichern Sie sie zuerst, um sie zu committen.</numerusform>
            <numerusform>%Ln Meldungen mit ungespeicherten Änderungen: Ungespeicherte Änderungen werden nie committet. Speichern Sie sie zuerst, um sie zu committen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Has unsaved edits too: only the saved version is committed.</source>
        <translation>Hat auch ungespeicherte Änderungen: Nur die gespeicherte Fassung wird committet.</translation>
    </message>
    <message>
        <source>Reading what changed…</source>
        <translation>Änderungen werden gelesen…</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Commit läuft…</translation>
    </message>
    <message>
        <source>Not committed: %1</source>
        <translation>Nicht committet: %1</translation>
    </message>
    <message>
        <source>Check the stories to commit.</source>
        <translation>Haken Sie die Meldungen an, die committet werden sollen.</translation>
    </message>
    <message>
        <source>Write a message: it says what was decided.</source>
        <translation>Schreiben Sie eine Nachricht: Sie sagt, was entschieden wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Committed %Ln story(ies) (%1)</source>
        <translation>
            <numerusform>%Ln Meldung committet (%1)</numerusform>
            <numerusform>%Ln Meldungen committet (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::CommitPlan</name>
    <message>
        <source>This folder is not in a git repository (or git is not installed): there is nothing to commit to.</source>
        <translation>Dieser Ordner liegt in keinem Git-Repository (oder Git ist nicht installiert): Es gibt nichts, wohin committet werden könnte.</translation>
    </message>
    <message>
        <source>Git does not know who you are, and a commit says who made it. Set your name and e-mail once, in a terminal:
    git config --global user.name &quot;Your Name&quot;
    git config --global user.email you@example.org</source>
        <translation>Git weiß nicht, wer Sie sind, und ein Commit nennt, wer ihn gemacht hat. Legen Sie Ihren Namen und Ihre E-Mail-Adresse einmal in einem Terminal fest:
    git config --global user.name &quot;Ihr Name&quot;
    git config --global user.email sie@example.org</translation>
    </message>
    <message>
        <source>Nothing to commit: every saved story is committed.</source>
        <translation>Nichts zu committen: Jede gespeicherte Meldung ist committet.</translation>
    </message>
    <message>
        <source>Git could not tell which stories changed.</source>
        <translation>Git konnte nicht feststellen, welche Meldungen sich geändert haben.</translation>
    </message>
    <message numerus="yes">
        <source>Triage: %n stories</source>
        <translation>
            <numerusform>Triage: %n Meldung</numerusform>
            <numerusform>Triage: %n Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository is in the middle of %1: finish it (resolve its conflicts) or abort it before committing.</source>
        <translation>Das Repository steckt mitten in %1: Schließen Sie ihn ab (lösen Sie seine Konflikte) oder brechen Sie ihn ab, bevor Sie committen.</translation>
    </message>
</context>
<context>
    <name>Storydesk::ConflictMarkers</name>
    <message>
        <source>unresolved merge conflict</source>
        <translation>ungelöster Merge-Konflikt</translation>
    </message>
</context>
<context>
    <name>Storydesk::ConflictResolution</name>
    <message>
        <source>%1 changed on disk since the resolver read it: nothing was written.</source>
        <translation>%1 wurde auf dem Datenträger geändert, seit der Konfliktlöser die Datei gelesen hat: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is resolved but git could not mark it so: %2</source>
        <translation>%1 ist gelöst, aber Git konnte die Datei nicht als gelöst markieren: %2</translation>
    </message>
</context>
<context>
    <name>Storydesk::ConflictResolverDialog</name>
    <message>
        <source>Resolve Conflicts: %1</source>
        <translation>Konflikte lösen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln conflict(s) left by a merge. For each, keep my version, theirs, or edit the lines; Save writes the story without conflict markers and marks it resolved in git.</source>
        <translation>
            <numerusform>%1 hat %Ln Konflikt aus einer Zusammenführung. Wählen Sie jeweils „Meine“ oder „Andere“, oder bearbeiten Sie die Zeilen; „Speichern“ schreibt die Meldung ohne Konfliktmarkierungen und markiert sie in Git als gelöst.</numerusform>
            <numerusform>%1 hat %Ln Konflikte aus einer Zusammenführung. Wählen Sie jeweils „Meine“ oder „Andere“, oder bearbeiten Sie die Zeilen; „Speichern“ schreibt die Meldung ohne Konfliktmarkierungen und markiert sie in Git als gelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflict markers in %1 do not form blocks (%2): resolve it in a text editor.</source>
        <translation>Die Konfliktmarkierungen in %1 bilden keine Blöcke (%2): Lösen Sie den Konflikt in einem Texteditor.</translation>
    </message>
    <message>
        <source>%1 has no conflict markers.</source>
        <translation>%1 hat keine Konfliktmarkierungen.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front Matter</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>&amp;Theirs</source>
        <translation>&amp;Andere</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Storydesk::ConflictedStory</name>
    <message>
        <source>line %1: a conflict marker outside a conflict block</source>
        <translation>Zeile %1: eine Konfliktmarkierung außerhalb eines Konfliktblocks</translation>
    </message>
    <message>
        <source>line %1: a conflict marker out of order</source>
        <translation>Zeile %1: eine Konfliktmarkierung in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>line %1: a conflict block that is never closed</source>
        <translation>Zeile %1: ein Konfliktblock, der nie geschlossen wird</translation>
    </message>
    <message>
        <source>A conflict marker is still in the text.</source>
        <translation>Im Text steht noch eine Konfliktmarkierung.</translation>
    </message>
    <message>
        <source>The front matter does not read (line %1): %2</source>
        <translation>Das Front Matter ist nicht lesbar (Zeile %1): %2</translation>
    </message>
</context>
<context>
    <name>Storydesk::DuplicateResolution</name>
    <message>
        <source>%1 cannot be edited</source>
        <translation>%1 kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>%1: the same page, not attached</source>
        <translation>%1: dieselbe Seite, nicht angehängt</translation>
    </message>
    <message>
        <source>%1: the related entries could not be added</source>
        <translation>%1: Die verwandten Berichte konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1 could not be unpublished</source>
        <translation>%1 konnte nicht zurückgezogen werden</translation>
    </message>
</context>
<context>
    <name>Storydesk::DuplicatesModel</name>
    <message>
        <source>same link, similar title</source>
        <translation>gleicher Link, ähnlicher Titel</translation>
    </message>
    <message>
        <source>same link</source>
        <translation>gleicher Link</translation>
    </message>
    <message>
        <source>similar title</source>
        <translation>ähnlicher Titel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories: %1</source>
        <translation>
            <numerusform>%Ln Meldung: %1</numerusform>
            <numerusform>%Ln Meldungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>unveröffentlicht</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>Storydesk::DuplicatesView</name>
    <message>
        <source>Keep This, &amp;Unpublish the Others</source>
        <translation>Diese behalten, andere &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Keep This, &amp;Attach the Others as Related</source>
        <translation>Diese behalten, andere als &amp;verwandt anhängen</translation>
    </message>
    <message>
        <source>Sets published: false on every other story of the group</source>
        <translation>Setzt published: false bei jeder anderen Meldung der Gruppe</translation>
    </message>
    <message>
        <source>Adds the other stories of the group to this one&apos;s related coverage (except those with this story&apos;s own link) and sets published: false on them</source>
        <translation>Hängt die anderen Meldungen der Gruppe als verwandte Berichte an diese an (außer denen mit dem eigenen Link dieser Meldung) und setzt bei ihnen published: false</translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation>Keine Dubletten</translation>
    </message>
    <message>
        <source>Groups: %L1, stories: %L2. Pick the story to keep</source>
        <translation>Gruppen: %L1, Meldungen: %L2. Wählen Sie die Meldung, die bleibt</translation>
    </message>
    <message>
        <source>Groups: %L1, stories: %L2</source>
        <translation>Gruppen: %L1, Meldungen: %L2</translation>
    </message>
    <message numerus="yes">
        <source>Keep One, Unpublish %Ln Duplicate(s)</source>
        <translation>
            <numerusform>Eine behalten, %Ln Dublette zurückziehen</numerusform>
            <numerusform>Eine behalten, %Ln Dubletten zurückziehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %1, unpublished %Ln other(s)</source>
        <translation>
            <numerusform>%1 behalten, %Ln andere zurückgezogen</numerusform>
            <numerusform>%1 behalten, %Ln andere zurückgezogen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep One, Attach %Ln Duplicate(s) as Related</source>
        <translation>
            <numerusform>Eine behalten, %Ln Dublette als verwandt anhängen</numerusform>
            <numerusform>Eine behalten, %Ln Dubletten als verwandt anhängen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %1, attached %L2 as related coverage, unpublished %Ln other(s)</source>
        <translation>
            <numerusform>%1 behalten, %L2 als verwandte Berichte angehängt, %Ln andere zurückgezogen</numerusform>
            <numerusform>%1 behalten, %L2 als verwandte Berichte angehängt, %Ln andere zurückgezogen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::FacetModel</name>
    <message>
        <source>Desks</source>
        <translation>Desks</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Unveröffentlicht</translation>
    </message>
    <message>
        <source>No quality</source>
        <translation>Ohne Qualität</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>The query cannot be read: %1</source>
        <translation>Die Abfrage ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>%1, count unknown</source>
        <translation>%1, Anzahl unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n stories</source>
        <comment>facet item and how many stories it holds</comment>
        <translation>
            <numerusform>%1, %n Meldung</numerusform>
            <numerusform>%1, %n Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to apply the desk</source>
        <translation>Die Eingabetaste wendet den Desk an</translation>
    </message>
    <message>
        <source>Press Space to show only these stories, Ctrl+Space to add them</source>
        <translation>Die Leertaste zeigt nur diese Meldungen, Strg+Leertaste fügt sie hinzu</translation>
    </message>
    <message>
        <source>Chosen; %1</source>
        <translation>Gewählt; %1</translation>
    </message>
</context>
<context>
    <name>Storydesk::FacetsDock</name>
    <message>
        <source>Facets</source>
        <translation>Facetten</translation>
    </message>
    <message>
        <source>By count</source>
        <translation>Nach Anzahl</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>Order of the items in each facet</source>
        <translation>Reihenfolge der Einträge jeder Facette</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show stories of every facet item again</source>
        <translation>Wieder die Meldungen aller Facetteneinträge zeigen</translation>
    </message>
    <message>
        <source>Rename Topic…</source>
        <translation>Thema umbenennen…</translation>
    </message>
    <message>
        <source>Merge Topics…</source>
        <translation>Themen zusammenführen…</translation>
    </message>
    <message>
        <source>Apply Desk</source>
        <translation>Desk anwenden</translation>
    </message>
    <message>
        <source>Rename Desk…</source>
        <translation>Desk umbenennen…</translation>
    </message>
    <message>
        <source>Rename Desk</source>
        <translation>Desk umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>The desk could not be renamed.

%1</source>
        <translation>Der Desk konnte nicht umbenannt werden.

%1</translation>
    </message>
    <message>
        <source>Delete Desk…</source>
        <translation>Desk löschen…</translation>
    </message>
    <message>
        <source>Delete Desk</source>
        <translation>Desk löschen</translation>
    </message>
    <message>
        <source>Delete the desk &quot;%1&quot; for every editor of this folder?</source>
        <translation>Den Desk „%1“ für alle löschen, die mit diesem Ordner arbeiten?</translation>
    </message>
    <message>
        <source>The desk could not be deleted.

%1</source>
        <translation>Der Desk konnte nicht gelöscht werden.

%1</translation>
    </message>
    <message>
        <source>Desks cannot be read: %1</source>
        <translation>Desks sind nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Save Desk</source>
        <translation>Desk speichern</translation>
    </message>
    <message>
        <source>Name of the desk (the filter text, facets and sort):</source>
        <translation>Name des Desks (Filtertext, Facetten und Sortierung):</translation>
    </message>
    <message>
        <source>A desk named &quot;%1&quot; exists. Replace it?</source>
        <translation>Ein Desk namens „%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>The desk could not be saved.

%1</source>
        <translation>Der Desk konnte nicht gespeichert werden.

%1</translation>
    </message>
</context>
<context>
    <name>Storydesk::FieldDetector</name>
    <message>
        <source>the story format (no stories to sample)</source>
        <translation>das Meldungsformat (keine Meldungen als Stichprobe)</translation>
    </message>
    <message>
        <source>the story format (its keys are in %1 of %2 sampled stories)</source>
        <translation>das Meldungsformat (seine Schlüssel stehen in %1 von %2 geprüften Meldungen)</translation>
    </message>
    <message>
        <source>%1 in %2% of %3 sampled stories</source>
        <translation>%1 in %2 % von %3 geprüften Meldungen</translation>
    </message>
    <message>
        <source>the %1 default (%2)</source>
        <translation>die Vorgabe von %1 (%2)</translation>
    </message>
    <message>
        <source>published, as static sites read it (none of %1 sampled stories has it)</source>
        <translation>veröffentlicht, wie statische Websites es lesen (keine von %1 geprüften Meldungen hat den Schlüssel)</translation>
    </message>
    <message>
        <source>none of its keys is in %1 sampled stories</source>
        <translation>keiner seiner Schlüssel steht in %1 geprüften Meldungen</translation>
    </message>
</context>
<context>
    <name>Storydesk::FilterBar</name>
    <message>
        <source>Filter bar</source>
        <translation>Filterleiste</translation>
    </message>
    <message>
        <source>Search, or query: topic:AI -is:published quality:&gt;=60 date:&lt;7d</source>
        <translation>Suche oder Abfrage: topic:KI -is:published quality:&gt;=60 date:&lt;7d</translation>
    </message>
    <message>
        <source>Free words and &quot;phrases&quot; match title, excerpt, provider and topics.
Combine with and (or just a space), or, not / -, and (parentheses).
Fields: title: excerpt: url: (contain)  topic: provider: category: type: (exact)
quality:&gt;=60  heat:&lt;30  related:&gt;2  date:&gt;=2020-09-01  date:2026-10  date:&lt;7d
has:image|related|topics|url|excerpt|date|quality|heat|provider|category|type
is:published|unpublished|modified|broken|invalid|duplicate</source>
        <translation>Freie Wörter und &quot;Wortgruppen&quot; finden Titel, Anriss, Quelle und Themen.
Verknüpfen mit and (oder einem Leerzeichen), or, not / - und (Klammern).
Felder: title: excerpt: url: (enthält)  topic: provider: category: type: (genau)
quality:&gt;=60  heat:&lt;30  related:&gt;2  date:&gt;=2020-09-01  date:2026-10  date:&lt;7d
has:image|related|topics|url|excerpt|date|quality|heat|provider|category|type
is:published|unpublished|modified|broken|invalid|duplicate</translation>
    </message>
    <message>
        <source>Published state</source>
        <translation>Veröffentlichungsstatus</translation>
    </message>
    <message>
        <source>All stories</source>
        <translation>Alle Meldungen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Unveröffentlicht</translation>
    </message>
    <message>
        <source>Only stories with this topic</source>
        <translation>Nur Meldungen mit diesem Thema</translation>
    </message>
    <message>
        <source>Only stories from this provider</source>
        <translation>Nur Meldungen dieser Quelle</translation>
    </message>
    <message>
        <source>Only stories of at least this quality</source>
        <translation>Nur Meldungen mit mindestens dieser Qualität</translation>
    </message>
    <message>
        <source>Any quality</source>
        <translation>Jede Qualität</translation>
    </message>
    <message>
        <source>Quality ≥ </source>
        <translation>Qualität ≥ </translation>
    </message>
    <message>
        <source>Character %1: %2</source>
        <translation>Zeichen %1: %2</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Jedes Thema</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>Jede Quelle</translation>
    </message>
</context>
<context>
    <name>Storydesk::FolderOperations</name>
    <message>
        <source>Cannot Open Folder</source>
        <translation>Ordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Open Site Folder</source>
        <translation>Website-Ordner öffnen</translation>
    </message>
    <message>
        <source>The text typed in the Source tab does not parse: it was not applied.</source>
        <translation>Der im Reiter „Quelltext“ eingegebene Text ist fehlerhaft: Er wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Stories reverted to the version on disk: %L1</source>
        <translation>Auf den Stand auf dem Datenträger zurückgesetzte Meldungen: %L1</translation>
    </message>
    <message>
        <source>Stories that could not be saved: %L1. Their edits are kept.</source>
        <translation>Meldungen, die nicht gespeichert werden konnten: %L1. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Auto-save: %1</source>
        <translation>Automatisches Speichern: %1</translation>
    </message>
    <message>
        <source>Auto-save left out stories changed on disk (%L1): save them to choose a version.</source>
        <translation>Automatisches Speichern hat auf dem Datenträger geänderte Meldungen ausgelassen (%L1): Speichern Sie sie, um eine Fassung zu wählen.</translation>
    </message>
    <message>
        <source>Stories saved: %L1</source>
        <translation>Gespeicherte Meldungen: %L1</translation>
    </message>
    <message>
        <source>%1 changed on disk while it has unsaved edits: saving it will ask which version to keep.</source>
        <translation>%1 wurde auf dem Datenträger geändert, hat aber ungespeicherte Änderungen: Beim Speichern werden Sie gefragt, welche Fassung bleibt.</translation>
    </message>
</context>
<context>
    <name>Storydesk::FrontMatterDocument</name>
    <message>
        <source>line %1: %2; remove one of them (in the Source tab or a text editor) before editing it</source>
        <translation>Zeile %1: %2; entfernen Sie einen davon (im Reiter „Quelltext“ oder in einem Texteditor), bevor Sie ihn bearbeiten</translation>
    </message>
    <message>
        <source>the edit could not be written without changing other values; nothing was changed</source>
        <translation>die Änderung ließ sich nicht schreiben, ohne andere Werte zu ändern; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the front matter cannot be edited</source>
        <translation>das Front Matter lässt sich nicht bearbeiten</translation>
    </message>
    <message>
        <source>no key given</source>
        <translation>kein Schlüssel angegeben</translation>
    </message>
    <message>
        <source>%1 does not lead to a value that can be set</source>
        <translation>%1 führt zu keinem Wert, der sich setzen lässt</translation>
    </message>
    <message>
        <source>%1 is not a map</source>
        <translation>%1 ist keine Map</translation>
    </message>
    <message>
        <source>the front matter</source>
        <translation>das Front Matter</translation>
    </message>
    <message>
        <source>%1 is not a list with a position %2</source>
        <translation>%1 ist keine Liste mit einer Position %2</translation>
    </message>
    <message>
        <source>%1 has no items %2 and %3</source>
        <translation>%1 hat keine Einträge %2 und %3</translation>
    </message>
    <message>
        <source>the front matter must end with a line break and hold no &apos;---&apos; or &apos;...&apos; line of its own</source>
        <translation>das Front Matter muss mit einem Zeilenumbruch enden und darf keine eigene Zeile „---“ oder „...“ enthalten</translation>
    </message>
    <message>
        <source>the edit would not parse: %1</source>
        <translation>die Änderung wäre fehlerhaft: %1</translation>
    </message>
    <message>
        <source>cannot set %1: %2 is not a map or a list</source>
        <translation>%1 lässt sich nicht setzen: %2 ist weder Map noch Liste</translation>
    </message>
    <message>
        <source>cannot edit %1</source>
        <translation>%1 lässt sich nicht bearbeiten</translation>
    </message>
    <message>
        <source>the front matter is written in a layout the writer does not handle</source>
        <translation>das Front Matter ist in einem Layout geschrieben, das der Schreiber nicht beherrscht</translation>
    </message>
    <message>
        <source>cannot replace the whole front matter this way</source>
        <translation>das ganze Front Matter lässt sich so nicht ersetzen</translation>
    </message>
    <message>
        <source>cannot rewrite %1: the list is laid out in a way the writer does not handle</source>
        <translation>%1 lässt sich nicht neu schreiben: Die Liste ist so angelegt, wie es der Schreiber nicht beherrscht</translation>
    </message>
    <message>
        <source>cannot find %1</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 lässt sich nicht entfernen</translation>
    </message>
    <message>
        <source>cannot remove %1: the list is laid out in a way the writer does not handle</source>
        <translation>%1 lässt sich nicht entfernen: Die Liste ist so angelegt, wie es der Schreiber nicht beherrscht</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>cannot insert into %1: the list is laid out in a way the writer does not handle</source>
        <translation>in %1 lässt sich nichts einfügen: Die Liste ist so angelegt, wie es der Schreiber nicht beherrscht</translation>
    </message>
    <message>
        <source>cannot reorder %1: the list is laid out in a way the writer does not handle</source>
        <translation>%1 lässt sich nicht umordnen: Die Liste ist so angelegt, wie es der Schreiber nicht beherrscht</translation>
    </message>
</context>
<context>
    <name>Storydesk::FrontMatterParser</name>
    <message>
        <source>the front matter is not a map of keys and values</source>
        <translation>das Front Matter ist keine Map aus Schlüsseln und Werten</translation>
    </message>
</context>
<context>
    <name>Storydesk::GitCommit</name>
    <message>
        <source>The site folder is not in a git repository.</source>
        <translation>Der Site-Ordner liegt in keinem Git-Repository.</translation>
    </message>
    <message>
        <source>The repository is in the middle of %1: finish or abort it first (resolve the conflicts, then `git merge --continue` or `git rebase --continue`).</source>
        <translation>Das Repository steckt mitten in %1: Schließen Sie ihn zuerst ab oder brechen Sie ihn ab (Konflikte lösen, dann `git merge --continue` oder `git rebase --continue`).</translation>
    </message>
    <message>
        <source>git does not know who you are: set your name and email with
  git config --global user.name &quot;Your Name&quot;
  git config --global user.email &quot;you@example.com&quot;</source>
        <translation>Git weiß nicht, wer Sie sind: Legen Sie Ihren Namen und Ihre E-Mail-Adresse fest mit
  git config --global user.name &quot;Ihr Name&quot;
  git config --global user.email &quot;sie@example.com&quot;</translation>
    </message>
    <message>
        <source>%1 has an unresolved conflict: resolve it first.</source>
        <translation>%1 hat einen ungelösten Konflikt: Lösen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Nothing to commit: the stories have no saved changes.</source>
        <translation>Nichts zu committen: Die Meldungen haben keine gespeicherten Änderungen.</translation>
    </message>
</context>
<context>
    <name>Storydesk::GitProcess</name>
    <message>
        <source>git is not installed (no `git` program on PATH).</source>
        <translation>Git ist nicht installiert (kein Programm `git` im PATH).</translation>
    </message>
    <message>
        <source>git could not be started.</source>
        <translation>Git konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>git did not finish in time and was stopped.</source>
        <translation>Git wurde nicht rechtzeitig fertig und wurde angehalten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>git stopped unexpectedly.</source>
        <translation>Git wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>git failed (exit code %1).</source>
        <translation>Git ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>Storydesk::GitRepository</name>
    <message>
        <source>a merge</source>
        <translation>einem Merge</translation>
    </message>
    <message>
        <source>a rebase</source>
        <translation>einem Rebase</translation>
    </message>
    <message>
        <source>a cherry-pick</source>
        <translation>einem Cherry-Pick</translation>
    </message>
    <message>
        <source>a revert</source>
        <translation>einem Revert</translation>
    </message>
</context>
<context>
    <name>Storydesk::GitSync</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisierung abgebrochen.</translation>
    </message>
    <message>
        <source>The remote %1 cannot be reached: check the network and the remote&apos;s address.</source>
        <translation>Das Remote %1 ist nicht erreichbar: Prüfen Sie das Netzwerk und die Adresse des Remotes.</translation>
    </message>
    <message>
        <source>The remote %1 refused your credentials: check your login, token or SSH key.</source>
        <translation>Das Remote %1 hat Ihre Zugangsdaten abgelehnt: Prüfen Sie Anmeldung, Token oder SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>Someone pushed to %1 in the meantime: sync again to take their work in.</source>
        <translation>Inzwischen hat jemand nach %1 gepusht: Synchronisieren Sie erneut, um diese Arbeit zu übernehmen.</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Integrating</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Pushen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The site folder is not in a git repository.</source>
        <translation>Der Site-Ordner liegt in keinem Git-Repository.</translation>
    </message>
    <message>
        <source>The repository is in the middle of %1: resolve the conflicts and finish it first.</source>
        <translation>Das Repository steckt mitten in %1: Lösen Sie die Konflikte und schließen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>HEAD is detached (no branch is checked out): check out a branch to sync, e.g. `git switch main`.</source>
        <translation>HEAD ist losgelöst (kein Branch ausgecheckt): Checken Sie zum Synchronisieren einen Branch aus, z. B. `git switch main`.</translation>
    </message>
    <message>
        <source>The branch %1 has no upstream: your commits stay on this machine. Set one with `git push -u origin %1`.</source>
        <translation>Der Branch %1 hat keinen Upstream: Ihre Commits bleiben auf diesem Rechner. Legen Sie einen fest mit `git push -u origin %1`.</translation>
    </message>
    <message>
        <source>1 story could not be merged automatically: resolve the conflicts, then commit and sync again.</source>
        <translation>Eine Meldung ließ sich nicht automatisch zusammenführen: Lösen Sie die Konflikte, committen Sie dann und synchronisieren Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n stories could not be merged automatically: resolve the conflicts, then commit and sync again.</source>
        <translation>
            <numerusform>%n Meldung ließ sich nicht automatisch zusammenführen: Lösen Sie die Konflikte, committen Sie dann und synchronisieren Sie erneut.</numerusform>
            <numerusform>%n Meldungen ließen sich nicht automatisch zusammenführen: Lösen Sie die Konflikte, committen Sie dann und synchronisieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your uncommitted changes are in the way of what came in: commit them first, then sync again.</source>
        <translation>Ihre nicht committeten Änderungen stehen dem Eingegangenen im Weg: Committen Sie sie zuerst und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Sync cancelled before pushing: what came in is merged, your commits are not pushed yet.</source>
        <translation>Synchronisierung vor dem Push abgebrochen: Das Eingegangene ist zusammengeführt, Ihre Commits sind noch nicht gepusht.</translation>
    </message>
    <message>
        <source>Synced: your commits are pushed.</source>
        <translation>Synchronisiert: Ihre Commits sind gepusht.</translation>
    </message>
    <message>
        <source>Synced: up to date.</source>
        <translation>Synchronisiert: auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Synced: 1 story changed.</source>
        <translation>Synchronisiert: Eine Meldung hat sich geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n stories changed.</source>
        <translation>
            <numerusform>Synchronisiert: %n Meldung hat sich geändert.</numerusform>
            <numerusform>Synchronisiert: %n Meldungen haben sich geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::ImageFetcher</name>
    <message>
        <source>larger than %1 MB</source>
        <translation>größer als %1 MB</translation>
    </message>
    <message>
        <source>remote images are off</source>
        <translation>Bilder aus dem Netz sind ausgeschaltet</translation>
    </message>
    <message>
        <source>blocked: not a valid address</source>
        <translation>blockiert: keine gültige Adresse</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>blockiert: %1</translation>
    </message>
    <message>
        <source>blocked: only http and https images are fetched</source>
        <translation>blockiert: Nur Bilder über http und https werden geladen</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>Storydesk::LinkLabel</name>
    <message>
        <source>Open in the web browser</source>
        <translation>Im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Link; press Enter to open it in the web browser</source>
        <translation>Link; die Eingabetaste öffnet ihn im Webbrowser</translation>
    </message>
</context>
<context>
    <name>Storydesk::MainWindow</name>
    <message>
        <source>Story list</source>
        <translation>Meldungsliste</translation>
    </message>
    <message>
        <source>Story editor</source>
        <translation>Meldungseditor</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>The language changes when Storydesk is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Storydesk.</translation>
    </message>
    <message>
        <source>Source*</source>
        <translation>Quelltext*</translation>
    </message>
    <message>
        <source>%1[*] — Storydesk</source>
        <translation>%1[*] — Storydesk</translation>
    </message>
    <message>
        <source>Filter cleared to show %1</source>
        <translation>Filter zurückgesetzt, um %1 zu zeigen</translation>
    </message>
    <message>
        <source>About Storydesk</source>
        <translation>Über Storydesk</translation>
    </message>
    <message>
        <source>Storydesk %1

Curate a news site kept as Markdown files with YAML front matter.

Front-matter highlighter: %2
Qt %3</source>
        <translation>Storydesk %1

Pflegen Sie eine Nachrichten-Website aus Markdown-Dateien mit YAML-Front-Matter.

Front-Matter-Hervorhebung: %2
Qt %3</translation>
    </message>
    <message>
        <source>Related target: %1</source>
        <translation>Ziel für verwandte Berichte: %1</translation>
    </message>
</context>
<context>
    <name>Storydesk::MessageBoxPrompts</name>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Story Changed on Disk</source>
        <translation>Meldung auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“%1” was changed on disk after you started editing it.</source>
        <translation>„%1“ wurde auf dem Datenträger geändert, nachdem Sie mit der Bearbeitung begonnen haben.</translation>
    </message>
    <message>
        <source>Reload shows the version on disk and drops your edits of this story.
Apply Mine on Top keeps the other changes and sets the fields you edited again, then saves.</source>
        <translation>„Neu laden“ zeigt die Fassung auf dem Datenträger und verwirft Ihre Änderungen an dieser Meldung.
„Meine Änderungen anwenden“ behält die anderen Änderungen, setzt die von Ihnen bearbeiteten Felder erneut und speichert dann.</translation>
    </message>
    <message>
        <source>Apply Mine on Top</source>
        <translation>Meine Änderungen anwenden</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes before closing the folder?</source>
        <translation>Änderungen speichern, bevor der Ordner geschlossen wird?</translation>
    </message>
    <message>
        <source>Set Up the Story Merge Driver?</source>
        <translation>Merge-Treiber für Meldungen einrichten?</translation>
    </message>
    <message>
        <source>Let git merge stories field by field in this repository?</source>
        <translation>Soll Git in diesem Repository Meldungen Feld für Feld zusammenführen?</translation>
    </message>
    <message>
        <source>Stories with unsaved changes: %L1. Discarding them cannot be undone.</source>
        <translation>Meldungen mit ungespeicherten Änderungen: %L1. Verwerfen lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>When two editors change the same story, Storydesk then merges it key by key (topics as sets, related entries by link): only the same field changed two ways is a conflict. This adds lines to the repository&apos;s own info/attributes and a setting to its local config; nothing in the work tree changes. `storydesk-cli git-setup` writes a .gitattributes to share with the team instead.</source>
        <translation>Ändern zwei Personen dieselbe Meldung, führt Storydesk sie dann Schlüssel für Schlüssel zusammen (Themen als Mengen, verwandte Berichte nach Link): Nur dasselbe Feld, auf zwei Arten geändert, ist ein Konflikt. Dazu kommen Zeilen in die eigene info/attributes des Repositorys und eine Einstellung in seine lokale Konfiguration; im Arbeitsverzeichnis ändert sich nichts. `storydesk-cli git-setup` schreibt stattdessen eine .gitattributes, die Sie mit dem Team teilen können.</translation>
    </message>
</context>
<context>
    <name>Storydesk::PageMetadataFetcher</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>blocked: only http and https pages are read</source>
        <translation>blockiert: Nur Seiten über http und https werden gelesen</translation>
    </message>
</context>
<context>
    <name>Storydesk::ProblemsModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Storydesk::ProblemsView</name>
    <message>
        <source>Filter problems by file or message</source>
        <translation>Probleme nach Datei oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>Problems: %L1, files: %L2</source>
        <translation>Probleme: %L1, Dateien: %L2</translation>
    </message>
    <message>
        <source>Problems: %L1 of %L2</source>
        <translation>Probleme: %L1 von %L2</translation>
    </message>
</context>
<context>
    <name>Storydesk::QualitySpinBox</name>
    <message>
        <source>—</source>
        <comment>no value, or different values across the selected stories</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <comment>accessible description of a quality score</comment>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>No value</source>
        <comment>accessible description of a quality field without one value</comment>
        <translation>Kein Wert</translation>
    </message>
</context>
<context>
    <name>Storydesk::RecoverStoriesCommand</name>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Storydesk::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Storydesk stopped before these stories of %1 were saved. Recover puts their edits back, unsaved, as one step you can undo.</source>
        <translation>Storydesk wurde beendet, bevor diese Meldungen aus %1 gespeichert waren. „Wiederherstellen“ setzt ihre Änderungen ungespeichert wieder ein, in einem Schritt, den Sie rückgängig machen können.</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Journal entries that could not be read were skipped:</source>
        <translation>Nicht lesbare Einträge des Wiederherstellungsjournals wurden übersprungen:</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Keep the edits in the journal: this dialog asks again when the folder next opens.</source>
        <translation>Behält die Änderungen im Wiederherstellungsjournal: Dieser Dialog fragt erneut, wenn der Ordner das nächste Mal geöffnet wird.</translation>
    </message>
    <message>
        <source>Drop the edits for good: the stories stay as they are on disk.</source>
        <translation>Verwirft die Änderungen endgültig: Die Meldungen bleiben, wie sie auf der Festplatte stehen.</translation>
    </message>
</context>
<context>
    <name>Storydesk::RelatedCoverage</name>
    <message>
        <source>%1 cannot be edited</source>
        <translation>%1 kann nicht bearbeitet werden</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln related entries</source>
        <translation>
            <numerusform>%Ln verwandten Bericht hinzufügen</numerusform>
            <numerusform>%Ln verwandte Berichte hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the related entries to %1</source>
        <translation>Die verwandten Berichte konnten %1 nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>wird abgerufen…</translation>
    </message>
    <message>
        <source>Page not read: %1</source>
        <translation>Seite nicht gelesen: %1</translation>
    </message>
    <message>
        <source>%1: page not read (%2); the entry keeps what is known</source>
        <translation>%1: Seite nicht gelesen (%2); der Eintrag behält, was bekannt ist</translation>
    </message>
    <message>
        <source>Fill related entry from its page</source>
        <translation>Verwandten Bericht aus seiner Seite füllen</translation>
    </message>
</context>
<context>
    <name>Storydesk::RelatedEntry</name>
    <message>
        <source>%1: a story cannot be related to itself</source>
        <translation>%1: Eine Meldung kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <source>%1: already related</source>
        <translation>%1: bereits verknüpft</translation>
    </message>
    <message>
        <source>%1: offered twice</source>
        <translation>%1: doppelt angeboten</translation>
    </message>
</context>
<context>
    <name>Storydesk::RelatedEntryDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>related entry: provider · date</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Storydesk::RelatedListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Edit related title</source>
        <translation>Titel eines verwandten Berichts bearbeiten</translation>
    </message>
    <message>
        <source>Edit related excerpt</source>
        <translation>Anriss eines verwandten Berichts bearbeiten</translation>
    </message>
    <message>
        <source>Set related quality</source>
        <translation>Qualität eines verwandten Berichts setzen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln related entries</source>
        <translation>
            <numerusform>%Ln verwandten Bericht entfernen</numerusform>
            <numerusform>%Ln verwandte Berichte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move related entry up</source>
        <translation>Verwandten Bericht nach oben</translation>
    </message>
    <message>
        <source>Move related entry down</source>
        <translation>Verwandten Bericht nach unten</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln related entries</source>
        <translation>
            <numerusform>%Ln verwandten Bericht verschieben</numerusform>
            <numerusform>%Ln verwandte Berichte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality %1 of 100</source>
        <translation>Qualität %1 von 100</translation>
    </message>
</context>
<context>
    <name>Storydesk::SampleSite</name>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 lässt sich nicht nach %2 kopieren</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 lässt sich nicht nach %2 verschieben</translation>
    </message>
</context>
<context>
    <name>Storydesk::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Where it was added</source>
        <translation>Wo sie hinzugefügt wurde</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Auswahl erweitern</translation>
    </message>
    <message>
        <source>Add or remove a row from the selection</source>
        <translation>Zeile zur Auswahl hinzufügen oder daraus entfernen</translation>
    </message>
    <message>
        <source>Select all stories shown</source>
        <translation>Alle angezeigten Meldungen auswählen</translation>
    </message>
    <message>
        <source>Page up / down</source>
        <translation>Seite hoch / runter</translation>
    </message>
    <message>
        <source>First / last story</source>
        <translation>Erste / letzte Meldung</translation>
    </message>
    <message>
        <source>Story list</source>
        <translation>Meldungsliste</translation>
    </message>
</context>
<context>
    <name>Storydesk::SiteFieldsController</name>
    <message>
        <source>Site fields</source>
        <translation>Felder der Website</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>The site&apos;s fields: Settings ▸ Site Fields…</source>
        <translation>Die Felder der Website: Einstellungen ▸ Felder der Website…</translation>
    </message>
    <message>
        <source>Site fields saved</source>
        <translation>Felder der Website gespeichert</translation>
    </message>
</context>
<context>
    <name>Storydesk::SiteFieldsDialog</name>
    <message>
        <source>Site Fields</source>
        <translation>Felder der Website</translation>
    </message>
    <message>
        <source>Problems in the site&apos;s fields file</source>
        <translation>Probleme in der Felder-Datei der Website</translation>
    </message>
    <message>
        <source>Each of Storydesk&apos;s fields reads the key on the right from every story of this site. Leave a key empty where the site has no such field: it is then left out of the table and the form.</source>
        <translation>Jedes Feld von Storydesk liest den Schlüssel rechts daneben aus jeder Meldung dieser Website. Lassen Sie einen Schlüssel leer, wo die Website kein solches Feld hat: Es fehlt dann in der Tabelle und im Formular.</translation>
    </message>
    <message>
        <source>Save the site&apos;s fields</source>
        <translation>Die Felder der Website speichern</translation>
    </message>
    <message>
        <source>Cancel without changing the site&apos;s fields</source>
        <translation>Abbrechen, ohne die Felder der Website zu ändern</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>This story</source>
        <translation>Diese Meldung</translation>
    </message>
    <message>
        <source>This story (none selected)</source>
        <translation>Diese Meldung (keine ausgewählt)</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>Schlüssel für %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>%1 in this story</source>
        <translation>%1 in dieser Meldung</translation>
    </message>
    <message>
        <source>The key means not published (as Hugo&apos;s draft)</source>
        <translation>Der Schlüssel bedeutet „nicht veröffentlicht“ (wie draft bei Hugo)</translation>
    </message>
    <message>
        <source>Published key means not published</source>
        <translation>Veröffentlicht-Schlüssel bedeutet „nicht veröffentlicht“</translation>
    </message>
    <message>
        <source>A story without the published key is</source>
        <translation>Eine Meldung ohne den Veröffentlicht-Schlüssel ist</translation>
    </message>
    <message>
        <source>Without the key: undecided</source>
        <translation>Ohne den Schlüssel: offen</translation>
    </message>
    <message>
        <source>Without the key: published</source>
        <translation>Ohne den Schlüssel: veröffentlicht</translation>
    </message>
    <message>
        <source>Without the key: not published</source>
        <translation>Ohne den Schlüssel: nicht veröffentlicht</translation>
    </message>
    <message>
        <source>not a key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>(not in this story)</source>
        <translation>(nicht in dieser Meldung)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>“%1” is not a key (write a key path such as tags or cover.image)</source>
        <translation>„%1“ ist kein Schlüssel (schreiben Sie einen Schlüsselpfad wie tags oder cover.image)</translation>
    </message>
    <message>
        <source>The site&apos;s fields could not be saved: %1</source>
        <translation>Die Felder der Website konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Anriss</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <source>Provider domain</source>
        <translation>Domain der Quelle</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Resonanz</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Related coverage</source>
        <translation>Verwandte Berichte</translation>
    </message>
    <message>
        <source>Story format</source>
        <translation>Meldungsformat</translation>
    </message>
    <message>
        <source>Detected from the stories&apos; keys</source>
        <translation>Aus den Schlüsseln der Meldungen erkannt</translation>
    </message>
    <message>
        <source>%1 site (detected)</source>
        <translation>%1-Website (erkannt)</translation>
    </message>
    <message>
        <source>%1 site (detected from %2)</source>
        <translation>%1-Website (erkannt an %2)</translation>
    </message>
    <message>
        <source>Fields from %1</source>
        <translation>Felder aus %1</translation>
    </message>
    <message>
        <source>The fields detected from the site are used until the file is fixed.</source>
        <translation>Bis die Datei korrigiert ist, gelten die an der Website erkannten Felder.</translation>
    </message>
</context>
<context>
    <name>Storydesk::SiteFieldsFile</name>
    <message>
        <source>the key of %1 must be a key path like images.0.url, or ~ for none</source>
        <translation>der Schlüssel von %1 muss ein Schlüsselpfad wie images.0.url sein, oder ~ für keinen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key path (%2)</source>
        <translation>„%1“ ist kein Schlüsselpfad (%2)</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>published takes key, negated and default, not &apos;%1&apos;</source>
        <translation>published nimmt key, negated und default, nicht „%1“</translation>
    </message>
    <message>
        <source>site.yaml must be a map with a fields key</source>
        <translation>site.yaml muss eine Map mit einem Schlüssel fields sein</translation>
    </message>
    <message>
        <source>fields must be a map of roles to keys</source>
        <translation>fields muss eine Map von Rollen auf Schlüssel sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field role; the roles are: %2</source>
        <translation>„%1“ ist keine Feldrolle; die Rollen sind: %2</translation>
    </message>
</context>
<context>
    <name>Storydesk::SiteFieldsLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei ist nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>Storydesk::SiteImageResolver</name>
    <message>
        <source>%1 leaves the site folder</source>
        <translation>%1 führt aus dem Site-Ordner hinaus</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 is not in the site folder</source>
        <translation>%1 liegt nicht im Site-Ordner</translation>
    </message>
</context>
<context>
    <name>Storydesk::SourceHighlighter</name>
    <message>
        <source>built-in</source>
        <comment>the source view&apos;s highlighter</comment>
        <translation>eingebaut</translation>
    </message>
</context>
<context>
    <name>Storydesk::SourceView</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Apply Source</source>
        <translation>Quelltext übernehmen</translation>
    </message>
    <message>
        <source>Story source</source>
        <translation>Quelltext der Meldung</translation>
    </message>
    <message>
        <source>The story changed since you began editing its source.</source>
        <translation>Die Meldung hat sich geändert, seit Sie ihren Quelltext bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Show the story as it is now, dropping the text typed here</source>
        <translation>Die Meldung im jetzigen Stand zeigen und den hier eingegebenen Text verwerfen</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Check the text and make it the story&apos;s (%1)</source>
        <translation>Text prüfen und für die Meldung übernehmen (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Select one story to see its source.</source>
        <translation>Wählen Sie eine einzelne Meldung, um ihren Quelltext zu sehen.</translation>
    </message>
    <message>
        <source>Select a story to see its source.</source>
        <translation>Wählen Sie eine Meldung, um ihren Quelltext zu sehen.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Not applied: the front matter does not parse. Fix the marked problems, or reload the story.</source>
        <translation>Nicht übernommen: Das Front Matter ist fehlerhaft. Beheben Sie die markierten Probleme oder laden Sie die Meldung neu.</translation>
    </message>
    <message>
        <source>Edit Source of %1</source>
        <translation>Quelltext von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Not applied: the story could not take this text.</source>
        <translation>Nicht übernommen: Die Meldung konnte diesen Text nicht aufnehmen.</translation>
    </message>
    <message>
        <source>Go to the problem</source>
        <translation>Zum Problem springen</translation>
    </message>
    <message>
        <source>Edited here: Apply (%1) to make this the story&apos;s text.</source>
        <translation>Hier bearbeitet: „Übernehmen“ (%1) macht dies zum Text der Meldung.</translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryChanges</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(list)</source>
        <translation>(Liste)</translation>
    </message>
    <message>
        <source>front matter changed</source>
        <translation>Front Matter geändert</translation>
    </message>
    <message>
        <source>body changed</source>
        <translation>Text geändert</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>umsortiert</translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n bearbeitet</numerusform>
            <numerusform>%n bearbeitet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>formatting changed</source>
        <translation>Formatierung geändert</translation>
    </message>
    <message>
        <source>new story</source>
        <translation>neue Meldung</translation>
    </message>
    <message>
        <source>deleted story</source>
        <translation>gelöschte Meldung</translation>
    </message>
    <message>
        <source>add %1</source>
        <comment>commit message</comment>
        <translation>neu %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <comment>commit message</comment>
        <translation>gelöscht %1</translation>
    </message>
    <message>
        <source>publish %1</source>
        <comment>commit message</comment>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <source>unpublish %1</source>
        <comment>commit message</comment>
        <translation>zurückgezogen %1</translation>
    </message>
    <message>
        <source>quality on %1</source>
        <comment>commit message</comment>
        <translation>Qualität bei %1</translation>
    </message>
    <message>
        <source>topics on %1</source>
        <comment>commit message</comment>
        <translation>Themen bei %1</translation>
    </message>
    <message>
        <source>related on %1</source>
        <comment>commit message</comment>
        <translation>verwandte Berichte bei %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <comment>commit message</comment>
        <translation>bearbeitet %1</translation>
    </message>
    <message>
        <source>Triage: %1 %2</source>
        <comment>commit message: the counted decisions, then the noun</comment>
        <translation>Triage: %1 %2</translation>
    </message>
    <message>
        <source>story</source>
        <comment>commit message</comment>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>stories</source>
        <comment>commit message</comment>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Triage: %1 stories</source>
        <comment>commit message</comment>
        <translation>Triage: %1 Meldungen</translation>
    </message>
    <message>
        <source>- and %1 more</source>
        <comment>commit message</comment>
        <translation>- und %1 weitere</translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryDocument</name>
    <message>
        <source>%1 is a folder, not a story file</source>
        <translation>%1 ist ein Ordner, keine Meldungsdatei</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe or a device), not a story file</source>
        <translation>%1 ist keine reguläre Datei (eine Pipe oder ein Gerät), keine Meldungsdatei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: the front matter does not parse, so the file is not written</source>
        <translation>%1: Das Front Matter ist fehlerhaft, die Datei wird deshalb nicht geschrieben</translation>
    </message>
    <message>
        <source>cannot save %1: its folder no longer exists</source>
        <translation>%1 lässt sich nicht speichern: Der Ordner existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1 was changed on disk since it was read; nothing was written</source>
        <translation>%1 wurde auf dem Datenträger geändert, seit die Datei gelesen wurde; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>cannot save %1: the file is read-only</source>
        <translation>%1 lässt sich nicht speichern: Die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 lässt sich nicht speichern: %2</translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryEditor</name>
    <message>
        <source>changed since the edit was planned</source>
        <translation>geändert, seit die Bearbeitung geplant wurde</translation>
    </message>
    <message>
        <source>%1 already has unsaved edits</source>
        <translation>%1 hat bereits ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1: the recovered text does not parse</source>
        <translation>%1: Der wiederhergestellte Text ist fehlerhaft</translation>
    </message>
    <message>
        <source>%1 no longer parses: %2</source>
        <translation>%1 ist nicht mehr fehlerfrei: %2</translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryForm</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Select a story to edit it.</source>
        <translation>Wählen Sie eine Meldung, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation>&amp;Qualität:</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Veröffentlicht</translation>
    </message>
    <message>
        <source>Whether the site shows the story</source>
        <translation>Ob die Website die Meldung zeigt</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Heat:</source>
        <translation>Resonanz:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Related coverage</source>
        <translation>Verwandte Berichte</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>E&amp;xcerpt:</source>
        <translation>&amp;Anriss:</translation>
    </message>
    <message>
        <source>Qualit&amp;y:</source>
        <translation>Qua&amp;lität:</translation>
    </message>
    <message>
        <source>Select one story to edit its related coverage.</source>
        <translation>Wählen Sie eine einzelne Meldung, um ihre verwandten Berichte zu bearbeiten.</translation>
    </message>
    <message>
        <source>The front matter cannot be read.</source>
        <translation>Das Front Matter ist nicht lesbar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories selected</source>
        <translation>
            <numerusform>%Ln Meldung ausgewählt</numerusform>
            <numerusform>%Ln Meldungen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>This story cannot be edited:
%1</source>
        <translation>Diese Meldung kann nicht bearbeitet werden:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected stories cannot be edited and are left out of changes:</source>
        <translation>
            <numerusform>%Ln der ausgewählten Meldungen kann nicht bearbeitet werden und bleibt bei Änderungen außen vor:</numerusform>
            <numerusform>%Ln der ausgewählten Meldungen können nicht bearbeitet werden und bleiben bei Änderungen außen vor:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…und %Ln weitere</numerusform>
            <numerusform>…und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Set quality to %1</source>
        <translation>Qualität auf %1 setzen</translation>
    </message>
    <message numerus="yes">
        <source>Publish %Ln stories</source>
        <translation>
            <numerusform>%Ln Meldung veröffentlichen</numerusform>
            <numerusform>%Ln Meldungen veröffentlichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpublish %Ln stories</source>
        <translation>
            <numerusform>%Ln Meldung zurückziehen</numerusform>
            <numerusform>%Ln Meldungen zurückziehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add topic %1</source>
        <translation>Thema %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add topics %1</source>
        <translation>Themen %1 hinzufügen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Remove topic %1</source>
        <translation>Thema %1 entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected entry; Delete removes it</source>
        <translation>Strg+Pfeil nach oben und Strg+Pfeil nach unten verschieben den gewählten Eintrag; Entf entfernt ihn</translation>
    </message>
    <message>
        <source>Related entry title</source>
        <translation>Titel des verwandten Berichts</translation>
    </message>
    <message>
        <source>Related entry excerpt</source>
        <translation>Anriss des verwandten Berichts</translation>
    </message>
    <message>
        <source>Related entry quality</source>
        <translation>Qualität des verwandten Berichts</translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryIndex</name>
    <message>
        <source>en</source>
        <comment>the language code of this catalogue: the index file of each folder is kept per language</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryPreview</name>
    <message>
        <source>No story selected</source>
        <translation>Keine Meldung ausgewählt</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Only http and https links open</source>
        <translation>Nur http- und https-Links lassen sich öffnen</translation>
    </message>
    <message>
        <source>Not committed yet</source>
        <translation>Noch nicht committet</translation>
    </message>
    <message>
        <source>Last committed by %1 on %2</source>
        <translation>Zuletzt committet von %1 am %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Picture not found</source>
        <translation>Bild nicht gefunden</translation>
    </message>
    <message>
        <source>Picture timed out</source>
        <translation>Bild: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Picture too large</source>
        <translation>Bild zu groß</translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation>Keine Bilddatei</translation>
    </message>
    <message>
        <source>Picture blocked</source>
        <translation>Bild blockiert</translation>
    </message>
    <message>
        <source>Remote images are off</source>
        <translation>Bilder aus dem Netz sind aus</translation>
    </message>
    <message>
        <source>Picture unavailable</source>
        <translation>Bild nicht verfügbar</translation>
    </message>
    <message>
        <source>Story picture</source>
        <translation>Bild der Meldung</translation>
    </message>
    <message>
        <source>Provider logo</source>
        <translation>Logo der Quelle</translation>
    </message>
    <message>
        <source>Story preview</source>
        <translation>Vorschau der Meldung</translation>
    </message>
</context>
<context>
    <name>Storydesk::StorySchema</name>
    <message>
        <source>%1 must be a whole number from 0 to 100, not &apos;%2&apos;</source>
        <translation>%1 muss eine ganze Zahl von 0 bis 100 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be from 0 to 100, not %2</source>
        <translation>%1 muss zwischen 0 und 100 liegen, nicht %2</translation>
    </message>
    <message>
        <source>published must be true or false, not &apos;%1&apos;</source>
        <translation>published muss true oder false sein, nicht „%1“</translation>
    </message>
    <message>
        <source>publishedDateTime is not a date and time: &apos;%1&apos;</source>
        <translation>publishedDateTime ist kein Datum mit Uhrzeit: „%1“</translation>
    </message>
    <message>
        <source>published must be true or false, not the text &quot;%1&quot;</source>
        <translation>published muss true oder false sein, nicht der Text „%1“</translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryTableModel</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Not committed yet</source>
        <translation>Noch nicht committet</translation>
    </message>
    <message>
        <source>Saved, not committed yet</source>
        <translation>Gespeichert, noch nicht committet</translation>
    </message>
    <message>
        <source>Changed by the last sync</source>
        <translation>Durch die letzte Synchronisierung geändert</translation>
    </message>
    <message>
        <source>Deleted, not committed yet</source>
        <translation>Gelöscht, noch nicht committet</translation>
    </message>
    <message>
        <source>In conflict: the last merge left both versions in the file</source>
        <translation>Im Konflikt: Die letzte Zusammenführung hat beide Fassungen in der Datei gelassen</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Ungespeichert</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Resonanz</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Published value not readable</source>
        <translation>Wert von published nicht lesbar</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryTriage</name>
    <message>
        <source>Could not change %1</source>
        <translation>%1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Raise Quality</source>
        <translation>Qualität erhöhen</translation>
    </message>
    <message>
        <source>Lower Quality</source>
        <translation>Qualität senken</translation>
    </message>
    <message>
        <source>Set Quality to %1</source>
        <translation>Qualität auf %1 setzen</translation>
    </message>
    <message>
        <source>Every story in the list is published</source>
        <translation>Jede Meldung in der Liste ist veröffentlicht</translation>
    </message>
    <message>
        <source>Related target: “%1”. Select stories and attach them with Attach as Related Coverage.</source>
        <translation>Ziel für verwandte Berichte: „%1“. Wählen Sie Meldungen und hängen Sie sie mit „Als verwandte Berichte anhängen“ an.</translation>
    </message>
    <message>
        <source>Mark a story as the related target first</source>
        <translation>Merken Sie zuerst eine Meldung als Ziel für verwandte Berichte vor</translation>
    </message>
    <message>
        <source>Select the stories to attach to “%1”</source>
        <translation>Wählen Sie die Meldungen, die an „%1“ angehängt werden sollen</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n stories to “%1”</source>
        <translation>
            <numerusform>%n Meldung an „%1“ angehängt</numerusform>
            <numerusform>%n Meldungen an „%1“ angehängt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::SummaryReader</name>
    <message>
        <source>provider must be a map with name and domain</source>
        <translation>provider muss eine Map mit name und domain sein</translation>
    </message>
    <message>
        <source>topics must be a list of strings</source>
        <translation>topics muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>related must be a list of entries</source>
        <translation>related muss eine Liste von Einträgen sein</translation>
    </message>
    <message>
        <source>topics must be a list of strings; entry %1 is a map</source>
        <translation>topics muss eine Liste von Zeichenketten sein; Eintrag %1 ist eine Map</translation>
    </message>
    <message>
        <source>topics must be a list of strings; entry %1 is a list</source>
        <translation>topics muss eine Liste von Zeichenketten sein; Eintrag %1 ist eine Liste</translation>
    </message>
    <message>
        <source>related entry %1 must be a map with a webUrl</source>
        <translation>related-Eintrag %1 muss eine Map mit webUrl sein</translation>
    </message>
    <message>
        <source>the front matter is not a map of keys and values</source>
        <translation>das Front Matter ist keine Map aus Schlüsseln und Werten</translation>
    </message>
    <message>
        <source>related entry %1 has no webUrl</source>
        <translation>related-Eintrag %1 hat keine webUrl</translation>
    </message>
    <message>
        <source>topics must be a list of strings; entry %1 is empty</source>
        <translation>topics muss eine Liste von Zeichenketten sein; Eintrag %1 ist leer</translation>
    </message>
    <message>
        <source>topics must be a list of strings; entry %1 is an alias</source>
        <translation>topics muss eine Liste von Zeichenketten sein; Eintrag %1 ist ein Alias</translation>
    </message>
    <message>
        <source>topics must be a list of strings, not a single value</source>
        <translation>topics muss eine Liste von Zeichenketten sein, kein einzelner Wert</translation>
    </message>
    <message>
        <source>cannot read the file: it is a folder</source>
        <translation>die Datei ist nicht lesbar: Sie ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot read the file: it is not a regular file (a pipe or a device)</source>
        <translation>die Datei ist nicht lesbar: Sie ist keine reguläre Datei (eine Pipe oder ein Gerät)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the front matter is larger than the %1 MB a story may have</source>
        <translation>das Front Matter ist größer als die %1 MB, die eine Meldung haben darf</translation>
    </message>
    <message>
        <source>the quoted value starting here is never closed</source>
        <translation>der hier beginnende Wert in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the front matter could not be read: %1</source>
        <translation>das Front Matter konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a date and time: &apos;%2&apos;</source>
        <translation>%1 ist kein Datum mit Uhrzeit: „%2“</translation>
    </message>
    <message>
        <source>%1 must be true or false, not the text &quot;%2&quot;</source>
        <translation>%1 muss true oder false sein, nicht der Text „%2“</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 muss true oder false sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>Storydesk::SyncJob</name>
    <message>
        <source>nothing came in</source>
        <translation>nichts ist eingegangen</translation>
    </message>
    <message numerus="yes">
        <source>%n stories came in</source>
        <translation>
            <numerusform>%n Meldung ist eingegangen</numerusform>
            <numerusform>%n Meldungen sind eingegangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1; your commits were sent.</source>
        <translation>Synchronisiert: %1; Ihre Commits wurden gesendet.</translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation>Synchronisiert: %1.</translation>
    </message>
    <message>
        <source>Synced nothing: this branch has no upstream, so your commits stay on this machine. Set one once with `git push -u origin BRANCH`.</source>
        <translation>Nichts synchronisiert: Dieser Branch hat keinen Upstream, Ihre Commits bleiben also auf diesem Rechner. Legen Sie einmal einen fest mit `git push -u origin BRANCH`.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conflict(s) left: open them from the Problems dock to resolve them, then commit and sync again.</source>
        <translation>
            <numerusform>%1, %n Konflikt bleibt: Öffnen Sie ihn in der Leiste „Probleme“, lösen Sie ihn, committen Sie dann und synchronisieren Sie erneut.</numerusform>
            <numerusform>%1, %n Konflikte bleiben: Öffnen Sie sie in der Leiste „Probleme“, lösen Sie sie, committen Sie dann und synchronisieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing came in</source>
        <translation>Nichts ist eingegangen</translation>
    </message>
    <message>
        <source>Sync cancelled: nothing was changed.</source>
        <translation>Synchronisierung abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This folder is not in a git repository: there is nothing to sync.</source>
        <translation>Dieser Ordner liegt in keinem Git-Repository: Es gibt nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>No branch is checked out (a detached HEAD): check out the branch you work on, then sync.</source>
        <translation>Kein Branch ist ausgecheckt (losgelöster HEAD): Checken Sie den Branch aus, an dem Sie arbeiten, und synchronisieren Sie dann.</translation>
    </message>
    <message>
        <source>A merge or rebase is still in progress: resolve its conflicts (or abort it), then sync again.</source>
        <translation>Ein Merge oder Rebase läuft noch: Lösen Sie seine Konflikte (oder brechen Sie ihn ab) und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Git would overwrite changes that are not committed: commit them (File ▸ Commit…) and sync again.</source>
        <translation>Git würde nicht committete Änderungen überschreiben: Committen Sie sie (Datei ▸ Committen…) und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>The remote could not be reached: check the network connection or the remote&apos;s address, then sync again.</source>
        <translation>Das Remote war nicht erreichbar: Prüfen Sie die Netzwerkverbindung oder die Adresse des Remotes und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The remote refused your credentials: check your SSH key or the password your credential helper keeps, then sync again.</source>
        <translation>Das Remote hat Ihre Zugangsdaten abgelehnt: Prüfen Sie Ihren SSH-Schlüssel oder das Passwort, das Ihr Credential-Helper speichert, und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Someone else pushed while this sync ran: sync again to take their work in, then yours goes out.</source>
        <translation>Während dieser Synchronisierung hat jemand anderes gepusht: Synchronisieren Sie erneut, um diese Arbeit zu übernehmen; dann geht Ihre hinaus.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sync: fetching…</source>
        <translation>Synchronisierung: wird abgerufen…</translation>
    </message>
    <message>
        <source>Sync: taking their work in…</source>
        <translation>Synchronisierung: Arbeit der anderen wird übernommen…</translation>
    </message>
    <message>
        <source>Sync: sending your commits…</source>
        <translation>Synchronisierung: Ihre Commits werden gesendet…</translation>
    </message>
    <message>
        <source>Sync: done</source>
        <translation>Synchronisierung: fertig</translation>
    </message>
</context>
<context>
    <name>Storydesk::SyncRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the sync (a merge or rebase under way is finished first)</source>
        <translation>Synchronisierung anhalten (ein laufender Merge oder Rebase wird erst abgeschlossen)</translation>
    </message>
    <message>
        <source>Sync: looking at the repository…</source>
        <translation>Synchronisierung: Repository wird geprüft…</translation>
    </message>
    <message>
        <source>Sync: cancelling…</source>
        <translation>Synchronisierung: wird abgebrochen…</translation>
    </message>
    <message>
        <source>This folder is not in a git repository: there is nothing to sync.</source>
        <translation>Dieser Ordner liegt in keinem Git-Repository: Es gibt nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>The merge driver could not be set up: %1</source>
        <translation>Der Merge-Treiber konnte nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>Storydesk::TopicChip</name>
    <message>
        <source>new</source>
        <comment>marker on a topic no other story uses</comment>
        <translation>neu</translation>
    </message>
    <message>
        <source>Remove this topic</source>
        <translation>Dieses Thema entfernen</translation>
    </message>
    <message>
        <source>Remove topic %1</source>
        <translation>Thema %1 entfernen</translation>
    </message>
    <message>
        <source>On %L1 of %L2 stories</source>
        <translation>In %L1 von %L2 Meldungen</translation>
    </message>
    <message>
        <source>New topic: no other story uses it</source>
        <translation>Neues Thema: Keine andere Meldung verwendet es</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>accessible action of a topic chip</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <comment>accessible name of a topic chip</comment>
        <translation>Thema %1</translation>
    </message>
    <message>
        <source>Press Delete to remove</source>
        <translation>Entf entfernt es</translation>
    </message>
</context>
<context>
    <name>Storydesk::TopicEditor</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Add a topic…</source>
        <translation>Thema hinzufügen…</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <source>Enter or comma adds the topic; Backspace in the empty field removes the last topic</source>
        <translation>Eingabetaste oder Komma fügt das Thema hinzu; Rücktaste im leeren Feld entfernt das letzte Thema</translation>
    </message>
    <message>
        <source>“%1” is already a topic</source>
        <translation>„%1“ ist bereits ein Thema</translation>
    </message>
</context>
<context>
    <name>Storydesk::TopicRenameDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename or Merge Topics</source>
        <translation>Themen umbenennen oder zusammenführen</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>Thema suchen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Tick the topics to rename; several are merged into one</source>
        <translation>Haken Sie die umzubenennenden Themen an; mehrere werden zu einem zusammengeführt</translation>
    </message>
    <message>
        <source>The topic&apos;s new name</source>
        <translation>Der neue Name des Themas</translation>
    </message>
    <message>
        <source>&amp;Topics to rename or merge:</source>
        <translation>&amp;Themen zum Umbenennen oder Zusammenführen:</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <source>Tick one topic to rename it, or several to merge them.</source>
        <translation>Haken Sie ein Thema zum Umbenennen an, oder mehrere zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation>Geben Sie den neuen Namen ein.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is already a topic, of %Ln stories: this merges into it.</source>
        <translation>
            <numerusform>„%1“ ist bereits ein Thema, in %Ln Meldung: Dies wird damit zusammengeführt.</numerusform>
            <numerusform>„%1“ ist bereits ein Thema, in %Ln Meldungen: Dies wird damit zusammengeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln topics become one: “%1”.</source>
        <translation>
            <numerusform>Das Thema wird zu „%1“.</numerusform>
            <numerusform>Die %Ln Themen werden zu einem: „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every spelling of “%1” becomes “%2”.</source>
        <translation>Jede Schreibweise von „%1“ wird zu „%2“.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Stories that change: none yet.</source>
        <translation>Meldungen, die sich ändern: noch keine.</translation>
    </message>
    <message>
        <source>No story changes: every story with these topics already has them as “%1”.</source>
        <translation>Keine Meldung ändert sich: Jede Meldung mit diesen Themen hat sie bereits als „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories change (only their topics):</source>
        <translation>
            <numerusform>%Ln Meldung ändert sich (nur ihre Themen):</numerusform>
            <numerusform>%Ln Meldungen ändern sich (nur ihre Themen):</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>%1 (cannot be read: skipped)</source>
        <translation>%1 (nicht lesbar: übersprungen)</translation>
    </message>
    <message>
        <source>Reading stories: %1 of %2</source>
        <translation>Meldungen werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Changing topics: %1 of %2</source>
        <translation>Themen werden geändert: %1 von %2</translation>
    </message>
    <message>
        <source>Merge Topics into “%1”</source>
        <translation>Themen zu „%1“ zusammenführen</translation>
    </message>
    <message>
        <source>Rename Topic “%1” to “%2”</source>
        <translation>Thema „%1“ in „%2“ umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Topics changed in %Ln stories: Save All writes them.</source>
        <translation>
            <numerusform>Themen in %Ln Meldung geändert: „Alle speichern“ schreibt sie.</numerusform>
            <numerusform>Themen in %Ln Meldungen geändert: „Alle speichern“ schreibt sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories could not be changed.</source>
        <translation>
            <numerusform>%Ln Meldung konnte nicht geändert werden.</numerusform>
            <numerusform>%Ln Meldungen konnten nicht geändert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelled: no story was changed.</source>
        <translation>Abgebrochen: Keine Meldung wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Storydesk::TopicRenameJob</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Storydesk::WebLimits</name>
    <message>
        <source>blocked: more than %1 redirects</source>
        <translation>blockiert: mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>blocked: redirected to a non-http address</source>
        <translation>blockiert: weitergeleitet an eine Adresse ohne http</translation>
    </message>
    <message>
        <source>blocked: redirected from https to http</source>
        <translation>blockiert: von https auf http weitergeleitet</translation>
    </message>
    <message>
        <source>HTTP %1 without a target</source>
        <translation>HTTP %1 ohne Ziel</translation>
    </message>
</context>
<context>
    <name>Storydesk::WindowActions</name>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>After 30 Seconds Idle</source>
        <translation>Nach 30 Sekunden ohne Eingabe</translation>
    </message>
    <message>
        <source>After 1 Minute Idle</source>
        <translation>Nach 1 Minute ohne Eingabe</translation>
    </message>
    <message>
        <source>After 5 Minutes Idle</source>
        <translation>Nach 5 Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a site folder</source>
        <translation>Einen Website-Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the selected stories</source>
        <translation>Die ausgewählten Meldungen speichern</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>A&amp;lle speichern</translation>
    </message>
    <message>
        <source>Save every modified story</source>
        <translation>Alle geänderten Meldungen speichern</translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation>&amp;Committen…</translation>
    </message>
    <message>
        <source>Commit saved stories to the site&apos;s git repository</source>
        <translation>Gespeicherte Meldungen ins Git-Repository der Website committen</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Take the team&apos;s work in and send yours out (fetch, merge or rebase, push)</source>
        <translation>Die Arbeit des Teams holen und Ihre senden (fetch, merge oder rebase, push)</translation>
    </message>
    <message>
        <source>Re&amp;vert Story</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Drop the unsaved edits of the selected stories</source>
        <translation>Die ungespeicherten Änderungen der ausgewählten Meldungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search and filter the stories</source>
        <translation>Meldungen suchen und filtern</translation>
    </message>
    <message>
        <source>Back to the Story List</source>
        <translation>Zurück zur Meldungsliste</translation>
    </message>
    <message>
        <source>Toggle &amp;Published</source>
        <translation>&amp;Veröffentlicht umschalten</translation>
    </message>
    <message>
        <source>Publish the selected stories, or unpublish them when all are published</source>
        <translation>Die ausgewählten Meldungen veröffentlichen, oder zurückziehen, wenn alle veröffentlicht sind</translation>
    </message>
    <message>
        <source>&amp;Raise Quality</source>
        <translation>Qualität &amp;erhöhen</translation>
    </message>
    <message>
        <source>Raise the quality of the selected stories by %1</source>
        <translation>Die Qualität der ausgewählten Meldungen um %1 erhöhen</translation>
    </message>
    <message>
        <source>&amp;Lower Quality</source>
        <translation>Qualität &amp;senken</translation>
    </message>
    <message>
        <source>Lower the quality of the selected stories by %1</source>
        <translation>Die Qualität der ausgewählten Meldungen um %1 senken</translation>
    </message>
    <message>
        <source>Set Quality to %1</source>
        <translation>Qualität auf %1 setzen</translation>
    </message>
    <message>
        <source>&amp;Next Story</source>
        <translation>&amp;Nächste Meldung</translation>
    </message>
    <message>
        <source>P&amp;revious Story</source>
        <translation>Vo&amp;rige Meldung</translation>
    </message>
    <message>
        <source>Next &amp;Unpublished Story</source>
        <translation>Nächste &amp;unveröffentlichte Meldung</translation>
    </message>
    <message>
        <source>Go to the next story that is not published (wraps around)</source>
        <translation>Zur nächsten nicht veröffentlichten Meldung (am Ende wieder von vorn)</translation>
    </message>
    <message>
        <source>Edit &amp;Topics</source>
        <translation>&amp;Themen bearbeiten</translation>
    </message>
    <message>
        <source>Add a topic to the selected stories (Escape returns to the list)</source>
        <translation>Den ausgewählten Meldungen ein Thema hinzufügen (Esc kehrt zur Liste zurück)</translation>
    </message>
    <message>
        <source>Rename or &amp;Merge Topics…</source>
        <translation>Themen umbenennen oder &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Rename a topic, or merge several into one, in every story of the folder</source>
        <translation>Ein Thema umbenennen oder mehrere zu einem zusammenführen, in jeder Meldung des Ordners</translation>
    </message>
    <message>
        <source>Load &amp;Remote Images</source>
        <translation>&amp;Bilder aus dem Netz laden</translation>
    </message>
    <message>
        <source>Fetch story pictures from the web; when off, only pictures in the site folder show</source>
        <translation>Bilder der Meldungen aus dem Netz laden; wenn aus, erscheinen nur Bilder aus dem Website-Ordner</translation>
    </message>
    <message>
        <source>&amp;Auto-advance</source>
        <translation>&amp;Automatisch weiter</translation>
    </message>
    <message>
        <source>Move to the next story after toggling published</source>
        <translation>Nach dem Umschalten von „Veröffentlicht“ zur nächsten Meldung gehen</translation>
    </message>
    <message>
        <source>After %1 Seconds Idle</source>
        <translation>Nach %1 Sekunden ohne Eingabe</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Storydesk</source>
        <translation>Ü&amp;ber Storydesk</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>D&amp;ubletten</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>&amp;Facets Sidebar</source>
        <translation>&amp;Facetten-Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide the facets and saved desks</source>
        <translation>Facetten und gespeicherte Desks zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Save &amp;Desk…</source>
        <translation>&amp;Desk speichern…</translation>
    </message>
    <message>
        <source>Save the filter text, facets and sort as a desk of this folder</source>
        <translation>Filtertext, Facetten und Sortierung als Desk dieses Ordners speichern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Meldung</translation>
    </message>
    <message>
        <source>Set &amp;Quality</source>
        <translation>&amp;Qualität setzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Auto-&amp;save</source>
        <translation>Auto&amp;matisch speichern</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Applies when Storydesk is started again</source>
        <translation>Gilt ab dem nächsten Start von Storydesk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Revert Story</source>
        <comment>tool bar button</comment>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Toggle Published</source>
        <comment>tool bar button</comment>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Next Unpublished Story</source>
        <comment>tool bar button</comment>
        <translation>Nächste unveröffentlichte</translation>
    </message>
    <message>
        <source>Load Remote Images</source>
        <comment>tool bar button</comment>
        <translation>Web-Bilder</translation>
    </message>
    <message>
        <source>&amp;Mark as Related Target</source>
        <translation>Als Ziel für verwandte Berichte vor&amp;merken</translation>
    </message>
    <message>
        <source>Remember the current story as the one Attach as Related Coverage adds to</source>
        <translation>Merkt die aktuelle Meldung vor: An sie hängt „Als verwandte Berichte anhängen“ an</translation>
    </message>
    <message>
        <source>&amp;Attach as Related Coverage</source>
        <translation>Als verwandte Berichte an&amp;hängen</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Voriger Bereich</translation>
    </message>
    <message>
        <source>Mark a story as the related target first (%1)</source>
        <translation>Merken Sie zuerst eine Meldung als Ziel für verwandte Berichte vor (%1)</translation>
    </message>
    <message>
        <source>Add the selected stories to the related coverage of “%1”</source>
        <translation>Hängt die gewählten Meldungen als verwandte Berichte an „%1“ an</translation>
    </message>
    <message>
        <source>Move the keyboard to the next pane: facets, story list, preview, form, source, docks</source>
        <translation>Bewegt den Tastaturfokus in den nächsten Bereich: Facetten, Meldungsliste, Vorschau, Formular, Quelltext, Docks</translation>
    </message>
    <message>
        <source>Site &amp;Fields…</source>
        <translation>&amp;Felder der Website…</translation>
    </message>
    <message>
        <source>Which key of this site&apos;s stories holds the title, date, published state, topics…</source>
        <translation>Welcher Schlüssel der Meldungen dieser Website Titel, Datum, Veröffentlichungsstatus, Themen… enthält</translation>
    </message>
</context>
<context>
    <name>Storydesk::WindowDocks</name>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Desk &quot;%1&quot;</source>
        <translation>Desk „%1“</translation>
    </message>
</context>
<context>
    <name>Storydesk::WindowRecovery</name>
    <message>
        <source>The recovery journal could not keep the edits of %1: %2</source>
        <translation>Das Wiederherstellungsjournal konnte die Änderungen an %1 nicht sichern: %2</translation>
    </message>
    <message>
        <source>The recovery journal is full: the edits of %1 and of further stories would be lost in a crash. Save them.</source>
        <translation>Das Wiederherstellungsjournal ist voll: Die Änderungen an %1 und weiteren Meldungen gingen bei einem Absturz verloren. Speichern Sie sie.</translation>
    </message>
    <message>
        <source>Another Storydesk has this folder open: unsaved edits made here are not kept for recovery.</source>
        <translation>Ein anderes Storydesk hat diesen Ordner geöffnet: Hier vorgenommene ungespeicherte Änderungen werden nicht für die Wiederherstellung aufbewahrt.</translation>
    </message>
    <message>
        <source>Recovery journal entries that could not be read were skipped: %1</source>
        <translation>Nicht lesbare Einträge des Wiederherstellungsjournals wurden übersprungen: %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Stories whose edits could not be recovered: %1</source>
        <translation>Meldungen, deren Änderungen nicht wiederhergestellt werden konnten: %1</translation>
    </message>
    <message>
        <source>Unsaved edits of the last session discarded: %1</source>
        <translation>Ungespeicherte Änderungen der letzten Sitzung verworfen: %1</translation>
    </message>
</context>
<context>
    <name>Storydesk::WindowStatus</name>
    <message>
        <source>Loading %v of %m</source>
        <translation>Wird geladen: %v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading: the stories already loaded stay</source>
        <translation>Laden abbrechen: Bereits geladene Meldungen bleiben</translation>
    </message>
    <message>
        <source>Shown: %L1 of %L2</source>
        <translation>Angezeigt: %L1 von %L2</translation>
    </message>
    <message>
        <source>Unpublished: %L1</source>
        <translation>Unveröffentlicht: %L1</translation>
    </message>
    <message>
        <source>Modified: %L1</source>
        <translation>Ungespeichert: %L1</translation>
    </message>
    <message>
        <source>Loading cancelled; stories loaded: %L1</source>
        <translation>Laden abgebrochen; geladene Meldungen: %L1</translation>
    </message>
    <message>
        <source>Stories loaded: %L1</source>
        <translation>Geladene Meldungen: %L1</translation>
    </message>
</context>
<context>
    <name>Storydesk::WindowTeamwork</name>
    <message>
        <source>%1 resolved and marked so in git: commit it (or continue the rebase), then sync.</source>
        <translation>%1 gelöst und in Git so markiert: Committen Sie (oder setzen Sie den Rebase fort) und synchronisieren Sie dann.</translation>
    </message>
</context>
<context>
    <name>Storydesk::YamlGuard</name>
    <message>
        <source>the front matter is %1 MB, more than the %2 MB a story may have</source>
        <translation>das Front Matter ist %1 MB groß, mehr als die %2 MB, die eine Meldung haben darf</translation>
    </message>
    <message>
        <source>the front matter nests more than %1 levels deep</source>
        <translation>das Front Matter ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the front matter expands to too many values (aliases referencing aliases?)</source>
        <translation>das Front Matter entfaltet sich zu zu vielen Werten (Aliase, die auf Aliase verweisen?)</translation>
    </message>
    <message>
        <source>the front matter nests too deeply once its aliases are followed (more than %1 levels)</source>
        <translation>das Front Matter ist, wenn man seinen Aliasen folgt, zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
</context>
<context>
    <name>Storydesk::YamlLayout</name>
    <message>
        <source>a key at an unexpected place (complex or aliased keys are not supported)</source>
        <translation>ein Schlüssel an unerwarteter Stelle (komplexe Schlüssel und Schlüssel als Alias werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>explicit `? key` entries are not supported by the writer</source>
        <translation>ausdrückliche `? key`-Einträge beherrscht der Schreiber nicht</translation>
    </message>
    <message>
        <source>cannot find the &apos;:&apos; after a key</source>
        <translation>kein „:“ nach einem Schlüssel gefunden</translation>
    </message>
    <message>
        <source>a list laid out in a way the writer does not handle</source>
        <translation>eine Liste, die so angelegt ist, wie es der Schreiber nicht beherrscht</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Curate a news site kept as Markdown files with YAML front matter.</source>
        <translation>Pflegen Sie eine Nachrichten-Website aus Markdown-Dateien mit YAML-Front-Matter.</translation>
    </message>
    <message>
        <source>The site folder to open (the bundled sample when omitted).</source>
        <translation>Der zu öffnende Website-Ordner (ohne Angabe das mitgelieferte Beispiel).</translation>
    </message>
    <message>
        <source>Storydesk</source>
        <translation>Storydesk</translation>
    </message>
    <message>
        <source>Cannot prepare the sample site: %1</source>
        <translation>Die Beispiel-Website kann nicht vorbereitet werden: %1</translation>
    </message>
</context>
</TS>
