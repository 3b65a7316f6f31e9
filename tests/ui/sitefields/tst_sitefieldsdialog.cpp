#include "hugosite.h"
#include "sitefieldscontroller.h"
#include "sitefieldsdialog.h"
#include "storyeditor.h"
#include "storystore.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

// Settings ▸ Site Fields…: the dialog shows the detected keys and the current story's values,
// OK writes .storydesk/site.yaml and has the store read the stories with the new map, Cancel
// changes nothing, a broken site.yaml is shown where it is broken, and every control has a
// name a screen reader can say.

using namespace Storydesk;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSiteFieldsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dialog_showsTheDetectedKeysAndTheStorysValues();
    void changingAKey_andOk_writesSiteYaml_andRereadsTheStories();
    void ok_withoutAChange_writesNothing();
    void cancel_changesNothing();
    void notAKey_keepsTheDialogOpenAndWritesNothing();
    void brokenSiteYaml_isShownWithFileLineColumn_andDetectionIsUsed();
    void statusBar_saysWhichMapIsInUse();
    void everyControl_hasAnAccessibleName();

private:
    bool openStore();
    SiteFieldsDialog *makeDialog();
    QComboBox *key(SiteFieldsDialog *dialog, const char *role) const;
    QString siteYaml() const { return m_site + QStringLiteral("/.storydesk/site.yaml"); }
    int rowOf(const QString &path) const { return m_store->indexOf(path); }

    QTemporaryDir *m_dir = nullptr;
    QString m_site;
    StoryStore *m_store = nullptr;
    StoryEditor *m_editor = nullptr;
};

void TestSiteFieldsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSiteFieldsDialog::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_site = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(HugoSite::write(m_site));
}

void TestSiteFieldsDialog::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    delete m_store;
    m_store = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

bool TestSiteFieldsDialog::openStore()
{
    m_store = new StoryStore;
    m_store->setIndexEnabled(false);
    m_editor = new StoryEditor(m_store);
    m_store->openFolder(m_site);
    return QTest::qWaitFor([this] { return !m_store->isLoading(); }, 20000) && m_store->count() == 3;
}

SiteFieldsDialog *TestSiteFieldsDialog::makeDialog()
{
    const std::optional<YamlValue> story = m_editor->value(HugoSite::draft(m_site), YamlPath());
    const QStringList keys = SiteFieldsController::keysOf(story.value_or(YamlValue()));
    auto *dialog = new SiteFieldsDialog(m_store, m_store->siteFields(), keys, story.value_or(YamlValue()));
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    return dialog;
}

QComboBox *TestSiteFieldsDialog::key(SiteFieldsDialog *dialog, const char *role) const
{
    return dialog->findChild<QComboBox *>(QStringLiteral("siteFieldKey_%1").arg(QLatin1StringView(role)));
}

void TestSiteFieldsDialog::dialog_showsTheDetectedKeysAndTheStorysValues()
{
    QVERIFY(openStore());
    std::unique_ptr<SiteFieldsDialog> dialog(makeDialog());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("siteFieldsSource"))->text().contains(QStringLiteral("Hugo")));
    QCOMPARE(key(dialog.get(), "title")->currentText(), QStringLiteral("title"));
    QCOMPARE(key(dialog.get(), "date")->currentText(), QStringLiteral("date"));
    QCOMPARE(key(dialog.get(), "excerpt")->currentText(), QStringLiteral("summary"));
    QCOMPARE(key(dialog.get(), "topics")->currentText(), QStringLiteral("tags"));
    QCOMPARE(key(dialog.get(), "published")->currentText(), QStringLiteral("draft"));
    QCOMPARE(key(dialog.get(), "heat")->currentText(), QString());   // Hugo has none
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("siteFieldsNegated"))->isChecked());
    // The keys the story uses are offered.
    QVERIFY(key(dialog.get(), "topics")->findText(QStringLiteral("categories")) >= 0);
    // The current story's values under those keys, and what published means here.
    const auto value = [&dialog](const char *role) {
        return dialog->findChild<QLabel *>(QStringLiteral("siteFieldValue_%1").arg(QLatin1StringView(role)))->text();
    };
    QCOMPARE(value("title"), QStringLiteral("Council adopts budget"));
    QCOMPARE(value("topics"), QStringLiteral("Budget, Council"));
    QVERIFY2(value("published").startsWith(QStringLiteral("true")) && value("published").endsWith(QStringLiteral("not published")),
             qPrintable(value("published")));
    // Changing a key shows that key's value at once.
    key(dialog.get(), "topics")->setCurrentText(QStringLiteral("categories"));
    QCOMPARE(value("topics"), QStringLiteral("Politics"));
}

void TestSiteFieldsDialog::changingAKey_andOk_writesSiteYaml_andRereadsTheStories()
{
    QVERIFY(openStore());
    QCOMPARE(m_store->summary(rowOf(HugoSite::draft(m_site))).topics, QStringList({QStringLiteral("Budget"), QStringLiteral("Council")}));
    std::unique_ptr<SiteFieldsDialog> dialog(makeDialog());
    key(dialog.get(), "topics")->setCurrentText(QStringLiteral("categories"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY2(dialog->error().isEmpty(), qPrintable(dialog->error()));

    const QByteArray written = readFile(siteYaml());
    QVERIFY2(written.contains("topics: categories"), written.constData());
    QCOMPARE(m_store->fieldMap().path(FieldRole::Topics).toString(), QStringLiteral("categories"));
    QVERIFY(QTest::qWaitFor([this] { return !m_store->isLoading(); }, 20000));
    QCOMPARE(m_store->summary(rowOf(HugoSite::draft(m_site))).topics, QStringList({QStringLiteral("Politics")}));
    // The stories themselves are not touched.
    QCOMPARE(readFile(HugoSite::draft(m_site)), HugoSite::Draft);
}

void TestSiteFieldsDialog::ok_withoutAChange_writesNothing()
{
    QVERIFY(openStore());
    std::unique_ptr<SiteFieldsDialog> dialog(makeDialog());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!QFile::exists(siteYaml()));
}

void TestSiteFieldsDialog::cancel_changesNothing()
{
    QVERIFY(openStore());
    const FieldMap before = m_store->fieldMap();
    std::unique_ptr<SiteFieldsDialog> dialog(makeDialog());
    key(dialog.get(), "topics")->setCurrentText(QStringLiteral("categories"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!QFile::exists(siteYaml()));
    QVERIFY(m_store->fieldMap() == before);
}

void TestSiteFieldsDialog::notAKey_keepsTheDialogOpenAndWritesNothing()
{
    QVERIFY(openStore());
    std::unique_ptr<SiteFieldsDialog> dialog(makeDialog());
    dialog->show();
    key(dialog.get(), "topics")->setCurrentText(QStringLiteral("tags..x"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->error().isEmpty());
    QVERIFY(!QFile::exists(siteYaml()));
}

void TestSiteFieldsDialog::brokenSiteYaml_isShownWithFileLineColumn_andDetectionIsUsed()
{
    QVERIFY(QDir().mkpath(m_site + QStringLiteral("/.storydesk")));
    QVERIFY(HugoSite::writeFile(siteYaml(), "fields:\n  topics: [tags\n"));
    QVERIFY(openStore());
    QCOMPARE(m_store->fieldMap().path(FieldRole::Topics).toString(), QStringLiteral("tags"));
    std::unique_ptr<SiteFieldsDialog> dialog(makeDialog());
    const QLabel *problems = dialog->findChild<QLabel *>(QStringLiteral("siteFieldsProblems"));
    QVERIFY(!problems->isHidden());
    QVERIFY2(problems->text().contains(QRegularExpression(QStringLiteral("site\\.yaml:\\d+:\\d+: "))), qPrintable(problems->text()));
}

void TestSiteFieldsDialog::statusBar_saysWhichMapIsInUse()
{
    QVERIFY(openStore());
    QStatusBar bar;
    SiteFieldsController controller(&bar, &bar, m_store, m_editor, [this] { return HugoSite::draft(m_site); });
    QCOMPARE(controller.statusLabel()->text(), SiteFieldsDialog::sourceText(m_store->siteFields()));
    QVERIFY(controller.statusLabel()->text().contains(QStringLiteral("Hugo")));

    // A broken site.yaml, once read: the status bar names the place; nothing stops.
    QVERIFY(QDir().mkpath(m_site + QStringLiteral("/.storydesk")));
    QVERIFY(HugoSite::writeFile(siteYaml(), "fields:\n  topics: [tags\n"));
    m_store->openFolder(m_site);
    QVERIFY(QTest::qWaitFor([this] { return !m_store->isLoading(); }, 20000));
    QVERIFY2(controller.statusLabel()->text().contains(QRegularExpression(QStringLiteral("site\\.yaml:\\d+:\\d+: "))),
             qPrintable(controller.statusLabel()->text()));
    QCOMPARE(m_store->count(), 3);
}

void TestSiteFieldsDialog::everyControl_hasAnAccessibleName()
{
    QVERIFY(openStore());
    std::unique_ptr<SiteFieldsDialog> dialog(makeDialog());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    int controls = 0;
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->objectName().startsWith(QLatin1String("qt_"))
            || widget->window() != dialog.get())
            continue;   // labels, a combo box's own line edit (the box carries the name) and its closed popup
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                 qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
        ++controls;
    }
    QVERIFY(controls >= FieldRoleCount + 4);   // a key a role, negation, default, OK, Cancel
    // On Linux a combo box reads its text as its name, and its label through the "labelled
    // by" relation: both are there.
    QComboBox *topics = key(dialog.get(), "topics");
    QCOMPARE(topics->accessibleName(), QStringLiteral("Key for Topics"));
    QCOMPARE(topics->lineEdit()->accessibleName(), QStringLiteral("Key for Topics"));
    QStringList labels;
    for (const auto &[label, relation] : QAccessible::queryAccessibleInterface(topics)->relations(QAccessible::Label))
        labels.append(label->text(QAccessible::Name));
    QVERIFY2(labels.contains(QStringLiteral("Topics:")), qPrintable(labels.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestSiteFieldsDialog)
#include "tst_sitefieldsdialog.moc"
