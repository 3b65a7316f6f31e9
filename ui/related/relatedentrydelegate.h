#pragma once

#include <QStyledItemDelegate>

namespace Storydesk {

// Paints a related entry on two lines: its title, and under it, smaller and dimmed, the
// provider and the date (or the status of a link's page being read). Everything comes from the model's roles and is drawn as plain
// text: titles from crawled pages are never read as markup.
class RelatedEntryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelatedEntryDelegate)

public:
    explicit RelatedEntryDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The second line: "Provider · date" (either part may be missing), or while a dropped
    // link's page is read (or after it could not be), that status.
    static QString secondaryText(const QModelIndex &index);

private:
    static QFont secondaryFont(const QFont &font);
};

} // namespace Storydesk
