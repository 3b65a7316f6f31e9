#include "storypreview.h"

#include "linklabel.h"
#include "storyroles.h"
#include "storytablemodel.h"

#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Storydesk {

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString stateText(StoryState state)
{
    switch (state) {
    case StoryState::Conflict:
        return StoryPreview::tr("Changed on disk while it has unsaved edits: saving asks which version to keep.");
    case StoryState::Modified: return StoryPreview::tr("Modified: not saved yet.");
    case StoryState::Broken: return StoryPreview::tr("The front matter cannot be read.");
    case StoryState::Warning:
    case StoryState::Ok: break;
    }
    return {};
}

} // namespace

StoryPreview::StoryPreview(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget)
    , m_scroll(new QScrollArea(this))
{
    m_title = plainLabel(QStringLiteral("previewTitle"), m_content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_meta = plainLabel(QStringLiteral("previewMeta"), m_content);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_state = plainLabel(QStringLiteral("previewState"), m_content);
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_excerpt = plainLabel(QStringLiteral("previewExcerpt"), m_content);

    // Opens only http(s) addresses, and only in the web browser: see LinkLabel.
    m_link = new LinkLabel(m_content);
    m_link->setObjectName(QStringLiteral("previewLink"));

    m_path = plainLabel(QStringLiteral("previewPath"), m_content);
    m_path->setForegroundRole(QPalette::PlaceholderText);
    m_path->setFont(QFontDatabase::systemFont(QFontDatabase::SmallestReadableFont));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_meta);
    contentLayout->addWidget(m_state);
    contentLayout->addWidget(m_excerpt);
    contentLayout->addWidget(m_link);
    contentLayout->addWidget(m_path);
    contentLayout->addStretch(1);

    // A long excerpt scrolls inside the pane instead of pushing the editor away.
    m_scroll->setObjectName(QStringLiteral("previewScrollArea"));
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_placeholder = new QLabel(tr("No story selected"), this);
    m_placeholder->setObjectName(QStringLiteral("previewPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    layout->addWidget(m_placeholder);
    showStory(QModelIndex());
}

void StoryPreview::showStory(const QModelIndex &index)
{
    m_index = index.isValid() ? index.siblingAtColumn(StoryTableModel::Title) : QModelIndex();
    refresh();
}

void StoryPreview::refresh()
{
    const bool hasStory = m_index.isValid();
    m_scroll->setVisible(hasStory);
    m_placeholder->setVisible(!hasStory);
    if (!hasStory)
        return;
    const auto column = [this](int c, int role = Qt::DisplayRole) { return m_index.sibling(m_index.row(), c).data(role); };

    m_title->setText(column(StoryTableModel::Title).toString());
    QStringList meta;
    for (const int c : {StoryTableModel::Provider, StoryTableModel::Date}) {
        const QString text = column(c).toString();
        if (!text.isEmpty())
            meta.append(text);
    }
    if (const QVariant quality = column(StoryTableModel::Quality); quality.isValid())
        meta.append(tr("quality %1").arg(quality.toInt()));
    meta.append(column(StoryTableModel::Published, Qt::CheckStateRole).toInt() == Qt::Checked ? tr("published") : tr("not published"));
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    const QString state = stateText(m_index.data(StateRole).value<StoryState>());
    const QString problems = column(StoryTableModel::Status, Qt::ToolTipRole).toString();
    m_state->setText(problems.isEmpty() ? state : (state.isEmpty() ? problems : state + QLatin1Char('\n') + problems));
    m_state->setVisible(!m_state->text().isEmpty());

    const QString excerpt = m_index.data(ExcerptRole).toString();
    m_excerpt->setText(excerpt);
    m_excerpt->setVisible(!excerpt.isEmpty());

    const QString link = m_index.data(WebUrlRole).toString();
    m_link->setAddress(link);
    m_link->setVisible(!link.isEmpty());

    m_path->setText(QDir::toNativeSeparators(m_index.data(PathRole).toString()));
}

} // namespace Storydesk
