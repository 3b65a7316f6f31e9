#include "syncjob.h"

#include <QTest>

// What File ▸ Sync says after each outcome: a notice of what came in, or an error that says
// what to do next, one for each way GitSync classifies a failure.

using namespace Storydesk;

Q_DECLARE_METATYPE(GitSyncResult::Status)

class TestSyncJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_saysWhatHappenedOrWhatToDo_data();
    void describe_saysWhatHappenedOrWhatToDo();
};

void TestSyncJob::describe_saysWhatHappenedOrWhatToDo_data()
{
    using Status = GitSyncResult::Status;
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("incoming");
    QTest::addColumn<int>("conflicts");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("error");

    QTest::newRow("synced, 3 in") << Status::Synced << 3 << 0 << QStringLiteral("Synced: 3 stories came in") << false;
    QTest::newRow("synced, nothing in") << Status::Synced << 0 << 0 << QStringLiteral("nothing came in") << false;
    QTest::newRow("conflicts") << Status::Conflicts << 3 << 1 << QStringLiteral("3 stories came in, 1 conflict") << false;
    QTest::newRow("no upstream") << Status::NoUpstream << 0 << 0 << QStringLiteral("no upstream") << false;
    QTest::newRow("cancelled") << Status::Cancelled << 0 << 0 << QStringLiteral("cancelled") << false;
    QTest::newRow("unreachable") << Status::Unreachable << 0 << 0 << QStringLiteral("could not be reached") << true;
    QTest::newRow("authentication") << Status::AuthenticationFailed << 0 << 0 << QStringLiteral("refused your credentials") << true;
    QTest::newRow("push rejected") << Status::PushRejected << 0 << 0 << QStringLiteral("sync again") << true;
    QTest::newRow("detached HEAD") << Status::DetachedHead << 0 << 0 << QStringLiteral("detached HEAD") << true;
    QTest::newRow("operation in progress") << Status::OperationInProgress << 0 << 0 << QStringLiteral("merge or rebase is still in progress") << true;
    QTest::newRow("local changes") << Status::LocalChanges << 0 << 0 << QStringLiteral("commit them") << true;
    QTest::newRow("not a repository") << Status::NotARepository << 0 << 0 << QStringLiteral("not in a git repository") << true;
    QTest::newRow("failed") << Status::Failed << 0 << 0 << QStringLiteral("Sync failed: git said so") << true;
}

void TestSyncJob::describe_saysWhatHappenedOrWhatToDo()
{
    QFETCH(GitSyncResult::Status, status);
    QFETCH(int, incoming);
    QFETCH(int, conflicts);
    QFETCH(QString, says);
    QFETCH(bool, error);

    GitSyncResult result;
    result.status = status;
    result.message = QStringLiteral("git said so");
    for (int i = 0; i < incoming; ++i)
        result.incomingPaths.append(QStringLiteral("s%1.md").arg(i));
    for (int i = 0; i < conflicts; ++i)
        result.conflictPaths.append(QStringLiteral("s%1.md").arg(i));
    const QString text = SyncJob::describe(result);
    QVERIFY2(text.contains(says, Qt::CaseInsensitive), qPrintable(text));
    QCOMPARE(SyncJob::isError(result), error);
}

QTEST_GUILESS_MAIN(TestSyncJob)
#include "tst_syncjob.moc"
