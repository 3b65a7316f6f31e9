#pragma once

#include "storystore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A folder of stories written by a test, loaded into a store: what the model and proxy
// tests start from.
class StoryFixture
{
public:
    // Writes `<name>` with the given front matter between fences.
    void write(const QString &name, const QByteArray &frontMatter)
    {
        rawWrite(name, "---\n" + frontMatter + "---\nbody\n");
    }

    // Saves the way editors and `git checkout` do: a new file renamed over the old one.
    void rawWrite(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        QVERIFY(file.commit());
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    int row(const QString &name) const { return store.indexOf(path(name)); }

    // Opens the folder and waits until every story is in.
    bool load()
    {
        QSignalSpy finished(&store, &Storydesk::StoryStore::loadFinished);
        store.openFolder(m_dir.path());
        return finished.wait(60000);
    }

    Storydesk::StoryStore store;

private:
    QTemporaryDir m_dir;
};
