#include "fielddetector.h"

#include "frontmatterloader.h"
#include "readahead.h"
#include "yamlguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <functional>

namespace Storydesk {

namespace {

const std::array<const char *, 5> HugoConfigs{"hugo.toml", "hugo.yaml", "config.toml", "config.yaml", "config/_default"};
const std::array<const char *, 2> JekyllConfigs{"_config.yml", "_config.yaml"};

// The keys a role is looked for under, most wanted first; `list`: the value may be a list.
struct Candidate
{
    const char *path;
    bool negated = false;
};

const std::array<std::vector<Candidate>, FieldRoleCount> &candidates()
{
    static const std::array<std::vector<Candidate>, FieldRoleCount> table{{
        {{"title"}, {"display_name"}},                                   // Title
        {{"excerpt"}, {"summary"}, {"description"}},                     // Excerpt
        {{"publishedDateTime"}, {"date"}, {"pubDate"}},                  // Date
        {{"published"}, {"draft", true}},                                // Published
        {{"topics"}, {"tags"}, {"categories"}},                          // Topics
        {{"category"}},                                                  // Category
        {{"type"}},                                                      // Type
        {{"provider.name"}},                                             // ProviderName
        {{"provider.domain"}},                                           // ProviderDomain
        {{"quality"}},                                                   // Quality
        {{"heat"}},                                                      // Heat
        {{"webUrl"}},                                                    // Link
        {{"images.0.url"}, {"image"}, {"featured_image"}, {"cover.image"}, {"images.0"}}, // Image
        {{"related"}},                                                   // Related
    }};
    return table;
}

// The keys only the story format uses: a sample that has them is a folder of stories.
constexpr std::array<const char *, 5> StoryFormatKeys{"publishedDateTime", "webUrl", "provider", "quality", "heat"};

YamlPath pathOf(const char *dotted)
{
    return YamlPath(QString::fromLatin1(dotted).split(QLatin1Char('.')));
}

// Whether `root` holds a value at `path` of the shape `role` needs.
bool holds(const YAML::Node &root, const YamlPath &path, FieldRole role)
{
    // Looked up through a const node: yaml-cpp's other operator[] adds the key it misses.
    YAML::Node node = root;
    for (const QString &segment : path.segments()) {
        const YAML::Node &parent = node;
        if (node.IsMap()) {
            const YAML::Node child = parent[segment.toStdString()];
            if (!child)
                return false;
            node.reset(child);
        } else if (node.IsSequence()) {
            const qsizetype index = YamlPath::indexOf(segment);
            if (index < 0 || std::size_t(index) >= node.size())
                return false;
            node.reset(parent[std::size_t(index)]);
        } else {
            return false;
        }
    }
    switch (role) {
    case FieldRole::Topics:
        return node.IsSequence() || (node.IsScalar() && !node.Scalar().empty());
    case FieldRole::Related:
        return node.IsSequence();
    default:
        return node.IsScalar() && !node.Scalar().empty();
    }
}

bool isSkipped(const QString &name)
{
    return name.startsWith(QLatin1Char('.')) || name == QLatin1String("node_modules") || name == QLatin1String("_site")
        || name == QLatin1String("public") || name == QLatin1String("resources");
}

} // namespace

bool FieldDetector::hasGeneratorConfig(const QString &folder)
{
    const QDir dir(folder);
    for (const char *name : HugoConfigs) {
        if (dir.exists(QString::fromLatin1(name)))
            return true;
    }
    for (const char *name : JekyllConfigs) {
        if (dir.exists(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

QString FieldDetector::generatorFor(const QString &folder, QString *configFile)
{
    // Only the site root itself: a config.yaml somewhere above a site is not its own.
    const QDir dir(QFileInfo(folder).absoluteFilePath());
    for (const char *name : JekyllConfigs) {
        if (dir.exists(QString::fromLatin1(name))) {
            if (configFile)
                *configFile = QString::fromLatin1(name);
            return QStringLiteral("jekyll");
        }
    }
    for (const char *name : HugoConfigs) {
        if (dir.exists(QString::fromLatin1(name))) {
            if (configFile)
                *configFile = QString::fromLatin1(name);
            return QStringLiteral("hugo");
        }
    }
    return {};
}

QStringList FieldDetector::sampleStories(const QString &siteRoot, int limit)
{
    // Breadth first, bounded: a site of 100,000 stories is not walked whole to guess its
    // keys. Taking every n-th of the first files found spreads the sample over sections.
    constexpr int MaxListed = 4000;
    QStringList found;
    QStringList queue{siteRoot};
    while (!queue.isEmpty() && found.size() < MaxListed) {
        const QDir dir(queue.takeFirst());
        const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (isSkipped(entry.fileName()))
                continue;
            if (entry.isDir())
                queue.append(entry.filePath());
            else if (entry.suffix() == QLatin1String("md") || entry.suffix() == QLatin1String("markdown"))
                found.append(entry.filePath());
        }
    }
    if (found.size() <= limit)
        return found;
    QStringList sample;
    for (int i = 0; i < limit; ++i)
        sample.append(found.at(qsizetype(i) * found.size() / limit));
    return sample;
}

FieldDetector::Result FieldDetector::detect(const QString &siteRoot, const QStringList &storyPaths)
{
    Result result;
    result.generator = generatorFor(siteRoot, &result.configFile);

    QStringList sample;
    if (storyPaths.isEmpty()) {
        sample = sampleStories(siteRoot);
    } else if (storyPaths.size() <= SampleSize) {
        sample = storyPaths;
    } else {
        for (int i = 0; i < SampleSize; ++i)
            sample.append(storyPaths.at(qsizetype(i) * storyPaths.size() / SampleSize));
    }

    // How many sampled stories hold each candidate, and the story format's own keys.
    const auto &table = candidates();
    std::array<std::vector<int>, FieldRoleCount> counts;
    std::array<std::vector<YamlPath>, FieldRoleCount> paths;
    for (int r = 0; r < FieldRoleCount; ++r) {
        counts[r].assign(table[r].size(), 0);
        for (const Candidate &candidate : table[r])
            paths[r].push_back(pathOf(candidate.path));
    }
    int storyFormatHits = 0;
    QHash<QString, int> keyCounts;
    // Read and parsed on every core: the sample is read when a folder opens, before its
    // first rows can show (one document per thread, so yaml-cpp needs no locking). On a cold
    // disk all 200 are asked for at once, not two at a time.
    for (const QString &path : std::as_const(sample))
        ReadAhead::hint(path, YamlGuard::MaxFrontMatterBytes);
    const QList<std::optional<YAML::Node>> roots = QtConcurrent::blockingMapped(sample, FrontMatterLoader::loadFile);
    for (const std::optional<YAML::Node> &root : roots) {
        if (!root)
            continue;
        ++result.sampled;
        for (const auto &entry : *root) {
            if (entry.first.IsScalar())
                ++keyCounts[QString::fromStdString(entry.first.Scalar())];
        }
        bool storyKeys = false;
        for (const char *key : StoryFormatKeys)
            storyKeys = storyKeys || bool((*root)[key]);
        storyFormatHits += storyKeys ? 1 : 0;
        for (int r = 0; r < FieldRoleCount; ++r) {
            for (std::size_t c = 0; c < table[r].size(); ++c)
                counts[r][c] += holds(*root, paths[r][c], FieldRole(r)) ? 1 : 0;
        }
    }

    QList<std::pair<int, QString>> byUse;
    for (auto it = keyCounts.cbegin(); it != keyCounts.cend(); ++it)
        byUse.append({-it.value(), it.key()});
    std::sort(byUse.begin(), byUse.end());
    for (const auto &[count, key] : std::as_const(byUse))
        result.keysInUse.append(key);

    // A folder of stories (or one with nothing to go by) keeps the story format, whatever
    // else the sample holds: seed folders must map exactly as they always did.
    if (result.sampled == 0 ? result.generator.isEmpty() : storyFormatHits * 5 >= result.sampled) {
        result.map = FieldMap::storyFormat();
        result.storyFormat = true;
        result.reasons.fill(result.sampled == 0 ? QCoreApplication::translate("Storydesk::FieldDetector", "the story format (no stories to sample)")
                                                : QCoreApplication::translate("Storydesk::FieldDetector", "the story format (its keys are in %1 of %2 sampled stories)")
                                                      .arg(storyFormatHits).arg(result.sampled));
        return result;
    }

    result.storyFormat = false;
    const FieldMap preset = result.generator == QLatin1String("hugo") ? FieldMap::hugo()
        : result.generator == QLatin1String("jekyll") ? FieldMap::jekyll() : FieldMap();
    const QString generatorName = result.generator == QLatin1String("hugo") ? QStringLiteral("Hugo") : QStringLiteral("Jekyll");
    FieldMap map;
    // A key used by fewer than one story in twenty is not the site's.
    const int minimum = qMax(1, (result.sampled + 19) / 20);
    for (int r = 0; r < FieldRoleCount; ++r) {
        const FieldRole role = FieldRole(r);
        int best = -1;
        for (std::size_t c = 0; c < table[r].size(); ++c) {
            if (counts[r][c] >= minimum && (best < 0 || counts[r][c] > counts[r][std::size_t(best)]))
                best = int(c);
        }
        if (best >= 0) {
            const Candidate &candidate = table[r][std::size_t(best)];
            map.bind(role, FieldBinding{pathOf(candidate.path), candidate.negated});
            const int share = counts[r][std::size_t(best)] * 100 / result.sampled;
            result.reasons[r] = QCoreApplication::translate("Storydesk::FieldDetector", "%1 in %2% of %3 sampled stories").arg(QLatin1String(candidate.path)).arg(share).arg(result.sampled);
        } else if (preset.isBound(role)) {
            map.bind(role, preset.binding(role));
            result.reasons[r] = QCoreApplication::translate("Storydesk::FieldDetector", "the %1 default (%2)").arg(generatorName, result.configFile);
        } else if (role == FieldRole::Published) {
            // Static sites publish what does not say otherwise: Jekyll's rule, absent a config.
            map.bind(role, FieldBinding{pathOf("published"), false});
            result.reasons[r] = QCoreApplication::translate("Storydesk::FieldDetector", "published, as static sites read it (none of %1 sampled stories has it)").arg(result.sampled);
        } else {
            result.reasons[r] = QCoreApplication::translate("Storydesk::FieldDetector", "none of its keys is in %1 sampled stories").arg(result.sampled);
        }
    }
    // Hugo and Jekyll build a page that does not say otherwise.
    map.setPublishedDefault(true);
    result.map = map;
    return result;
}

} // namespace Storydesk
