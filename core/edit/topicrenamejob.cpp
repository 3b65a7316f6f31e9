#include "topicrenamejob.h"

#include "frontmatterdocument.h"
#include "storydocument.h"
#include "storyeditor.h"
#include "storyschema.h"
#include "storystore.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Storydesk {

namespace {

} // namespace

TopicRenameJob::TopicRenameJob(StoryStore *store, StoryEditor *editor, const TopicRename &rename, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_editor(editor)
    , m_rename(rename)
    , m_plan(store ? rename.plan(*store) : TopicRename::Plan())
{
    // The site's topics key (tags on a Hugo site), whatever the rename was made with.
    if (store)
        m_rename.setTopicsPath(store->fieldMap().path(FieldRole::Topics));
    m_slice.setSingleShot(true);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &TopicRenameJob::applySlice);
    connect(&m_reader, &QFutureWatcher<Read>::progressValueChanged, this,
            [this](int done) { Q_EMIT progress(Phase::Reading, int(m_inMemory.size()) + done, int(m_plan.stories.size())); });
    connect(&m_reader, &QFutureWatcher<Read>::finished, this, &TopicRenameJob::readingFinished);
}

TopicRenameJob::~TopicRenameJob()
{
    // The readers touch only their own files, but must not outlive the rename they read with.
    m_reader.cancel();
    m_reader.waitForFinished();
}

TopicRenameJob::Read TopicRenameJob::readFromDisk(const TopicRename &rename, const QString &path)
{
    Read read{path, std::nullopt, std::nullopt, QString()};
    const std::optional<StoryDocument> doc = StoryDocument::load(path, &read.error);
    if (!doc)
        return read;
    if (!doc->frontMatter().isEditable()) {
        const Problem problem = doc->frontMatter().problems().value(0);
        read.error = QStringLiteral("%1:%2: %3").arg(problem.line).arg(problem.column).arg(problem.message);
        return read;
    }
    read.before = doc->frontMatter().valueAt(rename.topicsPath());
    if (read.before)
        read.after = rename.rewrite(*read.before);
    return read;
}

void TopicRenameJob::start()
{
    if (m_running || !m_editor)
        return;
    m_running = true;
    m_cancelling = false;
    m_failures.clear();
    m_applied.clear();
    m_pending.clear();
    m_inMemory.clear();
    // Stories with unsaved edits change on top of what the editor holds, not the disk's
    // version; StoryEditor is not thread-safe, so they are read here (they are few).
    QStringList fromDisk;
    for (const QString &path : std::as_const(m_plan.stories)) {
        if (m_editor->isModified(path)) {
            Read read{path, m_editor->value(path, m_rename.topicsPath()), std::nullopt, QString()};
            if (read.before)
                read.after = m_rename.rewrite(*read.before);
            m_inMemory.append(read);
        } else {
            fromDisk.append(path);
        }
    }
    Q_EMIT progress(Phase::Reading, int(m_inMemory.size()), int(m_plan.stories.size()));
    const TopicRename rename = m_rename;
    m_reader.setFuture(QtConcurrent::mapped(fromDisk, [rename](const QString &path) { return readFromDisk(rename, path); }));
}

void TopicRenameJob::readingFinished()
{
    if (!m_running)
        return;
    if (m_cancelling || m_reader.isCanceled()) {
        m_running = false;
        Q_EMIT cancelled();
        return;
    }
    QList<Read> reads = m_inMemory;
    reads.append(m_reader.future().results());
    std::sort(reads.begin(), reads.end(), [](const Read &a, const Read &b) { return a.path < b.path; });
    for (const Read &read : std::as_const(reads)) {
        if (!read.error.isEmpty())
            m_failures.append(QStringLiteral("%1: %2").arg(read.path, read.error));
        else if (read.before && read.after)
            m_pending.append(Change{read.path, *read.before, *read.after, {}, {}});
        // else: the file no longer has the topic (changed on disk since the plan): nothing to do
    }
    if (m_pending.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    m_slice.start();
}

void TopicRenameJob::applySlice()
{
    if (!m_running || !m_editor)
        return;
    QElapsedTimer slice;
    slice.start();
    const int total = int(m_applied.size() + m_pending.size());
    // At least one story per slice, however short the slice.
    do {
        Change change = m_pending.takeFirst();
        // The story may have changed since it was read (on disk, by a pull or another
        // editor): writing the topics worked out then would drop what it gained meanwhile,
        // and undo would bring back the old list. The rename is worked out again on it.
        const std::optional<QByteArray> text = m_editor->text(change.path);
        const FrontMatterDocument now = FrontMatterDocument::fromBytes(text.value_or(QByteArray()));
        if (!text || !now.isEditable()) {
            // Broken since it was read: said, like a story broken from the start.
            const Problem problem = now.problems().value(0);
            m_failures.append(text ? QStringLiteral("%1: %2:%3: %4").arg(change.path).arg(problem.line).arg(problem.column).arg(problem.message)
                                   : QStringLiteral("%1: cannot be read").arg(change.path));
            continue;
        }
        const std::optional<YamlValue> current = now.valueAt(m_rename.topicsPath());
        if (current && !current->sameAs(change.before)) {
            const std::optional<YamlValue> after = m_rename.rewrite(*current);
            if (!after)
                continue;   // no old topic left in it: nothing to do
            change.before = *current;
            change.after = *after;
        } else if (!current) {
            continue;
        }
        QString error;
        if (m_editor->setValue(change.path, m_rename.topicsPath(), change.after, &error)) {
            change.beforeText = *text;
            change.afterText = m_editor->text(change.path).value_or(QByteArray());
            m_applied.append(std::move(change));
        }
        else
            m_failures.append(QStringLiteral("%1: %2").arg(change.path, error));
    } while (!m_pending.isEmpty() && slice.elapsed() < m_sliceMs);
    Q_EMIT progress(Phase::Applying, total - int(m_pending.size()), total);
    if (!m_pending.isEmpty()) {
        m_slice.start();
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

EditPlan TopicRenameJob::appliedPlan() const
{
    EditPlan plan;
    for (const Change &change : m_applied)
        plan.addChange({change.path, m_rename.topicsPath(), change.before, change.after, change.beforeText, change.afterText});
    return plan;
}

void TopicRenameJob::rollBack()
{
    for (qsizetype i = m_applied.size() - 1; i >= 0; --i) {
        const Change &change = m_applied.at(i);
        if (m_editor->text(change.path) == change.afterText)
            m_editor->setText(change.path, change.beforeText);
        else
            m_editor->setValue(change.path, m_rename.topicsPath(), change.before);
    }
    m_applied.clear();
    m_pending.clear();
}

void TopicRenameJob::cancel()
{
    if (!m_running)
        return;
    if (m_reader.isRunning()) {
        // cancelled() follows when the readers have stopped (readingFinished).
        m_cancelling = true;
        m_reader.cancel();
        return;
    }
    m_slice.stop();
    if (m_editor)
        rollBack();
    m_running = false;
    Q_EMIT cancelled();
}

} // namespace Storydesk
