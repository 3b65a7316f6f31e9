#include "testsite.h"

#include "storyschema.h"
#include "topicchip.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

using namespace Storydesk;

namespace {

// Generous: the suite runs on loaded two-core machines.
constexpr int LoadTimeout = 60000;

const QByteArray B = R"yaml(---
title: "Bravo Story"
publishedDateTime: 2026-07-30T10:00:00Z
webUrl: "https://example.org/bravo"
quality: 40
heat: 12
published: false

provider:
  name: Byteline
  domain: byteline.example

topics:
  - AI
  - Space

related:
  - title: "Only Related"
    excerpt: "The one entry."
    publishedDateTime: 2026-07-29T09:00:00Z
    webUrl: "https://example.net/only"
    provider:
      name: Kestrel Wire
      domain: kestrelwire.example
    quality: 10
---
Bravo body.
)yaml";

const QByteArray C = R"yaml(---
title: "Charlie Story"
webUrl: "javascript:alert(1)"
quality: 40
published: false
topics: [AI, Robotics]
---
Charlie body.
)yaml";

const QByteArray D = R"yaml(---
title: "Delta Story"
topics:
  - Space
  - Chips
---
)yaml";

const QByteArray Broken = R"yaml(---
title: "A "quoted" word"
quality: 10
---
)yaml";

} // namespace

const QByteArray TestSite::A = R"yaml(---
# Desk note: checked by phone.
category: news
title: "Ferrovia Breaks Ground on a <b>html</b> Fab"
excerpt: "The chipmaker says the plant will open in 2029."
publishedDateTime: 2026-08-01T06:05:00Z
webUrl: "https://pixelharbor.example/chips/ferrovia-fab.html"
type: article
quality: 55 # checked by desk
heat: 78
published: true

provider:
  name: Pixel Harbor Weekly
  domain: pixelharbor.example

topics:
  - Chips
  - AI

related:
  - title: "The Quiet Race to Make AI Chips Use Less Power"
    excerpt: "Designers are chasing efficiency as electricity becomes the limit on growth."
    publishedDateTime: 2026-09-01T17:55:00Z
    webUrl: "https://www.copperfieldgazette.example/2026/09/01/quiet-race"
    provider:
      name: Copperfield Gazette
      domain: copperfieldgazette.example
    quality: 43
  - title: "Chipmakers Bet on Glass Substrates"
    excerpt: "Glass is flatter and more stable than organic substrates."
    publishedDateTime: 2026-08-02T00:45:00Z
    webUrl: "https://www.meridiantechreview.example/2026/08/02/glass"
    provider:
      name: Meridian Tech Review
      domain: meridiantechreview.example
    quality: 3
  - title: "Chip Shortage Eases for Carmakers"
    excerpt: "Automotive microcontrollers are back in stock."
    publishedDateTime: 2026-08-05T18:55:00Z
    webUrl: "https://www.copperfieldgazette.example/2026/08/05/shortage"
    provider:
      name: Copperfield Gazette
      domain: copperfieldgazette.example
    quality: 29

secured: "KOJy4murvfLKXlNBeAcL5DkEdRGhg3Ls1kI6GHEr7E5X==;TKEVgPsb1cJttG1U6cPmsg=="
---

The chipmaker says the plant will open in 2029.
)yaml";

TestSite::TestSite()
{
    store.setRescanDelay(std::chrono::milliseconds(50));
}

QString TestSite::path(const QString &name) const
{
    return dir.filePath(QStringLiteral("site/_posts/") + name);
}

bool TestSite::open()
{
    if (!dir.isValid() || !QDir(dir.path()).mkpath(QStringLiteral("site/_posts")))
        return false;
    const QList<std::pair<QString, QByteArray>> files{{QStringLiteral("a.md"), A},
                                                      {QStringLiteral("b.md"), B},
                                                      {QStringLiteral("c.md"), C},
                                                      {QStringLiteral("d.md"), D},
                                                      {QStringLiteral("broken.md"), Broken}};
    for (const auto &[name, bytes] : files) {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
    }
    QSignalSpy finished(&store, &StoryStore::loadFinished);
    store.openFolder(dir.filePath(QStringLiteral("site")));
    if (!finished.wait(LoadTimeout) || store.count() != 5) {
        qWarning("the test site did not load: %d stories", store.count());
        return false;
    }
    return true;
}

QByteArray TestSite::bytes(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList TestSite::topics(const QString &path)
{
    QStringList names;
    const std::optional<YamlValue> value = editor.value(path, YamlPath({StorySchema::Topics}));
    if (value && value->isSequence()) {
        for (const YamlValue &item : value->items())
            names.append(item.text());
    }
    return names;
}

std::optional<qint64> TestSite::quality(const QString &path)
{
    const std::optional<YamlValue> value = editor.value(path, YamlPath({StorySchema::Quality}));
    return value ? value->toInt() : std::nullopt;
}

std::optional<bool> TestSite::published(const QString &path)
{
    const std::optional<YamlValue> value = editor.value(path, YamlPath({StorySchema::Published}));
    return value ? value->toBool() : std::nullopt;
}

QStringList TestSite::relatedTitles(const QString &path)
{
    QStringList titles;
    const std::optional<YamlValue> value = editor.value(path, YamlPath({StorySchema::Related}));
    if (value && value->isSequence()) {
        for (const YamlValue &entry : value->items()) {
            const YamlValue *title = entry.find(QStringLiteral("title"));
            titles.append(title ? title->text() : QString());
        }
    }
    return titles;
}

TestSite::ChangedLines TestSite::changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> old = before.split('\n');
    const QList<QByteArray> now = after.split('\n');
    ChangedLines changed;
    for (qsizetype i = 0; i < qMax(old.size(), now.size()); ++i) {
        if (old.value(i) != now.value(i))
            changed.append({old.value(i), now.value(i)});
    }
    return changed;
}

QByteArray TestSite::withFirstRelatedEntriesSwapped(const QByteArray &file)
{
    // An entry starts at its "  - " line and runs to the next one (or the related list's end).
    const QList<QByteArray> lines = file.split('\n');
    const qsizetype related = lines.indexOf("related:");
    QList<qsizetype> starts;
    qsizetype end = related + 1;
    for (; end < lines.size() && lines.at(end).startsWith("  "); ++end) {
        if (lines.at(end).startsWith("  - "))
            starts.append(end);
    }
    if (related < 0 || starts.size() < 2)
        return {};
    const qsizetype secondEnd = starts.size() > 2 ? starts.at(2) : end;
    QList<QByteArray> swapped = lines.mid(0, starts.at(0));
    swapped += lines.mid(starts.at(1), secondEnd - starts.at(1));
    swapped += lines.mid(starts.at(0), starts.at(1) - starts.at(0));
    swapped += lines.mid(secondEnd);
    return swapped.join('\n');
}

QList<TopicChip *> visibleChips(const QWidget *root)
{
    QList<TopicChip *> visible;
    for (TopicChip *chip : root->findChildren<TopicChip *>()) {
        if (!chip->isHidden())
            visible.append(chip);
    }
    std::sort(visible.begin(), visible.end(), [](const TopicChip *a, const TopicChip *b) {
        return a->y() != b->y() ? a->y() < b->y() : a->x() < b->x();
    });
    return visible;
}

TopicChip *visibleChip(const QWidget *root, const QString &topic)
{
    const QList<TopicChip *> chips = visibleChips(root);
    const auto it = std::find_if(chips.cbegin(), chips.cend(), [&topic](const TopicChip *chip) { return chip->topic() == topic; });
    return it == chips.cend() ? nullptr : *it;
}
