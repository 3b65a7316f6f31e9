#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Storydesk {

class StorySortFilterProxyModel;
class TopicIndex;

// The bar above the story table: a search field that takes the StoryFilter syntax (its
// errors shown underneath, pointing at the offending character) and quick filters for
// published state, topic, provider and minimum quality. It drives the proxy through its
// typed setters; the topic and provider lists follow the folder's TopicIndex.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    FilterBar(StorySortFilterProxyModel *proxy, const TopicIndex *topics, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    // Puts the cursor in the search field with its text selected, ready to be replaced.
    void focusSearch();
    // A new folder has a vocabulary of its own: forget the chosen topic and provider.
    void clearVocabularyFilters();
    // Shows every story again: the search text and every quick filter cleared.
    void clearFilters();
    // Puts `text` in the search field and filters by it at once (a desk applied): unlike
    // typing, setting the text programmatically starts no pause timer.
    void setSearchText(const QString &text);

Q_SIGNALS:
    // Return pressed in the search field: the editor is done typing and wants the list.
    void searchAccepted();

private:
    void applyText();
    void showError(qsizetype position, const QString &message);
    void rebuildVocabulary();

    StorySortFilterProxyModel *m_proxy;
    const TopicIndex *m_topics;
    QLineEdit *m_search;
    QLabel *m_error;
    QComboBox *m_published;
    QComboBox *m_topic;
    QComboBox *m_provider;
    QSpinBox *m_minimumQuality;
    QTimer m_typingTimer;       // filters once typing pauses, not on every keystroke
    QTimer m_vocabularyTimer;   // rebuilds the combos once per burst of load batches
};

} // namespace Storydesk
