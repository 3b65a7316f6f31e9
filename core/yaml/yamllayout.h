#pragma once

#include "yamlnode.h"
#include "yamlpath.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QList>

#include <yaml-cpp/node/node.h>

namespace Storydesk {

// Where things are in front-matter text: the byte ranges of map entries, list items and
// values, found from yaml-cpp's marks and the text around them. The writer splices new
// bytes into exactly these ranges.
class YamlLayout
{
public:
    // A `key: value` entry of a block map, or a `- item` of a block list.
    struct Site
    {
        qsizetype start = 0;      // first byte of the key or dash
        qsizetype lineStart = 0;  // start of its line, or `start` when something precedes it on the line
        qsizetype valueFrom = 0;  // just after `key:` or `-`
        qsizetype end = 0;        // start of the next sibling, or the end of the container
        qsizetype contentEnd = 0; // `end` less trailing blank and comment lines
        int column = 0;
    };

    // A node found by path, with the site it sits in (none for the root).
    struct Location
    {
        YamlNode node;
        bool hasSite = false;
        Site site;
        qsizetype regionEnd = 0;   // where the node's text must end
        bool insideFlow = false;   // an ancestor is a flow collection: edit that one whole
        YamlPath flowPath;         // the outermost flow collection on the path
    };

    YamlLayout(const QByteArray &text, const YAML::Node &root);

    // Nullopt when the path does not exist (or a segment is not a key/index of its parent).
    std::optional<Location> locate(const YamlPath &path) const;

    // Sites of a block map's entries / a block list's items within [.., regionEnd).
    // Empty with `error` set when the text is laid out in a way the writer does not handle.
    QList<Site> entrySites(const YAML::Node &map, qsizetype regionEnd, QString *error) const;
    QList<Site> itemSites(const YAML::Node &list, qsizetype regionEnd, QString *error) const;

    // The byte range of an inline value (scalar, flow collection, alias) that starts after
    // `from` within [from, limit): leading spaces skipped, a trailing comment excluded.
    // For a null value the range is empty and sits at `from`.
    std::pair<qsizetype, qsizetype> inlineValueRange(const YAML::Node &value, qsizetype from, qsizetype limit) const;
    // Whether a node's text starts on a later line than `from` (a block collection or a
    // value written on its own line).
    bool startsOnLaterLine(const YAML::Node &value, qsizetype from, qsizetype limit) const;

    // How a scalar is quoted in the text.
    YamlValue::Quoting quotingOf(const YAML::Node &scalar) const;

    // Line helpers over the text.
    qsizetype lineStartOf(qsizetype pos) const;
    qsizetype nextLineStart(qsizetype pos) const;
    int columnOf(qsizetype pos) const { return int(pos - lineStartOf(pos)); }
    bool isBlankOrComment(qsizetype lineStart) const;
    // `end` moved back over whole blank and comment lines, never before `floor`.
    qsizetype trimTrailing(qsizetype end, qsizetype floor, bool keepComments) const;
    const QByteArray &text() const { return m_text; }

private:
    qsizetype nodePos(const YAML::Node &node) const;
    qsizetype scalarEnd(qsizetype start, qsizetype limit) const;
    qsizetype plainEnd(qsizetype start, qsizetype limit) const;
    qsizetype flowEnd(qsizetype start, qsizetype limit) const;
    qsizetype lineContentEnd(qsizetype lineStart) const;

    const QByteArray &m_text;
    YamlNode m_root;
};

} // namespace Storydesk
