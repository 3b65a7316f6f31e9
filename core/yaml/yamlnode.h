#pragma once

#include <yaml-cpp/yaml.h>

namespace Storydesk {

// A YAML::Node that can be copied and assigned like a value. yaml-cpp's own
// Node::operator= writes the assigned node *through* into every other copy of the target
// (it re-points the shared node), which silently rewrites trees held elsewhere; this
// holder rebinds with Node::reset() instead.
class YamlNode
{
public:
    YamlNode() = default;
    YamlNode(const YAML::Node &node) : m_node(node) {}   // NOLINT: implicit on purpose
    YamlNode(const YamlNode &other) : m_node(other.m_node) {}
    YamlNode &operator=(const YamlNode &other)
    {
        m_node.reset(other.m_node);
        return *this;
    }
    YamlNode &operator=(const YAML::Node &node)
    {
        m_node.reset(node);
        return *this;
    }

    const YAML::Node &get() const { return m_node; }
    operator const YAML::Node &() const { return m_node; }   // NOLINT: implicit on purpose
    const YAML::Node *operator->() const { return &m_node; }

private:
    YAML::Node m_node;
};

} // namespace Storydesk
