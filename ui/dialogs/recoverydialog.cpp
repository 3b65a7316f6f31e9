#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Storydesk {

RecoveryDialog::RecoveryDialog(const QString &folder, const QList<RecoveryEntry> &entries, const QStringList &problems,
                               QWidget *parent)
    : QDialog(parent)
    , m_stories(new QTreeWidget(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Edits"));

    auto *intro = new QLabel(tr("Storydesk stopped before these stories of %1 were saved. "
                                "Recover puts their edits back, unsaved, as one step you can undo.")
                                 .arg(QDir::toNativeSeparators(folder)),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_stories->setObjectName(QStringLiteral("recoveredStories"));
    m_stories->setColumnCount(3);
    m_stories->setHeaderLabels({tr("Story"), tr("File"), tr("Changes")});
    m_stories->setRootIsDecorated(false);
    m_stories->setUniformRowHeights(true);
    m_stories->setSelectionMode(QAbstractItemView::NoSelection);
    m_stories->setFocusPolicy(Qt::NoFocus);   // Return goes to the default button
    for (const RecoveryEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_stories, {entry.title(), QDir::toNativeSeparators(entry.relativePath), entry.changes().summary()});
        item->setToolTip(0, entry.title());
        item->setToolTip(1, QDir::toNativeSeparators(entry.path()));
        item->setToolTip(2, entry.changes().descriptions().join(QLatin1Char('\n')));
    }
    m_stories->header()->setStretchLastSection(true);
    // Titles and file names as wide as they are, within reason: the changes take the rest.
    for (int column : {0, 1}) {
        m_stories->resizeColumnToContents(column);
        m_stories->setColumnWidth(column, qMin(m_stories->columnWidth(column) + 16, column == 0 ? 400 : 280));
    }
    // As tall as its stories (up to a dozen, then it scrolls), not a screenful of blank rows.
    const int rows = qBound(3, int(entries.size()), 12);
    const int rowHeight = entries.isEmpty() ? fontMetrics().height() + 4 : m_stories->sizeHintForRow(0);
    m_stories->setMinimumHeight(m_stories->header()->sizeHint().height() + rows * rowHeight + rowHeight / 2 + 2 * m_stories->frameWidth());

    m_problems->setObjectName(QStringLiteral("recoveryProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setText(tr("Journal entries that could not be read were skipped:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_later->setToolTip(tr("Keep the edits in the journal: this dialog asks again when the folder next opens."));
    m_discard->setToolTip(tr("Drop the edits for good: the stories stay as they are on disk."));
    m_recover->setDefault(true);
    m_recover->setFocus(Qt::OtherFocusReason);
    connect(m_recover, &QPushButton::clicked, this, [this] { choose(UserPrompts::RecoveryChoice::Recover); });
    connect(m_discard, &QPushButton::clicked, this, [this] { choose(UserPrompts::RecoveryChoice::Discard); });
    connect(m_later, &QPushButton::clicked, this, [this] { choose(UserPrompts::RecoveryChoice::Later); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_stories, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(qMax(960, sizeHint().width()), minimumSizeHint().height());
}

void RecoveryDialog::choose(UserPrompts::RecoveryChoice choice)
{
    m_choice = choice;
    if (choice == UserPrompts::RecoveryChoice::Later)
        reject();
    else
        accept();
}

} // namespace Storydesk
