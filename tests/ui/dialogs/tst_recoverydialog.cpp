#include "recoverydialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Storydesk;

Q_DECLARE_METATYPE(Storydesk::UserPrompts::RecoveryChoice)

namespace {

RecoveryEntry entry(const QString &relativePath, const QByteArray &before, const QByteArray &after)
{
    RecoveryEntry e;
    e.folder = QStringLiteral("/sites/news");
    e.relativePath = relativePath;
    e.identity = FileIdentity{before.size(), 1, 1};
    e.bytesRead = before;
    e.text = after;
    return e;
}

const QByteArray Story = "---\ntitle: Rain in Spain\npublished: false\nquality: 60\n---\nBody\n";

QList<RecoveryEntry> threeEntries()
{
    return {entry(QStringLiteral("_posts/rain.md"), Story, QByteArray(Story).replace("published: false", "published: true")),
            entry(QStringLiteral("_posts/sun.md"), QByteArray(Story).replace("Rain", "Sun"),
                  QByteArray(Story).replace("Rain", "Sun").replace("quality: 60", "quality: 65")),
            entry(QStringLiteral("_posts/untitled.md"), "---\npublished: false\n---\n", "---\npublished: true\n---\n")};
}

} // namespace

// The recovery dialog lists each story (title, file, changes field by field) and answers
// Recover by default, Discard, or Later.
class TestRecoveryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lists_titlePathAndChanges()
    {
        RecoveryDialog dialog(QStringLiteral("/sites/news"), threeEntries(), {});
        QTreeWidget *list = dialog.storyList();
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Rain in Spain"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("_posts/rain.md"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("published: false → true"));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("quality 60 → 65"));
        QCOMPARE(list->topLevelItem(2)->text(0), QStringLiteral("untitled.md"));   // no title: the file name
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("recoveryProblems"))->isVisibleTo(&dialog));
    }

    void problems_areListed()
    {
        const QStringList problems{QStringLiteral("/data/recovery/ab/12.json: damaged or cut off (unterminated object at byte 80)")};
        RecoveryDialog dialog(QStringLiteral("/sites/news"), threeEntries(), problems);
        const QLabel *label = dialog.findChild<QLabel *>(QStringLiteral("recoveryProblems"));
        QVERIFY(label->isVisibleTo(&dialog));
        QVERIFY(label->text().contains(problems.constFirst()));
    }

    void returnKey_recovers()
    {
        RecoveryDialog dialog(QStringLiteral("/sites/news"), threeEntries(), {});
        QVERIFY(dialog.recoverButton()->isDefault());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), UserPrompts::RecoveryChoice::Recover);
    }

    void escape_isLater()
    {
        RecoveryDialog dialog(QStringLiteral("/sites/news"), threeEntries(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.choice(), UserPrompts::RecoveryChoice::Later);
    }

    void buttons_answer_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<UserPrompts::RecoveryChoice>("choice");
        QTest::newRow("recover") << QStringLiteral("recoverButton") << UserPrompts::RecoveryChoice::Recover;
        QTest::newRow("discard") << QStringLiteral("discardButton") << UserPrompts::RecoveryChoice::Discard;
        QTest::newRow("later") << QStringLiteral("laterButton") << UserPrompts::RecoveryChoice::Later;
    }

    void buttons_answer()
    {
        QFETCH(QString, button);
        QFETCH(UserPrompts::RecoveryChoice, choice);
        RecoveryDialog dialog(QStringLiteral("/sites/news"), threeEntries(), {});
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(button), Qt::LeftButton);
        QCOMPARE(dialog.choice(), choice);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestRecoveryDialog)
#include "tst_recoverydialog.moc"
