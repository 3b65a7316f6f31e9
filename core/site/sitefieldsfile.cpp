#include "sitefieldsfile.h"

#include "yamlfiledocument.h"
#include "yamlguard.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace Storydesk {

namespace {

const QString FieldsKey = QStringLiteral("fields");
const QString KeyKey = QStringLiteral("key");
const QString NegatedKey = QStringLiteral("negated");
const QString DefaultKey = QStringLiteral("default");
constexpr QByteArrayView NewFileHeader =
    "# Which front-matter keys hold Storydesk's fields on this site (Settings > Site Fields...).\n"
    "# Each role names a key path, or ~ for none; roles not listed are detected from the stories.\n";

class Reader
{
public:
    Reader(const QByteArray &bytes, SiteFieldsFile::Parsed *out) : m_bytes(bytes), m_out(out) {}

    void problem(const YAML::Mark &mark, const QString &message)
    {
        const qsizetype offset = mark.is_null() || mark.pos < 0 ? 0 : qsizetype(mark.pos);
        m_out->problems.append(Problem::at(m_bytes, offset, 1, Problem::Severity::Error, message));
    }

    static QString text(const YAML::Node &node) { return QString::fromStdString(node.Scalar()); }

    // A key path, or an empty one for ~ and "".
    std::optional<YamlPath> path(const YAML::Node &node, QLatin1StringView role)
    {
        if (node.IsNull() || (node.IsScalar() && node.Scalar().empty()))
            return YamlPath();
        if (!node.IsScalar()) {
            problem(node.Mark(), QCoreApplication::translate("Storydesk::SiteFieldsFile", "the key of %1 must be a key path like images.0.url, or ~ for none").arg(role));
            return std::nullopt;
        }
        const std::optional<YamlPath> parsed = YamlPath::parse(text(node));
        if (!parsed)
            problem(node.Mark(), QCoreApplication::translate("Storydesk::SiteFieldsFile", "'%1' is not a key path (%2)").arg(text(node), role));
        return parsed;
    }

    std::optional<bool> boolean(const YAML::Node &node, const QString &what)
    {
        if (node.IsScalar()) {
            if (node.Scalar() == "true")
                return true;
            if (node.Scalar() == "false")
                return false;
        }
        problem(node.Mark(), QCoreApplication::translate("Storydesk::SiteFieldsFile", "%1 must be true or false").arg(what));
        return std::nullopt;
    }

    void readPublished(const YAML::Node &value, FieldMap *map)
    {
        FieldBinding binding;
        std::optional<bool> fallback = map->publishedDefault();
        for (const auto &entry : value) {
            const QString name = entry.first.IsScalar() ? text(entry.first) : QString();
            if (name == KeyKey) {
                const std::optional<YamlPath> p = path(entry.second, FieldMap::roleName(FieldRole::Published));
                if (!p)
                    return;
                binding.path = *p;
            } else if (name == NegatedKey) {
                const std::optional<bool> b = boolean(entry.second, QStringLiteral("published.negated"));
                if (!b)
                    return;
                binding.negated = *b;
            } else if (name == DefaultKey) {
                if (entry.second.IsNull()) {
                    fallback = std::nullopt;
                } else {
                    const std::optional<bool> b = boolean(entry.second, QStringLiteral("published.default"));
                    if (!b)
                        return;
                    fallback = *b;
                }
            } else {
                problem(entry.first.Mark(), QCoreApplication::translate("Storydesk::SiteFieldsFile", "published takes key, negated and default, not '%1'").arg(name));
                return;
            }
        }
        map->bind(FieldRole::Published, binding);
        map->setPublishedDefault(fallback);
    }

    void read(const YAML::Node &root)
    {
        if (root.IsNull())
            return;
        if (!root.IsMap()) {
            problem(root.Mark(), QCoreApplication::translate("Storydesk::SiteFieldsFile", "site.yaml must be a map with a fields key"));
            return;
        }
        const YAML::Node fields = root[FieldsKey.toStdString()];
        if (!fields || fields.IsNull())
            return;
        if (!fields.IsMap()) {
            problem(fields.Mark(), QCoreApplication::translate("Storydesk::SiteFieldsFile", "fields must be a map of roles to keys"));
            return;
        }
        FieldMap &map = m_out->map;
        for (const auto &entry : fields) {
            const QString name = entry.first.IsScalar() ? text(entry.first) : QString();
            const std::optional<FieldRole> role = FieldMap::roleFromName(name);
            if (!role || name != FieldMap::roleName(*role)) {
                problem(entry.first.Mark(), QCoreApplication::translate("Storydesk::SiteFieldsFile", "'%1' is not a field role; the roles are: %2").arg(name, roleList()));
                continue;
            }
            const YAML::Node &value = entry.second;
            if (*role == FieldRole::Published && value.IsMap()) {
                readPublished(value, &map);
            } else if (const std::optional<YamlPath> p = path(value, FieldMap::roleName(*role))) {
                FieldBinding binding{*p, false};
                map.bind(*role, binding);
            } else {
                continue;
            }
            m_out->listed[int(*role)] = true;
        }
    }

    static QString roleList()
    {
        QStringList names;
        for (int i = 0; i < FieldRoleCount; ++i)
            names.append(FieldMap::roleName(FieldRole(i)));
        return names.join(QStringLiteral(", "));
    }

private:
    const QByteArray &m_bytes;
    SiteFieldsFile::Parsed *m_out;
};

// What site.yaml says for `role` in `map`: a key path, ~, or (published) the full map.
YamlValue valueFor(const FieldMap &map, FieldRole role)
{
    const FieldBinding &b = map.binding(role);
    const YamlValue key = b.path.isRoot() ? YamlValue::plain(QStringLiteral("~")) : YamlValue::string(b.path.toString());
    if (role != FieldRole::Published)
        return key;
    const std::optional<bool> fallback = map.publishedDefault();
    return YamlValue::map({{KeyKey, key},
                           {NegatedKey, YamlValue::boolean(b.negated)},
                           {DefaultKey, fallback ? YamlValue::boolean(*fallback) : YamlValue::plain(QStringLiteral("~"))}});
}

} // namespace

QString SiteFieldsFile::pathIn(const QString &siteRoot)
{
    return siteRoot + QStringLiteral("/.storydesk/site.yaml");
}

SiteFieldsFile::Parsed SiteFieldsFile::parse(const QByteArray &bytes, const FieldMap &base)
{
    Parsed parsed;
    parsed.map = base;
    Reader reader(bytes, &parsed);
    if (const std::optional<YamlGuard::Refusal> refusal = YamlGuard::check(bytes)) {
        parsed.problems.append(Problem::at(bytes, refusal->offset, 1, Problem::Severity::Error, refusal->message));
    } else {
        try {
            reader.read(YAML::Load(bytes.toStdString()));
        } catch (const YAML::Exception &e) {
            reader.problem(e.mark, QString::fromStdString(e.msg));
        } catch (const std::exception &e) {
            reader.problem(YAML::Mark::null_mark(), QString::fromLocal8Bit(e.what()));
        }
    }
    if (!parsed.problems.isEmpty()) {
        parsed.map = base;
        parsed.listed = {};
    }
    return parsed;
}

std::optional<QByteArray> SiteFieldsFile::edited(const QByteArray &current, const FieldMap &map, QString *error)
{
    const QByteArray before = current.isEmpty() ? NewFileHeader.toByteArray() : current;
    YamlFileDocument doc = YamlFileDocument::fromBytes(before);
    const Parsed now = parse(before, map);
    if (!doc.isEditable() || !now.problems.isEmpty()) {
        if (error) {
            const Problem problem = !doc.problems().isEmpty() ? doc.problems().first() : now.problems.value(0);
            *error = QStringLiteral("%1:%2: %3").arg(problem.line).arg(problem.column).arg(problem.message);
        }
        return std::nullopt;
    }
    // The file, read over a map that differs from `map` in every role, tells which roles it
    // already binds as `map` does: those lines stay as they are.
    const Parsed listed = parse(before, FieldMap());
    for (int i = 0; i < FieldRoleCount; ++i) {
        const FieldRole role = FieldRole(i);
        bool same = listed.listed[i] && listed.map.binding(role) == map.binding(role);
        if (role == FieldRole::Published)
            same = same && listed.map.publishedDefault() == map.publishedDefault();
        if (same)
            continue;
        if (!doc.set(YamlPath({FieldsKey, QString(FieldMap::roleName(role))}), valueFor(map, role), error))
            return std::nullopt;
    }
    return doc.toBytes();
}

} // namespace Storydesk
