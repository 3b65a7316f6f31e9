#include "storyform.h"

#include "fieldmap.h"
#include "linklabel.h"
#include "mappedfields.h"
#include "qualityspinbox.h"
#include "relatedentrydelegate.h"
#include "relatedlistmodel.h"
#include "relatedroles.h"
#include "setvaluecommand.h"
#include "storydocument.h"
#include "storyeditor.h"
#include "storyfields.h"
#include "storyschema.h"
#include "storystore.h"
#include "topiceditor.h"
#include "topictally.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace Storydesk {

using namespace MappedFields;

namespace {

// Problems listed for a selection with broken stories; the rest is "and N more".
constexpr int MaxListedProblems = 4;

QLabel *plainLabel(QWidget *parent)
{
    // Text from story files is untrusted: QLabel would render it as HTML if it looked like some.
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString describe(const Problems &problems, const QString &fallback)
{
    if (problems.isEmpty())
        return fallback;
    const Problem &p = problems.first();
    if (p.line <= 0)
        return p.message;
    return StoryForm::tr("Line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message);
}

} // namespace

StoryForm::StoryForm(StoryEditor *editor, const TopicIndex *topics, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_undoStack(undoStack)
    , m_placeholder(new QLabel(tr("Select a story to edit it."), this))
    , m_content(new QWidget)
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);   // drawn dimmed, as KDE placeholders are

    // The title and the problem note sit above the form: QFormLayout (Qt 6.4) lays a
    // spanning row that wraps over the row after it. One form for the header and the
    // fields, so that all labels share one column.
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    setUpForm(m_form);
    addHeaderRows(contentLayout);
    contentLayout->addLayout(m_form);

    m_quality = new QualitySpinBox(m_content);
    m_quality->setObjectName(QStringLiteral("qualitySpinBox"));
    m_quality->setAccessibleName(tr("Quality"));
    m_qualitySlider = new QSlider(Qt::Horizontal, m_content);
    m_qualitySlider->setObjectName(QStringLiteral("qualitySlider"));
    m_qualitySlider->setAccessibleName(tr("Quality"));
    m_qualitySlider->setRange(0, 100);
    m_qualitySlider->setPageStep(10);
    m_qualityRow = new QWidget(m_content);
    m_qualityRow->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);   // the slider takes the width
    auto *qualityLayout = new QHBoxLayout(m_qualityRow);
    qualityLayout->setContentsMargins(0, 0, 0, 0);
    qualityLayout->addWidget(m_quality);
    qualityLayout->addWidget(m_qualitySlider, 1);
    m_form->addRow(tr("&Quality:"), m_qualityRow);
    qobject_cast<QLabel *>(m_form->labelForField(m_qualityRow))->setBuddy(m_quality);

    m_published = new QCheckBox(tr("&Published"), m_content);
    m_published->setObjectName(QStringLiteral("publishedCheckBox"));
    m_published->setToolTip(tr("Whether the site shows the story"));
    m_form->addRow(tr("Status:"), m_published);

    m_topicEditor = new TopicEditor(topics, m_content);
    m_topicEditor->setObjectName(QStringLiteral("topicEditor"));
    m_form->addRow(tr("&Topics:"), m_topicEditor);
    qobject_cast<QLabel *>(m_form->labelForField(m_topicEditor))->setBuddy(m_topicEditor);

    contentLayout->addWidget(createRelated(), 1);

    // A pane shorter than the form scrolls rather than squeezing rows to nothing.
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setFocusPolicy(Qt::NoFocus);   // Tab goes through the fields; they scroll into view
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scrollArea->setWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scrollArea);
    setTabOrders();

    connect(m_quality, &QualitySpinBox::qualityEdited, this, &StoryForm::qualityEdited);
    // The slider drives the spin box, which makes the command: one command per change.
    connect(m_qualitySlider, &QSlider::valueChanged, m_quality, &QSpinBox::setValue);
    // clicked(), not toggled(): only the editor's clicks are edits, never a refresh.
    connect(m_published, &QCheckBox::clicked, this, &StoryForm::publishedClicked);
    connect(m_topicEditor, &TopicEditor::addRequested, this, &StoryForm::addTopics);
    connect(m_topicEditor, &TopicEditor::removeRequested, this, &StoryForm::removeTopic);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StoryForm::refresh);
    connect(m_editor, &StoryEditor::storyEdited, this, &StoryForm::storyEdited);

    refresh();
}

void StoryForm::setUpForm(QFormLayout *form)
{
    // As KDE forms look with Breeze, whatever the style: labels right-aligned against
    // their fields, and fields only as wide as they need unless they are made to grow.
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

void StoryForm::addHeaderRows(QVBoxLayout *above)
{
    m_title = plainLabel(m_content);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    above->addWidget(m_title);

    m_provider = plainLabel(m_content);
    m_provider->setObjectName(QStringLiteral("providerLabel"));
    m_form->addRow(tr("Provider:"), m_provider);
    m_date = plainLabel(m_content);
    m_date->setObjectName(QStringLiteral("dateLabel"));
    m_form->addRow(tr("Date:"), m_date);
    m_heat = plainLabel(m_content);
    m_heat->setObjectName(QStringLiteral("heatLabel"));
    m_form->addRow(tr("Heat:"), m_heat);
    m_link = new LinkLabel(m_content);
    m_link->setObjectName(QStringLiteral("webUrlLabel"));
    m_form->addRow(tr("Link:"), m_link);

    m_problemBox = new QWidget(m_content);
    auto *problemLayout = new QHBoxLayout(m_problemBox);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(m_problemBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(QIcon::fromTheme(QStringLiteral("data-error"), style()->standardIcon(QStyle::SP_MessageBoxWarning)).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);
    m_problem = plainLabel(m_problemBox);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    problemLayout->addWidget(icon);
    problemLayout->addWidget(m_problem, 1);
    above->addWidget(m_problemBox);
}

QWidget *StoryForm::createRelated()
{
    m_relatedBox = new QGroupBox(tr("Related coverage"), m_content);
    m_relatedPages = new QStackedWidget(m_relatedBox);
    auto *boxLayout = new QVBoxLayout(m_relatedBox);
    boxLayout->addWidget(m_relatedPages);

    auto *panel = new QWidget(m_relatedPages);
    m_relatedModel = new RelatedListModel(m_editor, m_undoStack, this);
    m_relatedView = new QListView(panel);
    m_relatedView->setObjectName(QStringLiteral("relatedView"));
    m_relatedView->setAccessibleName(tr("Related coverage"));
    m_relatedView->setAccessibleDescription(tr("Ctrl+Up and Ctrl+Down move the selected entry; Delete removes it"));
    m_relatedView->setModel(m_relatedModel);
    m_relatedView->setItemDelegate(new RelatedEntryDelegate(m_relatedView));
    m_relatedView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_relatedView->setEditTriggers(QAbstractItemView::NoEditTriggers);   // edited in the fields below
    m_relatedView->setUniformItemSizes(true);
    m_relatedView->setTextElideMode(Qt::ElideRight);
    m_relatedView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Two entries at least; the list takes whatever height the pane has beyond the fields.
    // Its size hint is ignored: the scroll area sizes the form by height-for-width (the
    // topics wrap), which would give the list its default 192 pixels and push the entry
    // editor out of sight on a laptop screen.
    m_relatedView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_relatedView->setMinimumHeight(2 * (2 * m_relatedView->fontMetrics().height() + 8) + 2 * m_relatedView->frameWidth());
    // Stories, links and entries are dropped between entries (the indicator shows where);
    // the model adds them, or moves its own entries there. Copies only: see the model.
    m_relatedView->setDragDropMode(QAbstractItemView::DragDrop);
    m_relatedView->setDefaultDropAction(Qt::CopyAction);
    m_relatedView->setDropIndicatorShown(true);

    const auto makeAction = [this](const QString &name, const QString &text, const QIcon &icon, const QKeySequence &key) {
        auto *action = new QAction(icon, text, m_relatedView);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_relatedView->addAction(action);
        return action;
    };
    // Ctrl+Up and Ctrl+Down, as list reordering goes in KDE applications; Alt+Up and
    // Alt+Down, which came first here, still work.
    m_moveUpAction = makeAction(QStringLiteral("moveRelatedUp"), tr("Move &Up"),
                                QIcon::fromTheme(QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp)),
                                QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveUpAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Up), QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_moveDownAction = makeAction(QStringLiteral("moveRelatedDown"), tr("Move &Down"),
                                  QIcon::fromTheme(QStringLiteral("go-down"), style()->standardIcon(QStyle::SP_ArrowDown)),
                                  QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_moveDownAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Down), QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_removeAction = makeAction(QStringLiteral("removeRelated"), tr("&Remove"),
                                QIcon::fromTheme(QStringLiteral("list-remove"), style()->standardIcon(QStyle::SP_TrashIcon)),
                                QKeySequence(QKeySequence::Delete));
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveRelated(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveRelated(+1); });
    connect(m_removeAction, &QAction::triggered, this, &StoryForm::removeRelated);

    auto *buttons = new QVBoxLayout;
    m_relatedTabOrder = {m_relatedView};
    for (QAction *action : {m_moveUpAction, m_moveDownAction, m_removeAction}) {
        auto *button = new QToolButton(panel);
        m_relatedTabOrder.append(button);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_relatedView, 1);
    listRow->addLayout(buttons);

    m_entryEditor = new QWidget(panel);
    auto *entryForm = new QFormLayout(m_entryEditor);
    entryForm->setContentsMargins(0, 0, 0, 0);
    setUpForm(entryForm);
    m_entryTitle = new QLineEdit(m_entryEditor);
    m_entryTitle->setObjectName(QStringLiteral("relatedTitleEdit"));
    m_entryTitle->setAccessibleName(tr("Related entry title"));
    entryForm->addRow(tr("Tit&le:"), m_entryTitle);
    m_entryExcerpt = new QPlainTextEdit(m_entryEditor);
    m_entryExcerpt->setObjectName(QStringLiteral("relatedExcerptEdit"));
    m_entryExcerpt->setTabChangesFocus(true);
    // Three lines: with the list above it, the whole entry editor fits a laptop's form
    // pane without scrolling; a longer excerpt scrolls in its field.
    m_entryExcerpt->setFixedHeight(m_entryExcerpt->fontMetrics().lineSpacing() * 3
                                   + 2 * (m_entryExcerpt->frameWidth() + int(m_entryExcerpt->document()->documentMargin())));
    m_entryExcerpt->setAccessibleName(tr("Related entry excerpt"));
    entryForm->addRow(tr("E&xcerpt:"), m_entryExcerpt);
    m_entryQuality = new QualitySpinBox(m_entryEditor);
    m_entryQuality->setObjectName(QStringLiteral("relatedQualitySpinBox"));
    m_entryQuality->setAccessibleName(tr("Related entry quality"));
    entryForm->addRow(tr("Qualit&y:"), m_entryQuality);
    // The list, the buttons beside it, then the fields under it.
    m_relatedTabOrder << m_entryTitle << m_entryExcerpt << m_entryQuality;

    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addLayout(listRow, 1);   // the list takes the height; the fields keep theirs
    panelLayout->addWidget(m_entryEditor);
    m_relatedPages->addWidget(panel);

    m_relatedHint = new QLabel(tr("Select one story to edit its related coverage."), m_relatedPages);
    m_relatedHint->setObjectName(QStringLiteral("relatedHint"));
    m_relatedHint->setAlignment(Qt::AlignCenter);
    m_relatedHint->setWordWrap(true);
    m_relatedHint->setEnabled(false);
    m_relatedPages->addWidget(m_relatedHint);

    // Rows change on edits, undo and redo alike: the buttons and the entry fields follow.
    connect(m_relatedView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StoryForm::relatedRowsChanged);
    connect(m_relatedModel, &QAbstractItemModel::rowsInserted, this, &StoryForm::relatedRowsChanged);
    connect(m_relatedModel, &QAbstractItemModel::rowsRemoved, this, &StoryForm::relatedRowsChanged);
    connect(m_relatedModel, &QAbstractItemModel::rowsMoved, this, &StoryForm::relatedRowsChanged);
    connect(m_relatedModel, &QAbstractItemModel::modelReset, this, &StoryForm::relatedRowsChanged);
    connect(m_relatedModel, &QAbstractItemModel::dataChanged, this, &StoryForm::showRelatedEntry);
    connect(m_relatedModel, &RelatedListModel::dropSettled, this, &StoryForm::selectRelated);
    connect(m_entryTitle, &QLineEdit::textEdited, this, &StoryForm::relatedTitleEdited);
    connect(m_entryExcerpt, &QPlainTextEdit::textChanged, this, &StoryForm::relatedExcerptChanged);
    connect(m_entryQuality, &QualitySpinBox::qualityEdited, this, &StoryForm::relatedQualityEdited);
    relatedRowsChanged();
    return m_relatedBox;
}

void StoryForm::setTabOrders()
{
    // Top to bottom, as the form reads, in one chain (setTabOrder() moves only the second
    // widget of each pair). The topic chips put themselves before their field.
    QList<QWidget *> order{m_link, m_quality, m_qualitySlider, m_published, m_topicEditor->focusProxy()};
    order += m_relatedTabOrder;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void StoryForm::setStories(const QStringList &paths, const QList<int> &storeRows)
{
    m_paths = paths;
    m_rowHints = storeRows.size() == paths.size() ? storeRows : QList<int>();
    m_shown.clear();
    m_shownStale = true;
    refresh();
}

bool StoryForm::shows(const QString &path) const
{
    if (m_shownStale) {
        m_shown = QSet<QString>(m_paths.cbegin(), m_paths.cend());
        m_shownStale = false;
    }
    return m_shown.contains(path);
}

void StoryForm::reload()
{
    refresh();
}

void StoryForm::focusTopics()
{
    m_topicEditor->focusEditor();
}

void StoryForm::setHeaderVisible(bool visible)
{
    m_headerVisible = visible;
    refresh();
}

const YamlValue &StoryForm::Story::frontMatter() const
{
    static const YamlValue none;
    return read ? *read : none;
}

StoryForm::Story StoryForm::readStory(const QString &path) const
{
    Story story;
    story.path = path;
    std::optional<YamlValue> root = m_editor->value(path, YamlPath());
    if (root && root->isMap()) {
        story.read = std::make_shared<const YamlValue>(std::move(*root));
        story.editable = true;
        return story;
    }
    // Not a map: an empty front matter (editable), or one that cannot be read or parsed.
    QString error;
    const std::optional<StoryDocument> document = StoryDocument::load(path, &error);
    story.editable = document && document->frontMatter().isEditable();
    if (!story.editable)
        story.problem = document ? describe(document->frontMatter().problems(), tr("The front matter cannot be read.")) : error;
    return story;
}

bool StoryForm::summarise(const QString &path, int rowHint, Story *story) const
{
    const StoryStore *store = m_editor->store();
    if (!store)
        return false;
    // The hint holds unless rows came or went since the selection: the path tells. Usually
    // the very same string, so no characters are compared.
    const bool hintHolds = rowHint >= 0 && rowHint < store->count()
        && (store->summary(rowHint).path.constData() == path.constData() || store->summary(rowHint).path == path);
    const int row = hintHolds ? rowHint : store->indexOf(path);
    if (row < 0)
        return false;
    // What a selection shows (shared quality, published, topics) is all in the summary,
    // which follows every edit and every change on disk.
    const StorySummary &summary = store->summary(row);
    story->editable = !summary.broken;
    story->summarised = true;
    if (summary.broken) {
        story->path = path;   // named among the problems; the others' paths stay in m_paths
        story->problem = describe(summary.problems, tr("The front matter cannot be read."));
        return true;
    }
    // The summary was read with the site's field map: its values are the site's roles.
    if (summary.quality >= 0)
        story->quality = summary.quality;
    story->published = summary.published == StorySummary::Published::Yes;
    story->topics = summary.topics;
    return true;
}

void StoryForm::storyEdited(const QString &path)
{
    if (shows(path))
        m_refreshTimer.start();
}

void StoryForm::refresh()
{
    m_refreshTimer.stop();
    const QScopedValueRollback refreshing(m_refreshing, true);
    QList<Story> stories;
    stories.reserve(m_paths.size());
    m_editable.clear();
    // One story is read in full (its header and related list need the whole front matter);
    // a selection is shown from the summaries, since reading thousands of files again on
    // every Shift+click would freeze the window.
    const bool summarised = m_paths.size() > 1;
    qsizetype editableCount = 0;
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        const QString &path = m_paths.at(i);
        const int rowHint = m_rowHints.isEmpty() ? -1 : m_rowHints.at(i);
        // Filled in its place: a selection of 100,000 made each story twice, then moved it.
        Story &story = stories.emplace_back();
        if (!summarised || !summarise(path, rowHint, &story))
            story = readStory(path);
        editableCount += story.editable ? 1 : 0;
    }
    // Usually every story is editable: then the edits go to m_paths itself, not a copy.
    if (editableCount == m_paths.size()) {
        m_editable = m_paths;
    } else {
        for (qsizetype i = 0; i < m_paths.size(); ++i) {
            if (stories.at(i).editable)
                m_editable.append(m_paths.at(i));
        }
    }
    m_placeholder->setVisible(stories.isEmpty());
    m_scrollArea->setVisible(!stories.isEmpty());

    showHeader(stories);
    showProblems(stories);
    // Usually every story is editable: then no copy of 100,000 of them.
    QList<Story> editable;
    if (m_editable.size() != stories.size()) {
        for (const Story &story : std::as_const(stories)) {
            if (story.editable)
                editable.append(story);
        }
    } else {
        editable = stories;
    }
    const bool canEdit = !editable.isEmpty();
    for (QWidget *field : {m_qualityRow, static_cast<QWidget *>(m_published), static_cast<QWidget *>(m_topicEditor),
                           static_cast<QWidget *>(m_relatedBox)})
        field->setEnabled(canEdit);
    // A field the site does not have is not offered (a Hugo site has no quality).
    const FieldMap &map = fieldMapOf(m_editor);
    m_form->setRowVisible(m_qualityRow, map.isBound(FieldRole::Quality));
    m_form->setRowVisible(m_published, map.isBound(FieldRole::Published));
    m_form->setRowVisible(m_topicEditor, map.isBound(FieldRole::Topics));
    m_relatedBox->setVisible(map.isBound(FieldRole::Related));
    showQuality(editable);
    showPublished(editable);
    showTopics(editable);
    showRelated(stories);
}

void StoryForm::showHeader(const QList<Story> &stories)
{
    const bool one = stories.size() == 1;
    if (stories.size() > 1)
        m_title->setText(tr("%Ln stories selected", nullptr, int(stories.size())));
    QString provider;
    QString date;
    QString heat;
    QString webUrl;
    if (one) {
        const Story &story = stories.first();
        const FieldMap &map = fieldMapOf(m_editor);
        const QString title = textAt(story.frontMatter(), map.path(FieldRole::Title));
        m_title->setText(title.isEmpty() ? QFileInfo(story.path).fileName() : title);
        provider = StoryFields::providerName(story.frontMatter());
        date = StoryFields::formatDateTime(StoryFields::publishedDateTime(story.frontMatter()));
        if (const std::optional<int> h = scoreAt(story.frontMatter(), map.path(FieldRole::Heat)))
            heat = QString::number(*h);
        webUrl = textAt(story.frontMatter(), map.path(FieldRole::Link));
    }
    m_provider->setText(provider);
    m_date->setText(date);
    m_heat->setText(heat);
    m_link->setAddress(webUrl);
    // Only what the story has: an empty "Heat:" row says nothing.
    m_title->setVisible(m_headerVisible || stories.size() > 1);
    m_form->setRowVisible(m_provider, m_headerVisible && !provider.isEmpty());
    m_form->setRowVisible(m_date, m_headerVisible && !date.isEmpty());
    m_form->setRowVisible(m_heat, m_headerVisible && !heat.isEmpty());
    m_form->setRowVisible(m_link, m_headerVisible && !webUrl.isEmpty());
}

void StoryForm::showProblems(const QList<Story> &stories)
{
    const auto broken = int(std::count_if(stories.cbegin(), stories.cend(), [](const Story &story) { return !story.editable; }));
    m_problemBox->setVisible(broken > 0);
    if (broken == 0)
        return;
    if (stories.size() == 1) {
        m_problem->setText(tr("This story cannot be edited:\n%1").arg(stories.first().problem));
        return;
    }
    QStringList lines{tr("%Ln of the selected stories cannot be edited and are left out of changes:", nullptr, broken)};
    for (const Story &story : stories) {
        if (story.editable)
            continue;
        if (lines.size() > MaxListedProblems) {
            lines.append(tr("…and %Ln more", nullptr, broken - MaxListedProblems));
            break;
        }
        lines.append(tr("%1: %2").arg(QFileInfo(story.path).fileName(), story.problem));
    }
    m_problem->setText(lines.join(QLatin1Char('\n')));
}

void StoryForm::showQuality(const QList<Story> &stories)
{
    std::optional<int> shared;
    for (qsizetype i = 0; i < stories.size(); ++i) {
        const Story &story = stories.at(i);
        const std::optional<int> quality = story.summarised ? story.quality : scoreAt(story.frontMatter(), fieldMapOf(m_editor).path(FieldRole::Quality));
        if (i == 0) {
            shared = quality;
        } else if (quality != shared) {
            shared.reset();   // mixed: "—" until the editor picks one value for all
            break;
        }
    }
    m_quality->setQuality(shared);
    const QSignalBlocker blocker(m_qualitySlider);
    m_qualitySlider->setValue(shared.value_or(0));
    m_qualitySlider->setAccessibleDescription(QualitySpinBox::valueDescription(shared));
}

void StoryForm::showPublished(const QList<Story> &stories)
{
    int yes = 0;
    const FieldMap &map = fieldMapOf(m_editor);
    for (const Story &story : stories) {
        if (story.summarised) {
            yes += story.published ? 1 : 0;
            continue;
        }
        if (isPublished(story.frontMatter(), map))
            ++yes;
    }
    // Tri-state only to show a mix: a click then sets every story, and the box is two-state again.
    const bool mixed = yes > 0 && yes < stories.size();
    m_published->setTristate(mixed);
    m_published->setCheckState(mixed ? Qt::PartiallyChecked : yes > 0 ? Qt::Checked : Qt::Unchecked);
}

void StoryForm::showTopics(const QList<Story> &stories)
{
    TopicTally tally;
    QStringList names;
    for (const Story &story : stories) {
        if (story.summarised) {
            tally.addStory(story.topics, true);   // the store's strings, alive in `stories`
            continue;
        }
        names.clear();
        const YamlValue *value = valueAt(story.frontMatter(), fieldMapOf(m_editor).path(FieldRole::Topics));
        for (const YamlValue &item : topicItems(value ? std::optional<YamlValue>(*value) : std::nullopt))
            names.append(item.isScalar() ? item.text() : QString());
        tally.addStory(names, false);
    }
    m_topicEditor->setTopics(tally.topics(), int(stories.size()));
}

void StoryForm::showRelated(const QList<Story> &stories)
{
    const bool one = stories.size() == 1;
    m_relatedPages->setCurrentIndex(one || stories.isEmpty() ? 0 : 1);
    const QString story = one && stories.first().editable ? stories.first().path : QString();
    if (m_relatedModel->story() != story)
        m_relatedModel->setStory(story);
}

void StoryForm::push(QUndoCommand *command)
{
    if (command)
        m_undoStack->push(command);
}

void StoryForm::qualityEdited(int quality)
{
    if (m_refreshing)
        return;
    {
        const QSignalBlocker blocker(m_qualitySlider);
        m_qualitySlider->setValue(quality);
        m_qualitySlider->setAccessibleDescription(QualitySpinBox::valueDescription(quality));
    }
    // Typing "75" or dragging the slider merges into one undo step.
    push(SetValueCommand::forStories(m_editor, m_editable, fieldMapOf(m_editor).path(FieldRole::Quality), YamlValue::integer(quality),
                                     tr("Set quality to %1").arg(quality), true));
}

void StoryForm::publishedClicked()
{
    if (m_refreshing)
        return;
    const bool published = m_published->checkState() != Qt::Unchecked;
    const int count = int(m_editable.size());
    // The site's key and value: `draft: false` publishes on a Hugo site.
    const auto [key, value] = fieldMapOf(m_editor).publishedValue(published);
    push(SetValueCommand::forStories(m_editor, m_editable, key, value,
                                     published ? tr("Publish %Ln stories", nullptr, count) : tr("Unpublish %Ln stories", nullptr, count)));
    // Back to two states even if nothing changed (no storyEdited then).
    m_refreshTimer.start();
}

void StoryForm::addTopics(const QStringList &topics)
{
    const QString text = topics.size() == 1 ? tr("Add topic %1").arg(topics.first()) : tr("Add topics %1").arg(topics.join(tr(", ")));
    editTopics(text, [&topics](QList<YamlValue> &items) {
        // Each story keeps its own order; what it lacks goes at its end.
        for (const QString &topic : topics) {
            if (!hasTopic(items, topic))
                items.append(YamlValue::string(topic));
        }
    });
}

void StoryForm::removeTopic(const QString &topic)
{
    editTopics(tr("Remove topic %1").arg(topic), [&topic](QList<YamlValue> &items) {
        items.removeIf([&topic](const YamlValue &item) { return isTopic(item, topic); });
    });
}

void StoryForm::editTopics(const QString &text, const std::function<void(QList<YamlValue> &)> &edit)
{
    if (m_refreshing)
        return;
    // Every story gets its own new list (their topics differ), all in one undo step.
    const YamlPath key = fieldMapOf(m_editor).path(FieldRole::Topics);
    if (key.isRoot())
        return;   // the site has no topics
    QList<SetValueCommand::Change> changes;
    for (const QString &path : std::as_const(m_editable)) {
        const std::optional<YamlValue> before = m_editor->value(path, key);
        const QList<YamlValue> items = topicItems(before);
        QList<YamlValue> edited = items;
        edit(edited);
        if (edited.size() == items.size())
            continue;   // topics are only added or removed: same size, same list
        // The last topic takes the key with it, as for related entries: undo then writes
        // the list back as it was.
        changes.append({path, before, edited.isEmpty() ? std::nullopt : std::optional<YamlValue>(YamlValue::sequence(edited))});
    }
    if (!changes.isEmpty())
        push(new SetValueCommand(m_editor, key, std::move(changes), text, false));
}

QModelIndex StoryForm::currentRelated() const
{
    const QModelIndexList selected = m_relatedView->selectionModel()->selectedRows();
    return selected.size() == 1 ? selected.first() : QModelIndex();
}

void StoryForm::relatedRowsChanged()
{
    updateRelatedActions();
    showRelatedEntry();
}

void StoryForm::updateRelatedActions()
{
    const QModelIndex current = currentRelated();
    m_moveUpAction->setEnabled(current.isValid() && current.row() > 0);
    m_moveDownAction->setEnabled(current.isValid() && current.row() < m_relatedModel->rowCount() - 1);
    m_removeAction->setEnabled(m_relatedView->selectionModel()->hasSelection());
}

void StoryForm::showRelatedEntry()
{
    const QScopedValueRollback showing(m_showingEntry, true);
    const QModelIndex entry = currentRelated();
    m_entryEditor->setEnabled(entry.isValid());
    // Only what differs is set: the field being typed in keeps its cursor.
    const QString title = entry.data(TitleRole).toString();
    if (m_entryTitle->text() != title)
        m_entryTitle->setText(title);
    const QString excerpt = entry.data(ExcerptRole).toString();
    if (m_entryExcerpt->toPlainText() != excerpt)
        m_entryExcerpt->setPlainText(excerpt);
    const QVariant quality = entry.data(QualityRole);
    m_entryQuality->setQuality(quality.isValid() ? std::optional<int>(quality.toInt()) : std::nullopt);
}

void StoryForm::moveRelated(int delta)
{
    const QModelIndex entry = currentRelated();
    if (entry.isValid())
        m_relatedModel->moveEntry(entry.row(), entry.row() + delta);
    updateRelatedActions();
}

void StoryForm::removeRelated()
{
    QList<int> rows;
    for (const QModelIndex &index : m_relatedView->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    const int first = *std::min_element(rows.cbegin(), rows.cend());
    m_relatedModel->removeEntries(rows);
    // Keep the keyboard in the list, on the entry that took the first removed one's place.
    const int count = m_relatedModel->rowCount();
    if (count > 0)
        m_relatedView->setCurrentIndex(m_relatedModel->index(qMin(first, count - 1)));
}

QList<QAction *> StoryForm::relatedActions() const
{
    return {m_moveUpAction, m_moveDownAction, m_removeAction};
}

void StoryForm::setRelatedCoverage(RelatedCoverage *coverage)
{
    m_relatedModel->setCoverage(coverage);
}

void StoryForm::selectRelated(const QList<int> &rows)
{
    // What a drop added or moved, or the entry it offered again: selected, so it shows.
    QItemSelection selection;
    for (const int row : rows)
        selection.select(m_relatedModel->index(row), m_relatedModel->index(row));
    if (rows.isEmpty())
        return;
    m_relatedView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_relatedView->selectionModel()->setCurrentIndex(m_relatedModel->index(rows.first()), QItemSelectionModel::NoUpdate);
    m_relatedView->scrollTo(m_relatedModel->index(rows.first()));
}

void StoryForm::relatedTitleEdited(const QString &title)
{
    const QModelIndex entry = currentRelated();
    if (entry.isValid())
        m_relatedModel->setData(entry, title, TitleRole);
}

void StoryForm::relatedExcerptChanged()
{
    const QModelIndex entry = currentRelated();
    // textChanged() also fires when the field is filled from the entry: that is no edit.
    if (!m_showingEntry && entry.isValid())
        m_relatedModel->setData(entry, m_entryExcerpt->toPlainText(), ExcerptRole);
}

void StoryForm::relatedQualityEdited(int quality)
{
    const QModelIndex entry = currentRelated();
    if (entry.isValid())
        m_relatedModel->setData(entry, quality, QualityRole);
}

} // namespace Storydesk
