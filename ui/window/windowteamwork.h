#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QTableView;

namespace Storydesk {

class FacetModel;
class FolderOperations;
class Settings;
class SiteGitStatus;
class StoryEditor;
class StoryPreview;
class StoryStore;
class StoryTableModel;
class SyncRunner;
class UserPrompts;
class WindowActions;

// The window working as a team: the site's git state followed by the table, the facets and
// the preview; File ▸ Commit… and File ▸ Sync; the resolver for a story left with conflict
// markers. Outside a repository nothing of it shows.
class WindowTeamwork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowTeamwork)

public:
    struct Parts
    {
        QMainWindow *window;   // the dialogs' parent; its status bar shows the sync
        QTableView *table;
        StoryTableModel *model;
        StoryPreview *preview;
        FacetModel *facets;
        StoryStore *store;
        StoryEditor *editor;
        FolderOperations *folders;
        WindowActions *actions;
    };

    WindowTeamwork(const Parts &parts, Settings &settings, QObject *parent);
    ~WindowTeamwork() override;

    const SiteGitStatus *gitStatus() const { return m_gitStatus; }
    void setPrompts(UserPrompts *prompts);

    void commitStories();
    void sync();
    // Opens the resolver when the story holds conflict markers; false when it does not.
    bool openResolver(const QString &path);

Q_SIGNALS:
    // Something to say in the status bar for `timeout` milliseconds.
    void notice(const QString &text, int timeout);

private:
    void followGit();

    Parts m_parts;
    SiteGitStatus *m_gitStatus;
    SyncRunner *m_sync;
};

} // namespace Storydesk
