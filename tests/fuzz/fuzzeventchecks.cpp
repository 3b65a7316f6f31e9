#include "fuzzchecks.h"
#include "yamleventrecorder.h"

#include "frontmatterloader.h"
#include "libyamleventsource.h"
#include "storyfile.h"
#include "yamlguard.h"

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

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

QString treeDifferenceAt(const YAML::Node &a, const YAML::Node &b, const QString &path)
{
    const auto at = [&path](const QString &what) { return (path.isEmpty() ? QStringLiteral("the root") : path) + QStringLiteral(": ") + what; };
    if (a.Type() != b.Type())
        return at(QStringLiteral("node types %1 and %2").arg(int(a.Type())).arg(int(b.Type())));
    if (a.Tag() != b.Tag())
        return at(QStringLiteral("tags %1 and %2").arg(QString::fromStdString(a.Tag()), QString::fromStdString(b.Tag())));
    if (a.IsScalar() && a.Scalar() != b.Scalar())
        return at(QStringLiteral("values %1 and %2").arg(QString::fromStdString(a.Scalar()), QString::fromStdString(b.Scalar())));
    if (a.size() != b.size())
        return at(QStringLiteral("sizes %1 and %2").arg(a.size()).arg(b.size()));
    if (a.IsSequence()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (QString difference = treeDifferenceAt(a[i], b[i], path + QStringLiteral("/%1").arg(i)); !difference.isEmpty())
                return difference;
        }
    } else if (a.IsMap()) {
        auto other = b.begin();
        int pair = 0;
        for (auto it = a.begin(); it != a.end(); ++it, ++other, ++pair) {
            const QString here = path + QStringLiteral("/{%1}").arg(pair);
            if (QString difference = treeDifferenceAt(it->first, other->first, here + QStringLiteral("key")); !difference.isEmpty())
                return difference;
            if (QString difference = treeDifferenceAt(it->second, other->second, here); !difference.isEmpty())
                return difference;
        }
    }
    return {};
}

// FrontMatterLoader gives YAML::Load's tree when it is a map, and nothing otherwise.
QString loaderAgrees(QByteArrayView yaml, const char *what)
{
    std::optional<YAML::Node> loaded;
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.data(), size_t(yaml.size())));
        if (root.IsMap())
            loaded = root;
    } catch (const std::exception &) {
    }
    const std::optional<YAML::Node> fast = FrontMatterLoader::load(yaml);
    if (bool(fast) != bool(loaded))
        return QStringLiteral("%1: FrontMatterLoader %2 a map, YAML::Load %3").arg(QLatin1StringView(what), fast ? QStringLiteral("gives") : QStringLiteral("gives no"),
                                                                                  loaded ? QStringLiteral("does") : QStringLiteral("does not"));
    const QString difference = fast ? treeDifference(*fast, *loaded) : QString();
    return difference.isEmpty() ? QString() : QLatin1StringView(what) + QStringLiteral(", FrontMatterLoader against YAML::Load: ") + difference;
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
    if (!difference.isEmpty())
        return QLatin1StringView(what) + QStringLiteral(": ") + difference;
    return loaderAgrees(yaml, what);
}

} // namespace

QString treeDifference(const YAML::Node &a, const YAML::Node &b)
{
    return treeDifferenceAt(a, b, QString());
}

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
