#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Storydesk {

// Writes folders of invented stories shaped exactly like the example story (same keys in
// the same order, quoting, provider logo, images, related coverage, secured blob), with
// varied providers, topics, dates and scores, for the benchmarks and the store's tests.
// Deterministic: the same seed writes the same bytes.
class CorpusGenerator
{
public:
    explicit CorpusGenerator(quint32 seed = 20200930) : m_seed(seed) {}

    // The bytes of story number `index`.
    QByteArray story(int index) const;
    // The path, relative to the folder, story number `index` is written to: a thousand
    // stories per folder, like a site's year/month archive; every tenth one a fenced `.txt`.
    static QString relativePath(int index);
    // Writes stories [first, first + count) under `folder`; returns their absolute paths,
    // or an empty list when a file cannot be written.
    QStringList write(const QString &folder, int count, int first = 0) const;

private:
    quint32 m_seed;
};

} // namespace Storydesk
