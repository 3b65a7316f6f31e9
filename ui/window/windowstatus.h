#pragma once

#include <QObject>
#include <QTimer>

class QAbstractItemModel;
class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Storydesk {

class StoryEditor;
class StoryStore;

// The status bar's lasting part: how many stories are shown, unpublished and modified, and
// while a folder loads, its progress with a Cancel button.
class WindowStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowStatus)

public:
    // How long a passing message stays in the status bar, in milliseconds.
    static constexpr int MessageTimeout = 5000;

    // `shown` is the list as filtered: its rows are the stories shown.
    WindowStatus(QStatusBar *statusBar, StoryStore *store, const StoryEditor *editor, const QAbstractItemModel *shown,
                 QObject *parent);
    ~WindowStatus() override;

    // Counts again soon: a burst of changes (a load batch) is one update.
    void scheduleUpdate();
    void update();

    void loadStarted();
    void loadProgress(int done, int found);
    void loadEnded(bool cancelled);

private:
    QStatusBar *m_statusBar;
    StoryStore *m_store;
    const StoryEditor *m_editor;
    const QAbstractItemModel *m_shown;

    // Made in the order they sit in the status bar, which is also their tab order.
    QProgressBar *m_loadProgress;
    QToolButton *m_cancelLoad;
    QLabel *m_shownLabel;
    QLabel *m_unpublishedLabel;
    QLabel *m_modifiedLabel;
    QTimer m_updateTimer;
};

} // namespace Storydesk
