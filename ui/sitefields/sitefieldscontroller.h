#pragma once

#include "yamlvalue.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QLabel;
class QStatusBar;
class QWidget;

namespace Storydesk {

class StoryEditor;
class StoryStore;

// The window's side of the site's field map: a status bar note saying which map is in use
// ("Hugo site (detected from hugo.toml)"), or that the site's fields file is broken and where
// (FILE:LINE:COLUMN), without stopping anything; and Settings ▸ Site Fields…, which opens
// SiteFieldsDialog on the current story.
class SiteFieldsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteFieldsController)

public:
    // `currentStory` answers the path of the story the editor is on (empty: none).
    SiteFieldsController(QWidget *window, QStatusBar *statusBar, StoryStore *store, StoryEditor *editor,
                         std::function<QString()> currentStory, QObject *parent = nullptr);

    QLabel *statusLabel() const { return m_label; }

    // Every key path of a front matter, nested maps and the first item of lists included
    // (`tags`, `cover.image`, `images.0.url`, `images.0`): what a role may be bound to.
    static QStringList keysOf(const YamlValue &frontMatter);

public Q_SLOTS:
    // Opens the dialog, window-modal; OK saves and applies the map (see SiteFieldsDialog).
    void openDialog();
    // Shows the map in use and its problems in the status bar.
    void updateStatus();

Q_SIGNALS:
    // A map was saved and applied: `text` says so, for the status bar.
    void notice(const QString &text, int timeout);

private:
    QWidget *m_window;
    StoryStore *m_store;
    StoryEditor *m_editor;
    std::function<QString()> m_currentStory;
    QLabel *m_label;
};

} // namespace Storydesk
