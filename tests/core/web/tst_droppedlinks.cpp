#include "droppedlinks.h"

#include <QMimeData>
#include <QTest>

// DroppedLinks: the links in each flavour a browser drops them in, and what is not a link.

using namespace Storydesk;

namespace {

QByteArray utf16(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

} // namespace

class TestDroppedLinks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromMimeData_data();
    void fromMimeData();
};

void TestDroppedLinks::fromMimeData_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("links");

    const QString a = QStringLiteral("https://news.example/a?x=1&y=2");
    const QString b = QStringLiteral("http://other.example/b");
    QTest::newRow("text/uri-list") << QStringLiteral("text/uri-list")
                                   << QByteArray("# a comment\r\nhttps://news.example/a?x=1&y=2\r\nhttp://other.example/b\r\n")
                                   << QStringList{a, b};
    QTest::newRow("text/x-moz-url") << QStringLiteral("text/x-moz-url") << utf16(a + QStringLiteral("\nA Title\n") + b + QStringLiteral("\nB"))
                                    << QStringList{a, b};
    QTest::newRow("text/html anchor") << QStringLiteral("text/html")
                                      << QByteArray("<meta charset='utf-8'><a class=x href=\"https://news.example/a?x=1&amp;y=2\">A</a>")
                                      << QStringList{a};
    QTest::newRow("plain text, one address") << QStringLiteral("text/plain") << QByteArray("  https://news.example/a?x=1&y=2\n")
                                             << QStringList{a};
    QTest::newRow("plain text, a sentence") << QStringLiteral("text/plain") << QByteArray("see https://news.example/a for more")
                                            << QStringList{};
    QTest::newRow("not the web") << QStringLiteral("text/uri-list") << QByteArray("file:///home/me/site\r\njavascript:alert(1)\r\n")
                                 << QStringList{};
    QTest::newRow("each once") << QStringLiteral("text/uri-list") << QByteArray("http://other.example/b\r\nhttp://other.example/b\r\n")
                               << QStringList{b};
}

void TestDroppedLinks::fromMimeData()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QMimeData data;
    data.setData(format, bytes);
    QStringList found;
    for (const QUrl &url : DroppedLinks::fromMimeData(&data))
        found.append(url.toString());
    QTEST(found, "links");
}

QTEST_GUILESS_MAIN(TestDroppedLinks)
#include "tst_droppedlinks.moc"
