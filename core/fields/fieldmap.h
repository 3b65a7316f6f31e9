#pragma once

#include "fieldrole.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace Storydesk {

// Which key of a site's front matter holds each role, and what a story without the
// published key is. The story format, Hugo and Jekyll come as presets; a site may bind any
// role to any key path (`.storydesk/site.yaml`).
class FieldMap
{
public:
    // A map with every role bound to nothing: build one role by role.
    FieldMap();

    // PRODUCT.md's keys: publishedDateTime, published (missing is missing), topics,
    // provider.name, provider.domain, webUrl, images.0.url, related, quality, heat, excerpt...
    static FieldMap storyFormat();
    // title, summary, date, draft (negated; missing means published), tags, images.0, type.
    static FieldMap hugo();
    // title, excerpt, date, published (missing means published), tags, category, image.
    static FieldMap jekyll();

    const FieldBinding &binding(FieldRole role) const { return m_bindings[index(role)]; }
    const YamlPath &path(FieldRole role) const { return binding(role).path; }
    void bind(FieldRole role, FieldBinding binding);
    void unbind(FieldRole role) { bind(role, FieldBinding{}); }
    bool isBound(FieldRole role) const { return !binding(role).path.isRoot(); }
    // The role whose binding is exactly `path`, if any.
    std::optional<FieldRole> roleAt(const YamlPath &path) const;

    // What a story without the published key is: nullopt = "missing" (the story format),
    // true/false = published/unpublished by default (Jekyll, Hugo).
    std::optional<bool> publishedDefault() const { return m_publishedDefault; }
    void setPublishedDefault(std::optional<bool> value) { m_publishedDefault = value; }

    // The key and value that make a story published or not on this site: the story format
    // -> (published, true); Hugo -> (draft, false). The path is empty when Published is unbound.
    std::pair<YamlPath, YamlValue> publishedValue(bool published) const;
    // What the published key's boolean `value` means on this site (negated keys flip it).
    bool isPublishedBy(bool value) const { return binding(FieldRole::Published).negated ? !value : value; }

    // The value `role` is bound to in a front matter (YamlValue of the whole map), or
    // nullptr when the role is unbound or the story has no such key: for the form, the
    // preview and `get`, which read a story's full document.
    const YamlValue *valueIn(const YamlValue &frontMatter, FieldRole role) const;
    // Whether the story is published by this site's rule: the key's boolean (negated where
    // the map says so), the default without the key; nullopt when it is neither (the story
    // format without the key, or a value that is not a plain true or false).
    std::optional<bool> publishedIn(const YamlValue &frontMatter) const;

    bool isStoryFormat() const;
    // Stable bytes that change whenever any binding or default changes: the index cache
    // is keyed by it (a different map means different summaries).
    QByteArray fingerprint() const;

    // The role's name as the query language, the CLI and site.yaml spell it: title excerpt
    // date published topics category type provider domain quality heat link image related.
    static QLatin1StringView roleName(FieldRole role);
    static std::optional<FieldRole> roleFromName(QStringView name);
    static constexpr FieldRole role(int i) { return FieldRole(i); }

    friend bool operator==(const FieldMap &, const FieldMap &) = default;

private:
    static constexpr int index(FieldRole role) { return int(role); }

    std::array<FieldBinding, FieldRoleCount> m_bindings;
    std::optional<bool> m_publishedDefault;
};

} // namespace Storydesk
