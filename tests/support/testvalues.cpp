#include "testvalues.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Storydesk::TestValues {

YamlPath path(const char *dotted)
{
    const std::optional<YamlPath> parsed = YamlPath::parse(QString::fromUtf8(dotted));
    if (!parsed)
        qFatal("test literal is not a key path: %s", dotted);
    return *parsed;
}

YamlValue json(const char *text)
{
    const std::optional<YamlValue> parsed = YamlValue::fromJson(QByteArray(text));
    if (!parsed)
        qFatal("test literal is not JSON: %s", text);
    return *parsed;
}

} // namespace Storydesk::TestValues
