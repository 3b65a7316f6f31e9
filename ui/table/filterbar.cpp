#include "filterbar.h"

#include "storysortfilterproxymodel.h"
#include "storytablemodel.h"
#include "topicindex.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <chrono>

namespace Storydesk {

namespace {

using namespace std::chrono_literals;

// Short enough to feel immediate, long enough that "facial recognition" filters
// 100,000 rows once rather than eighteen times.
constexpr auto TypingPause = 150ms;
constexpr auto VocabularyPause = 250ms;

// How much of the filter text the error shows before the caret, so a long query still
// points at its error in a narrow window.
constexpr qsizetype ErrorContext = 40;

// Refills `combo` with "any" plus `uses` (most used first), keeping the chosen entry,
// which stays listed (with no stories) if the folder no longer uses it.
void refill(QComboBox *combo, const QString &anyText, const QList<TopicIndex::Use> &uses)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const TopicIndex::Use &use : uses)
        combo->addItem(QStringLiteral("%1 (%2)").arg(use.name).arg(use.count), use.name);
    int index = combo->findData(chosen);
    if (index < 0) {
        combo->addItem(QStringLiteral("%1 (0)").arg(chosen), chosen);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

FilterBar::FilterBar(StorySortFilterProxyModel *proxy, const TopicIndex *topics, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_topics(topics)
    , m_search(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_published(new QComboBox(this))
    , m_topic(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_minimumQuality(new QSpinBox(this))
{
    setAccessibleName(tr("Filter bar"));

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search, or query: topic:AI -is:published quality:>=60 date:<7d"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Free words and \"phrases\" match title, excerpt, provider and topics.\n"
                            "Combine with and (or just a space), or, not / -, and (parentheses).\n"
                            "Fields: title: excerpt: url: (contain)  topic: provider: category: type: (exact)\n"
                            "quality:>=60  heat:<30  related:>2  date:>=2020-09-01  date:2026-10  date:<7d\n"
                            "has:image|related|topics|url|excerpt|date|quality|heat|provider|category|type\n"
                            "is:published|unpublished|modified|broken|invalid|duplicate"));

    // Monospaced, so the caret line sits under the character it points at.
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAutoFillBackground(true);
    {
        QPalette palette = m_error->palette();
        palette.setColor(QPalette::Window, QColor(0xfd, 0xe7, 0xe9));
        palette.setColor(QPalette::BrightText, QColor(0x9b, 0x1c, 0x1c));
        m_error->setPalette(palette);
    }
    m_error->setContentsMargins(4, 2, 4, 2);
    m_error->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_error->hide();

    m_published->setObjectName(QStringLiteral("publishedFilter"));
    m_published->setToolTip(tr("Published state"));
    m_published->addItem(tr("All stories"), QVariant::fromValue(StorySortFilterProxyModel::PublishedFilter::All));
    m_published->addItem(tr("Published"), QVariant::fromValue(StorySortFilterProxyModel::PublishedFilter::Published));
    m_published->addItem(tr("Unpublished"), QVariant::fromValue(StorySortFilterProxyModel::PublishedFilter::Unpublished));

    m_topic->setObjectName(QStringLiteral("topicFilter"));
    m_topic->setToolTip(tr("Only stories with this topic"));
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->setMinimumContentsLength(12);
    m_topic->setMaxVisibleItems(20);
    m_provider->setObjectName(QStringLiteral("providerFilter"));
    m_provider->setToolTip(tr("Only stories from this provider"));
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_provider->setMinimumContentsLength(12);
    m_provider->setMaxVisibleItems(20);

    m_minimumQuality->setObjectName(QStringLiteral("minimumQualityFilter"));
    m_minimumQuality->setToolTip(tr("Only stories of at least this quality"));
    m_minimumQuality->setRange(-1, 100);
    m_minimumQuality->setSingleStep(10);
    m_minimumQuality->setValue(-1);
    m_minimumQuality->setSpecialValueText(tr("Any quality"));
    m_minimumQuality->setPrefix(tr("Quality ≥ "));

    auto *quick = new QHBoxLayout;
    quick->setContentsMargins(0, 0, 0, 0);
    quick->addWidget(m_published);
    quick->addWidget(m_topic, 1);
    quick->addWidget(m_provider, 1);
    quick->addWidget(m_minimumQuality);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_error);
    layout->addLayout(quick);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(TypingPause);
    connect(&m_typingTimer, &QTimer::timeout, this, &FilterBar::applyText);
    connect(m_search, &QLineEdit::textEdited, &m_typingTimer, qOverload<>(&QTimer::start));
    // The clear button changes the text without textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyText();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyText();
        if (!m_error->isVisible())
            Q_EMIT searchAccepted();
    });

    connect(m_published, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setPublishedFilter(m_published->currentData().value<StorySortFilterProxyModel::PublishedFilter>());
    });
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTopic(m_topic->currentData().toString()); });
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setProvider(m_provider->currentData().toString()); });
    connect(m_minimumQuality, &QSpinBox::valueChanged, m_proxy, &StorySortFilterProxyModel::setMinimumQuality);

    m_vocabularyTimer.setSingleShot(true);
    m_vocabularyTimer.setInterval(VocabularyPause);
    connect(&m_vocabularyTimer, &QTimer::timeout, this, &FilterBar::rebuildVocabulary);
    connect(m_topics, &TopicIndex::changed, &m_vocabularyTimer, qOverload<>(&QTimer::start));
    rebuildVocabulary();

    // A filter on a field the site does not have (quality on a Hugo site) is not offered,
    // as its column is not shown.
    if (const auto *model = qobject_cast<const StoryTableModel *>(m_proxy->sourceModel())) {
        const auto follow = [this, model] {
            m_published->setVisible(model->isColumnBound(StoryTableModel::Published));
            m_topic->setVisible(model->isColumnBound(StoryTableModel::Topics));
            m_provider->setVisible(model->isColumnBound(StoryTableModel::Provider));
            m_minimumQuality->setVisible(model->isColumnBound(StoryTableModel::Quality));
        };
        connect(model, &StoryTableModel::columnsBoundChanged, this, follow);
        follow();
    }
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clearVocabularyFilters()
{
    m_topic->setCurrentIndex(0);
    m_provider->setCurrentIndex(0);
    rebuildVocabulary();
}

void FilterBar::clearFilters()
{
    m_search->clear();
    applyText();
    m_published->setCurrentIndex(0);
    m_topic->setCurrentIndex(0);
    m_provider->setCurrentIndex(0);
    m_minimumQuality->setValue(m_minimumQuality->minimum());
}

void FilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyText();
}

void FilterBar::applyText()
{
    m_typingTimer.stop();
    StoryFilter::ParseError error;
    if (m_proxy->setText(m_search->text(), &error))
        m_error->hide();
    else
        showError(error.position, error.message);
}

void FilterBar::showError(qsizetype position, const QString &message)
{
    // The query again, then a caret under the offending character, like a compiler does:
    // the line edit itself cannot mark a single character.
    const QString text = m_search->text();
    const qsizetype start = qMax<qsizetype>(0, position - ErrorContext);
    const QString shown = (start > 0 ? QStringLiteral("…") : QString()) + text.mid(start);
    const qsizetype caret = position - start + (start > 0 ? 1 : 0);
    m_error->setText(shown + QLatin1Char('\n') + QString(caret, QLatin1Char(' ')) + QStringLiteral("^ ") + message);
    m_error->setToolTip(tr("Character %1: %2").arg(position + 1).arg(message));
    m_error->show();
}

void FilterBar::rebuildVocabulary()
{
    m_vocabularyTimer.stop();
    refill(m_topic, tr("Any topic"), m_topics->topicUses());
    refill(m_provider, tr("Any provider"), m_topics->providerUses());
}

} // namespace Storydesk
