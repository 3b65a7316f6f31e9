#pragma once

#include "editplan.h"
#include "topicrename.h"
#include "yamlvalue.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Storydesk {

class StoryEditor;
class StoryStore;

// A topic rename or merge over the open folder, as a bulk edit through StoryEditor, in two
// phases that keep the window responsive: first every story the plan names is read and its
// new topics worked out (files on disk in parallel, off the UI thread; stories with unsaved
// edits from their in-memory version), then the edits are applied in short slices of the
// event loop. Cancel in either phase leaves nothing changed: during the read nothing has been
// applied yet, during the apply what was applied is written back. The edits stay in memory
// (modified, like any edit) until the stories are saved; the caller makes them an undo step.
class TopicRenameJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicRenameJob)

public:
    enum class Phase { Reading, Applying };
    struct Change
    {
        QString path;
        YamlValue before;   // the `topics` value before the rename
        YamlValue after;
        // The story's whole text before and after (StoryEditor::text()): what Cancel and
        // undo put back, byte for byte, where writing `before` could requote or move comments.
        QByteArray beforeText;
        QByteArray afterText;
    };

    TopicRenameJob(StoryStore *store, StoryEditor *editor, const TopicRename &rename, QObject *parent = nullptr);
    ~TopicRenameJob() override;

    const TopicRename &rename() const { return m_rename; }
    // Which stories change, from the store's summaries when the job was made.
    const TopicRename::Plan &plan() const { return m_plan; }

    void start();
    // Stops and undoes what was applied; cancelled() follows (at once, or when the readers stop).
    void cancel();
    bool isRunning() const { return m_running; }

    // After finished(): the edits made, and the stories that could not be changed, with why.
    const QList<Change> &changes() const { return m_applied; }
    // The same as an edit plan (already applied), for the undo step.
    EditPlan appliedPlan() const;
    const QStringList &failures() const { return m_failures; }

    // How long one slice of the apply phase may hold the event loop.
    void setSliceMilliseconds(int milliseconds) { m_sliceMs = milliseconds; }

Q_SIGNALS:
    void progress(Storydesk::TopicRenameJob::Phase phase, int done, int total);
    void finished();
    void cancelled();

private:
    struct Read
    {
        QString path;
        std::optional<YamlValue> before;
        std::optional<YamlValue> after;
        QString error;
    };
    static Read readFromDisk(const TopicRename &rename, const QString &path);
    void readingFinished();
    void applySlice();
    void rollBack();

    QPointer<StoryStore> m_store;
    QPointer<StoryEditor> m_editor;
    TopicRename m_rename;
    TopicRename::Plan m_plan;
    QList<Read> m_inMemory;      // stories with unsaved edits, read on this thread
    QFutureWatcher<Read> m_reader;
    QList<Change> m_pending;
    QList<Change> m_applied;
    QStringList m_failures;
    QTimer m_slice;
    int m_sliceMs = 30;
    bool m_running = false;
    bool m_cancelling = false;
};

} // namespace Storydesk
