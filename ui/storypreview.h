#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace Storydesk {

class LinkLabel;

// The preview pane: the current story's title, provider, date, state, excerpt and links.
// Story text comes from crawlers and feeds, so everything is shown as plain text and only
// http(s) links can be opened (in the desktop's browser). Reads the table model's roles,
// never the store. Pictures and logos arrive with the image loader.
class StoryPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryPreview)

public:
    explicit StoryPreview(QWidget *parent = nullptr);

    // Shows the story of `index`'s row (any column of the story table or its proxy); an
    // invalid index shows that nothing is selected.
    void showStory(const QModelIndex &index);
    // Shows the same story again: its row changed.
    void refresh();
    QPersistentModelIndex story() const { return m_index; }

private:
    QPersistentModelIndex m_index;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_state;
    QLabel *m_excerpt;
    LinkLabel *m_link;
    QLabel *m_path;
    QLabel *m_placeholder;
    QWidget *m_content;
    QScrollArea *m_scroll;
};

} // namespace Storydesk
