#pragma once

#include <QByteArray>
#include <QDir>
#include <QSaveFile>
#include <QString>

// A small generated Hugo site for the field-map tests of the front ends (the window, the
// dialog, the CLI): hugo.toml and three posts under content/posts, a draft, a post with
// `draft: false` and one without the key (published, for Hugo).
namespace Storydesk::HugoSite {

inline const QByteArray Config("baseURL = \"https://example.org/\"\ntitle = \"Newsroom\"\n");
inline const QByteArray Draft("---\ntitle: \"Council adopts budget\"\ndate: 2024-03-03T09:00:00Z\ndraft: true\n"
                              "tags: [Budget, Council]\ncategories: [Politics]\nsummary: \"The council adopted its budget.\"\n"
                              "---\nThe council met on Monday.\n");
inline const QByteArray Published("---\ntitle: \"River cleanup\"\ndate: 2024-03-02T09:00:00Z\ndraft: false\n"
                                  "tags:\n  - Environment\ncategories: [Local]\nsummary: \"Volunteers cleaned the river.\"\n"
                                  "---\nVolunteers came.\n");
inline const QByteArray Undrafted("---\ntitle: \"School opens\"\ndate: 2024-03-01T09:00:00Z\ntags: [Education]\n"
                                  "categories: [Local]\nsummary: \"A new school opens.\"\n---\nPupils arrived.\n");

inline QString draft(const QString &site) { return site + QStringLiteral("/content/posts/draft.md"); }
inline QString published(const QString &site) { return site + QStringLiteral("/content/posts/published.md"); }
inline QString undrafted(const QString &site) { return site + QStringLiteral("/content/posts/undrafted.md"); }

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

// Writes the site into `site` (made if missing); false when a file could not be written.
inline bool write(const QString &site)
{
    return QDir().mkpath(site + QStringLiteral("/content/posts")) && writeFile(site + QStringLiteral("/hugo.toml"), Config)
           && writeFile(draft(site), Draft) && writeFile(published(site), Published) && writeFile(undrafted(site), Undrafted);
}

} // namespace Storydesk::HugoSite
