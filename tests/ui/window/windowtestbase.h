#pragma once

#include "desk.h"
#include "facetmodel.h"
#include "facetroles.h"
#include "facetsdock.h"
#include "gitprocess.h"
#include "mainwindow.h"
#include "qualityspinbox.h"
#include "settings.h"
#include "sourceeditor.h"
#include "sourceview.h"
#include "storyeditor.h"
#include "storyform.h"
#include "storyroles.h"
#include "storystore.h"
#include "storytablemodel.h"
#include "topicrenamedialog.h"
#include "userprompts.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

// The window the window tests drive: four stories and a broken one in a temporary site,
// opened in a MainWindow whose prompts the test answers (FakePrompts). Shared by the test
// executables of the window, one per group of behaviours.

namespace WindowTest {

using namespace Storydesk;


// Four stories, newest first in the default sort (date, descending), and a broken one that
// sorts last (no date): D unpublished, C published, B unpublished, A published.
inline const QByteArray storyA("---\ntitle: \"Alpha\"\npublishedDateTime: 2024-01-01T10:00:00Z\nquality: 70 # desk\npublished: true\n"
                        "topics:\n  - AI\nprovider:\n  name: Wire\n---\nBody A\n");
inline const QByteArray storyB("---\ntitle: \"Bravo\"\npublishedDateTime: 2024-01-02T10:00:00Z\nquality: 60\npublished: false\n"
                        "topics:\n  - Policy\nprovider:\n  name: Wire\n---\nBody B\n");
inline const QByteArray storyC("---\ntitle: \"Charlie\"\npublishedDateTime: 2024-01-03T10:00:00Z\nquality: 55\npublished: true\n"
                        "topics:\n  - AI\nprovider:\n  name: Courier\n---\nBody C\n");
inline const QByteArray storyD("---\ntitle: \"Delta\"\npublishedDateTime: 2024-01-04T10:00:00Z\nquality: 40\npublished: false\n"
                        "topics:\n  - AI\nprovider:\n  name: Courier\n---\nBody D\n");
inline const QByteArray brokenStory("---\ntitle: \"Broken\ntopics:\n\t- AI\n---\n");

enum Row { RowD, RowC, RowB, RowA, RowBroken };

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes the way git and other editors do: a new file renamed over the old one.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

inline QByteArray replaced(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    return bytes.replace(from, to);
}

// Answers the window's questions as a test tells it to, and remembers what was asked.
class FakePrompts final : public UserPrompts
{
public:
    ConflictChoice conflictAnswer = ConflictChoice::Cancel;
    UnsavedChoice unsavedAnswer = UnsavedChoice::Cancel;
    RecoveryChoice recoveryAnswer = RecoveryChoice::Later;
    QStringList conflicts;
    QList<QStringList> unsaved;
    QList<QStringList> recoveries;   // the paths offered for recovery, each time it was asked
    QStringList errors;

    ConflictChoice askConflict(const QString &path) override
    {
        conflicts.append(path);
        return conflictAnswer;
    }
    UnsavedChoice askUnsaved(const QStringList &paths) override
    {
        unsaved.append(paths);
        return unsavedAnswer;
    }
    RecoveryChoice askRecovery(const QList<RecoveryEntry> &entries, const QStringList &problems) override
    {
        Q_UNUSED(problems)
        QStringList paths;
        for (const RecoveryEntry &entry : entries)
            paths.append(entry.path());
        recoveries.append(paths);
        return recoveryAnswer;
    }
    void showError(const QString &title, const QString &message) override { errors.append(title + QLatin1Char('\n') + message); }
};

class WindowTestBase : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
    QString path(const QString &name) const { return m_site + QLatin1Char('/') + name; }
    QString pathAt(int row) const { return m_proxy->index(row, 0).data(PathRole).toString(); }
    bool publishedAt(int row) const
    {
        return m_proxy->index(row, StoryTableModel::Published).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }
    int qualityAt(int row) const { return m_proxy->index(row, StoryTableModel::Quality).data(RawValueRole).toInt(); }
    int currentRow() const { return m_table->currentIndex().row(); }
    void selectRows(int first, int last);
    bool openWindow();

    QTemporaryDir *m_dir = nullptr;
    QString m_site;
    MainWindow *m_window = nullptr;
    FakePrompts *m_prompts = nullptr;
    QTableView *m_table = nullptr;
    QAbstractItemModel *m_proxy = nullptr;
};

inline void WindowTestBase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

inline void WindowTestBase::init()
{
    QSettings().clear();
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_site = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(m_site + QStringLiteral("/_posts")));
    QVERIFY(writeFile(path(QStringLiteral("_posts/a.md")), storyA));
    QVERIFY(writeFile(path(QStringLiteral("_posts/b.md")), storyB));
    QVERIFY(writeFile(path(QStringLiteral("_posts/c.md")), storyC));
    QVERIFY(writeFile(path(QStringLiteral("_posts/d.md")), storyD));
    QVERIFY(writeFile(path(QStringLiteral("_posts/broken.md")), brokenStory));
    QVERIFY(openWindow());
    QVERIFY(pathAt(RowD).endsWith(QStringLiteral("d.md")));
}

inline void WindowTestBase::cleanup()
{
    // Whatever a test left read-only must go with the temporary folder.
    QFile::setPermissions(path(QStringLiteral("_posts/d.md")), QFile::ReadOwner | QFile::WriteOwner);
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

inline void WindowTestBase::selectRows(int first, int last)
{
    m_table->selectionModel()->setCurrentIndex(m_proxy->index(first, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->selectionModel()->select(QItemSelection(m_proxy->index(first, 0), m_proxy->index(last, 0)),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

inline bool WindowTestBase::openWindow()
{
    m_window = new MainWindow;
    auto prompts = std::make_unique<FakePrompts>();
    m_prompts = prompts.get();
    m_window->setPrompts(std::move(prompts));
    if (!m_window->openFolder(m_site))
        return false;
    m_window->show();
    if (!QTest::qWaitForWindowActive(m_window))
        return false;
    m_table = m_window->findChild<QTableView *>(QStringLiteral("storyTable"));
    if (!m_table)
        return false;
    m_proxy = m_table->model();
    return QTest::qWaitFor([this] { return !m_window->store()->isLoading(); }, 20000) && m_proxy->rowCount() == 5;
}

} // namespace WindowTest

Q_DECLARE_METATYPE(Storydesk::UserPrompts::ConflictChoice)
