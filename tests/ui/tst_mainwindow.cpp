#include "mainwindow.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openFolder_listsStoryFilesAndNamesWindow();
};

void TestMainWindow::openFolder_listsStoryFilesAndNamesWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("site/_posts")));
    const QString site = dir.filePath(QStringLiteral("site"));
    for (const QString &name : {QStringLiteral("_posts/a.md"), QStringLiteral("_posts/b.txt"), QStringLiteral("notes.png")}) {
        QFile f(site + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("---\ntitle: x\n---\n");
    }

    Storydesk::MainWindow window;
    window.openFolder(site);
    QCOMPARE(window.windowTitle(), QStringLiteral("site — Storydesk"));
    auto *list = window.findChild<QListWidget *>(QStringLiteral("storyList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("_posts/a.md"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
