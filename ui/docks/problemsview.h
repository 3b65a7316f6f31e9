#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Storydesk {

class ProblemsModel;
class StoryStore;

// The Problems dock: every parse and validation problem of the folder in a sortable list,
// narrowed by a text field (file or message). Activating a problem asks the window to show
// its story at the problem's line.
class ProblemsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsView)

public:
    explicit ProblemsView(StoryStore *store, QWidget *parent = nullptr);

    ProblemsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *list() const { return m_list; }
    QLineEdit *filterField() const { return m_filter; }

Q_SIGNALS:
    void problemActivated(const QString &path, int line, int column);

private:
    void updateSummary();

    ProblemsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QTreeView *m_list;
};

} // namespace Storydesk
