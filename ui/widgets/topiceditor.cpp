#include "topiceditor.h"

#include "flowlayout.h"
#include "topicchip.h"
#include "topicindex.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolTip>

namespace Storydesk {

namespace {

QString folded(const QString &topic)
{
    return topic.toCaseFolded();
}

} // namespace

TopicEditor::TopicEditor(const TopicIndex *index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_flow(new FlowLayout(this))
    , m_lineEdit(new QLineEdit(this))
    , m_completions(new QStringListModel(this))
    , m_completer(new QCompleter(m_completions, this))
{
    setAccessibleName(tr("Topics"));
    // As wide as the form allows, as tall as its chips need at that width.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setFocusProxy(m_lineEdit);
    m_flow->setContentsMargins(0, 0, 0, 0);

    m_lineEdit->setObjectName(QStringLiteral("topicLineEdit"));
    m_lineEdit->setPlaceholderText(tr("Add a topic…"));
    m_lineEdit->setAccessibleName(tr("Add a topic"));
    m_lineEdit->setAccessibleDescription(tr("Enter or comma adds the topic; Backspace in the empty field removes the last topic"));
    m_lineEdit->setClearButtonEnabled(false);
    m_lineEdit->setMinimumWidth(m_lineEdit->fontMetrics().averageCharWidth() * 18);
    m_lineEdit->installEventFilter(this);
    m_flow->addWidget(m_lineEdit);

    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setFilterMode(Qt::MatchContains);
    // The list is already most used first: keep that order.
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->setMaxVisibleItems(12);
    m_lineEdit->setCompleter(m_completer);

    connect(m_lineEdit, &QLineEdit::textEdited, this, &TopicEditor::textEdited);
    connect(m_lineEdit, &QLineEdit::returnPressed, this, &TopicEditor::returnPressed);
    // Picked from the list: added at once. Enter on a row reaches the field first (with the
    // row's text in it, added by returnPressed()) and completes afterwards: not twice. The
    // line edit takes the picked text after this slot ran: it is cleared once that is done.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &topic) {
        if (m_committed.isEmpty() || topic.compare(m_committed, Qt::CaseInsensitive) != 0)
            add({topic});
        m_committed.clear();
        QMetaObject::invokeMethod(m_lineEdit, &QLineEdit::clear, Qt::QueuedConnection);
    });

    m_indexTimer.setSingleShot(true);
    m_indexTimer.setInterval(0);
    connect(&m_indexTimer, &QTimer::timeout, this, &TopicEditor::readIndex);
    if (m_index)
        connect(m_index, &TopicIndex::changed, &m_indexTimer, qOverload<>(&QTimer::start));
    readIndex();
}

void TopicEditor::setTopics(const QList<Topic> &topics, int storyCount)
{
    const bool sameNames = topics.size() == m_topics.size()
                           && std::equal(topics.cbegin(), topics.cend(), m_topics.cbegin(),
                                         [](const Topic &a, const Topic &b) { return a.name == b.name; });
    m_topics = topics;
    m_storyCount = storyCount;
    if (!sameNames)
        rebuildChips();
    for (qsizetype i = 0; i < m_chips.size(); ++i)
        m_chips.at(i)->setCoverage(m_topics.at(i).storyCount, m_storyCount);
    updateNewMarkers();
    updateCompletions();
}

QStringList TopicEditor::topics() const
{
    QStringList names;
    for (const Topic &topic : m_topics)
        names.append(topic.name);
    return names;
}

void TopicEditor::focusEditor()
{
    m_lineEdit->setFocus(Qt::ShortcutFocusReason);
}

void TopicEditor::rebuildChips()
{
    // Keep the keyboard where it was: on the same topic, else on the chip that took the
    // removed one's place, else in the field.
    qsizetype focusedAt = -1;
    QString focusedTopic;
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        if (m_chips.at(i)->hasFocus()) {
            focusedAt = i;
            focusedTopic = m_chips.at(i)->topic();
        }
    }
    for (TopicChip *chip : std::as_const(m_chips)) {
        m_flow->removeWidget(chip);
        chip->hide();
        chip->deleteLater();   // it may be the sender of the request that led here
    }
    m_chips.clear();

    // Chips are made after the field; in the tab order they come before it, after the
    // widget that tabs to the field. setTabOrder() ignores widgets that take no focus.
    QWidget *previous = m_lineEdit->previousInFocusChain();
    while (previous != m_lineEdit && !(previous->focusPolicy() & Qt::TabFocus))
        previous = previous->previousInFocusChain();
    for (const Topic &topic : std::as_const(m_topics)) {
        auto *chip = new TopicChip(topic.name, this);
        connect(chip, &TopicChip::removeRequested, this, &TopicEditor::removeRequested);
        m_flow->insertWidget(int(m_chips.size()), chip);
        if (previous != m_lineEdit) {
            setTabOrder(previous, chip);
            previous = chip;
        }
        m_chips.append(chip);
        chip->show();
    }
    if (previous != m_lineEdit)
        setTabOrder(previous, m_lineEdit);

    if (focusedAt >= 0) {
        QWidget *next = m_lineEdit;
        if (TopicChip *same = chipFor(focusedTopic))
            next = same;
        else if (focusedAt < m_chips.size())
            next = m_chips.at(focusedAt);
        next->setFocus(Qt::OtherFocusReason);
    }
}

void TopicEditor::readIndex()
{
    m_uses.clear();
    m_spelling.clear();
    if (m_index) {
        // Most used first: the first spelling seen of a topic is its most used one.
        for (const TopicIndex::Use &use : m_index->topicUses()) {
            const QString key = folded(use.name);
            m_uses[key] += use.count;
            if (!m_spelling.contains(key))
                m_spelling.insert(key, use.name);
        }
    }
    updateNewMarkers();
    updateCompletions();
}

void TopicEditor::updateCompletions()
{
    if (!m_index)
        return;
    QStringList completions;
    for (const QString &topic : m_index->topicsByUse()) {
        const TopicChip *chip = chipFor(topic);
        if (!chip || chip->isPartial())
            completions.append(topic);
    }
    if (completions != m_completions->stringList())
        m_completions->setStringList(completions);
}

void TopicEditor::updateNewMarkers()
{
    for (qsizetype i = 0; i < m_chips.size(); ++i) {
        // New to the site: added here when no story had it, and still no story but the
        // ones being edited uses it.
        const QString key = folded(m_topics.at(i).name);
        const bool isNew = m_index && m_introduced.contains(key) && m_uses.value(key) <= m_topics.at(i).storyCount;
        m_chips.at(i)->setNew(isNew);
    }
}

TopicChip *TopicEditor::chipFor(const QString &topic) const
{
    for (TopicChip *chip : m_chips) {
        if (chip->topic().compare(topic, Qt::CaseInsensitive) == 0)
            return chip;
    }
    return nullptr;
}

void TopicEditor::textEdited(const QString &text)
{
    m_committed.clear();
    // A comma ends a topic, typed or pasted ("AI, Policy, Space"); what follows the last
    // comma stays in the field.
    if (!text.contains(QLatin1Char(',')))
        return;
    QStringList parts = text.split(QLatin1Char(','));
    const QString rest = parts.takeLast();
    add(parts);
    m_lineEdit->setText(rest.trimmed());
}

void TopicEditor::returnPressed()
{
    m_committed = m_lineEdit->text().simplified();
    add({m_committed});
    m_lineEdit->clear();
    m_completer->popup()->hide();
}

void TopicEditor::add(const QStringList &typed)
{
    QStringList topics;
    for (const QString &text : typed) {
        const QString topic = text.simplified();
        if (topic.isEmpty())
            continue;
        if (TopicChip *chip = chipFor(topic)) {
            if (!chip->isPartial()) {
                // Already there: show where, gently; nothing to undo, nothing to confirm.
                chip->flash();
                QToolTip::showText(m_lineEdit->mapToGlobal(QPoint(0, m_lineEdit->height())),
                                   tr("“%1” is already a topic").arg(chip->topic()), m_lineEdit);
                continue;
            }
            topics.append(chip->topic());   // on some stories: add it to the others
            continue;
        }
        const bool twice = std::any_of(topics.cbegin(), topics.cend(), [&](const QString &t) { return t.compare(topic, Qt::CaseInsensitive) == 0; });
        if (!twice)
            topics.append(m_spelling.value(folded(topic), topic));
    }
    for (const QString &topic : std::as_const(topics)) {
        if (!m_uses.contains(folded(topic)))
            m_introduced.insert(folded(topic));
    }
    if (!topics.isEmpty())
        Q_EMIT addRequested(topics);
}

bool TopicEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_lineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Backspace && key->modifiers() == Qt::NoModifier && m_lineEdit->text().isEmpty() && !m_chips.isEmpty()) {
            Q_EMIT removeRequested(m_chips.last()->topic());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Storydesk
