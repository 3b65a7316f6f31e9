#pragma once

#include <QString>
#include <QUrl>

namespace Storydesk {

// Maps image URLs that point at the opened site (a Jekyll or Hugo checkout) to the files
// in its folder, so site-hosted pictures show offline and with remote images switched
// off. Story URLs are untrusted: a mapping never leaves the folder (no `..`, no encoded
// separators, no hidden files, no symlinks pointing outside).
// A plain value: cheap to copy, safe to use from any thread once built.
class SiteImageResolver final
{
public:
    enum class Generator { None, Jekyll, Hugo };

    struct Mapping
    {
        enum class Kind {
            NotSite,   // not under the site's base URL: a remote image
            File,      // `filePath` is the file to read, inside the folder
            Missing,   // under the base URL, but no such file in the folder
            Refused,   // under the base URL, but the path tries to leave the folder
        };
        Kind kind = Kind::NotSite;
        QString filePath;
        QString reason;            // Missing and Refused: why, for a tooltip
    };

    SiteImageResolver() = default;
    // A site at `folder` served from `baseUrl` (which may have no host: then only
    // root-relative URLs such as `/assets/a.png` map).
    SiteImageResolver(const QString &folder, const QUrl &baseUrl, Generator generator);

    // Reads the configuration of `folder`: Jekyll's `_config.yml` (`url` + `baseurl`) or
    // Hugo's `hugo.*` / `config.*` / `config/_default/*` (`baseURL`) in TOML, YAML or JSON.
    // A folder without one is not a site and maps nothing.
    static SiteImageResolver forFolder(const QString &folder);

    // The base URL of a configuration file's text, by the file's name (for tests and for
    // forFolder). Invalid when the text has none.
    static QUrl baseUrlFromConfig(const QString &fileName, const QByteArray &text);

    bool isSite() const { return m_generator != Generator::None; }
    Generator generator() const { return m_generator; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString folder() const { return m_folder; }

    Mapping map(const QUrl &url) const;

private:
    Mapping mapRelative(const QStringList &segments, const QString &shown) const;

    QString m_folder;          // canonical
    QUrl m_baseUrl;
    QString m_basePath;        // the base URL's path, without a trailing slash ("" or "/blog")
    Generator m_generator = Generator::None;
};

} // namespace Storydesk
