#include "stringpool.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

using Storydesk::StringPool;

class TestStringPool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intern_returnsOneSharedCopyPerText();
    void intern_emptyStaysEmptyAndIsNotKept();
    void intern_isSafeFromManyThreads();
};

void TestStringPool::intern_returnsOneSharedCopyPerText()
{
    StringPool pool;
    // Built at run time, so the two are separate allocations to begin with.
    const QString a = QStringLiteral("Computer ") + QStringLiteral("Vision");
    QStringList list{QStringLiteral("Computer") + QStringLiteral(" Vision"), QStringLiteral("AI")};
    const QString first = pool.intern(a);
    pool.intern(list);
    QCOMPARE(first.constData(), a.constData());
    QCOMPARE(list.at(0).constData(), a.constData());
    QCOMPARE(pool.intern(QStringLiteral("AI")).constData(), list.at(1).constData());
    QCOMPARE(pool.size(), 2);
    pool.clear();
    QCOMPARE(pool.size(), 0);
}

void TestStringPool::intern_emptyStaysEmptyAndIsNotKept()
{
    StringPool pool;
    QVERIFY(pool.intern(QString()).isEmpty());
    QVERIFY(pool.intern(QStringLiteral("")).isEmpty());
    QCOMPARE(pool.size(), 0);
}

void TestStringPool::intern_isSafeFromManyThreads()
{
    StringPool pool;
    QList<int> work(20000);
    std::iota(work.begin(), work.end(), 0);
    QtConcurrent::blockingMap(work, [&pool](int &i) {
        const QString topic = QStringLiteral("topic %1").arg(i % 37);
        i = pool.intern(topic) == topic ? 1 : 0;
    });
    QCOMPARE(std::count(work.cbegin(), work.cend(), 1), qsizetype(20000));
    QCOMPARE(pool.size(), 37);
}

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
