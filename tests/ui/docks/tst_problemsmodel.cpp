#include "problemsmodel.h"
#include "problemsview.h"
#include "storyroles.h"
#include "storystore.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// The Problems list over a real folder: one row per problem, in file coordinates, following
// the stories as they are fixed, broken, added and removed, with exact row changes.

using namespace Storydesk;

namespace {

constexpr int Timeout = 60000;

const QByteArray Fine("---\ntitle: \"Fine\"\nquality: 50\n---\n");
// Two validation warnings, on lines 3 and 4.
const QByteArray Invalid("---\ntitle: \"Invalid\"\nquality: high\npublished: maybe\n---\n");
// Front matter that does not parse.
const QByteArray Broken("---\ntitle: \"Broken\n  - : :\n---\n");

QStringList rows(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ProblemsModel::Message; ++column)
            cells.append(model.index(row, column).data().toString());
        out.append(cells.join(QLatin1Char(' ')));
    }
    return out;
}

} // namespace

class TestProblemsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryProblemWithItsPlace();
    void followsStoriesFixedBrokenAddedAndRemoved();
    void view_filtersAndSortsAndReportsActivation();

private:
    void open(StoryStore &store, const QTemporaryDir &dir);
};

void TestProblemsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProblemsModel::open(StoryStore &store, const QTemporaryDir &dir)
{
    QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("fine.md")), Fine));
    QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("invalid.md")), Invalid));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("sub/broken.md")), Broken));
    store.setIndexEnabled(false);
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    store.openFolder(dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
}

void TestProblemsModel::listsEveryProblemWithItsPlace()
{
    QTemporaryDir dir;
    StoryStore store;
    ProblemsModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    open(store, dir);
    model.refresh();
    const QStringList shown = rows(model);
    QCOMPARE(shown.size(), 3);
    QCOMPARE(shown.at(0), QStringLiteral("warning invalid.md 3 10"));
    QCOMPARE(shown.at(1), QStringLiteral("warning invalid.md 4 12"));
    QVERIFY2(shown.at(2).startsWith(QStringLiteral("error sub/broken.md ")), qPrintable(shown.at(2)));
    QCOMPARE(model.index(0, ProblemsModel::Message).data().toString(), QStringLiteral("quality must be a whole number from 0 to 100, not 'high'"));
    QCOMPARE(model.index(0, ProblemsModel::Line).data(RawValueRole).toInt(), 3);
    QCOMPARE(model.index(2, 0).data(PathRole).toString(), dir.filePath(QStringLiteral("sub/broken.md")));
    QCOMPARE(model.fileCount(), 2);
}

void TestProblemsModel::followsStoriesFixedBrokenAddedAndRemoved()
{
    QTemporaryDir dir;
    StoryStore store;
    ProblemsModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    open(store, dir);
    model.refresh();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Fixing one of invalid.md's values removes just its row.
    QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("invalid.md")), "---\ntitle: \"Invalid\"\nquality: 20\npublished: maybe\n---\n"));
    QVERIFY(store.reloadStory(dir.filePath(QStringLiteral("invalid.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, Timeout);   // after the burst, by itself
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 0);
    QCOMPARE(model.rowCount(), 2);

    // Breaking fine.md inserts its row first (files in order).
    QVERIFY(TestFiles::write(dir.filePath(QStringLiteral("fine.md")), Broken));
    QVERIFY(store.reloadStory(dir.filePath(QStringLiteral("fine.md"))));
    model.refresh();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(rows(model).at(0).left(15), QStringLiteral("error fine.md 2"));

    // Deleting the broken file removes its row.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("sub/broken.md"))));
    QVERIFY(!store.reloadStory(dir.filePath(QStringLiteral("sub/broken.md"))));
    model.refresh();
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(1).at(1).toInt(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestProblemsModel::view_filtersAndSortsAndReportsActivation()
{
    QTemporaryDir dir;
    StoryStore store;
    ProblemsView view(&store);
    QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    open(store, dir);
    view.model()->refresh();
    QCOMPARE(view.proxy()->rowCount(), 3);

    view.filterField()->setText(QStringLiteral("PUBLISHED"));
    QCOMPARE(view.proxy()->rowCount(), 1);
    QCOMPARE(view.proxy()->index(0, ProblemsModel::Line).data().toInt(), 4);
    view.filterField()->clear();

    // Lines sort as numbers, descending here.
    view.list()->sortByColumn(ProblemsModel::Line, Qt::DescendingOrder);
    QCOMPARE(view.proxy()->index(0, ProblemsModel::Line).data().toInt(), 4);

    QSignalSpy activated(&view, &ProblemsView::problemActivated);
    Q_EMIT view.list()->activated(view.proxy()->index(0, ProblemsModel::Message));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0), (QVariantList{dir.filePath(QStringLiteral("invalid.md")), 4, 12}));
}

QTEST_MAIN(TestProblemsModel)
#include "tst_problemsmodel.moc"
