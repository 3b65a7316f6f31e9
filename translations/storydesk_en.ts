<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Storydesk::CommitDialog</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;All First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stories saved but not committed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message (generated from the checked stories until you type in it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has unsaved edits too: only the saved version is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not committed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the stories to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message: it says what was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln story(ies) with unsaved edits: unsaved edits are never committed. Save them first to commit them.</source>
        <translation>
            <numerusform>%Ln story with unsaved edits: unsaved edits are never committed. Save them first to commit them.</numerusform>
            <numerusform>%Ln stories with unsaved edits: unsaved edits are never committed. Save them first to commit them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Committed %Ln story(ies) (%1)</source>
        <translation>
            <numerusform>Committed %Ln story (%1)</numerusform>
            <numerusform>Committed %Ln stories (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::CommitPlan</name>
    <message>
        <source>This folder is not in a git repository (or git is not installed): there is nothing to commit to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git does not know who you are, and a commit says who made it. Set your name and e-mail once, in a terminal:
    git config --global user.name &quot;Your Name&quot;
    git config --global user.email you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit: every saved story is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git could not tell which stories changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Triage: %n stories</source>
        <translation>
            <numerusform>Triage: %n story</numerusform>
            <numerusform>Triage: %n stories</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository is in the middle of %1: finish it (resolve its conflicts) or abort it before committing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::ConflictMarkers</name>
    <message>
        <source>unresolved merge conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::ConflictResolution</name>
    <message>
        <source>%1 changed on disk since the resolver read it: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is resolved but git could not mark it so: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::ConflictResolverDialog</name>
    <message>
        <source>Resolve Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict markers in %1 do not form blocks (%2): resolve it in a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no conflict markers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln conflict(s) left by a merge. For each, keep my version, theirs, or edit the lines; Save writes the story without conflict markers and marks it resolved in git.</source>
        <translation>
            <numerusform>%1 has %Ln conflict left by a merge. For each, keep my version, theirs, or edit the lines; Save writes the story without conflict markers and marks it resolved in git.</numerusform>
            <numerusform>%1 has %Ln conflicts left by a merge. For each, keep my version, theirs, or edit the lines; Save writes the story without conflict markers and marks it resolved in git.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::ConflictedStory</name>
    <message>
        <source>line %1: a conflict marker outside a conflict block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a conflict marker out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a conflict block that is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conflict marker is still in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter does not read (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::DuplicateResolution</name>
    <message>
        <source>%1 cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the same page, not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the related entries could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be unpublished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::DuplicatesModel</name>
    <message>
        <source>same link, similar title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories: %1</source>
        <translation>
            <numerusform>%Ln story: %1</numerusform>
            <numerusform>%Ln stories: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::DuplicatesView</name>
    <message>
        <source>Keep This, &amp;Unpublish the Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep This, &amp;Attach the Others as Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets published: false on every other story of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the other stories of the group to this one&apos;s related coverage (except those with this story&apos;s own link) and sets published: false on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: %L1, stories: %L2. Pick the story to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: %L1, stories: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep One, Unpublish %Ln Duplicate(s)</source>
        <translation>
            <numerusform>Keep One, Unpublish %Ln Duplicate</numerusform>
            <numerusform>Keep One, Unpublish %Ln Duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %1, unpublished %Ln other(s)</source>
        <translation>
            <numerusform>Kept %1, unpublished %Ln other</numerusform>
            <numerusform>Kept %1, unpublished %Ln others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep One, Attach %Ln Duplicate(s) as Related</source>
        <translation>
            <numerusform>Keep One, Attach %Ln Duplicate as Related</numerusform>
            <numerusform>Keep One, Attach %Ln Duplicates as Related</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %1, attached %L2 as related coverage, unpublished %Ln other(s)</source>
        <translation>
            <numerusform>Kept %1, attached %L2 as related coverage, unpublished %Ln other</numerusform>
            <numerusform>Kept %1, attached %L2 as related coverage, unpublished %Ln others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::FacetModel</name>
    <message>
        <source>Desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, count unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n stories</source>
        <comment>facet item and how many stories it holds</comment>
        <translation>
            <numerusform>%1, %n story</numerusform>
            <numerusform>%1, %n stories</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to apply the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to show only these stories, Ctrl+Space to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::FacetsDock</name>
    <message>
        <source>Facets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the items in each facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show stories of every facet item again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk could not be renamed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the desk &quot;%1&quot; for every editor of this folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk could not be deleted.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the desk (the filter text, facets and sort):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desk named &quot;%1&quot; exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk could not be saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::FieldDetector</name>
    <message>
        <source>the story format (no stories to sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the story format (its keys are in %1 of %2 sampled stories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2% of %3 sampled stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 default (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published, as static sites read it (none of %1 sampled stories has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of its keys is in %1 sampled stories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::FilterBar</name>
    <message>
        <source>Filter bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, or query: topic:AI -is:published quality:&gt;=60 date:&lt;7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free words and &quot;phrases&quot; match title, excerpt, provider and topics.
Combine with and (or just a space), or, not / -, and (parentheses).
Fields: title: excerpt: url: (contain)  topic: provider: category: type: (exact)
quality:&gt;=60  heat:&lt;30  related:&gt;2  date:&gt;=2020-09-01  date:2026-10  date:&lt;7d
has:image|related|topics|url|excerpt|date|quality|heat|provider|category|type
is:published|unpublished|modified|broken|invalid|duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stories with this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stories from this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stories of at least this quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::FolderOperations</name>
    <message>
        <source>Cannot Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Site Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text typed in the Source tab does not parse: it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk while it has unsaved edits: saving it will ask which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories reverted to the version on disk: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories that could not be saved: %L1. Their edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-save left out stories changed on disk (%L1): save them to choose a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories saved: %L1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::FrontMatterDocument</name>
    <message>
        <source>line %1: %2; remove one of them (in the Source tab or a text editor) before editing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit could not be written without changing other values; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not lead to a value that can be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list with a position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no items %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter must end with a line break and hold no &apos;---&apos; or &apos;...&apos; line of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit would not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set %1: %2 is not a map or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is written in a layout the writer does not handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the whole front matter this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rewrite %1: the list is laid out in a way the writer does not handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1: the list is laid out in a way the writer does not handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot insert into %1: the list is laid out in a way the writer does not handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reorder %1: the list is laid out in a way the writer does not handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::FrontMatterParser</name>
    <message>
        <source>the front matter is not a map of keys and values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::GitCommit</name>
    <message>
        <source>The site folder is not in a git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository is in the middle of %1: finish or abort it first (resolve the conflicts, then `git merge --continue` or `git rebase --continue`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git does not know who you are: set your name and email with
  git config --global user.name &quot;Your Name&quot;
  git config --global user.email &quot;you@example.com&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unresolved conflict: resolve it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to commit: the stories have no saved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::GitProcess</name>
    <message>
        <source>git is not installed (no `git` program on PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git did not finish in time and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git failed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::GitRepository</name>
    <message>
        <source>a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rebase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cherry-pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::GitSync</name>
    <message>
        <source>Sync cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote %1 cannot be reached: check the network and the remote&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote %1 refused your credentials: check your login, token or SSH key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone pushed to %1 in the meantime: sync again to take their work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site folder is not in a git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository is in the middle of %1: resolve the conflicts and finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is detached (no branch is checked out): check out a branch to sync, e.g. `git switch main`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch %1 has no upstream: your commits stay on this machine. Set one with `git push -u origin %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 story could not be merged automatically: resolve the conflicts, then commit and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stories could not be merged automatically: resolve the conflicts, then commit and sync again.</source>
        <translation>
            <numerusform>%n story could not be merged automatically: resolve the conflicts, then commit and sync again.</numerusform>
            <numerusform>%n stories could not be merged automatically: resolve the conflicts, then commit and sync again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your uncommitted changes are in the way of what came in: commit them first, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled before pushing: what came in is merged, your commits are not pushed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: your commits are pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: 1 story changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n stories changed.</source>
        <translation>
            <numerusform>Synced: %n story changed.</numerusform>
            <numerusform>Synced: %n stories changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::ImageFetcher</name>
    <message>
        <source>larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote images are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: only http and https images are fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::LinkLabel</name>
    <message>
        <source>Open in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link; press Enter to open it in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::MainWindow</name>
    <message>
        <source>Story list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cleared to show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Storydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Storydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storydesk %1

Curate a news site kept as Markdown files with YAML front matter.

Front-matter highlighter: %2
Qt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Storydesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related target: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::MessageBoxPrompts</name>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on disk after you started editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload shows the version on disk and drops your edits of this story.
Apply Mine on Top keeps the other changes and sets the fields you edited again, then saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Mine on Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes before closing the folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up the Story Merge Driver?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let git merge stories field by field in this repository?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories with unsaved changes: %L1. Discarding them cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When two editors change the same story, Storydesk then merges it key by key (topics as sets, related entries by link): only the same field changed two ways is a conflict. This adds lines to the repository&apos;s own info/attributes and a setting to its local config; nothing in the work tree changes. `storydesk-cli git-setup` writes a .gitattributes to share with the team instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::PageMetadataFetcher</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: only http and https pages are read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::ProblemsModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::ProblemsView</name>
    <message>
        <source>Filter problems by file or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %L1, files: %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::QualitySpinBox</name>
    <message>
        <source>—</source>
        <comment>no value, or different values across the selected stories</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <comment>accessible description of a quality score</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value</source>
        <comment>accessible description of a quality field without one value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::RecoverStoriesCommand</name>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storydesk stopped before these stories of %1 were saved. Recover puts their edits back, unsaved, as one step you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries that could not be read were skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the edits in the journal: this dialog asks again when the folder next opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the edits for good: the stories stay as they are on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::RelatedCoverage</name>
    <message>
        <source>%1 cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the related entries to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page not read (%2); the entry keeps what is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill related entry from its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln related entries</source>
        <translation>
            <numerusform>Add %Ln related entry</numerusform>
            <numerusform>Add %Ln related entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::RelatedEntry</name>
    <message>
        <source>%1: a story cannot be related to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: offered twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::RelatedEntryDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>related entry: provider · date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::RelatedListModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit related title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit related excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set related quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move related entry up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move related entry down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln related entries</source>
        <translation>
            <numerusform>Remove %Ln related entry</numerusform>
            <numerusform>Remove %Ln related entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln related entries</source>
        <translation>
            <numerusform>Move %Ln related entry</numerusform>
            <numerusform>Move %Ln related entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::SampleSite</name>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove a row from the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all stories shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page up / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::SiteFieldsController</name>
    <message>
        <source>Site fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s fields: Settings ▸ Site Fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site fields saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::SiteFieldsDialog</name>
    <message>
        <source>Site Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the site&apos;s fields file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of Storydesk&apos;s fields reads the key on the right from every story of this site. Leave a key empty where the site has no such field: it is then left out of the table and the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the site&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without changing the site&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in this story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key means not published (as Hugo&apos;s draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published key means not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story without the published key is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the key: undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the key: published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the key: not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this story)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key (write a key path such as tags or cover.image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s fields could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the stories&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 site (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 site (detected from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields detected from the site are used until the file is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::SiteFieldsFile</name>
    <message>
        <source>the key of %1 must be a key path like images.0.url, or ~ for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key path (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published takes key, negated and default, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site.yaml must be a map with a fields key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields must be a map of roles to keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field role; the roles are: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::SiteFieldsLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::SiteImageResolver</name>
    <message>
        <source>%1 leaves the site folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the site folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::SourceHighlighter</name>
    <message>
        <source>built-in</source>
        <comment>the source view&apos;s highlighter</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::SourceView</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story changed since you began editing its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the story as it is now, dropping the text typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the text and make it the story&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one story to see its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a story to see its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the front matter does not parse. Fix the marked problems, or reload the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Source of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the story could not take this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited here: Apply (%1) to make this the story&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryChanges</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edited</source>
        <translation>
            <numerusform>%n edited</numerusform>
            <numerusform>%n edited</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish %1</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpublish %1</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality on %1</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics on %1</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related on %1</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage: %1 %2</source>
        <comment>commit message: the counted decisions, then the noun</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stories</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage: %1 stories</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- and %1 more</source>
        <comment>commit message</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryDocument</name>
    <message>
        <source>%1 is a folder, not a story file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe or a device), not a story file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the front matter does not parse, so the file is not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: its folder no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on disk since it was read; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryEditor</name>
    <message>
        <source>changed since the edit was planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recovered text does not parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer parses: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryForm</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a story to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the site shows the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one story to edit its related coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story cannot be edited:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set quality to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topics %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories selected</source>
        <translation>
            <numerusform>%Ln story selected</numerusform>
            <numerusform>%Ln stories selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected stories cannot be edited and are left out of changes:</source>
        <translation>
            <numerusform>%Ln of the selected stories cannot be edited and is left out of changes:</numerusform>
            <numerusform>%Ln of the selected stories cannot be edited and are left out of changes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…and %Ln more</numerusform>
            <numerusform>…and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %Ln stories</source>
        <translation>
            <numerusform>Publish %Ln story</numerusform>
            <numerusform>Publish %Ln stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpublish %Ln stories</source>
        <translation>
            <numerusform>Unpublish %Ln story</numerusform>
            <numerusform>Unpublish %Ln stories</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected entry; Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related entry title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related entry excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related entry quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryIndex</name>
    <message>
        <source>en</source>
        <comment>the language code of this catalogue: the index file of each folder is kept per language</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryPreview</name>
    <message>
        <source>No story selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https links open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote images are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not committed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last committed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Story picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::StorySchema</name>
    <message>
        <source>%1 must be a whole number from 0 to 100, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be from 0 to 100, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published must be true or false, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishedDateTime is not a date and time: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published must be true or false, not the text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryTableModel</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not committed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, not committed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted, not committed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict: the last merge left both versions in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Published value not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::StoryTriage</name>
    <message>
        <source>Could not change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Quality to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every story in the list is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related target: “%1”. Select stories and attach them with Attach as Related Coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a story as the related target first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the stories to attach to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attached %n stories to “%1”</source>
        <translation>
            <numerusform>Attached %n story to “%1”</numerusform>
            <numerusform>Attached %n stories to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::SummaryReader</name>
    <message>
        <source>provider must be a map with name and domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related must be a list of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics must be a list of strings; entry %1 is a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics must be a list of strings; entry %1 is a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related entry %1 must be a map with a webUrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not a map of keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related entry %1 has no webUrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics must be a list of strings; entry %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics must be a list of strings; entry %1 is an alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topics must be a list of strings, not a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: it is not a regular file (a pipe or a device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is larger than the %1 MB a story may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted value starting here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date and time: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not the text &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::SyncJob</name>
    <message>
        <source>nothing came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stories came in</source>
        <translation>
            <numerusform>%n story came in</numerusform>
            <numerusform>%n stories came in</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1; your commits were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced nothing: this branch has no upstream, so your commits stay on this machine. Set one once with `git push -u origin BRANCH`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conflict(s) left: open them from the Problems dock to resolve them, then commit and sync again.</source>
        <translation>
            <numerusform>%1, %n conflict left: open it from the Problems dock to resolve it, then commit and sync again.</numerusform>
            <numerusform>%1, %n conflicts left: open them from the Problems dock to resolve them, then commit and sync again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not in a git repository: there is nothing to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch is checked out (a detached HEAD): check out the branch you work on, then sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge or rebase is still in progress: resolve its conflicts (or abort it), then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git would overwrite changes that are not committed: commit them (File ▸ Commit…) and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote could not be reached: check the network connection or the remote&apos;s address, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote refused your credentials: check your SSH key or the password your credential helper keeps, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else pushed while this sync ran: sync again to take their work in, then yours goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: taking their work in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: sending your commits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::SyncRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync (a merge or rebase under way is finished first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: looking at the repository…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not in a git repository: there is nothing to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge driver could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::TopicChip</name>
    <message>
        <source>new</source>
        <comment>marker on a topic no other story uses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove topic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic: no other story uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %L1 of %L2 stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>accessible action of a topic chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1</source>
        <comment>accessible name of a topic chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Delete to remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::TopicEditor</name>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or comma adds the topic; Backspace in the empty field removes the last topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already a topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::TopicRenameDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or Merge Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the topics to rename; several are merged into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic&apos;s new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics to rename or merge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one topic to rename it, or several to merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every spelling of “%1” becomes “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories that change: none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story changes: every story with these topics already has them as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be read: skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stories: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing topics: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Topics into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Topic “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no story was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is already a topic, of %Ln stories: this merges into it.</source>
        <translation>
            <numerusform>“%1” is already a topic, of %Ln story: this merges into it.</numerusform>
            <numerusform>“%1” is already a topic, of %Ln stories: this merges into it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln topics become one: “%1”.</source>
        <translation>
            <numerusform>The %Ln topic becomes “%1”.</numerusform>
            <numerusform>The %Ln topics become one: “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories change (only their topics):</source>
        <translation>
            <numerusform>%Ln story changes (only its topics):</numerusform>
            <numerusform>%Ln stories change (only their topics):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Topics changed in %Ln stories: Save All writes them.</source>
        <translation>
            <numerusform>Topics changed in %Ln story: Save All writes it.</numerusform>
            <numerusform>Topics changed in %Ln stories: Save All writes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories could not be changed.</source>
        <translation>
            <numerusform>%Ln story could not be changed.</numerusform>
            <numerusform>%Ln stories could not be changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storydesk::TopicRenameJob</name>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::WebLimits</name>
    <message>
        <source>blocked: more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: redirected to a non-http address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked: redirected from https to http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without a target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::WindowActions</name>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 30 Seconds Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 Minute Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 5 Minutes Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a site folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every modified story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit saved stories to the site&apos;s git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the team&apos;s work in and send yours out (fetch, merge or rebase, push)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unsaved edits of the selected stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and filter the stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Story List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selected stories, or unpublish them when all are published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the quality of the selected stories by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lower Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the quality of the selected stories by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Quality to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Unpublished Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next story that is not published (wraps around)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a topic to the selected stories (Escape returns to the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or &amp;Merge Topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a topic, or merge several into one, in every story of the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Remote Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch story pictures from the web; when off, only pictures in the site folder show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next story after toggling published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 Seconds Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Storydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facets Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the facets and saved desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the filter text, facets and sort as a desk of this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when Storydesk is started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert Story</source>
        <comment>tool bar button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Published</source>
        <comment>tool bar button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Unpublished Story</source>
        <comment>tool bar button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Remote Images</source>
        <comment>tool bar button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as Related Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the current story as the one Attach as Related Coverage adds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach as Related Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a story as the related target first (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected stories to the related coverage of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard to the next pane: facets, story list, preview, form, source, docks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;Fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which key of this site&apos;s stories holds the title, date, published state, topics…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::WindowDocks</name>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::WindowRecovery</name>
    <message>
        <source>The recovery journal could not keep the edits of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery journal is full: the edits of %1 and of further stories would be lost in a crash. Save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Storydesk has this folder open: unsaved edits made here are not kept for recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery journal entries that could not be read were skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories whose edits could not be recovered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits of the last session discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::WindowStatus</name>
    <message>
        <source>Loading %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading: the stories already loaded stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled; stories loaded: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories loaded: %L1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::WindowTeamwork</name>
    <message>
        <source>%1 resolved and marked so in git: commit it (or continue the rebase), then sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::YamlGuard</name>
    <message>
        <source>the front matter is %1 MB, more than the %2 MB a story may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter nests more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter expands to too many values (aliases referencing aliases?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter nests too deeply once its aliases are followed (more than %1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storydesk::YamlLayout</name>
    <message>
        <source>a key at an unexpected place (complex or aliased keys are not supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explicit `? key` entries are not supported by the writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find the &apos;:&apos; after a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list laid out in a way the writer does not handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Curate a news site kept as Markdown files with YAML front matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site folder to open (the bundled sample when omitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the sample site: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
