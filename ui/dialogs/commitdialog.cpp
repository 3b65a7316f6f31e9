#include "commitdialog.h"

#include "storyeditor.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Storydesk {

namespace {

constexpr int PathRole = Qt::UserRole;

QString stateText(GitFileState state)
{
    switch (state) {
    case GitFileState::New:
        return CommitDialog::tr("new");
    case GitFileState::Deleted:
        return CommitDialog::tr("deleted");
    case GitFileState::Conflict:
        return CommitDialog::tr("conflict");
    default:
        return CommitDialog::tr("changed");
    }
}

} // namespace

CommitDialog::CommitDialog(const QString &siteFolder, StoryEditor *editor, std::function<bool()> saveAll, QWidget *parent)
    : QDialog(parent)
    , m_siteFolder(siteFolder)
    , m_editor(editor)
    , m_saveAll(std::move(saveAll))
{
    setObjectName(QStringLiteral("commitDialog"));
    setWindowTitle(tr("Commit Stories"));
    auto *layout = new QVBoxLayout(this);

    m_unsavedBox = new QWidget(this);
    auto *unsavedLayout = new QHBoxLayout(m_unsavedBox);
    unsavedLayout->setContentsMargins(0, 0, 0, 0);
    m_unsavedLabel = new QLabel(m_unsavedBox);
    m_unsavedLabel->setObjectName(QStringLiteral("unsavedLabel"));
    m_unsavedLabel->setTextFormat(Qt::PlainText);
    m_unsavedLabel->setWordWrap(true);
    m_saveAllButton = new QPushButton(tr("Save &All First"), m_unsavedBox);
    m_saveAllButton->setObjectName(QStringLiteral("saveAllFirst"));
    unsavedLayout->addWidget(m_unsavedLabel, 1);
    unsavedLayout->addWidget(m_saveAllButton);
    layout->addWidget(m_unsavedBox);

    auto *storiesLabel = new QLabel(tr("&Stories saved but not committed:"), this);
    layout->addWidget(storiesLabel);
    m_stories = new QTreeWidget(this);
    m_stories->setObjectName(QStringLiteral("commitStories"));
    m_stories->setRootIsDecorated(false);
    m_stories->setUniformRowHeights(true);
    m_stories->setHeaderLabels({tr("Story"), tr("State"), tr("What changed")});
    m_stories->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_stories->header()->setStretchLastSection(true);
    m_stories->setColumnWidth(0, 300);
    m_stories->setColumnWidth(1, 80);
    storiesLabel->setBuddy(m_stories);
    layout->addWidget(m_stories, 2);

    auto *messageLabel = new QLabel(tr("&Message (generated from the checked stories until you type in it):"), this);
    layout->addWidget(messageLabel);
    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(QStringLiteral("commitMessage"));
    m_message->setTabChangesFocus(true);
    messageLabel->setBuddy(m_message);
    layout->addWidget(m_message, 1);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("commitNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);   // the git config lines are to be copied
    layout->addWidget(m_notice);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_commitButton = m_buttons->addButton(tr("&Commit"), QDialogButtonBox::AcceptRole);
    m_commitButton->setObjectName(QStringLiteral("commitButton"));
    m_commitButton->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_saveAllButton, &QPushButton::clicked, this, &CommitDialog::saveAllFirst);
    connect(m_stories, &QTreeWidget::itemChanged, this, [this] {
        updateMessage();
        updateState();
    });
    connect(m_message, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingMessage)
            m_messageTyped = true;
        updateState();
    });
    connect(m_commitButton, &QPushButton::clicked, this, &CommitDialog::commit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CommitDialog::reject);
    connect(&m_reading, &QFutureWatcher<CommitPlan>::finished, this, [this] {
        m_plan = m_reading.result();
        m_planKnown = true;
        fill();
        Q_EMIT planRead();
    });
    connect(&m_committing, &QFutureWatcher<GitCommitResult>::finished, this, &CommitDialog::commitFinished);
    if (m_editor)
        connect(m_editor, &StoryEditor::modifiedChanged, this, &CommitDialog::updateUnsaved);

    resize(860, 560);
    updateUnsaved();
    refresh();
}

CommitDialog::~CommitDialog()
{
    m_cancel = true;
    m_reading.waitForFinished();
    m_committing.waitForFinished();
}

void CommitDialog::refresh()
{
    if (isBusy())
        return;
    m_cancel = false;
    m_reading.setFuture(QtConcurrent::run([folder = m_siteFolder, cancel = &m_cancel] { return CommitPlan::read(folder, {}, cancel); }));
    updateState();
}

void CommitDialog::fill()
{
    // Keeps the editor's unticks across a refresh (after Save All).
    QStringList unchecked;
    for (int i = 0; i < m_stories->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_stories->topLevelItem(i);
        if (item->checkState(0) == Qt::Unchecked)
            unchecked.append(item->data(0, PathRole).toString());
    }
    const QSignalBlocker blocker(m_stories);
    m_stories->clear();
    for (const CommitPlan::Story &story : m_plan.stories()) {
        auto *item = new QTreeWidgetItem(m_stories);
        item->setData(0, PathRole, story.path);
        item->setText(0, story.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, unchecked.contains(story.path) ? Qt::Unchecked : Qt::Checked);
        item->setText(1, stateText(story.state));
        item->setText(2, story.changes.summary());
        item->setToolTip(2, story.changes.descriptions().join(QLatin1Char('\n')));
    }
    updateUnsaved();
    updateMessage();
    updateState();
}

QTreeWidgetItem *CommitDialog::itemOf(const QString &path) const
{
    for (int i = 0; i < m_stories->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_stories->topLevelItem(i);
        if (item->data(0, PathRole).toString() == path)
            return item;
    }
    return nullptr;
}

QStringList CommitDialog::listedPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_stories->topLevelItemCount(); ++i)
        paths.append(m_stories->topLevelItem(i)->data(0, PathRole).toString());
    return paths;
}

QStringList CommitDialog::checkedPaths() const
{
    QStringList paths;
    for (int i = 0; i < m_stories->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_stories->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            paths.append(item->data(0, PathRole).toString());
    }
    return paths;
}

void CommitDialog::setChecked(const QString &path, bool checked)
{
    if (QTreeWidgetItem *item = itemOf(path))
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

QString CommitDialog::changesShown(const QString &path) const
{
    const QTreeWidgetItem *item = itemOf(path);
    return item ? item->text(2) : QString();
}

QString CommitDialog::message() const
{
    return m_message->toPlainText();
}

void CommitDialog::setMessage(const QString &message)
{
    m_message->setPlainText(message);
}

void CommitDialog::updateMessage()
{
    if (m_messageTyped)
        return;
    m_settingMessage = true;
    m_message->setPlainText(m_plan.message(checkedPaths()));
    m_settingMessage = false;
}

QStringList CommitDialog::unsavedStories() const
{
    QStringList paths;
    if (!m_editor)
        return paths;
    const QDir site(m_siteFolder);
    for (const QString &path : m_editor->modifiedStories())
        paths.append(site.relativeFilePath(path));
    paths.sort();
    return paths;
}

void CommitDialog::updateUnsaved()
{
    const QStringList unsaved = unsavedStories();
    m_unsavedBox->setVisible(!unsaved.isEmpty());
    m_unsavedLabel->setText(
        tr("%Ln story(ies) with unsaved edits: unsaved edits are never committed. Save them first to commit them.", nullptr, int(unsaved.size()))
        + (unsaved.size() <= 3 ? QStringLiteral(" (%1)").arg(unsaved.join(QStringLiteral(", "))) : QString()));
    // A listed story with unsaved edits commits its saved version: the row says so.
    for (int i = 0; i < m_stories->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_stories->topLevelItem(i);
        const bool hasUnsaved = unsaved.contains(item->data(0, PathRole).toString());
        QFont font = item->font(0);
        font.setItalic(hasUnsaved);
        const QSignalBlocker blocker(m_stories);
        item->setFont(0, font);
        item->setToolTip(0, hasUnsaved ? tr("Has unsaved edits too: only the saved version is committed.") : QString());
    }
}

void CommitDialog::saveAllFirst()
{
    if (!m_saveAll)
        return;
    m_saveAll();
    updateUnsaved();
    refresh();
}

QString CommitDialog::notice() const
{
    return m_notice->text();
}

void CommitDialog::updateState()
{
    QString notice;
    if (m_reading.isRunning())
        notice = tr("Reading what changed…");
    else if (m_committing.isRunning())
        notice = tr("Committing…");
    else if (m_result.status != GitCommitResult::Status::Committed && !m_result.message.isEmpty())
        notice = tr("Not committed: %1").arg(m_result.message);
    else if (m_planKnown && m_plan.refusal() != CommitPlan::Refusal::None)
        notice = m_plan.refusalText();
    else if (m_planKnown && checkedPaths().isEmpty())
        notice = tr("Check the stories to commit.");
    else if (m_planKnown && message().trimmed().isEmpty())
        notice = tr("Write a message: it says what was decided.");
    m_notice->setText(notice);

    const bool ready = m_planKnown && !isBusy() && m_plan.refusal() == CommitPlan::Refusal::None && !checkedPaths().isEmpty()
        && !message().trimmed().isEmpty();
    m_commitButton->setEnabled(ready);
    m_saveAllButton->setEnabled(!isBusy());
}

void CommitDialog::commit()
{
    if (isBusy() || !m_commitButton->isEnabled())
        return;
    m_result = {};
    m_committing.setFuture(QtConcurrent::run([plan = m_plan, paths = checkedPaths(), message = message()] {
        return plan.commit(paths, message);
    }));
    updateState();
}

void CommitDialog::commitFinished()
{
    m_result = m_committing.result();
    updateState();
    Q_EMIT commitEnded();
    if (m_result.ok())
        accept();
}

QString CommitDialog::outcome() const
{
    if (!m_result.ok())
        return {};
    return tr("Committed %Ln story(ies) (%1)", nullptr, int(m_result.paths.size())).arg(m_result.commit.left(7));
}

void CommitDialog::reject()
{
    m_cancel = true;
    QDialog::reject();
}

} // namespace Storydesk
