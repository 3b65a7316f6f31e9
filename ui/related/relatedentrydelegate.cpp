#include "relatedentrydelegate.h"

#include "relatedroles.h"
#include "storyfields.h"

#include <QApplication>
#include <QPainter>

namespace Storydesk {

namespace {

constexpr int LineSpacing = 2;

} // namespace

RelatedEntryDelegate::RelatedEntryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString RelatedEntryDelegate::secondaryText(const QModelIndex &index)
{
    // "fetching…", or why the page of a dropped link could not be read.
    if (const QString status = index.data(FetchStatusRole).toString(); !status.isEmpty())
        return status;
    const QString provider = index.data(ProviderNameRole).toString();
    const QString date = StoryFields::formatDateTime(index.data(PublishedDateTimeRole).toDateTime());
    if (provider.isEmpty() || date.isEmpty())
        return provider.isEmpty() ? date : provider;
    return tr("%1 · %2", "related entry: provider · date").arg(provider, date);
}

QFont RelatedEntryDelegate::secondaryFont(const QFont &font)
{
    QFont small = font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    return small;
}

void RelatedEntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the two lines ourselves.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
                                       : opt.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                                                   : QPalette::Inactive;
    const QColor primary = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = primary;
    if (!selected)
        secondary.setAlphaF(0.65f);

    painter->save();
    painter->setClipRect(text);
    const QFontMetrics titleMetrics(opt.font);
    const QFont small = secondaryFont(opt.font);
    const QFontMetrics smallMetrics(small);
    QRect line = text;
    line.setHeight(titleMetrics.height());
    painter->setFont(opt.font);
    painter->setPen(primary);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(title, Qt::ElideRight, line.width()));
    line.translate(0, line.height() + LineSpacing);
    line.setHeight(smallMetrics.height());
    painter->setFont(small);
    painter->setPen(secondary);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(secondaryText(index), Qt::ElideRight, line.width()));
    painter->restore();
}

QSize RelatedEntryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics titleMetrics(opt.font);
    const QFontMetrics smallMetrics(secondaryFont(opt.font));
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameVMargin, &opt, widget) + 1;
    // A modest width: the view gives rows its own width and the text is elided to it,
    // never scrolled sideways.
    return {titleMetrics.averageCharWidth() * 24, titleMetrics.height() + LineSpacing + smallMetrics.height() + 2 * margin};
}

} // namespace Storydesk
