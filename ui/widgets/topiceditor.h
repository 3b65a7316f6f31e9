#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace Storydesk {

class FlowLayout;
class TopicChip;
class TopicIndex;

// The topics of the stories being edited, as chips in a flow, and a field to add one with
// completion from the site's vocabulary (most used first). It only presents and asks:
// adding and removing are requests that the story form turns into undo commands, and the
// chips change when the stories do.
class TopicEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicEditor)

public:
    struct Topic
    {
        QString name;
        int storyCount = 0;   // how many of the stories being edited carry it
        friend bool operator==(const Topic &, const Topic &) = default;
    };

    // `index` may be null: no completion, and no topic is marked new.
    explicit TopicEditor(const TopicIndex *index, QWidget *parent = nullptr);

    // The topics of the `storyCount` stories being edited, in the order to show them.
    void setTopics(const QList<Topic> &topics, int storyCount);
    QStringList topics() const;
    // Puts the keyboard in the field that adds a topic (the window's T shortcut).
    void focusEditor();

Q_SIGNALS:
    // Topics to add to every story being edited, spelled as the site already spells them.
    void addRequested(const QStringList &topics);
    // A topic to remove from every story being edited that has it.
    void removeRequested(const QString &topic);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited(const QString &text);
    void returnPressed();
    void add(const QStringList &typed);
    void rebuildChips();
    void readIndex();
    void updateCompletions();
    void updateNewMarkers();
    TopicChip *chipFor(const QString &topic) const;

    const TopicIndex *m_index;
    FlowLayout *m_flow;
    QLineEdit *m_lineEdit;
    QStringListModel *m_completions;
    QCompleter *m_completer;
    QList<TopicChip *> m_chips;
    QList<Topic> m_topics;
    QString m_committed;   // what Enter just added, until the completer has had its say
    int m_storyCount = 0;
    // The site's vocabulary, folded for case-insensitive matching: stories using each
    // topic (all spellings together), and the most used spelling.
    QHash<QString, int> m_uses;
    QHash<QString, QString> m_spelling;
    // Topics (folded) the editor added here when the site did not use them yet. Counts
    // alone cannot tell them apart from a topic that only the edited stories use.
    QSet<QString> m_introduced;
    // A bulk edit changes the index once per story: read it once afterwards.
    QTimer m_indexTimer;
};

} // namespace Storydesk
