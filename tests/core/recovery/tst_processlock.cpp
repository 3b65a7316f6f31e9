// ProcessLock: one holder at a time, across processes and within one; let go when its
// holder dies however it dies; seen as held by QLockFile (what older versions used).
#include "processlock.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Storydesk;

class TestProcessLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("lock"));
        QFile::remove(m_file);
    }

    void oneHolderAtATime_theNextAfterUnlock()
    {
        ProcessLock first(m_file);
        QVERIFY(first.tryLock());
        QVERIFY(first.isLocked());
        ProcessLock second(m_file);
        QVERIFY(!second.tryLock());
        QVERIFY(!second.isLocked());
        first.unlock();
        QVERIFY(!QFile::exists(m_file));   // nothing left behind
        QVERIFY(second.tryLock());
    }

    void destroyed_letsGo()
    {
        {
            ProcessLock lock(m_file);
            QVERIFY(lock.tryLock());
        }
        QVERIFY(!QFile::exists(m_file));
        ProcessLock next(m_file);
        QVERIFY(next.tryLock());
    }

    void holdsWhatQLockFileWrites_andQLockFileSeesItHeld()
    {
        ProcessLock lock(m_file);
        QVERIFY(lock.tryLock());
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.value(0), QByteArray::number(QCoreApplication::applicationPid()));
        QLockFile older(m_file);
        older.setStaleLockTime(0);
        QVERIFY(!older.tryLock(0));
        QCOMPARE(older.error(), QLockFile::LockFailedError);
    }

    void aQLockFileHolder_keepsItFromUs()
    {
        QLockFile older(m_file);
        QVERIFY(older.tryLock(0));
        ProcessLock lock(m_file);
        QVERIFY(!lock.tryLock());
        older.unlock();
        QVERIFY(lock.tryLock());
    }

    void aKilledHolder_letsGo_andItsFileIsNoObstacle()
    {
        // flock(1) holds the lock in another process (itself: no child), which is then killed outright.
        QProcess holder;
        holder.start(QStringLiteral("flock"), {QStringLiteral("--exclusive"), QStringLiteral("--no-fork"), m_file, QStringLiteral("sleep"), QStringLiteral("60")});
        QVERIFY(holder.waitForStarted());
        ProcessLock lock(m_file);
        QTRY_VERIFY(QFile::exists(m_file));
        QTRY_VERIFY_WITH_TIMEOUT(!lock.tryLock() && holder.state() == QProcess::Running, 2000);
        holder.kill();
        QVERIFY(holder.waitForFinished());
        QVERIFY(QFile::exists(m_file));   // left behind, as a crash leaves it
        QVERIFY(lock.tryLock());
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TestProcessLock)
#include "tst_processlock.moc"
