#include "frontmatterloader.h"

#include "filehead.h"
#include "libyamleventsource.h"
#include "storyfile.h"
#include "yamlguard.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <vector>

namespace Storydesk {

namespace {

// Builds the tree YAML::Load builds (yaml-cpp's own builder is not installed). It never
// sees an alias: LibYamlEventSource declines anchors, and an alias makes it give up.
class TreeBuilder final : public YAML::EventHandler
{
public:
    std::optional<YAML::Node> root;
    bool failed = false;

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { add(YAML::Node(YAML::NodeType::Null)); }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { failed = true; }
    void OnScalar(const YAML::Mark &, const std::string &tag, YAML::anchor_t, const std::string &value) override
    {
        YAML::Node scalar(value);
        scalar.SetTag(tag);
        add(scalar);
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &tag, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        open(YAML::NodeType::Sequence, tag);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &, const std::string &tag, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        open(YAML::NodeType::Map, tag);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        YAML::Node node;
        std::optional<YAML::Node> key;   // a map's key waiting for its value
    };

    void open(YAML::NodeType::value type, const std::string &tag)
    {
        YAML::Node node(type);
        node.SetTag(tag);
        m_open.push_back({node, std::nullopt});
    }
    void close()
    {
        if (m_open.empty()) {
            failed = true;
            return;
        }
        const YAML::Node done = m_open.back().node;
        m_open.pop_back();
        add(done);
    }
    void add(const YAML::Node &node)
    {
        if (m_open.empty()) {
            if (!root)
                root = node; // the first document's root
            return;
        }
        Open &parent = m_open.back();
        if (parent.node.IsSequence()) {
            parent.node.push_back(node);
        } else if (!parent.key) {
            parent.key = node;
        } else {
            // Appended, not assigned: YAML::Load keeps a repeated key's pairs, in order.
            parent.node.force_insert(*parent.key, node);
            parent.key.reset();
        }
    }

    std::vector<Open> m_open;
};

std::optional<YAML::Node> mapOnly(const YAML::Node &root)
{
    return root.IsMap() ? std::optional<YAML::Node>(root) : std::nullopt;
}

} // namespace

std::optional<YAML::Node> FrontMatterLoader::load(QByteArrayView yaml)
{
    if (YamlGuard::check(yaml))
        return std::nullopt;
    TreeBuilder fast;
    if (LibYamlEventSource::parse(yaml, fast) && !fast.failed && fast.root)
        return mapOnly(*fast.root);
    try {
        return mapOnly(YAML::Load(std::string(yaml.data(), size_t(yaml.size()))));
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

std::optional<YAML::Node> FrontMatterLoader::loadFile(const QString &path)
{
    const FileHead head = FileHead::read(path, YamlGuard::MaxFrontMatterBytes);
    if (head.kind() != FileHead::Kind::File)
        return std::nullopt;
    const StoryFile story = StoryFile::split(head.bytes());
    if (!story.hasFrontMatter())
        return std::nullopt;
    return load(QByteArrayView(head.bytes()).sliced(story.frontMatterBegin(), story.frontMatterEnd() - story.frontMatterBegin()));
}

} // namespace Storydesk
