#include "recoveryjournal.h"

#include "processlock.h"

#include "recoverywriter.h"
#include "storyeditor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Storydesk {

namespace {

const QLatin1String EntrySuffix(".json");

QString hashed(const QString &text, int length)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(length));
}

QString canonical(const QString &folder)
{
    const QString path = QFileInfo(folder).canonicalFilePath();
    return path.isEmpty() ? QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) : path;
}

} // namespace

RecoveryJournal::RecoveryJournal(StoryEditor *editor, const QString &location, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_location(location.isEmpty() ? defaultLocation() : location)
    , m_writer(new RecoveryWriter)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryJournal::writePending);
    connect(m_editor, &StoryEditor::storyEdited, this, &RecoveryJournal::storyChanged);
    connect(m_editor, &StoryEditor::modifiedChanged, this, &RecoveryJournal::storyChanged);

    m_thread.setObjectName(QStringLiteral("RecoveryJournal"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &RecoveryWriter::written, this, [this](const QString &file) { Q_EMIT entryWritten(m_stories.value(file)); });
    connect(m_writer, &RecoveryWriter::removed, this, [this](const QString &file) { Q_EMIT entryRemoved(m_stories.value(file)); });
    connect(m_writer, &RecoveryWriter::failed, this, [this](const QString &file, const QString &error) {
        m_sizes.remove(file);
        Q_EMIT writeFailed(m_stories.value(file), error);
    });
    m_thread.start(QThread::LowPriority);
}

RecoveryJournal::~RecoveryJournal()
{
    flush();
    m_thread.quit();
    m_thread.wait();
    if (m_lock) {
        m_lock->unlock();
        QDir().rmdir(m_journalFolder);   // only when empty: nothing to recover there
    }
}

QString RecoveryJournal::defaultLocation()
{
    const QString overridden = qEnvironmentVariable("STORYDESK_RECOVERY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryJournal::journalFolder(const QString &location, const QString &folder)
{
    // Absolute and clean, as QDir lists the entries: files are compared by these paths.
    return QDir::cleanPath(QFileInfo(location).absoluteFilePath() + QLatin1Char('/') + hashed(canonical(folder), 16));
}

bool RecoveryJournal::setFolder(const QString &folder)
{
    flush();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
        QDir().rmdir(m_journalFolder);
    }
    m_sizes.clear();
    m_stories.clear();
    m_folder = folder;
    m_journalFolder = journalFolder(m_location, folder);
    m_active = false;
    if (!QDir().mkpath(m_journalFolder))
        return false;
    m_lock = std::make_unique<ProcessLock>(m_journalFolder + QStringLiteral("/lock"));
    if (!m_lock->tryLock()) {
        m_lock.reset();
        return false;
    }
    m_active = true;
    const QFileInfoList files = QDir(m_journalFolder).entryInfoList({QLatin1Char('*') + EntrySuffix}, QDir::Files);
    for (const QFileInfo &file : files)
        m_sizes.insert(file.absoluteFilePath(), file.size());
    return true;
}

RecoveryJournal::Scan RecoveryJournal::read() const
{
    Scan scan;
    if (!m_active)
        return scan;
    const QString folder = canonical(m_folder);
    const QFileInfoList files = QDir(m_journalFolder).entryInfoList({QLatin1Char('*') + EntrySuffix}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString file = info.absoluteFilePath();
        QFile in(file);
        QString error;
        std::optional<RecoveryEntry> entry;
        if (!in.open(QIODevice::ReadOnly))
            error = in.errorString();
        else if (info.size() > MaxFolderBytes)
            error = QStringLiteral("larger than a journal can be");
        else
            entry = RecoveryEntry::fromBytes(in.readAll(), &error);
        if (!entry) {
            scan.problems.append(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), error));
            scan.obsoleteFiles.append(file);
            continue;
        }
        if (canonical(entry->folder) != folder)
            continue;   // another folder's, under a colliding name: left alone
        entry->folder = m_folder;
        if (!QFileInfo(entry->path()).isFile()) {
            scan.problems.append(QStringLiteral("%1: %2 no longer exists").arg(QDir::toNativeSeparators(file), entry->relativePath));
            scan.obsoleteFiles.append(file);
        } else if (entry->savedOnDisk() || entry->text == entry->bytesRead) {
            scan.obsoleteFiles.append(file);
        } else {
            scan.entries.append(*entry);
        }
    }
    // Entry files are named by a hash: list the stories as the folder orders them.
    std::sort(scan.entries.begin(), scan.entries.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.relativePath < b.relativePath; });
    return scan;
}

void RecoveryJournal::remove(const QList<RecoveryEntry> &entries)
{
    for (const RecoveryEntry &entry : entries) {
        // A story edited since has a newer entry under the same name: that one stays.
        if (!m_editor || !m_editor->isModified(entry.path()))
            enqueueRemove(entryFile(entry.path()), entry.path());
    }
}

void RecoveryJournal::removeFiles(const QStringList &files)
{
    for (const QString &file : files)
        enqueueRemove(file, m_stories.value(file));
}

void RecoveryJournal::flush()
{
    m_timer.stop();
    writePending();
    QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
}

void RecoveryJournal::storyChanged(const QString &path)
{
    if (!m_active)
        return;
    m_pending.insert(path);
    // Not restarted by each edit: a steady stream of edits is journaled every DelayMilliseconds.
    if (!m_timer.isActive())
        m_timer.start();
}

QString RecoveryJournal::entryFile(const QString &storyPath) const
{
    return m_journalFolder + QLatin1Char('/') + hashed(QDir(m_folder).relativeFilePath(storyPath), 20) + EntrySuffix;
}

void RecoveryJournal::enqueueRemove(const QString &file, const QString &storyPath)
{
    if (!m_sizes.contains(file))
        return;
    m_sizes.remove(file);
    m_stories.insert(file, storyPath);
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, file] { writer->remove(file); }, Qt::QueuedConnection);
}

void RecoveryJournal::writePending()
{
    const QSet<QString> pending = std::exchange(m_pending, {});
    if (!m_active || !m_editor)
        return;
    qint64 total = 0;
    for (const qint64 size : std::as_const(m_sizes))
        total += size;
    for (const QString &path : pending) {
        const QString file = entryFile(path);
        const std::optional<StoryEditor::Unsaved> unsaved = m_editor->unsaved(path);
        if (!unsaved) {
            enqueueRemove(file, path);
            continue;
        }
        RecoveryEntry entry;
        entry.folder = m_folder;
        entry.relativePath = QDir(m_folder).relativeFilePath(path);
        entry.identity = unsaved->identity;
        entry.bytesRead = unsaved->bytesRead;
        entry.text = unsaved->text;
        entry.written = QDateTime::currentDateTimeUtc();
        const QByteArray bytes = entry.toBytes();
        const qint64 newTotal = total - m_sizes.value(file) + bytes.size();
        if (newTotal > m_maxBytes) {
            Q_EMIT journalFull(path);
            continue;
        }
        total = newTotal;
        m_sizes.insert(file, bytes.size());
        m_stories.insert(file, path);
        QMetaObject::invokeMethod(m_writer, [writer = m_writer, file, bytes] { writer->write(file, bytes); }, Qt::QueuedConnection);
    }
}

} // namespace Storydesk
