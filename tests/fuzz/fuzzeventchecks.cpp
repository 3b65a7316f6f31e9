#include "fuzzchecks.h"
#include "yamleventrecorder.h"

#include "libyamleventsource.h"
#include "storyfile.h"
#include "yamlguard.h"

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <sstream>

namespace Storydesk::FuzzChecks {

namespace {

// What yaml-cpp sends for `yaml`; nullopt when it throws (the text is not YAML to it).
std::optional<std::vector<std::string>> yamlCppEvents(QByteArrayView yaml)
{
    YamlEventRecorder recorder;
    try {
        std::istringstream in(std::string(yaml.data(), size_t(yaml.size())));
        YAML::Parser parser(in);
        parser.HandleNextDocument(recorder);
    } catch (const std::exception &) {
        return std::nullopt;
    }
    return recorder.events;
}

QString firstDifference(const std::vector<std::string> &libyaml, const std::vector<std::string> &yamlCpp)
{
    for (size_t i = 0; i < qMax(libyaml.size(), yamlCpp.size()); ++i) {
        const std::string a = i < libyaml.size() ? libyaml.at(i) : std::string("(nothing)");
        const std::string b = i < yamlCpp.size() ? yamlCpp.at(i) : std::string("(nothing)");
        if (a != b)
            return QStringLiteral("event %1: libyaml sends %2, yaml-cpp %3").arg(i).arg(QString::fromStdString(a), QString::fromStdString(b));
    }
    return {};
}

QString checkYaml(QByteArrayView yaml, const char *what)
{
    // The reader never shows yaml-cpp what the guard refuses; neither is libyaml shown it.
    if (YamlGuard::check(yaml))
        return {};
    YamlEventRecorder libyaml;
    if (!LibYamlEventSource::parse(yaml, libyaml))
        return {}; // yaml-cpp reads it again: nothing to agree on
    const std::optional<std::vector<std::string>> yamlCpp = yamlCppEvents(yaml);
    if (!yamlCpp)
        return QStringLiteral("%1: libyaml reads it, yaml-cpp refuses it").arg(QLatin1StringView(what));
    const QString difference = firstDifference(libyaml.events, *yamlCpp);
    return difference.isEmpty() ? QString() : QLatin1StringView(what) + QStringLiteral(": ") + difference;
}

} // namespace

QString libyamlAgreesWithYamlCpp(QByteArrayView data)
{
    const QByteArray bytes = data.toByteArray();
    const StoryFile file = StoryFile::split(bytes);
    if (file.hasFrontMatter()) {
        const QString problem = checkYaml(QByteArrayView(bytes).sliced(file.frontMatterBegin(), file.frontMatterEnd() - file.frontMatterBegin()),
                                          "the front matter");
        if (!problem.isEmpty())
            return problem;
    }
    return checkYaml(data, "the whole input");
}

} // namespace Storydesk::FuzzChecks
