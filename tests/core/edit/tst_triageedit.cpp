#include "storyfixture.h"
#include "triageedit.h"

#include <QTest>

using namespace Storydesk;

// What the triage keys do to a selection: which stories take part and the value each gets.
class TestTriageEdit : public QObject
{
    Q_OBJECT

private:
    StoryFixture m_site;

    QStringList paths(const QStringList &names) const
    {
        QStringList out;
        for (const QString &name : names)
            out.append(m_site.path(name));
        return out;
    }

    static QStringList valuesOf(const TriageEdit &edit)
    {
        QStringList out;
        for (const auto &[path, value] : edit.values)
            out.append(QFileInfo(path).fileName() + QLatin1Char('=') + value.text());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_site.write(QStringLiteral("a.md"), "title: \"A\"\nquality: 97\npublished: true\n");
        m_site.write(QStringLiteral("b.md"), "title: \"B\"\nquality: 3\npublished: false\n");
        m_site.write(QStringLiteral("c.md"), "title: \"C\"\npublished: true\n");
        m_site.rawWrite(QStringLiteral("broken.md"), "---\ntitle: [unclosed\n---\n");
        QVERIFY(m_site.load());
    }

    void togglePublished_mixedSelection_publishesEveryStoryButTheBroken()
    {
        const TriageEdit edit = TriageEdit::togglePublished(m_site.store, paths({QStringLiteral("a.md"), QStringLiteral("broken.md"), QStringLiteral("b.md")}));
        QCOMPARE(edit.kind, TriageEdit::Kind::Publish);
        QCOMPARE(edit.key, YamlPath({QStringLiteral("published")}));
        QCOMPARE(valuesOf(edit), (QStringList{QStringLiteral("a.md=true"), QStringLiteral("b.md=true")}));
    }

    void togglePublished_allPublished_unpublishes()
    {
        const TriageEdit edit = TriageEdit::togglePublished(m_site.store, paths({QStringLiteral("a.md"), QStringLiteral("c.md")}));
        QCOMPARE(edit.kind, TriageEdit::Kind::Unpublish);
        QCOMPARE(valuesOf(edit), (QStringList{QStringLiteral("a.md=false"), QStringLiteral("c.md=false")}));
    }

    void togglePublished_onlyBrokenOrUnknown_isEmpty()
    {
        const TriageEdit edit = TriageEdit::togglePublished(m_site.store, paths({QStringLiteral("broken.md"), QStringLiteral("gone.md")}));
        QVERIFY(edit.values.isEmpty());
    }

    void changeQuality_staysWithin0To100_andMissingStartsFrom0()
    {
        const QStringList all = paths({QStringLiteral("a.md"), QStringLiteral("b.md"), QStringLiteral("c.md"), QStringLiteral("broken.md")});
        QCOMPARE(valuesOf(TriageEdit::changeQuality(m_site.store, all, TriageEdit::QualityStep)),
                 (QStringList{QStringLiteral("a.md=100"), QStringLiteral("b.md=8"), QStringLiteral("c.md=5")}));
        const TriageEdit lower = TriageEdit::changeQuality(m_site.store, all, -TriageEdit::QualityStep);
        QCOMPARE(lower.kind, TriageEdit::Kind::LowerQuality);
        QCOMPARE(valuesOf(lower), (QStringList{QStringLiteral("a.md=92"), QStringLiteral("b.md=0"), QStringLiteral("c.md=0")}));
    }

    void setQuality_setsEveryEditableStory()
    {
        const TriageEdit edit = TriageEdit::setQuality(m_site.store, paths({QStringLiteral("c.md"), QStringLiteral("broken.md")}), 70);
        QCOMPARE(edit.kind, TriageEdit::Kind::SetQuality);
        QCOMPARE(edit.key, YamlPath({QStringLiteral("quality")}));
        QCOMPARE(valuesOf(edit), QStringList{QStringLiteral("c.md=70")});
    }
};

QTEST_GUILESS_MAIN(TestTriageEdit)
#include "tst_triageedit.moc"
