#include "frontmatterparser.h"

#include "yamlguard.h"

#include <yaml-cpp/yaml.h>

namespace Storydesk {

static constexpr int FirstFrontMatterLine = 2;   // the line after the opening fence

static Problem problemAt(int fmLine, int fmColumn, const QString &message)
{
    Problem p;
    p.severity = Problem::Severity::Error;
    p.line = fmLine + FirstFrontMatterLine;
    p.column = fmColumn + 1;
    p.message = message;
    return p;
}

ParsedFrontMatter parseFrontMatter(const QByteArray &text)
{
    ParsedFrontMatter parsed;
    if (const auto refusal = YamlGuard::check(text)) {
        parsed.problem = problemAt(refusal->line, refusal->column, refusal->message);
        return parsed;
    }
    try {
        parsed.root = YAML::Load(text.toStdString());
    } catch (const YAML::ParserException &e) {
        parsed.problem = problemAt(e.mark.line, e.mark.column, QString::fromStdString(e.msg));
        return parsed;
    } catch (const YAML::Exception &e) {
        parsed.problem = problemAt(qMax(0, e.mark.line), qMax(0, e.mark.column), QString::fromStdString(e.msg));
        return parsed;
    } catch (const std::exception &e) {
        parsed.problem = problemAt(0, 0, QString::fromLocal8Bit(e.what()));
        return parsed;
    }
    if (!parsed.root->IsMap() && !parsed.root->IsNull()) {
        parsed.problem = problemAt(0, 0, QStringLiteral("the front matter is not a map of keys and values"));
        return parsed;
    }
    QString error;
    std::optional<YamlValue> value = YamlValue::fromNode(parsed.root.get(), &error);
    if (!value) {
        parsed.problem = problemAt(0, 0, error);
        return parsed;
    }
    parsed.value = std::move(*value);
    if (parsed.value.isNull())
        parsed.value = YamlValue::map();
    return parsed;
}

} // namespace Storydesk
