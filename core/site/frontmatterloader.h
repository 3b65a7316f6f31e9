#pragma once

#include <QByteArrayView>
#include <QString>

#include <yaml-cpp/node/node.h>

#include <optional>

namespace Storydesk {

// A story's front matter as a yaml-cpp tree, for looking at which keys a site uses. The
// tree is built from libyaml's events where LibYamlEventSource takes the text (most front
// matter, several times faster: the 200 stories sampled to detect a site's fields were a
// tenth of a cold `storydesk-cli --no-index list` of 10,000) and by yaml-cpp otherwise; both
// give the tree YAML::Load gives.
class FrontMatterLoader
{
public:
    // The front matter of the file at `path` when it is a map; nothing when the file cannot
    // be read, has no front matter, or its YAML is refused (YamlGuard) or does not parse.
    static std::optional<YAML::Node> loadFile(const QString &path);
    // The same for front matter's YAML text (between the fences).
    static std::optional<YAML::Node> load(QByteArrayView yaml);
};

} // namespace Storydesk
