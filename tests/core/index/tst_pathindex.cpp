// PathIndex: every row is found by its path, also among colliding hashes, and the hash of a
// path is the one snapshots written by earlier runs stored.
#include "pathindex.h"

#include <QTest>

using namespace Storydesk;

class TestPathIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsStableAcrossRunsAndMachines()
    {
        // A SummarySnapshot stores these: a different value would make every reopened row
        // unknown (read again from its file) until the snapshot is rewritten.
        QCOMPARE(PathIndex::hashOfRelative(u"2024/05/story.md"), Q_UINT64_C(0xfab863caf003b3aa));
        QCOMPARE(PathIndex::hashOfRelative(u""), Q_UINT64_C(0x62e644ad06b573af));
    }

    void hashOfPathUnderFolder_isOfItsRelativePart()
    {
        const quint64 relative = PathIndex::hashOfRelative(u"2024/05/story.md");
        QCOMPARE(PathIndex::hashOf(u"/site/2024/05/story.md", u"/site"), relative);
        // Not under it: the whole path, never a part that happens to follow the same letters.
        QCOMPARE(PathIndex::hashOf(u"/site2/2024/05/story.md", u"/site"), PathIndex::hashOfRelative(u"/site2/2024/05/story.md"));
        QCOMPARE(PathIndex::hashOf(u"/elsewhere/x.md", u"/site"), PathIndex::hashOfRelative(u"/elsewhere/x.md"));
        QVERIFY(PathIndex::hashOf(u"/site/a.md", u"/site") != PathIndex::hashOf(u"/site/b.md", u"/site"));
        // Every length of tail (the last bytes are hashed apart from the eight-byte steps).
        QSet<quint64> hashes;
        QString path;
        for (int i = 0; i < 40; ++i) {
            path += QChar(u'a' + i % 26);
            hashes.insert(PathIndex::hashOfRelative(path));
        }
        QCOMPARE(hashes.size(), 40);
        // Beyond the Basic Multilingual Plane and in other scripts, as the file system names them.
        QVERIFY(PathIndex::hashOfRelative(u"Nachrichten/Über.md") != PathIndex::hashOfRelative(u"Nachrichten/Uber.md"));
        QVERIFY(PathIndex::hashOfRelative(u"\U0001F600.md") != PathIndex::hashOfRelative(u"\U0001F601.md"));
    }

    void findsEveryRow_andNoOther()
    {
        PathIndex index;
        QVERIFY(index.isEmpty());
        QCOMPARE(index.find(1, [](int) { return true; }), -1);
        constexpr int Rows = 100000;   // grows through many rehashes
        for (int row = 0; row < Rows; ++row)
            index.insert(PathIndex::hashOfRelative(QString::number(row)), row);
        QCOMPARE(index.size(), Rows);
        for (int row = 0; row < Rows; ++row) {
            const int found = index.find(PathIndex::hashOfRelative(QString::number(row)), [](int) { return true; });
            if (found != row)
                QFAIL(qPrintable(QStringLiteral("row %1 found as %2").arg(row).arg(found)));
        }
        QCOMPARE(index.find(PathIndex::hashOfRelative(QStringLiteral("absent")), [](int) { return true; }), -1);
        index.clear();
        QVERIFY(index.isEmpty());
        QCOMPARE(index.find(PathIndex::hashOfRelative(QStringLiteral("1")), [](int) { return true; }), -1);
    }

    void collidingHashes_theMatchChooses()
    {
        PathIndex index;
        index.reserve(4);
        for (int row : {3, 5, 8})
            index.insert(42, row);
        index.insert(43, 9);
        QCOMPARE(index.find(42, [](int row) { return row == 5; }), 5);
        QCOMPARE(index.find(42, [](int row) { return row == 8; }), 8);
        QCOMPARE(index.find(42, [](int row) { return row == 9; }), -1);   // another hash's row
        QCOMPARE(index.find(43, [](int) { return true; }), 9);
        QCOMPARE(index.find(44, [](int) { return true; }), -1);
    }
};

QTEST_GUILESS_MAIN(TestPathIndex)
#include "tst_pathindex.moc"
