#include "pictureframe.h"
#include "qualityspinbox.h"
#include "topicchip.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QSignalSpy>
#include <QTest>

using Storydesk::PictureFrame;
using Storydesk::QualitySpinBox;
using Storydesk::TopicChip;

// What assistive technology reads of the custom widgets: names, descriptions, roles, states
// and values, through QAccessible as a screen reader's bridge asks for them.
class TestAccessibilityWidgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topicChip_isAButtonNamedForItsTopic_thatTellsHowToRemoveIt();
    void topicChip_partialAndNew_sayWhyInTheDescription();
    void topicChip_removeAction_requestsRemoval();
    void qualitySpinBox_readsItsValueOutOf100();
    void qualitySpinBox_withoutValue_saysSo_notTheDash();
    void pictureFrame_describesItsPlaceholder();
};

void TestAccessibilityWidgets::topicChip_isAButtonNamedForItsTopic_thatTellsHowToRemoveIt()
{
    TopicChip chip(QStringLiteral("AI"));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&chip);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::Button);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Topic AI"));
    QCOMPARE(accessible->text(QAccessible::Description), QStringLiteral("Press Delete to remove"));
    QVERIFY(accessible->state().focusable);
    QVERIFY(!accessible->state().focused);

    chip.show();
    QVERIFY(QTest::qWaitForWindowActive(&chip));
    chip.setFocus();
    QTRY_VERIFY(accessible->state().focused);
}

void TestAccessibilityWidgets::topicChip_partialAndNew_sayWhyInTheDescription()
{
    TopicChip chip(QStringLiteral("Space"));
    chip.setCoverage(2, 3);
    chip.setNew(true);
    const QString description = QAccessible::queryAccessibleInterface(&chip)->text(QAccessible::Description);
    QVERIFY2(description.startsWith(QStringLiteral("Press Delete to remove")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("On 2 of 3 stories")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("New topic")), qPrintable(description));
}

void TestAccessibilityWidgets::topicChip_removeAction_requestsRemoval()
{
    TopicChip chip(QStringLiteral("AI"));
    QSignalSpy removal(&chip, &TopicChip::removeRequested);
    QAccessibleActionInterface *actions = QAccessible::queryAccessibleInterface(&chip)->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QStringLiteral("Remove")));
    actions->doAction(QStringLiteral("Remove"));
    QCOMPARE(removal.size(), 1);
    QCOMPARE(removal.first().first().toString(), QStringLiteral("AI"));
}

void TestAccessibilityWidgets::qualitySpinBox_readsItsValueOutOf100()
{
    QualitySpinBox box;
    box.setAccessibleName(QStringLiteral("Quality"));
    box.setQuality(69);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&box);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::SpinBox);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Quality"));
    QCOMPARE(accessible->text(QAccessible::Description), QStringLiteral("69 of 100"));
    QVERIFY(accessible->valueInterface());
    QCOMPARE(accessible->valueInterface()->currentValue().toInt(), 69);
    QCOMPARE(accessible->valueInterface()->maximumValue().toInt(), 100);

    // Typed or stepped: the description follows.
    box.show();
    QVERIFY(QTest::qWaitForWindowActive(&box));
    QTest::keyClick(&box, Qt::Key_Up);
    QCOMPARE(accessible->text(QAccessible::Description), QStringLiteral("70 of 100"));
}

void TestAccessibilityWidgets::qualitySpinBox_withoutValue_saysSo_notTheDash()
{
    QualitySpinBox box;
    box.setQuality(std::nullopt);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&box);
    QCOMPARE(accessible->text(QAccessible::Description), QStringLiteral("No value"));
    box.setQuality(0);
    QCOMPARE(accessible->text(QAccessible::Description), QStringLiteral("0 of 100"));
}

void TestAccessibilityWidgets::pictureFrame_describesItsPlaceholder()
{
    PictureFrame frame;
    frame.setAccessibleName(QStringLiteral("Story picture"));
    frame.showPlaceholder(QStringLiteral("Picture not found"));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&frame);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Story picture"));
    QCOMPARE(accessible->text(QAccessible::Description), QStringLiteral("Picture not found"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::gray);
    frame.showPicture(image);
    QCOMPARE(accessible->text(QAccessible::Description), QString());
}

QTEST_MAIN(TestAccessibilityWidgets)
#include "tst_accessibilitywidgets.moc"
