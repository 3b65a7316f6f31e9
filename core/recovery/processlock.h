#pragma once

#include <QString>

namespace Storydesk {

// A lock file that one live process holds: the kernel lets go of it when the process ends,
// however it ends (flock(2)), so a crash leaves no lock to judge stale. Unlike QLockFile it
// does not wait for the disk when taken (QLockFile syncs its file: up to 140 ms measured on
// the UI thread when a folder opens right after a large write), and it keeps QLockFile's
// file contents, so a QLockFile on the same file (an older Storydesk) sees a live holder.
class ProcessLock
{
public:
    explicit ProcessLock(const QString &file);
    ~ProcessLock();   // unlocks
    Q_DISABLE_COPY_MOVE(ProcessLock)

    // Takes the lock if no other holds it, without waiting; false when another does (or the
    // file cannot be made).
    bool tryLock();
    // Removes the file and lets go.
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

private:
    QString m_file;
    int m_fd = -1;
};

} // namespace Storydesk
