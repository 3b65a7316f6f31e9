#include "topicrenamedialog.h"

#include "setvaluecommand.h"
#include "storyeditor.h"
#include "storystore.h"
#include "topicindex.h"
#include "topicrename.h"
#include "topicrenamejob.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QStyle>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Storydesk {

namespace {

enum Column { TopicColumn, CountColumn, ColumnCount };

// The preview names this many stories; the count above it says how many there are in all.
constexpr int PreviewLimit = 1000;

bool sameTopic(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

TopicRenameDialog::TopicRenameDialog(StoryStore *store, StoryEditor *editor, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_editor(editor)
    , m_undoStack(undoStack)
    , m_search(new QLineEdit(this))
    , m_topics(new QStandardItemModel(0, ColumnCount, this))
    , m_topicFilter(new QSortFilterProxyModel(this))
    , m_topicView(new QTreeView(this))
    , m_newName(new QLineEdit(this))
    , m_nameNote(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_preview(new QListWidget(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_applyButton(m_buttons->addButton(tr("&Rename"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("topicRenameDialog"));
    setWindowTitle(tr("Rename or Merge Topics"));

    m_search->setObjectName(QStringLiteral("topicSearch"));
    m_search->setPlaceholderText(tr("Find a topic"));
    m_search->setClearButtonEnabled(true);

    m_topics->setHorizontalHeaderLabels({tr("Topic"), tr("Stories")});
    m_topicFilter->setSourceModel(m_topics);
    m_topicFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_topicFilter->setFilterKeyColumn(TopicColumn);
    m_topicView->setObjectName(QStringLiteral("topicList"));
    m_topicView->setModel(m_topicFilter);
    m_topicView->setRootIsDecorated(false);
    m_topicView->setUniformRowHeights(true);
    m_topicView->setAlternatingRowColors(true);
    m_topicView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topicView->header()->setStretchLastSection(false);
    m_topicView->header()->setSectionResizeMode(TopicColumn, QHeaderView::Stretch);
    m_topicView->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_topicView->setToolTip(tr("Tick the topics to rename; several are merged into one"));
    connect(m_search, &QLineEdit::textChanged, m_topicFilter, &QSortFilterProxyModel::setFilterFixedString);

    m_newName->setObjectName(QStringLiteral("newTopicName"));
    m_newName->setPlaceholderText(tr("The topic's new name"));
    auto *completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setModelSorting(QCompleter::UnsortedModel);   // most used first, as in the topic editor
    completer->setModel(new QStringListModel(m_store ? m_store->topicIndex()->topicsByUse() : QStringList(), completer));
    m_newName->setCompleter(completer);
    m_nameNote->setObjectName(QStringLiteral("newNameNote"));
    m_nameNote->setTextFormat(Qt::PlainText);   // topics come from story files
    m_nameNote->setWordWrap(true);

    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("previewList"));
    m_preview->setUniformItemSizes(true);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setFocusPolicy(Qt::NoFocus);

    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    connect(m_applyButton, &QPushButton::clicked, this, &TopicRenameDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TopicRenameDialog::reject);

    auto *topicsLabel = new QLabel(tr("&Topics to rename or merge:"), this);
    topicsLabel->setBuddy(m_topicView);
    auto *nameLabel = new QLabel(tr("&New name:"), this);
    nameLabel->setBuddy(m_newName);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(topicsLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_topicView, 3);
    auto *name = new QFormLayout;
    name->addRow(nameLabel, m_newName);
    layout->addLayout(name);
    layout->addWidget(m_nameNote);
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    m_planTimer.setSingleShot(true);
    m_planTimer.setInterval(150);
    connect(&m_planTimer, &QTimer::timeout, this, &TopicRenameDialog::updatePlan);
    connect(m_topics, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (item->column() != TopicColumn)
            return;
        // Until the editor types a name, it follows the first ticked topic: the usual case
        // is renaming it (a spelling, a capital), so it starts as the text to edit.
        const QStringList ticked = selectedTopics();
        if (!m_nameEdited && !ticked.isEmpty())
            m_newName->setText(ticked.constFirst());
        m_planTimer.start();
    });
    connect(m_newName, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_newName, &QLineEdit::textChanged, &m_planTimer, qOverload<>(&QTimer::start));

    fillTopics();
    resize(520, 620);
    updatePlan();
}

TopicRenameDialog::~TopicRenameDialog()
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
}

void TopicRenameDialog::fillTopics()
{
    if (!m_store)
        return;
    const QLocale locale;
    for (const TopicIndex::Use &use : m_store->topicIndex()->topicUses()) {
        auto *topic = new QStandardItem(use.name);
        topic->setCheckable(true);
        topic->setEditable(false);
        auto *count = new QStandardItem(locale.toString(use.count));
        count->setEditable(false);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_topics->appendRow({topic, count});
    }
}

void TopicRenameDialog::selectTopics(const QStringList &topics)
{
    const QSignalBlocker blocker(m_topics);
    QModelIndex first;
    for (int row = 0; row < m_topics->rowCount(); ++row) {
        QStandardItem *item = m_topics->item(row, TopicColumn);
        const bool tick = topics.contains(item->text());
        item->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
        if (tick && !first.isValid())
            first = item->index();
    }
    if (first.isValid())
        m_topicView->scrollTo(m_topicFilter->mapFromSource(first));
    m_topicView->viewport()->update();
    m_nameEdited = false;
    m_newName->setText(topics.value(0));
    updatePlan();
}

QStringList TopicRenameDialog::selectedTopics() const
{
    QStringList topics;
    for (int row = 0; row < m_topics->rowCount(); ++row) {
        const QStandardItem *item = m_topics->item(row, TopicColumn);
        if (item->checkState() == Qt::Checked)
            topics.append(item->text());
    }
    return topics;
}

void TopicRenameDialog::setNewName(const QString &name)
{
    m_nameEdited = true;
    m_newName->setText(name);
    updatePlan();
}

TopicRename TopicRenameDialog::currentRename() const
{
    return TopicRename(selectedTopics(), m_newName->text());
}

QString TopicRenameDialog::storyName(const QString &path) const
{
    return m_store ? QDir(m_store->folder()).relativeFilePath(path) : path;
}

void TopicRenameDialog::updatePlan()
{
    m_planTimer.stop();
    if (isApplying())
        return;
    const TopicRename rename = currentRename();
    const QStringList ticked = rename.from();
    const QString name = rename.to();

    // What the name means: a rename, a respelling, or a merge into a topic in use.
    int existing = 0;
    if (m_store && !name.isEmpty()) {
        for (const TopicIndex::Use &use : m_store->topicIndex()->topicUses()) {
            if (sameTopic(use.name, name) && !rename.matches(use.name))
                existing += use.count;
        }
    }
    const bool merge = rename.isMerge() || existing > 0;
    QString note;
    if (ticked.isEmpty())
        note = tr("Tick one topic to rename it, or several to merge them.");
    else if (name.isEmpty())
        note = tr("Type the new name.");
    else if (existing > 0)
        note = tr("“%1” is already a topic, of %Ln stories: this merges into it.", nullptr, existing).arg(name);
    else if (rename.isMerge())
        note = tr("The %Ln topics become one: “%1”.", nullptr, int(ticked.size())).arg(name);
    else if (sameTopic(ticked.constFirst(), name) && ticked.constFirst() != name)
        note = tr("Every spelling of “%1” becomes “%2”.").arg(ticked.constFirst(), name);
    m_nameNote->setText(note);
    m_nameNote->setVisible(!note.isEmpty());
    m_applyButton->setText(merge ? tr("&Merge") : tr("&Rename"));

    TopicRename::Plan plan = rename.isValid() && m_store ? rename.plan(*m_store) : TopicRename::Plan();
    m_planned = plan.stories;
    m_preview->clear();
    const QLocale locale;
    if (!rename.isValid())
        m_previewLabel->setText(tr("Stories that change: none yet."));
    else if (m_planned.isEmpty())
        m_previewLabel->setText(tr("No story changes: every story with these topics already has them as “%1”.").arg(name));
    else
        m_previewLabel->setText(tr("%Ln stories change (only their topics):", nullptr, int(m_planned.size())));
    for (const QString &path : std::as_const(m_planned).first(qMin<qsizetype>(m_planned.size(), PreviewLimit))) {
        // The file is what changes; its title, on hover, says which story it is.
        auto *item = new QListWidgetItem(storyName(path), m_preview);
        if (const int row = m_store->indexOf(path); row >= 0)
            item->setToolTip(m_store->summary(row).title);
    }
    if (m_planned.size() > PreviewLimit)
        m_preview->addItem(tr("… and %1 more").arg(locale.toString(m_planned.size() - PreviewLimit)));
    if (rename.isValid()) {
        // Their topics cannot be read: the rename cannot reach them, and says so before it runs.
        const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        for (const QString &path : std::as_const(plan.broken))
            m_preview->addItem(new QListWidgetItem(warning, tr("%1 (cannot be read: skipped)").arg(storyName(path))));
    }
    m_progressLabel->clear();
    updateButtons();
}

void TopicRenameDialog::updateButtons()
{
    m_applyButton->setEnabled(!isApplying() && !m_planned.isEmpty() && m_editor);
}

bool TopicRenameDialog::isApplying() const
{
    return m_job && m_job->isRunning();
}

void TopicRenameDialog::setBusy(bool busy)
{
    m_search->setEnabled(!busy);
    m_topicView->setEnabled(!busy);
    m_newName->setEnabled(!busy);
    m_progress->setVisible(busy);
    updateButtons();
}

void TopicRenameDialog::apply()
{
    if (isApplying() || !m_store || !m_editor)
        return;
    updatePlan();   // what was typed in the last moments counts
    if (m_planned.isEmpty())
        return;
    delete m_job;
    m_job = new TopicRenameJob(m_store, m_editor, currentRename(), this);
    const int total = int(m_job->plan().stories.size());
    m_progress->setRange(0, 2 * total);
    m_progress->setValue(0);
    connect(m_job, &TopicRenameJob::progress, this, [this, total](TopicRenameJob::Phase phase, int done, int) {
        const QLocale locale;
        const bool reading = phase == TopicRenameJob::Phase::Reading;
        m_progress->setValue(reading ? done : total + done);
        m_progressLabel->setText((reading ? tr("Reading stories: %1 of %2") : tr("Changing topics: %1 of %2"))
                                     .arg(locale.toString(done), locale.toString(total)));
    });
    connect(m_job, &TopicRenameJob::finished, this, &TopicRenameDialog::jobFinished);
    connect(m_job, &TopicRenameJob::cancelled, this, &TopicRenameDialog::jobCancelled);
    m_job->start();
    setBusy(true);
}

void TopicRenameDialog::jobFinished()
{
    setBusy(false);
    const TopicRename &rename = m_job->rename();
    const EditPlan applied = m_job->appliedPlan();
    const int changed = int(applied.changes().size());
    if (!applied.isEmpty() && m_undoStack) {
        const QString text = rename.isMerge() ? tr("Merge Topics into “%1”").arg(rename.to())
                                              : tr("Rename Topic “%1” to “%2”").arg(rename.from().constFirst(), rename.to());
        m_undoStack->push(SetValueCommand::alreadyApplied(m_editor, applied, text));
    }
    m_outcome = tr("Topics changed in %Ln stories: Save All writes them.", nullptr, changed);
    const QStringList failures = m_job->failures();
    if (failures.isEmpty()) {
        accept();
        return;
    }
    // Stay open to say which stories were left out; the others are changed (and undoable).
    m_outcome += QLatin1Char(' ') + tr("%Ln stories could not be changed.", nullptr, int(failures.size()));
    m_previewLabel->setText(m_outcome);
    m_preview->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString &failure : failures)
        m_preview->addItem(new QListWidgetItem(warning, failure));
    m_topicView->setEnabled(false);
    m_newName->setEnabled(false);
    m_search->setEnabled(false);
    m_applyButton->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

void TopicRenameDialog::jobCancelled()
{
    setBusy(false);
    m_progressLabel->setText(tr("Cancelled: no story was changed."));
}

void TopicRenameDialog::reject()
{
    // Cancel (or Escape) first stops the work in progress; the next one closes.
    if (isApplying()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Storydesk
