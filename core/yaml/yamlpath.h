#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Storydesk {

// A dotted path into the front matter as editors and scripts write it:
// `quality`, `provider.name`, `images.0.url`, `related.1.title`.
class YamlPath
{
public:
    YamlPath() = default;
    explicit YamlPath(QStringList segments) : m_segments(std::move(segments)) {}
    // Nullopt for an empty path or an empty segment (`a..b`).
    static std::optional<YamlPath> parse(const QString &dotted);

    const QStringList &segments() const { return m_segments; }
    bool isRoot() const { return m_segments.isEmpty(); }
    qsizetype size() const { return m_segments.size(); }
    const QString &last() const { return m_segments.last(); }
    YamlPath parent() const { return YamlPath(m_segments.mid(0, m_segments.size() - 1)); }
    YamlPath child(const QString &segment) const { return YamlPath(m_segments + QStringList{segment}); }
    YamlPath child(qsizetype index) const { return child(QString::number(index)); }
    // The segment as a list index, or -1 when it is not a number.
    static qsizetype indexOf(const QString &segment);
    QString toString() const { return m_segments.join(QLatin1Char('.')); }

    friend bool operator==(const YamlPath &, const YamlPath &) = default;

private:
    QStringList m_segments;
};

} // namespace Storydesk
