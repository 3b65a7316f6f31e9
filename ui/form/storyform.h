#pragma once

#include "yamlvalue.h"

#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPlainTextEdit;
class QScrollArea;
class QSlider;
class QStackedWidget;
class QUndoCommand;
class QUndoStack;
class QVBoxLayout;

namespace Storydesk {

class LinkLabel;
class QualitySpinBox;
class RelatedCoverage;
class RelatedListModel;
class StoryEditor;
class TopicEditor;
class TopicIndex;

// The front-matter editor of the triage window, for the stories selected in the table:
// a read-only header for one story, then quality, published, topics and (for one story)
// its related coverage. Every change is an undo command through StoryEditor, for all the
// selected stories at once; the form shows what StoryEditor holds, so undo, redo and
// edits made elsewhere appear here. Stories whose front matter does not parse are shown
// with their error and left out of every change.
class StoryForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryForm)

public:
    explicit StoryForm(StoryEditor *editor, const TopicIndex *topics, QUndoStack *undoStack, QWidget *parent = nullptr);

    // The stories to edit (absolute paths, as the store lists them); none shows a placeholder.
    // `storeRows`, if given, are their rows in the store: hints that spare a selection of
    // 100,000 stories as many look-ups by path, checked before use.
    void setStories(const QStringList &paths, const QList<int> &storeRows = {});
    QStringList stories() const { return m_paths; }
    // Whether `path` is one of the stories shown.
    bool shows(const QString &path) const;
    // Reads the shown stories again, e.g. after they changed on disk. Edits through
    // StoryEditor do not need it: the form follows StoryEditor::storyEdited.
    void reload();
    // Puts the keyboard in the field that adds a topic (the window binds T to it).
    void focusTopics();
    // Shows or hides the read-only header of one story (title, provider, date, heat, link),
    // for windows that show them elsewhere; a selection's "N stories selected" stays.
    void setHeaderVisible(bool visible);

    // Where drops on the related list go (the window shares one with the story table).
    void setRelatedCoverage(RelatedCoverage *coverage);
    // The related list's own actions (move up, move down, remove), for the shortcut list.
    QList<QAction *> relatedActions() const;

private:
    struct Story
    {
        QString path;   // left empty for an editable story of a selection (see m_paths)
        // A story read in full; none for one shown from its summary: a selection of 100,000
        // held a YamlValue each, megabytes of fresh pages filled with nothing on Select All.
        std::shared_ptr<const YamlValue> read;
        const YamlValue &frontMatter() const;
        bool editable = false;
        QString problem;   // why it cannot be edited
        // A story of a selection is shown from its summary: these stand for frontMatter's
        // quality, published and topics (building a front matter for each of 100,000
        // selected stories took seconds).
        bool summarised = false;
        std::optional<int> quality;
        bool published = false;
        QStringList topics;
    };

    static void setUpForm(QFormLayout *form);
    void addHeaderRows(QVBoxLayout *above);
    QWidget *createRelated();
    void setTabOrders();

    Story readStory(const QString &path) const;
    // Fills `story`, of a multiple selection, from the store's summary; false (and `story`
    // untouched) when the story is not listed.
    bool summarise(const QString &path, int rowHint, Story *story) const;
    void refresh();
    void showHeader(const QList<Story> &stories);
    void showProblems(const QList<Story> &stories);
    void showQuality(const QList<Story> &stories);
    void showPublished(const QList<Story> &stories);
    void showTopics(const QList<Story> &stories);
    void showRelated(const QList<Story> &stories);

    void storyEdited(const QString &path);
    void push(QUndoCommand *command);
    void qualityEdited(int quality);
    void publishedClicked();
    void addTopics(const QStringList &topics);
    void removeTopic(const QString &topic);
    // Applies `edit` to the topic list of every story being edited, as one undo step.
    void editTopics(const QString &text, const std::function<void(QList<YamlValue> &)> &edit);

    QModelIndex currentRelated() const;
    void relatedRowsChanged();
    void updateRelatedActions();
    void showRelatedEntry();
    void moveRelated(int delta);
    void removeRelated();
    void selectRelated(const QList<int> &rows);
    void relatedTitleEdited(const QString &title);
    void relatedExcerptChanged();
    void relatedQualityEdited(int quality);

    StoryEditor *m_editor;
    QUndoStack *m_undoStack;
    QStringList m_paths;
    QList<int> m_rowHints;   // m_paths' rows in the store when set, or empty
    // m_paths as a set, made when first asked: Select All of 100,000 stories need not wait for it.
    mutable QSet<QString> m_shown;
    mutable bool m_shownStale = false;
    QStringList m_editable;   // the shown stories that edits apply to
    // Coalesces the storyEdited() of a bulk edit (one per story) into one refresh.
    QTimer m_refreshTimer;
    bool m_refreshing = false;

    QLabel *m_placeholder = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QWidget *m_content = nullptr;
    QFormLayout *m_form = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_provider = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_heat = nullptr;
    LinkLabel *m_link = nullptr;
    QWidget *m_problemBox = nullptr;
    QLabel *m_problem = nullptr;

    QualitySpinBox *m_quality = nullptr;
    QSlider *m_qualitySlider = nullptr;
    QWidget *m_qualityRow = nullptr;
    QCheckBox *m_published = nullptr;
    TopicEditor *m_topicEditor = nullptr;

    QGroupBox *m_relatedBox = nullptr;
    QStackedWidget *m_relatedPages = nullptr;
    QLabel *m_relatedHint = nullptr;
    RelatedListModel *m_relatedModel = nullptr;
    QListView *m_relatedView = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_removeAction = nullptr;
    QWidget *m_entryEditor = nullptr;
    QLineEdit *m_entryTitle = nullptr;
    QPlainTextEdit *m_entryExcerpt = nullptr;
    QualitySpinBox *m_entryQuality = nullptr;
    QList<QWidget *> m_relatedTabOrder;
    bool m_showingEntry = false;
    bool m_headerVisible = true;
};

} // namespace Storydesk
