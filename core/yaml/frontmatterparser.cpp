#include "frontmatterparser.h"

#include "yamlguard.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace Storydesk {

static constexpr int FirstFrontMatterLine = 2;   // the line after the opening fence

static Problem problemAt(const QByteArray &text, qsizetype offset, const QString &message)
{
    return Problem::at(text, offset, FirstFrontMatterLine, Problem::Severity::Error, message);
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
        parsed.problem = problemAt(text, 0, QCoreApplication::translate("Storydesk::FrontMatterParser", "the front matter is not a map of keys and values"));
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
