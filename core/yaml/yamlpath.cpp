#include "yamlpath.h"

namespace Storydesk {

std::optional<YamlPath> YamlPath::parse(const QString &dotted)
{
    if (dotted.isEmpty())
        return std::nullopt;
    const QStringList segments = dotted.split(QLatin1Char('.'));
    for (const QString &s : segments) {
        if (s.isEmpty())
            return std::nullopt;
    }
    return YamlPath(segments);
}

qsizetype YamlPath::indexOf(const QString &segment)
{
    bool ok = false;
    const qsizetype i = segment.toLongLong(&ok);
    return ok && i >= 0 ? i : -1;
}

} // namespace Storydesk
