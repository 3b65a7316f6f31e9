#include "sourceview.h"

#include "setsourcecommand.h"
#include "sourceeditor.h"
#include "storyeditor.h"
#include "storysource.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

#include <chrono>

namespace Storydesk {

namespace {

using namespace std::chrono_literals;

constexpr auto CheckDelay = 400ms;
constexpr int ProblemLineRole = Qt::UserRole;
constexpr int ProblemColumnRole = Qt::UserRole + 1;
constexpr int VisibleProblems = 5;

QString describe(const Problem &problem)
{
    if (problem.line <= 0)
        return problem.message;
    return SourceView::tr("Line %1, column %2: %3").arg(problem.line).arg(problem.column).arg(problem.message);
}

} // namespace

SourceView::SourceView(StoryEditor *editor, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_undoStack(undoStack)
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_pages))
    , m_notice(new QWidget)
    , m_sourceEditor(new SourceEditor)
    , m_status(new QLabel)
    , m_applyButton(new QPushButton(tr("&Apply")))
    , m_applyAction(new QAction(tr("Apply Source"), this))
    , m_problemList(new QListWidget)
{
    setAccessibleName(tr("Story source"));
    m_placeholder->setObjectName(QStringLiteral("sourcePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);   // drawn dimmed, as the form's placeholder
    m_pages->addWidget(m_placeholder);

    auto *page = new QWidget(m_pages);
    m_notice->setParent(page);
    m_notice->setObjectName(QStringLiteral("sourceChangedNotice"));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    auto *noticeText = new QLabel(tr("The story changed since you began editing its source."), m_notice);
    noticeText->setWordWrap(true);
    auto *reload = new QPushButton(tr("&Reload"), m_notice);
    reload->setObjectName(QStringLiteral("reloadSource"));
    reload->setToolTip(tr("Show the story as it is now, dropping the text typed here"));
    noticeLayout->addWidget(noticeText, 1);
    noticeLayout->addWidget(reload);
    m_notice->hide();

    m_sourceEditor->setParent(page);
    m_sourceEditor->setObjectName(QStringLiteral("sourceEditor"));
    m_sourceEditor->setAccessibleName(tr("Source text"));

    m_status->setParent(page);
    m_status->setObjectName(QStringLiteral("sourceStatus"));
    m_status->setWordWrap(true);
    m_applyButton->setParent(page);
    m_applyButton->setObjectName(QStringLiteral("applySourceButton"));
    m_applyButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok-apply"), style()->standardIcon(QStyle::SP_DialogApplyButton)));
    m_applyAction->setObjectName(QStringLiteral("applySource"));
    m_applyAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_applyButton->setToolTip(tr("Check the text and make it the story's (%1)").arg(m_applyAction->shortcut().toString(QKeySequence::NativeText)));
    m_applyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_applyAction);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_status, 1);
    applyRow->addWidget(m_applyButton);

    m_problemList->setParent(page);
    m_problemList->setObjectName(QStringLiteral("sourceProblems"));
    m_problemList->setAccessibleName(tr("Problems"));
    m_problemList->setWordWrap(true);
    m_problemList->setTextElideMode(Qt::ElideNone);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_notice);
    pageLayout->addWidget(m_sourceEditor, 1);
    pageLayout->addLayout(applyRow);
    pageLayout->addWidget(m_problemList);
    m_pages->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(CheckDelay);
    connect(&m_checkTimer, &QTimer::timeout, this, &SourceView::check);
    connect(m_sourceEditor, &QPlainTextEdit::textChanged, this, &SourceView::textChanged);
    connect(m_applyButton, &QPushButton::clicked, this, &SourceView::apply);
    connect(m_applyAction, &QAction::triggered, this, &SourceView::apply);
    connect(reload, &QPushButton::clicked, this, [this] { load(true); });
    connect(m_problemList, &QListWidget::itemActivated, this, &SourceView::problemActivated);
    connect(m_editor, &StoryEditor::storyEdited, this, &SourceView::storyEdited);

    load(false);
}

const Problems &SourceView::problems() const
{
    return m_sourceEditor->problems();
}

void SourceView::setStories(const QStringList &paths)
{
    if (paths == m_paths)
        return;
    if (hasUnappliedEdits() && !apply())
        m_drafts.insert(m_path, m_sourceEditor->text());
    m_paths = paths;
    m_path = paths.size() == 1 ? paths.first() : QString();
    load(false);
}

void SourceView::reload()
{
    if (hasUnappliedEdits())
        m_notice->show();
    else
        load(true);
}

bool SourceView::hasUnappliedEdits() const
{
    return !m_path.isEmpty() && m_sourceEditor->text() != m_shownText;
}

void SourceView::discardEdits()
{
    m_drafts.clear();
    load(true);
}

void SourceView::load(bool sameStory)
{
    m_checkTimer.stop();
    m_notice->hide();
    m_failure.clear();
    const QScopedValueRollback loading(m_loading, true);
    const std::optional<QByteArray> bytes = m_path.isEmpty() ? std::nullopt : m_editor->text(m_path);
    if (!bytes) {
        m_placeholder->setText(m_paths.size() > 1 ? tr("Select one story to see its source.")
                                   : m_path.isEmpty() ? tr("Select a story to see its source.")
                                                      : tr("%1 cannot be read.").arg(QFileInfo(m_path).fileName()));
        m_pages->setCurrentWidget(m_placeholder);
        m_shownText.clear();
        m_sourceEditor->clear();
        showProblems({});
        showStatus();
        return;
    }
    m_pages->setCurrentIndex(1);
    m_shownText = StorySource::toText(*bytes);
    const QString draft = sameStory ? QString() : m_drafts.take(m_path);
    if (sameStory)
        m_sourceEditor->setText(m_shownText);   // the same story again: the cursor stays
    else
        m_sourceEditor->setPlainText(draft.isNull() ? m_shownText : draft);   // and its own undo history
    showProblems(StorySource::check(m_path, draft.isNull() ? *bytes : StorySource::toBytes(draft, *bytes)));
    showStatus();
}

void SourceView::storyEdited(const QString &path)
{
    if (path != m_path || m_applying)
        return;
    // An edit in the form (or undo, or a reload) shows here at once, unless it would replace
    // text typed here: that stays, and the notice says the story moved on.
    if (hasUnappliedEdits())
        m_notice->show();
    else
        load(true);
}

void SourceView::textChanged()
{
    if (m_loading)
        return;
    m_failure.clear();
    m_checkTimer.start();
    showStatus();
}

void SourceView::check()
{
    if (m_path.isEmpty())
        return;
    const std::optional<QByteArray> current = m_editor->text(m_path);
    if (current)
        showProblems(StorySource::check(m_path, StorySource::toBytes(m_sourceEditor->text(), *current)));
}

bool SourceView::apply()
{
    m_checkTimer.stop();
    if (!hasUnappliedEdits())
        return true;
    const std::optional<QByteArray> current = m_editor->text(m_path);
    if (!current)
        return false;
    const QString text = m_sourceEditor->text();
    const QByteArray bytes = StorySource::toBytes(text, *current);
    const Problems problems = StorySource::check(m_path, bytes);
    showProblems(problems);
    if (StorySource::hasErrors(problems)) {
        m_failure = tr("Not applied: the front matter does not parse. Fix the marked problems, or reload the story.");
    } else if (bytes != *current) {
        const QScopedValueRollback applying(m_applying, true);
        m_undoStack->push(new SetSourceCommand(m_editor, m_path, *current, bytes,
                                               tr("Edit Source of %1").arg(QFileInfo(m_path).fileName())));
        // The command is gone if the engine refused the text: ask the story what it holds.
        if (m_editor->text(m_path) != bytes)
            m_failure = tr("Not applied: the story could not take this text.");
    }
    if (m_failure.isEmpty()) {
        m_shownText = text;
        m_notice->hide();
    }
    showStatus();
    return m_failure.isEmpty();
}

void SourceView::showProblems(const Problems &problems)
{
    m_sourceEditor->setProblems(problems);
    m_problemList->clear();
    const QIcon error = QIcon::fromTheme(QStringLiteral("data-error"), style()->standardIcon(QStyle::SP_MessageBoxCritical));
    const QIcon warning = QIcon::fromTheme(QStringLiteral("data-warning"), style()->standardIcon(QStyle::SP_MessageBoxWarning));
    for (const Problem &problem : problems) {
        auto *item = new QListWidgetItem(problem.isError() ? error : warning, describe(problem), m_problemList);
        item->setData(ProblemLineRole, problem.line);
        item->setData(ProblemColumnRole, problem.column);
        item->setToolTip(tr("Go to the problem"));
    }
    m_problemList->setVisible(!problems.isEmpty());
    // As tall as its problems, up to a few: the text keeps the height.
    int height = 2 * m_problemList->frameWidth();
    for (int row = 0; row < qMin(m_problemList->count(), VisibleProblems); ++row)
        height += m_problemList->sizeHintForRow(row);
    m_problemList->setFixedHeight(height);
}

void SourceView::showStatus()
{
    const bool unapplied = hasUnappliedEdits();
    m_applyButton->setEnabled(unapplied);
    m_applyAction->setEnabled(unapplied);
    if (!m_failure.isEmpty())
        m_status->setText(m_failure);
    else if (unapplied)
        m_status->setText(tr("Edited here: Apply (%1) to make this the story's text.")
                              .arg(m_applyAction->shortcut().toString(QKeySequence::NativeText)));
    else
        m_status->clear();
    if (unapplied != m_unapplied) {
        m_unapplied = unapplied;
        Q_EMIT unappliedEditsChanged(unapplied);
    }
}

void SourceView::problemActivated(const QListWidgetItem *item)
{
    m_sourceEditor->goTo(item->data(ProblemLineRole).toInt(), item->data(ProblemColumnRole).toInt());
    m_sourceEditor->setFocus(Qt::OtherFocusReason);
}

} // namespace Storydesk
