#include "frontmatterparser.h"

#include "yamlguard.h"

#include <yaml-cpp/yaml.h>

namespace Storydesk {

static constexpr int FirstFrontMatterLine = 2;   // the line after the opening fence

// A problem at byte `offset` of the front matter `text`, in file lines and in columns
// counted in characters, as editors count them (yaml-cpp's marks count bytes).
static Problem problemAt(const QByteArray &text, qsizetype offset, const QString &message)
{
    const QByteArrayView before = QByteArrayView(text).first(qBound(qsizetype(0), offset, text.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    Problem p;
    p.severity = Problem::Severity::Error;
    p.line = int(before.count('\n')) + FirstFrontMatterLine;
    p.column = 1;
    for (qsizetype i = lineStart; i < before.size(); ++i) {
        if ((quint8(before.at(i)) & 0xC0) != 0x80)   // UTF-8 lead bytes only
            ++p.column;
    }
    p.message = message;
    return p;
}

ParsedFrontMatter parseFrontMatter(const QByteArray &text)
{
    ParsedFrontMatter parsed;
    if (const auto refusal = YamlGuard::check(text)) {
        parsed.problem = problemAt(text, refusal->offset, refusal->message);
        return parsed;
    }
    try {
        parsed.root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        parsed.problem = problemAt(text, e.mark.is_null() ? 0 : e.mark.pos, QString::fromStdString(e.msg));
        return parsed;
    } catch (const std::exception &e) {
        parsed.problem = problemAt(text, 0, QString::fromLocal8Bit(e.what()));
        return parsed;
    }
    if (!parsed.root->IsMap() && !parsed.root->IsNull()) {
        parsed.problem = problemAt(text, 0, QStringLiteral("the front matter is not a map of keys and values"));
        return parsed;
    }
    QString error;
    std::optional<YamlValue> value = YamlValue::fromNode(parsed.root.get(), &error);
    if (!value) {
        parsed.problem = problemAt(text, 0, error);
        return parsed;
    }
    parsed.value = std::move(*value);
    if (parsed.value.isNull())
        parsed.value = YamlValue::map();
    return parsed;
}

} // namespace Storydesk
