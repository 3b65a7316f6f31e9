#include "fieldplan.h"

#include <charconv>

namespace Storydesk {

FieldPlan::FieldPlan(const FieldMap &map)
    : m_map(map)
{
    m_nodes.emplace_back();
    const auto place = [this](const QStringList &segments, Target target, FieldRole role) {
        int node = Root;
        QString text;
        for (const QString &segment : segments) {
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + segment;
            node = add(node, segment.toStdString(), text);
        }
        // The first role bound to a path keeps it: one key cannot fill two roles.
        if (node != Root && m_nodes[std::size_t(node)].target == Target::None) {
            m_nodes[std::size_t(node)].target = target;
            m_nodes[std::size_t(node)].role = role;
        }
    };
    for (int i = 0; i < FieldRoleCount; ++i) {
        const FieldRole role = FieldRole(i);
        if (!map.isBound(role))
            continue;
        const QStringList &segments = map.path(role).segments();
        place(segments, Target::Role, role);
        // A picture given as a map with url (images.0.url, cover.url) may state its size beside it.
        if (role == FieldRole::Image && segments.size() > 1 && segments.last() == QLatin1String("url")) {
            const QStringList parent = segments.mid(0, segments.size() - 1);
            place(parent + QStringList{QStringLiteral("width")}, Target::ImageWidth, role);
            place(parent + QStringList{QStringLiteral("height")}, Target::ImageHeight, role);
        }
    }
}

int FieldPlan::add(int parent, const std::string &key, const QString &pathText)
{
    if (const int existing = child(parent, key); existing != Nowhere)
        return existing;
    Node node;
    node.key = key;
    node.pathText = pathText;
    m_nodes.push_back(std::move(node));
    const int index = int(m_nodes.size()) - 1;
    m_nodes[std::size_t(parent)].children.push_back(index);
    return index;
}

int FieldPlan::child(int node, std::string_view key) const
{
    if (node == Nowhere)
        return Nowhere;
    for (const int c : m_nodes[std::size_t(node)].children) {
        if (m_nodes[std::size_t(c)].key == key)
            return c;
    }
    return Nowhere;
}

int FieldPlan::child(int node, int index) const
{
    char digits[16];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, index);
    return error == std::errc() ? child(node, std::string_view(digits, std::size_t(end - digits))) : Nowhere;
}

} // namespace Storydesk
