#include "settings.h"

#include <QDir>
#include <QSettings>

namespace Storydesk {

namespace {

// Every key of the app, in one place. Groups: History and Preferences are the editor's;
// Layout is the window's and may be cleared on its own.
namespace Key {
constexpr QLatin1StringView RecentFolders{"History/recentFolders"};
constexpr QLatin1StringView AutoAdvance{"Preferences/autoAdvance"};
constexpr QLatin1StringView LoadRemoteImages{"Preferences/loadRemoteImages"};
constexpr QLatin1StringView UseFolderIndex{"Preferences/useFolderIndex"};
constexpr QLatin1StringView ImageCacheMegabytes{"Preferences/imageCacheMegabytes"};
constexpr QLatin1StringView AutoSaveSeconds{"Preferences/autoSaveSeconds"};
constexpr QLatin1StringView Language{"Preferences/language"};
constexpr QLatin1StringView MergeDriverDeclined{"Preferences/mergeDriverDeclined"};
constexpr QLatin1StringView LayoutGroup{"Layout"};
constexpr QLatin1StringView WindowGeometry{"Layout/windowGeometry"};
constexpr QLatin1StringView WindowState{"Layout/windowState"};
constexpr QLatin1StringView MainSplitter{"Layout/mainSplitter"};
constexpr QLatin1StringView DetailsSplitter{"Layout/detailsSplitter"};
constexpr QLatin1StringView TableHeader{"Layout/tableHeader"};
constexpr QLatin1StringView SortColumn{"Layout/sortColumn"};
constexpr QLatin1StringView SortOrder{"Layout/sortOrder"};
} // namespace Key

// A folder as one spelling, so "/site" and "/site/" are one recent entry.
QString normalized(const QString &folder)
{
    return QDir::cleanPath(QDir(folder).absolutePath());
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QStringList Settings::recentFolders() const
{
    QStringList folders = m_settings->value(Key::RecentFolders).toStringList();
    folders.removeAll(QString());
    folders.removeDuplicates();
    return folders.mid(0, MaxRecentFolders);
}

void Settings::addRecentFolder(const QString &folder)
{
    const QString path = normalized(folder);
    QStringList folders = recentFolders();
    folders.removeAll(path);
    folders.prepend(path);
    m_settings->setValue(Key::RecentFolders, folders.mid(0, MaxRecentFolders));
}

void Settings::removeRecentFolder(const QString &folder)
{
    QStringList folders = recentFolders();
    folders.removeAll(normalized(folder));
    m_settings->setValue(Key::RecentFolders, folders);
}

void Settings::clearRecentFolders()
{
    m_settings->remove(Key::RecentFolders);
}

bool Settings::autoAdvance() const
{
    return m_settings->value(Key::AutoAdvance, false).toBool();
}

void Settings::setAutoAdvance(bool on)
{
    m_settings->setValue(Key::AutoAdvance, on);
}

bool Settings::loadRemoteImages() const
{
    return m_settings->value(Key::LoadRemoteImages, true).toBool();
}

void Settings::setLoadRemoteImages(bool on)
{
    m_settings->setValue(Key::LoadRemoteImages, on);
}

bool Settings::useFolderIndex() const
{
    return m_settings->value(Key::UseFolderIndex, true).toBool();
}

void Settings::setUseFolderIndex(bool on)
{
    m_settings->setValue(Key::UseFolderIndex, on);
}

QString Settings::language() const
{
    return m_settings->value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(Key::Language);
    else
        m_settings->setValue(Key::Language, language);
}

bool Settings::mergeDriverDeclined(const QString &repository) const
{
    return m_settings->value(Key::MergeDriverDeclined).toStringList().contains(repository);
}

void Settings::setMergeDriverDeclined(const QString &repository, bool declined)
{
    QStringList repositories = m_settings->value(Key::MergeDriverDeclined).toStringList();
    repositories.removeAll(repository);
    if (declined)
        repositories.append(repository);
    m_settings->setValue(Key::MergeDriverDeclined, repositories);
}

int Settings::imageCacheMegabytes() const
{
    bool ok = false;
    const int megabytes = m_settings->value(Key::ImageCacheMegabytes, 500).toInt(&ok);
    return ok && megabytes >= 0 ? megabytes : 500;
}

void Settings::setImageCacheMegabytes(int megabytes)
{
    m_settings->setValue(Key::ImageCacheMegabytes, qMax(0, megabytes));
}

int Settings::autoSaveSeconds() const
{
    // A hand-edited negative or non-numeric value means "off", never "save constantly".
    bool ok = false;
    const int seconds = m_settings->value(Key::AutoSaveSeconds, 0).toInt(&ok);
    return ok && seconds > 0 ? seconds : 0;
}

void Settings::setAutoSaveSeconds(int seconds)
{
    m_settings->setValue(Key::AutoSaveSeconds, qMax(0, seconds));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::WindowState, state);
}

QByteArray Settings::mainSplitterState() const
{
    return m_settings->value(Key::MainSplitter).toByteArray();
}

void Settings::setMainSplitterState(const QByteArray &state)
{
    m_settings->setValue(Key::MainSplitter, state);
}

QByteArray Settings::detailsSplitterState() const
{
    return m_settings->value(Key::DetailsSplitter).toByteArray();
}

void Settings::setDetailsSplitterState(const QByteArray &state)
{
    m_settings->setValue(Key::DetailsSplitter, state);
}

QByteArray Settings::tableHeaderState() const
{
    return m_settings->value(Key::TableHeader).toByteArray();
}

void Settings::setTableHeaderState(const QByteArray &state)
{
    m_settings->setValue(Key::TableHeader, state);
}

int Settings::sortColumn() const
{
    bool ok = false;
    const int column = m_settings->value(Key::SortColumn, -1).toInt(&ok);
    return ok ? column : -1;
}

Qt::SortOrder Settings::sortOrder() const
{
    return m_settings->value(Key::SortOrder).toInt() == Qt::DescendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void Settings::setSort(int column, Qt::SortOrder order)
{
    m_settings->setValue(Key::SortColumn, column);
    m_settings->setValue(Key::SortOrder, int(order));
}

void Settings::clearLayout()
{
    m_settings->remove(Key::LayoutGroup);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Storydesk
