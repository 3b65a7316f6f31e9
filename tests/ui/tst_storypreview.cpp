#include "linklabel.h"
#include "storypreview.h"
#include "storyroles.h"
#include "storytablemodel.h"

#include <QLabel>
#include <QStandardItemModel>
#include <QTest>

using namespace Storydesk;

namespace {

// One story row as the table model presents it, built from roles only.
QStandardItemModel *storyModel(const QString &title, const QString &webUrl, QObject *parent)
{
    auto *model = new QStandardItemModel(1, StoryTableModel::ColumnCount, parent);
    model->setData(model->index(0, StoryTableModel::Title), title);
    model->setData(model->index(0, StoryTableModel::Title), webUrl, WebUrlRole);
    model->setData(model->index(0, StoryTableModel::Title), QStringLiteral("<i>An excerpt</i> & more"), ExcerptRole);
    model->setData(model->index(0, StoryTableModel::Title), QStringLiteral("/site/a.md"), PathRole);
    model->setData(model->index(0, StoryTableModel::Title), QVariant::fromValue(StoryState::Modified), StateRole);
    model->setData(model->index(0, StoryTableModel::Provider), QStringLiteral("Wire"));
    model->setData(model->index(0, StoryTableModel::Date), QStringLiteral("4 Jan 2024"));
    model->setData(model->index(0, StoryTableModel::Quality), 60);
    model->setData(model->index(0, StoryTableModel::Published), Qt::Checked, Qt::CheckStateRole);
    return model;
}

} // namespace

class TestStoryPreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void link_opensOnlyWebLinks_data();
    void link_opensOnlyWebLinks();
    void showStory_showsMarkupAsPlainText();
    void invalidIndex_showsPlaceholder();
    void refresh_followsTheRow();
};

void TestStoryPreview::link_opensOnlyWebLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("openable");
    QTest::newRow("https") << QStringLiteral("https://example.com/story") << true;
    QTest::newRow("http, any case") << QStringLiteral("HTTP://example.com/") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("custom scheme") << QStringLiteral("ms-settings:privacy") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
}

void TestStoryPreview::link_opensOnlyWebLinks()
{
    QFETCH(QString, url);
    QFETCH(bool, openable);
    StoryPreview preview;
    QStandardItemModel *model = storyModel(QStringLiteral("Story"), url, &preview);
    preview.showStory(model->index(0, 0));
    auto *link = preview.findChild<LinkLabel *>(QStringLiteral("previewLink"));
    QVERIFY(link);
    QCOMPARE(link->address(), url);   // shown either way, as plain text
    QCOMPARE(link->textFormat(), Qt::PlainText);
    QCOMPARE(link->isClickable(), openable);
}

void TestStoryPreview::showStory_showsMarkupAsPlainText()
{
    StoryPreview preview;
    QStandardItemModel *model = storyModel(QStringLiteral("<b>Bold</b> &amp; <a href=\"file:///x\">y</a>"), QString(), &preview);
    preview.showStory(model->index(0, StoryTableModel::Quality));   // any column of the row

    for (const char *name : {"previewTitle", "previewMeta", "previewState", "previewExcerpt", "previewPath"}) {
        auto *label = preview.findChild<QLabel *>(QLatin1StringView(name));
        QVERIFY2(label, name);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->openExternalLinks(), false);
    }
    QCOMPARE(preview.findChild<QLabel *>(QStringLiteral("previewTitle"))->text(),
             QStringLiteral("<b>Bold</b> &amp; <a href=\"file:///x\">y</a>"));
    QCOMPARE(preview.findChild<QLabel *>(QStringLiteral("previewExcerpt"))->text(), QStringLiteral("<i>An excerpt</i> & more"));
    const QString meta = preview.findChild<QLabel *>(QStringLiteral("previewMeta"))->text();
    QVERIFY2(meta.contains(QStringLiteral("Wire")) && meta.contains(QStringLiteral("4 Jan 2024")) && meta.contains(QStringLiteral("60")),
             qPrintable(meta));
    QVERIFY(!preview.findChild<QLabel *>(QStringLiteral("previewState"))->text().isEmpty());
}

void TestStoryPreview::invalidIndex_showsPlaceholder()
{
    StoryPreview preview;
    preview.show();
    preview.showStory(QModelIndex());
    QVERIFY(preview.findChild<QLabel *>(QStringLiteral("previewPlaceholder"))->isVisible());
    QVERIFY(!preview.findChild<QWidget *>(QStringLiteral("previewScrollArea"))->isVisible());
}

void TestStoryPreview::refresh_followsTheRow()
{
    StoryPreview preview;
    QStandardItemModel *model = storyModel(QStringLiteral("Before"), QString(), &preview);
    preview.showStory(model->index(0, 0));
    model->setData(model->index(0, StoryTableModel::Title), QStringLiteral("After"));
    preview.refresh();
    QCOMPARE(preview.findChild<QLabel *>(QStringLiteral("previewTitle"))->text(), QStringLiteral("After"));
    model->removeRow(0);
    preview.refresh();   // the row is gone: nothing selected
    QVERIFY(!preview.story().isValid());
}

QTEST_MAIN(TestStoryPreview)
#include "tst_storypreview.moc"
