#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <Qt>

#include <memory>

class QSettings;

namespace Storydesk {

// The app's settings, typed, over QSettings: the only place that knows key names. The
// editor's preferences and history live apart from the window's layout (geometry,
// splitters, table header, sort), so forgetting a broken layout never loses a preference.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int MaxRecentFolders = 10;

    // The application's settings (organisation and application name, native format).
    Settings();
    // An INI file of one's own, for tools and tests that must not touch the user's settings.
    explicit Settings(const QString &iniFile);
    ~Settings();

    // --- history ---
    // Most recent first, at most MaxRecentFolders, no duplicates.
    QStringList recentFolders() const;
    void addRecentFolder(const QString &folder);
    void removeRecentFolder(const QString &folder);
    void clearRecentFolders();

    // --- preferences ---
    // Move to the next story after toggling published.
    bool autoAdvance() const;
    void setAutoAdvance(bool on);
    // Save modified stories after this many seconds without an edit; 0: never (the default).
    int autoSaveSeconds() const;
    void setAutoSaveSeconds(int seconds);
    // Fetch pictures from the web; when off only site-hosted images load (untrusted feeds, offline).
    bool loadRemoteImages() const;
    void setLoadRemoteImages(bool on);
    // Reopen folders from their persistent index (StoryStore::setIndexEnabled); on by default.
    bool useFolderIndex() const;
    void setUseFolderIndex(bool on);
    // The repositories (work tree roots) whose editor said no to setting up the Storydesk
    // merge driver on their first sync: the app does not offer it there again.
    bool mergeDriverDeclined(const QString &repository) const;
    void setMergeDriverDeclined(const QString &repository, bool declined);
    // The language of the interface: empty follows the system (LANGUAGE, LANG), else a
    // language code ("en", "de"). Read once at startup: a change applies after a restart.
    QString language() const;
    void setLanguage(const QString &language);
    // The cap of the disk cache of downloaded pictures, in megabytes.
    int imageCacheMegabytes() const;
    void setImageCacheMegabytes(int megabytes);

    // --- window layout ---
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;   // tool bars and docks
    void setWindowState(const QByteArray &state);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
    QByteArray detailsSplitterState() const;
    void setDetailsSplitterState(const QByteArray &state);
    QByteArray tableHeaderState() const;   // column widths, order and visibility
    void setTableHeaderState(const QByteArray &state);
    // Kept apart from the header state, which is dropped whole when the columns change.
    int sortColumn() const;   // -1: none stored
    Qt::SortOrder sortOrder() const;
    void setSort(int column, Qt::SortOrder order);
    void clearLayout();

    // Writes pending changes now (they are written on destruction anyway).
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Storydesk
