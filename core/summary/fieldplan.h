#pragma once

#include "fieldmap.h"

#include <string>
#include <string_view>
#include <vector>

namespace Storydesk {

// A field map compiled for reading: the bound key paths as a tree walked one key (or list
// position) at a time while a parser reports the front matter, so a reader knows at every
// value whether it holds a role, leads to one, or can be skipped. Knows nothing of the
// parser that drives it.
class FieldPlan
{
public:
    // What a place in the front matter is: a role's value, the picture's width or height
    // (beside an image bound to `X.url`), or only the way to one.
    enum class Target : quint8 { None, Role, ImageWidth, ImageHeight };
    static constexpr int Root = 0;
    static constexpr int Nowhere = -1;

    explicit FieldPlan(const FieldMap &map);

    const FieldMap &map() const { return m_map; }
    // The node reached from `node` by the map key or list position `key`; Nowhere when no
    // bound path goes that way.
    int child(int node, std::string_view key) const;
    int child(int node, int index) const;
    bool hasChildren(int node) const { return !m_nodes[std::size_t(node)].children.empty(); }
    Target target(int node) const { return m_nodes[std::size_t(node)].target; }
    FieldRole role(int node) const { return m_nodes[std::size_t(node)].role; }
    // The key path as written in site.yaml, for messages.
    const QString &pathText(int node) const { return m_nodes[std::size_t(node)].pathText; }

private:
    struct Node
    {
        std::string key;
        std::vector<int> children;
        Target target = Target::None;
        FieldRole role = FieldRole::Title;
        QString pathText;
    };
    int add(int parent, const std::string &key, const QString &pathText);

    FieldMap m_map;
    std::vector<Node> m_nodes;
};

} // namespace Storydesk
