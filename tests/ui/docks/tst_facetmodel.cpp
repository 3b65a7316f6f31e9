// The facets sidebar: its model (under QAbstractItemModelTester), the proxy filtering on
// facets and text together, and clicks on the dock.
#include "gitsitefixture.h"
#include "storyfixture.h"

#include "facetmodel.h"
#include "facetroles.h"
#include "facetsdock.h"
#include "storysortfilterproxymodel.h"
#include "storytablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>

using namespace Storydesk;

namespace {

constexpr int Timeout = 60000;

QByteArray story(const char *title, const char *topics, const char *provider, int quality, bool published)
{
    return "title: \"" + QByteArray(title) + "\"\ncategory: news\nprovider:\n  name: " + provider + "\nquality: "
        + QByteArray::number(quality) + "\npublished: " + (published ? "true" : "false") + "\ntopics: [" + topics + "]\n";
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, StoryTableModel::Title).data().toString());
    list.sort();
    return list;
}

} // namespace

class TestFacetModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void model_listsCountsAndFollowsTheStore();
    void model_keepsChosenItemsListedAtZero();
    void proxy_combinesFacetsAndText_data();
    void proxy_combinesFacetsAndText();
    void dock_clickFiltersCtrlClickAddsSecondClickRemoves();
    void dock_clearButtonAndDesks();
    void dock_topicContextMenuAsksToRename();
    void gitSection_countsStatesOnlyInARepository();
    void gitFacet_filtersTheProxyAndCountsDesks();
    void gitTerm_filtersTheProxyAsTheStatesChange();

private:
    std::unique_ptr<StoryFixture> m_site;
};

void TestFacetModel::init()
{
    m_site = std::make_unique<StoryFixture>();
    m_site->write(QStringLiteral("a.md"), story("Alpha", "AI, Robotics", "Wire", 85, true));
    m_site->write(QStringLiteral("b.md"), story("Bravo", "AI", "Wire", 30, false));
    m_site->write(QStringLiteral("c.md"), story("Charlie", "Space", "Daily", 65, false));
    m_site->write(QStringLiteral("d.md"), story("Delta", "Space, AI", "Post", 90, false));
    m_site->store.setPollingForced(true);
    m_site->store.setPollInterval(std::chrono::milliseconds(50));
    QVERIFY(m_site->load());
}

void TestFacetModel::cleanup()
{
    m_site.reset();
}

void TestFacetModel::model_listsCountsAndFollowsTheStore()
{
    FacetModel model(&m_site->store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), FacetCount + 1);
    QCOMPARE(model.sectionIndex(FacetModel::DesksSection).data().toString(), QStringLiteral("Desks"));
    const int topics = FacetModel::sectionOf(Facet::Topic);
    QCOMPARE(model.itemIndex(topics, QStringLiteral("AI")).siblingAtColumn(FacetModel::Count).data(CountRole).toInt(), 3);
    // By count: AI (3), Space (2), Robotics (1); by name: AI, Robotics, Space.
    QCOMPARE(model.index(0, 0, model.sectionIndex(topics)).data(ItemIdRole).toString(), QStringLiteral("AI"));
    QCOMPARE(model.index(1, 0, model.sectionIndex(topics)).data(ItemIdRole).toString(), QStringLiteral("Space"));
    model.setItemOrder(FacetModel::ItemOrder::ByName);
    QCOMPARE(model.index(1, 0, model.sectionIndex(topics)).data(ItemIdRole).toString(), QStringLiteral("Robotics"));
    QCOMPARE(model.itemIndex(FacetModel::sectionOf(Facet::Quality), QStringLiteral("80-100")).data().toString(), QStringLiteral("80–100"));

    // A story changes on disk: the counts follow, once the coalescing interval passed.
    m_site->write(QStringLiteral("b.md"), story("Bravo", "Space", "Wire", 30, false));
    QTRY_COMPARE_WITH_TIMEOUT(model.itemIndex(topics, QStringLiteral("Space")).data(CountRole).toInt(), 3, Timeout);
    QCOMPARE(model.itemIndex(topics, QStringLiteral("AI")).data(CountRole).toInt(), 2);
    QFile::remove(m_site->path(QStringLiteral("a.md")));
    QTRY_VERIFY_WITH_TIMEOUT(!model.itemIndex(topics, QStringLiteral("Robotics")).isValid(), Timeout);
}

void TestFacetModel::model_keepsChosenItemsListedAtZero()
{
    FacetModel model(&m_site->store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FacetSelection selection;
    selection.add(Facet::Topic, QStringLiteral("Chips"));
    model.setSelection(selection);
    const QModelIndex chips = model.itemIndex(FacetModel::sectionOf(Facet::Topic), QStringLiteral("Chips"));
    QVERIFY(chips.isValid());
    QCOMPARE(chips.data(CountRole).toInt(), 0);
    QVERIFY(chips.data(SelectedRole).toBool());
    QVERIFY(chips.data(Qt::FontRole).value<QFont>().bold());
    model.setSelection(FacetSelection());
    QVERIFY(!model.itemIndex(FacetModel::sectionOf(Facet::Topic), QStringLiteral("Chips")).isValid());
}

void TestFacetModel::proxy_combinesFacetsAndText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<FacetSelection::Map>("facets");
    QTest::addColumn<QStringList>("expected");
    const auto L = [](const char *a, const char *b = nullptr) {
        return b ? QStringList{QString::fromUtf8(a), QString::fromUtf8(b)} : QStringList{QString::fromUtf8(a)};
    };
    QTest::newRow("nothing") << QString() << FacetSelection::Map{} << QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie"), QStringLiteral("Delta")};
    QTest::newRow("topic") << QString() << FacetSelection::Map{{QStringLiteral("topic"), L("AI")}} << QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Delta")};
    QTest::newRow("topic OR") << QString() << FacetSelection::Map{{QStringLiteral("topic"), L("Robotics", "Space")}} << QStringList{QStringLiteral("Alpha"), QStringLiteral("Charlie"), QStringLiteral("Delta")};
    QTest::newRow("topic AND provider") << QString() << FacetSelection::Map{{QStringLiteral("topic"), L("AI")}, {QStringLiteral("provider"), L("Wire")}} << QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo")};
    QTest::newRow("facet AND text") << QStringLiteral("published:false") << FacetSelection::Map{{QStringLiteral("topic"), L("AI")}} << QStringList{QStringLiteral("Bravo"), QStringLiteral("Delta")};
    QTest::newRow("facet AND words") << QStringLiteral("delta") << FacetSelection::Map{{QStringLiteral("quality"), L("80-100")}} << QStringList{QStringLiteral("Delta")};
    QTest::newRow("nothing left") << QStringLiteral("charlie") << FacetSelection::Map{{QStringLiteral("topic"), L("AI")}} << QStringList{};
}

void TestFacetModel::proxy_combinesFacetsAndText()
{
    QFETCH(QString, text);
    QFETCH(FacetSelection::Map, facets);
    QFETCH(QStringList, expected);
    StoryTableModel model(&m_site->store);
    StorySortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Both orders: text then facets, facets then text (the narrowing shortcut must not leak).
    proxy.setText(text);
    proxy.setFacetSelection(FacetSelection::fromMap(facets));
    QCOMPARE(titles(proxy), expected);
    proxy.setText(QString());
    proxy.setFacetSelection(FacetSelection());
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setFacetSelection(FacetSelection::fromMap(facets));
    proxy.setText(text);
    QCOMPARE(titles(proxy), expected);
}

void TestFacetModel::dock_clickFiltersCtrlClickAddsSecondClickRemoves()
{
    FacetsDock dock(&m_site->store);
    dock.resize(300, 700);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QSignalSpy changed(&dock, &FacetsDock::selectionChanged);
    QTreeView *view = dock.view();
    FacetModel *model = dock.model();
    const auto click = [&](int section, const char *id, Qt::KeyboardModifiers modifiers = {}) {
        const QModelIndex index = model->itemIndex(section, QString::fromUtf8(id));
        QVERIFY(index.isValid());
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
    };
    const int topics = FacetModel::sectionOf(Facet::Topic);
    const int providers = FacetModel::sectionOf(Facet::Provider);

    click(topics, "AI");
    QCOMPARE(dock.selection().toMap(), (FacetSelection::Map{{QStringLiteral("topic"), {QStringLiteral("AI")}}}));
    click(topics, "Space");   // a plain click: that item only
    QCOMPARE(dock.selection().toMap(), (FacetSelection::Map{{QStringLiteral("topic"), {QStringLiteral("Space")}}}));
    click(topics, "AI", Qt::ControlModifier);   // Ctrl: added, OR within the facet
    click(providers, "Wire", Qt::ControlModifier);   // and AND across facets
    QCOMPARE(dock.selection().toMap(), (FacetSelection::Map{{QStringLiteral("topic"), {QStringLiteral("Space"), QStringLiteral("AI")}},
                                                           {QStringLiteral("provider"), {QStringLiteral("Wire")}}}));
    QVERIFY(model->itemIndex(topics, QStringLiteral("AI")).data(SelectedRole).toBool());
    click(topics, "Space");   // a second click on a chosen item removes it, the rest stays
    QCOMPARE(dock.selection().toMap(), (FacetSelection::Map{{QStringLiteral("topic"), {QStringLiteral("AI")}},
                                                           {QStringLiteral("provider"), {QStringLiteral("Wire")}}}));
    QCOMPARE(changed.size(), 5);
    QCOMPARE(changed.last().first().value<FacetSelection>().toMap(), dock.selection().toMap());
}

void TestFacetModel::dock_clearButtonAndDesks()
{
    QTemporaryDir siteCopy;
    FacetsDock dock(&m_site->store);
    dock.setFolder(siteCopy.path());
    FacetSelection selection;
    selection.add(Facet::Published, QStringLiteral("unpublished"));
    dock.setSelection(selection);
    auto *clear = dock.findChild<QToolButton *>(QStringLiteral("clearFacets"));
    QVERIFY(clear && clear->isEnabled());
    clear->click();
    QVERIFY(dock.selection().isEmpty());
    QVERIFY(!clear->isEnabled());

    Desk desk;
    desk.name = QStringLiteral("Incoming AI");
    desk.query = QStringLiteral("published:false");
    desk.facets.add(Facet::Topic, QStringLiteral("AI"));
    QVERIFY(dock.saveDesk(desk));
    const QModelIndex row = dock.model()->itemIndex(FacetModel::DesksSection, desk.name);
    QVERIFY(row.isValid());
    QCOMPARE(row.data(CountRole).toInt(), 2);   // Bravo and Delta
    QSignalSpy activated(&dock, &FacetsDock::deskActivated);
    dock.activate(row, false);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<Desk>(), desk);
    QVERIFY(dock.deleteDesk(desk.name));
    QVERIFY(!dock.model()->itemIndex(FacetModel::DesksSection, desk.name).isValid());
}

void TestFacetModel::dock_topicContextMenuAsksToRename()
{
    FacetsDock dock(&m_site->store);
    QSignalSpy requested(&dock, &FacetsDock::renameTopicsRequested);
    FacetSelection selection;
    selection.setItems(Facet::Topic, {QStringLiteral("AI"), QStringLiteral("Space")});
    dock.setSelection(selection);
    dock.resize(300, 700);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const QModelIndex ai = dock.model()->itemIndex(FacetModel::sectionOf(Facet::Topic), QStringLiteral("AI"));
    // The menu is modal: pick "Merge Topics…" as soon as it shows.
    QTimer::singleShot(0, &dock, [&dock] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        auto *merge = menu->findChild<QAction *>(QStringLiteral("mergeTopics"));
        QVERIFY(merge && merge->isEnabled());
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("renameTopic"))->isEnabled());
        merge->trigger();
        menu->close();
    });
    Q_EMIT dock.view()->customContextMenuRequested(dock.view()->visualRect(ai).center());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toStringList(), (QStringList{QStringLiteral("AI"), QStringLiteral("Space")}));
}

namespace {

// Alpha and Bravo committed; Bravo then saved again, Charlie new: in the facets' words.
std::unique_ptr<GitSiteFixture> gitSite()
{
    auto site = std::make_unique<GitSiteFixture>();
    site->write(QStringLiteral("a.md"), story("Alpha", "AI", "Wire", 85, true));
    site->write(QStringLiteral("b.md"), story("Bravo", "AI", "Wire", 30, false));
    if (!site->init() || !site->commitAll())
        return nullptr;
    site->write(QStringLiteral("b.md"), story("Bravo", "AI, Space", "Wire", 30, false));
    site->write(QStringLiteral("c.md"), story("Charlie", "Space", "Daily", 65, false));
    // Not a story: git lists it, the facet does not count it.
    site->rawWrite(QStringLiteral("notes.txt"), "not a story\n");
    return site;
}

QList<std::pair<QString, int>> gitItems(const FacetModel &model)
{
    QList<std::pair<QString, int>> items;
    const QModelIndex section = model.sectionIndex(FacetModel::sectionOf(Facet::Git));
    for (int row = 0; row < model.rowCount(section); ++row)
        items.append({model.index(row, FacetModel::Name, section).data().toString(),
                      model.index(row, FacetModel::Count, section).data(CountRole).toInt()});
    return items;
}

} // namespace

void TestFacetModel::gitSection_countsStatesOnlyInARepository()
{
    // Outside a repository there is no Git section at all.
    FacetModel plain(&m_site->store);
    SiteGitStatus outside;
    QSignalSpy refreshedOutside(&outside, &SiteGitStatus::refreshed);
    outside.setFolder(QFileInfo(m_site->path(QStringLiteral("a.md"))).path());
    QTRY_VERIFY_WITH_TIMEOUT(refreshedOutside.count() >= 1, GitSiteFixture::Timeout);
    plain.setGitStatus(&outside);
    QCOMPARE(plain.rowCount(), FacetCount + 1);
    QVERIFY(!plain.showsGit());

    const std::unique_ptr<GitSiteFixture> site = gitSite();
    QVERIFY(site);
    FacetModel model(&site->store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGitStatus(&site->git);
    QCOMPARE(model.rowCount(), FacetCount + 1);
    QVERIFY(site->loadWithGit());
    // The section comes once git has found the repository, after the summary's facets.
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), FacetCount + 2, GitSiteFixture::Timeout);
    QCOMPARE(model.sectionIndex(FacetModel::sectionOf(Facet::Git)).data().toString(), QStringLiteral("Git"));
    QTRY_COMPARE_WITH_TIMEOUT(gitItems(model), (QList<std::pair<QString, int>>{{QStringLiteral("New"), 1}, {QStringLiteral("Changed"), 1}}),
                              GitSiteFixture::Timeout);
    // Counts follow the states: Alpha changes too, then everything is committed.
    QTest::qWait(1100);
    site->write(QStringLiteral("a.md"), story("Alpha", "AI", "Wire", 90, true));
    QVERIFY(site->settle());
    QTRY_COMPARE_WITH_TIMEOUT(gitItems(model), (QList<std::pair<QString, int>>{{QStringLiteral("New"), 1}, {QStringLiteral("Changed"), 2}}),
                              GitSiteFixture::Timeout);
    QVERIFY(site->commitAll());
    QVERIFY(site->settle());
    QTRY_COMPARE_WITH_TIMEOUT(gitItems(model), (QList<std::pair<QString, int>>{}), GitSiteFixture::Timeout);
    // Chosen, an item stays listed at 0, as in every facet.
    FacetSelection selection;
    selection.add(Facet::Git, QStringLiteral("conflict"));
    model.setSelection(selection);
    QCOMPARE(gitItems(model), (QList<std::pair<QString, int>>{{QStringLiteral("Conflict"), 0}}));
    // Another folder, not a repository: the section goes.
    site->git.setFolder(QFileInfo(m_site->path(QStringLiteral("a.md"))).path());
    QCOMPARE(model.rowCount(), FacetCount + 1);
}

void TestFacetModel::gitFacet_filtersTheProxyAndCountsDesks()
{
    const std::unique_ptr<GitSiteFixture> site = gitSite();
    QVERIFY(site);
    QVERIFY(site->loadWithGit());
    StoryTableModel model(&site->store);
    model.setGitStatus(&site->git);
    StorySortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FacetSelection changed;
    changed.add(Facet::Git, QStringLiteral("changed"));
    proxy.setFacetSelection(changed);
    QCOMPARE(titles(proxy), QStringList{QStringLiteral("Bravo")});
    // OR within the facet, AND with the others.
    FacetSelection either = changed;
    either.add(Facet::Git, QStringLiteral("new"));
    proxy.setFacetSelection(either);
    QCOMPARE(titles(proxy), (QStringList{QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
    either.add(Facet::Topic, QStringLiteral("AI"));
    proxy.setFacetSelection(either);
    QCOMPARE(titles(proxy), QStringList{QStringLiteral("Bravo")});
    // A row whose state changes comes and goes on its own.
    proxy.setFacetSelection(changed);
    QTest::qWait(1100);
    site->write(QStringLiteral("a.md"), story("Alpha", "AI", "Wire", 90, true));
    QTRY_COMPARE_WITH_TIMEOUT(titles(proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo")}), GitSiteFixture::Timeout);

    // A desk stores the Git facet and counts what it shows.
    QTemporaryDir desks;
    FacetsDock dock(&site->store);
    dock.model()->setGitStatus(&site->git);
    dock.setFolder(desks.path());
    Desk desk;
    desk.name = QStringLiteral("To commit");
    desk.facets = either;
    QVERIFY(dock.saveDesk(desk));
    QCOMPARE(dock.desks().constFirst().facets.items(Facet::Git), (QStringList{QStringLiteral("changed"), QStringLiteral("new")}));
    QCOMPARE(dock.model()->itemIndex(FacetModel::DesksSection, desk.name).data(CountRole).toInt(), 2);   // Alpha, Bravo
    // Clicking an item of the Git section chooses it like any other.
    const QModelIndex newItem = dock.model()->itemIndex(FacetModel::sectionOf(Facet::Git), QStringLiteral("new"));
    QVERIFY(newItem.isValid());
    dock.activate(newItem, false);
    QCOMPARE(dock.selection().items(Facet::Git), QStringList{QStringLiteral("new")});
}

void TestFacetModel::gitTerm_filtersTheProxyAsTheStatesChange()
{
    const std::unique_ptr<GitSiteFixture> site = gitSite();
    QVERIFY(site);
    QVERIFY(site->loadWithGit());
    StoryTableModel model(&site->store);
    model.setGitStatus(&site->git);
    StorySortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(proxy.setText(QStringLiteral("git:changed")));
    QCOMPARE(titles(proxy), QStringList{QStringLiteral("Bravo")});
    QVERIFY(proxy.setText(QStringLiteral("git:new or git:changed")));
    QCOMPARE(titles(proxy), (QStringList{QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
    QVERIFY(proxy.setText(QStringLiteral("-git:new space")));
    QCOMPARE(titles(proxy), QStringList{QStringLiteral("Bravo")});
    // Saved elsewhere, committed elsewhere: the rows follow the states.
    QVERIFY(proxy.setText(QStringLiteral("git:changed")));
    QTest::qWait(1100);
    site->write(QStringLiteral("a.md"), story("Alpha", "AI", "Wire", 90, true));
    QTRY_COMPARE_WITH_TIMEOUT(titles(proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo")}), GitSiteFixture::Timeout);
    QVERIFY(site->commitAll());
    QVERIFY(site->settle());
    QTRY_COMPARE_WITH_TIMEOUT(titles(proxy), QStringList{}, GitSiteFixture::Timeout);
}

QTEST_MAIN(TestFacetModel)
#include "tst_facetmodel.moc"
