#include "summaryreader.h"

#include "conflictmarkers.h"
#include "fieldplan.h"
#include "filehead.h"
#include "libyamleventsource.h"
#include "storyfile.h"
#include "searchkey.h"
#include "storyschema.h"
#include "yamlguard.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <memory>
#include <streambuf>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Storydesk {

namespace {

// A scalar for the fields StorySummary keeps as UTF-8 bytes. The front matter is valid
// UTF-8, but a YAML escape can still spell an invalid sequence (a lone surrogate): that is
// replaced as QString would, so the bytes always convert back to the same text.
QByteArray utf8Of(const std::string &value)
{
    QByteArray bytes = QByteArray::fromStdString(value);
    if (!QByteArrayView(bytes).isValidUtf8())
        bytes = QString::fromUtf8(bytes).toUtf8();
    return bytes;
}

// Lets yaml-cpp read the front matter in place instead of from a copied std::string.
class ByteStreamBuffer final : public std::streambuf
{
public:
    explicit ByteStreamBuffer(QByteArrayView bytes)
    {
        char *begin = const_cast<char *>(bytes.data()); // streambuf wants char*; we only read
        setg(begin, begin, begin + bytes.size());
    }
};

// Turns byte offsets of the front matter into the file's 1-based lines and columns
// (columns in characters, as editors count them).
class Locator
{
public:
    Locator(QByteArrayView yaml, int firstLine) : m_yaml(yaml), m_firstLine(firstLine) {}

    Problem at(qsizetype offset, Problem::Severity severity, const QString &message) const
    {
        return Problem::at(m_yaml, offset, m_firstLine, severity, message);
    }

    Problem at(const YAML::Mark &mark, Problem::Severity severity, const QString &message) const
    {
        if (mark.is_null() || mark.pos < 0)
            return Problem{severity, m_firstLine, 1, message};
        return at(qsizetype(mark.pos), severity, message);
    }

    // yaml-cpp marks an empty value where the next token starts, often on a later line;
    // the editor looks for the `-` or `:` that has nothing after it.
    Problem atEmpty(const YAML::Mark &mark, Problem::Severity severity, const QString &message) const
    {
        if (mark.is_null() || mark.pos < 0)
            return at(mark, severity, message);
        qsizetype offset = qMin(qsizetype(mark.pos), m_yaml.size());
        while (offset > 0 && QByteArrayView(" \t\r\n").contains(m_yaml.at(offset - 1)))
            --offset;
        return at(qMax(qsizetype(0), offset - 1), severity, message);
    }

    QByteArrayView yaml() const { return m_yaml; }

private:
    QByteArrayView m_yaml;
    int m_firstLine;
};

// Collects the summary's fields from yaml-cpp's events. A stack of frames says where in
// the document each event falls; anything outside the story's fields is skipped without
// converting it.
class SummaryEventHandler final : public YAML::EventHandler
{
public:
    // `plan`: the site's field map, or nullptr for the story format (read by the rules below).
    SummaryEventHandler(StorySummary *summary, const Locator &locator, const FieldPlan *plan)
        : m_summary(summary), m_locator(locator), m_plan(plan) {}

    // The top-level keys and their short scalar values, for `field:KEY` queries.
    void takeFields(StorySummary *summary)
    {
        summary->fieldKeys = std::move(m_fieldKeys);
        if (m_hasFieldValue)
            summary->fieldValues = std::move(m_fieldValues);
    }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        countExpansion(mark, anchor, 1, 1);
        scalar(mark, std::string(), Value::Null);
    }
    // Aliases are rare in stories and not followed: the field reads as missing.
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        const Extent extent = it == m_anchors.end() ? Extent{1, 1} : it->second;
        countExpansion(mark, YAML::NullAnchor, extent.values, extent.height);
        scalar(mark, std::string(), Value::Alias);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &value) override
    {
        countExpansion(mark, anchor, 1, 1);
        const QByteArrayView yaml = m_locator.yaml();
        const bool quoted = mark.pos >= 0 && mark.pos < yaml.size() && (yaml.at(mark.pos) == '"' || yaml.at(mark.pos) == '\'');
        m_lastQuote = quoted ? qsizetype(mark.pos) : -1;
        scalar(mark, value, quoted ? Value::QuotedText : Value::Text);
    }

    // yaml-cpp lets a quoted scalar run to the end of the input without its closing quote.
    // Such a scalar swallows the rest of the front matter, so it is always the last one:
    // returns the offset of its opening quote when it is never closed, else -1.
    qsizetype unclosedQuote() const
    {
        if (m_lastQuote < 0)
            return -1;
        const QByteArrayView yaml = m_locator.yaml();
        const char quote = yaml.at(m_lastQuote);
        for (qsizetype i = m_lastQuote + 1; i < yaml.size(); ++i) {
            if (quote == '"' && yaml.at(i) == '\\')
                ++i;
            else if (yaml.at(i) == quote && quote == '\'' && i + 1 < yaml.size() && yaml.at(i + 1) == '\'')
                ++i;
            else if (yaml.at(i) == quote)
                return -1;
        }
        return m_lastQuote;
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        startContainer(mark, false, anchor);
    }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        startContainer(mark, true, anchor);
    }

    // Where the front matter, with its aliases followed, grows past what the document
    // (YamlValue::fromNode) accepts: a billion laughs is a broken row, not a row that fails
    // only when edited. Nullopt when it stays within the limits.
    const std::optional<Problem> &expansionProblem() const { return m_expansionProblem; }
    void OnSequenceEnd() override { endContainer(); }
    void OnMapEnd() override { endContainer(); }

private:
    enum class Value { Text, QuotedText, Null, Alias };

    // Where a container sits in a story.
    // Mapped: a map or list on the way to a key the site's field map binds (planNode says where).
    enum class Slot { Skip, Top, Provider, ProviderImages, ProviderLogo, Topics, Images, FirstImage, Related, RelatedEntry, Mapped };

    struct Frame
    {
        Slot slot = Slot::Skip;
        bool isMap = false;
        bool expectingKey = true;  // maps alternate key, value
        std::string key;           // maps: the key whose value comes next
        int index = 0;             // sequences: index of the next item
        int planNode = FieldPlan::Nowhere; // Mapped: the field plan's node of this container
        YAML::Mark mark;
        bool hasWebUrl = false;    // related entries
        YAML::anchor_t anchor = YAML::NullAnchor;
        qint64 valuesBefore = 0;   // expanded values counted before this container
        int childHeight = 0;       // the tallest child, aliases followed
    };

    // What an anchored node stands for wherever an alias repeats it.
    struct Extent
    {
        qint64 values = 1;
        int height = 1;            // levels, the node itself included
    };

    // Counts a node as if every alias were replaced by what it refers to.
    void countExpansion(const YAML::Mark &mark, YAML::anchor_t anchor, qint64 values, int height)
    {
        m_expandedValues += values;
        if (!m_stack.empty())
            m_stack.back().childHeight = qMax(m_stack.back().childHeight, height);
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = Extent{values, height};
        if (m_expansionProblem)
            return;
        if (m_expandedValues > YamlGuard::MaxExpandedValues)
            m_expansionProblem = m_locator.at(mark, Problem::Severity::Error, YamlGuard::tooManyValuesMessage());
        else if (qsizetype(m_stack.size()) + height > YamlGuard::MaxExpandedNesting)
            m_expansionProblem = m_locator.at(mark, Problem::Severity::Error, YamlGuard::nestsTooDeeplyMessage());
    }

    void warn(const YAML::Mark &mark, const QString &message)
    {
        m_summary->problems.append(m_locator.at(mark, Problem::Severity::Warning, message));
    }

    bool keyIs(const Frame &frame, QLatin1StringView key) const
    {
        return QLatin1StringView(frame.key.data(), qsizetype(frame.key.size())) == key;
    }

    // A dimension of the story's picture; 0 when it is not one. Only layout depends on it,
    // so a wrong value is not reported as a problem of the story.
    static qint32 pixelCount(const std::string &value)
    {
        const std::optional<qint64> number = StorySchema::parseInt(QString::fromStdString(value));
        return number && *number > 0 && *number <= MaxPixelCount ? qint32(*number) : 0;
    }
    static constexpr qint64 MaxPixelCount = 100000;

    static bool isSingleValueKey(QLatin1StringView key)
    {
        using namespace StorySchema;
        return key == Title || key == Excerpt || key == Category || key == Type || key == WebUrl
            || key == PublishedDateTime || key == Quality || key == Heat || key == Published;
    }

    Slot slotForContainer(Frame &parent, const YAML::Mark &mark, bool isMap)
    {
        using namespace StorySchema;
        if (parent.isMap && parent.expectingKey)
            return Slot::Skip; // a complex key: never a story field
        const QLatin1StringView key(parent.key.data(), qsizetype(parent.key.size()));
        switch (parent.slot) {
        case Slot::Top:
            if (key == Provider) {
                if (isMap)
                    return Slot::Provider;
                warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "provider must be a map with name and domain"));
            } else if (key == Topics) {
                if (!isMap)
                    return Slot::Topics;
                warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "topics must be a list of strings"));
            } else if (key == Images) {
                if (!isMap)
                    return Slot::Images;
            } else if (key == Related) {
                if (!isMap)
                    return Slot::Related;
                warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "related must be a list of entries"));
            } else if (isSingleValueKey(key)) {
                warn(mark, QStringLiteral("%1 must be a single value, not a %2").arg(key, isMap ? QStringLiteral("map") : QStringLiteral("list")));
            }
            return Slot::Skip;
        case Slot::Provider:
            return key == Images && !isMap ? Slot::ProviderImages : Slot::Skip;
        case Slot::ProviderImages:
            return parent.index == 0 && isMap ? Slot::ProviderLogo : Slot::Skip;
        case Slot::Images:
            return parent.index == 0 && isMap ? Slot::FirstImage : Slot::Skip;
        case Slot::Topics:
            warn(mark, (isMap ? QCoreApplication::translate("Storydesk::SummaryReader", "topics must be a list of strings; entry %1 is a map")
                              : QCoreApplication::translate("Storydesk::SummaryReader", "topics must be a list of strings; entry %1 is a list"))
                           .arg(parent.index + 1));
            return Slot::Skip;
        case Slot::Related:
            ++m_summary->relatedCount;
            if (isMap)
                return Slot::RelatedEntry;
            warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "related entry %1 must be a map with a webUrl").arg(parent.index + 1));
            return Slot::Skip;
        case Slot::Mapped:
            return mappedContainer(parent, mark, isMap);
        case Slot::Skip:
        case Slot::ProviderLogo:
        case Slot::FirstImage:
        case Slot::RelatedEntry:
            return Slot::Skip;
        }
        return Slot::Skip;
    }

    // --- reading by a site's field map (any map but the story format's) ---

    int mappedNode(const Frame &parent) const
    {
        return parent.isMap ? m_plan->child(parent.planNode, parent.key) : m_plan->child(parent.planNode, parent.index);
    }

    Slot mappedContainer(const Frame &parent, const YAML::Mark &mark, bool isMap)
    {
        const int node = mappedNode(parent);
        if (node == FieldPlan::Nowhere)
            return Slot::Skip;
        if (m_plan->target(node) == FieldPlan::Target::Role) {
            switch (m_plan->role(node)) {
            case FieldRole::Topics:
                if (!isMap)
                    return Slot::Topics;
                warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "topics must be a list of strings"));
                return Slot::Skip;
            case FieldRole::Related:
                if (!isMap)
                    return Slot::Related;
                warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "related must be a list of entries"));
                return Slot::Skip;
            default:
                if (!m_plan->hasChildren(node)) {
                    warn(mark, QStringLiteral("%1 must be a single value, not a %2").arg(m_plan->pathText(node), isMap ? QStringLiteral("map") : QStringLiteral("list")));
                    return Slot::Skip;
                }
            }
        }
        if (!m_plan->hasChildren(node))
            return Slot::Skip;
        m_nextPlanNode = node;
        return Slot::Mapped;
    }

    void storeMapped(const Frame &parent, const YAML::Mark &mark, const std::string &value, Value kind)
    {
        const int node = mappedNode(parent);
        if (node == FieldPlan::Nowhere || m_plan->target(node) == FieldPlan::Target::None)
            return;
        if (m_plan->target(node) != FieldPlan::Target::Role) {
            (m_plan->target(node) == FieldPlan::Target::ImageWidth ? m_summary->imageWidth : m_summary->imageHeight) = pixelCount(value);
            return;
        }
        const bool isNull = kind == Value::Null || kind == Value::Alias;
        const auto text = [&value] { return QString::fromStdString(value); };
        const auto bytes = [&value] { return utf8Of(value); };
        const FieldRole role = m_plan->role(node);
        switch (role) {
        case FieldRole::Title: m_summary->title = text(); return;
        case FieldRole::Excerpt: m_summary->excerpt = bytes(); return;
        case FieldRole::Category: m_summary->category = text(); return;
        case FieldRole::Type: m_summary->type = text(); return;
        case FieldRole::ProviderName: m_summary->providerName = text(); return;
        case FieldRole::ProviderDomain: m_summary->providerDomain = text(); return;
        case FieldRole::Link: m_summary->webUrl = bytes(); return;
        case FieldRole::Image: m_summary->imageUrl = bytes(); return;
        default:
            break;
        }
        if (isNull)
            return; // an empty typed field reads as missing, which is not a problem
        using namespace StorySchema;
        switch (role) {
        case FieldRole::Date:
            m_summary->publishedDateTime = parseTimestamp(text());
            if (!m_summary->publishedDateTime.isValid())
                warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "%1 is not a date and time: '%2'").arg(m_plan->pathText(node), text()));
            return;
        case FieldRole::Quality:
        case FieldRole::Heat:
            if (const std::optional<QString> problem = checkScore(role == FieldRole::Quality ? Quality : Heat, text(),
                                                                  role == FieldRole::Quality ? &m_summary->quality : &m_summary->heat))
                warn(mark, *problem);
            return;
        case FieldRole::Published: {
            const std::optional<bool> flag = parseBool(text());
            if (!flag || kind == Value::QuotedText) {
                m_summary->published = StorySummary::Published::Invalid;
                warn(mark, kind == Value::QuotedText
                    ? QCoreApplication::translate("Storydesk::SummaryReader", "%1 must be true or false, not the text \"%2\"").arg(m_plan->pathText(node), text())
                    : QCoreApplication::translate("Storydesk::SummaryReader", "%1 must be true or false, not '%2'").arg(m_plan->pathText(node), text()));
            } else {
                m_summary->published = m_plan->map().isPublishedBy(*flag) ? StorySummary::Published::Yes : StorySummary::Published::No;
            }
            return;
        }
        case FieldRole::Topics:
            m_summary->topics.append(text()); // a plain string is one topic
            return;
        case FieldRole::Related:
            warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "related must be a list of entries"));
            return;
        default:
            return;
        }
    }

    // A top-level key, and its value when it is a short scalar, lowercased: what
    // `field:KEY` and `field:KEY=VALUE` look at (StorySummary::fieldKeys, fieldValues).
    void noteField(const std::string &key)
    {
        if (key.empty() || key.find('\n') != std::string::npos)
            return;
        m_fieldKeys.append(key.data(), qsizetype(key.size()));
        m_fieldKeys.append('\n');
        m_fieldValues.append('\n');
        m_fieldValuePending = true;
    }
    void noteFieldValue(const std::string &value, Value kind)
    {
        if (!m_fieldValuePending)
            return;
        m_fieldValuePending = false;
        if (kind == Value::Null || kind == Value::Alias || value.empty() || value.size() > StorySummary::MaxFieldValueBytes
            || value.find('\n') != std::string::npos)
            return;
        m_fieldValues.chop(1);
        m_hasFieldValue = true;
        const qsizetype start = m_fieldValues.size();
        m_fieldValues.append(value.data(), qsizetype(value.size()));
        bool ascii = true;
        for (qsizetype i = start; i < m_fieldValues.size(); ++i) {
            char &c = m_fieldValues[i];
            ascii = ascii && quint8(c) < 0x80;
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
        if (!ascii) {
            const QByteArray folded = QString::fromUtf8(m_fieldValues.constData() + start, m_fieldValues.size() - start).toLower().toUtf8();
            m_fieldValues.truncate(start);
            m_fieldValues.append(folded);
        }
        m_fieldValues.append('\n');
    }

    void startContainer(const YAML::Mark &mark, bool isMap, YAML::anchor_t anchor)
    {
        Frame frame;
        frame.isMap = isMap;
        frame.mark = mark;
        frame.anchor = anchor;
        frame.valuesBefore = m_expandedValues;
        ++m_expandedValues;
        if (m_stack.empty()) {
            if (isMap) {
                frame.slot = m_plan ? Slot::Mapped : Slot::Top;
                frame.planNode = FieldPlan::Root;
            } else {
                warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "the front matter is not a map of keys and values"));
            }
        } else {
            if (m_stack.size() == 1)
                m_fieldValuePending = false;
            frame.slot = slotForContainer(m_stack.back(), mark, isMap);
            if (frame.slot == Slot::Mapped)
                frame.planNode = m_nextPlanNode;
        }
        m_stack.push_back(std::move(frame));
    }

    void endContainer()
    {
        if (m_stack.empty())
            return;
        const Frame &done = m_stack.back();
        if (done.slot == Slot::RelatedEntry && !done.hasWebUrl && m_stack.size() >= 2)
            warn(done.mark, QCoreApplication::translate("Storydesk::SummaryReader", "related entry %1 has no webUrl").arg(m_stack.at(m_stack.size() - 2).index + 1));
        const Extent extent{m_expandedValues - done.valuesBefore, done.childHeight + 1};
        const YAML::anchor_t anchor = done.anchor;
        const YAML::Mark mark = done.mark;
        m_stack.pop_back();
        // The container's own value was counted when it started; now it is known whole.
        m_expandedValues -= extent.values;
        countExpansion(mark, anchor, extent.values, extent.height);
        valueDone();
    }

    // A value (or a key) has been read in the innermost container: move past it.
    void valueDone()
    {
        if (m_stack.empty())
            return;
        Frame &parent = m_stack.back();
        if (!parent.isMap) {
            ++parent.index;
        } else if (parent.expectingKey) {
            parent.expectingKey = false; // that was a complex key; its value follows
        } else {
            parent.expectingKey = true;
            parent.key.clear();
        }
    }

    void scalar(const YAML::Mark &mark, const std::string &value, Value kind)
    {
        const bool isNull = kind == Value::Null || kind == Value::Alias;
        if (m_stack.empty()) {
            if (!isNull)
                warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "the front matter is not a map of keys and values"));
            return;
        }
        Frame &parent = m_stack.back();
        if (parent.isMap && parent.expectingKey) {
            parent.key = value;
            parent.expectingKey = false;
            if (m_stack.size() == 1 && (parent.slot == Slot::Top || parent.slot == Slot::Mapped)) {
                noteTopLevelKey(mark, value);
                noteField(value);
            }
            return;
        }
        if (m_stack.size() == 1)
            noteFieldValue(value, kind);
        if (parent.slot == Slot::Mapped)
            storeMapped(parent, mark, value, kind);
        else if (parent.slot != Slot::Skip)
            storeScalar(parent, mark, value, kind);
        valueDone();
    }

    // A key written twice is an error: the engine edits the first, Jekyll reads the last.
    // Marks are kept, not lines: locating costs a scan, paid only for a duplicate.
    void noteTopLevelKey(const YAML::Mark &mark, const std::string &key)
    {
        const auto [first, added] = m_topLevelKeys.try_emplace(key, mark);
        if (!added) {
            const int firstLine = m_locator.at(first->second, Problem::Severity::Error, QString()).line;
            m_summary->problems.append(m_locator.at(mark, Problem::Severity::Error,
                StorySchema::duplicateKeyMessage(QString::fromStdString(key), firstLine)));
        }
    }

    void storeScalar(Frame &parent, const YAML::Mark &mark, const std::string &value, Value kind)
    {
        const bool isNull = kind == Value::Null || kind == Value::Alias;
        using namespace StorySchema;
        const QLatin1StringView key(parent.key.data(), qsizetype(parent.key.size()));
        switch (parent.slot) {
        case Slot::Top:
            storeTopLevel(key, mark, value, isNull, kind == Value::QuotedText);
            return;
        case Slot::Provider:
            if (key == Name)
                m_summary->providerName = QString::fromStdString(value);
            else if (key == Domain)
                m_summary->providerDomain = QString::fromStdString(value);
            return;
        case Slot::ProviderLogo:
            if (key == Url)
                m_summary->providerLogoUrl = utf8Of(value);
            return;
        case Slot::FirstImage:
            if (key == Url)
                m_summary->imageUrl = utf8Of(value);
            else if (key == Width || key == Height)
                (key == Width ? m_summary->imageWidth : m_summary->imageHeight) = pixelCount(value);
            return;
        case Slot::Topics:
            if (kind == Value::Null) {
                m_summary->problems.append(m_locator.atEmpty(mark, Problem::Severity::Warning,
                    QCoreApplication::translate("Storydesk::SummaryReader", "topics must be a list of strings; entry %1 is empty").arg(parent.index + 1)));
            } else if (kind == Value::Alias) {
                warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "topics must be a list of strings; entry %1 is an alias").arg(parent.index + 1));
            } else {
                m_summary->topics.append(QString::fromStdString(value));
            }
            return;
        case Slot::Related:
            ++m_summary->relatedCount;
            warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "related entry %1 must be a map with a webUrl").arg(parent.index + 1));
            return;
        case Slot::RelatedEntry:
            if (key == WebUrl && !value.empty())
                parent.hasWebUrl = true;
            return;
        case Slot::Skip:
        case Slot::ProviderImages:
        case Slot::Images:
        case Slot::Mapped:
            return;
        }
    }

    void storeTopLevel(QLatin1StringView key, const YAML::Mark &mark, const std::string &value, bool isNull, bool quoted)
    {
        using namespace StorySchema;
        const auto text = [&value] { return QString::fromStdString(value); };
        if (key == Title) {
            m_summary->title = text();
        } else if (key == Excerpt) {
            m_summary->excerpt = utf8Of(value);
        } else if (key == Category) {
            m_summary->category = text();
        } else if (key == Type) {
            m_summary->type = text();
        } else if (key == WebUrl) {
            m_summary->webUrl = utf8Of(value);
        } else if (isNull) {
            return; // an empty typed field reads as missing, which is not a problem
        } else if (key == PublishedDateTime) {
            if (const std::optional<QString> problem = checkTimestamp(text(), &m_summary->publishedDateTime))
                warn(mark, *problem);
        } else if (key == Quality || key == Heat) {
            qint16 *score = key == Quality ? &m_summary->quality : &m_summary->heat;
            if (const std::optional<QString> problem = checkScore(key == Quality ? Quality : Heat, text(), score))
                warn(mark, *problem);
        } else if (key == Published) {
            bool published = false;
            if (const std::optional<QString> problem = checkPublished(text(), quoted, &published)) {
                m_summary->published = StorySummary::Published::Invalid;
                warn(mark, *problem);
            } else {
                m_summary->published = published ? StorySummary::Published::Yes : StorySummary::Published::No;
            }
        } else if (key == Topics) {
            warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "topics must be a list of strings, not a single value"));
        } else if (key == Provider) {
            warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "provider must be a map with name and domain"));
        } else if (key == Related) {
            warn(mark, QCoreApplication::translate("Storydesk::SummaryReader", "related must be a list of entries"));
        }
    }

    StorySummary *m_summary;
    const Locator &m_locator;
    const FieldPlan *m_plan;
    int m_nextPlanNode = FieldPlan::Nowhere;
    QByteArray m_fieldKeys;
    QByteArray m_fieldValues;
    bool m_fieldValuePending = false;
    bool m_hasFieldValue = false;
    std::vector<Frame> m_stack;
    qsizetype m_lastQuote = -1;
    qint64 m_expandedValues = 0;
    std::unordered_map<YAML::anchor_t, Extent> m_anchors;
    std::unordered_map<std::string, YAML::Mark> m_topLevelKeys;   // where each was first seen
    std::optional<Problem> m_expansionProblem;
};

void markBroken(StorySummary *summary, const Problem &problem)
{
    summary->broken = true;
    summary->problems = {problem};
}

// A half-merged story: the markers are what is wrong with it (in the front matter they are
// also why it does not parse, so they replace the YAML error they cause).
void noteConflicts(StorySummary *summary, const QByteArray &bytes)
{
    const Problems conflicts = ConflictMarkers::find(bytes);
    if (conflicts.isEmpty())
        return;
    summary->problems = summary->broken ? conflicts : conflicts + summary->problems;
}

} // namespace

// The compiled plan of the map last used on this thread: a load reads every story of a
// folder with one map, so it is compiled once a thread, not once a file.
const FieldPlan *planFor(const FieldMap &map)
{
    if (map.isStoryFormat())
        return nullptr;
    thread_local std::unique_ptr<FieldPlan> plan;
    if (!plan || !(plan->map() == map))
        plan = std::make_unique<FieldPlan>(map);
    return plan.get();
}

qint64 SummaryReader::readLimit()
{
    return YamlGuard::MaxFrontMatterBytes + 64 * 1024;
}

StorySummary SummaryReader::read(const QString &path)
{
    return read(path, FieldMap::storyFormat());
}

StorySummary SummaryReader::read(const QString &path, const FieldMap &map)
{
    StorySummary summary;
    summary.path = path;
    // Only the front matter matters here: a file too large to hold it within the limit is
    // read no further than needed to tell so. Stat'ed before it is read (see FileHead).
    const FileHead head = FileHead::read(path, readLimit());
    if (head.isStated())
        summary.identity = FileIdentity::of(head.status());
    switch (head.kind()) {
    case FileHead::Kind::File:
        break;
    case FileHead::Kind::Folder:
        markBroken(&summary, Problem{Problem::Severity::Error, 0, 0, QCoreApplication::translate("Storydesk::SummaryReader", "cannot read the file: it is a folder")});
        return summary;
    case FileHead::Kind::NotAFile:
        markBroken(&summary, Problem{Problem::Severity::Error, 0, 0,
                                     QCoreApplication::translate("Storydesk::SummaryReader", "cannot read the file: it is not a regular file (a pipe or a device)")});
        return summary;
    case FileHead::Kind::Unreadable:
        markBroken(&summary, Problem{Problem::Severity::Error, 0, 0,
                                     QCoreApplication::translate("Storydesk::SummaryReader", "cannot read the file: %1").arg(head.errorString())});
        return summary;
    }
    summarize(&summary, head.bytes(), head.isTruncated(), planFor(map));
    noteConflicts(&summary, head.bytes());
    return summary;
}

StorySummary SummaryReader::fromBytes(const QString &path, const QByteArray &bytes)
{
    return fromBytes(path, bytes, FieldMap::storyFormat());
}

StorySummary SummaryReader::fromBytes(const QString &path, const QByteArray &bytes, const FieldMap &map)
{
    StorySummary summary;
    summary.path = path;
    summarize(&summary, bytes, false, planFor(map));
    noteConflicts(&summary, bytes);
    return summary;
}

Problems SummaryReader::problemsAdded(const QByteArray &before, const QByteArray &after, const FieldMap &map)
{
    QHash<QString, int> known;
    for (const Problem &p : fromBytes(QString(), before, map).problems)
        ++known[p.message];
    Problems added;
    for (const Problem &p : fromBytes(QString(), after, map).problems) {
        if (known.value(p.message) > 0)
            --known[p.message];
        else
            added.append(p);
    }
    return added;
}

void SummaryReader::summarize(StorySummary *summary, const QByteArray &bytes, bool truncated, const FieldPlan *plan)
{
    const StoryFile file = StoryFile::split(bytes);
    if (!file.hasFrontMatter()) {
        if (file.layout() == StoryFile::Layout::Unclosed && truncated) {
            markBroken(summary, Problem{Problem::Severity::Error, file.frontMatterFirstLine(), 1,
                                        QCoreApplication::translate("Storydesk::SummaryReader", "the front matter is larger than the %1 MB a story may have")
                                            .arg(YamlGuard::MaxFrontMatterBytes / (1024 * 1024))});
            return;
        }
        // A Markdown page without front matter is not a story, but it is shown so editors
        // see it: as a broken row with a warning rather than an error, since nothing is wrong
        // with the file itself.
        const Problem::Severity severity = file.layout() == StoryFile::Layout::NoFrontMatter
            ? Problem::Severity::Warning : Problem::Severity::Error;
        markBroken(summary, Problem{severity, file.reasonLine(), file.reasonColumn(), file.reason()});
        return;
    }

    const QByteArrayView yaml = QByteArrayView(bytes).sliced(file.frontMatterBegin(),
                                                             file.frontMatterEnd() - file.frontMatterBegin());
    const Locator locator(yaml, file.frontMatterFirstLine());
    // Oversized or absurdly nested front matter never reaches yaml-cpp (see YamlGuard).
    if (const std::optional<YamlGuard::Refusal> refusal = YamlGuard::check(yaml)) {
        markBroken(summary, locator.at(refusal->offset, Problem::Severity::Error, refusal->message));
        return;
    }

    try {
        // libyaml first, six times faster; what it declines, yaml-cpp reads afresh and
        // judges (LibYamlEventSource sends the events yaml-cpp would).
        const StorySummary unread = *summary;
        std::optional<SummaryEventHandler> handler(std::in_place, summary, locator, plan);
        if (!LibYamlEventSource::parse(yaml, *handler)) {
            *summary = unread;
            handler.emplace(summary, locator, plan);
            ByteStreamBuffer buffer(yaml);
            std::istream in(&buffer);
            YAML::Parser parser(in);
            parser.HandleNextDocument(*handler); // the front matter is one document
        }
        handler->takeFields(summary);
        // Hugo and Jekyll read a page without the key as published (or as set in site.yaml).
        if (plan && summary->published == StorySummary::Published::Missing && plan->map().publishedDefault())
            summary->published = *plan->map().publishedDefault() ? StorySummary::Published::Yes : StorySummary::Published::No;
        if (const std::optional<Problem> &expansion = handler->expansionProblem())
            markBroken(summary, *expansion);
        else if (const qsizetype open = handler->unclosedQuote(); open >= 0) {
            markBroken(summary, locator.at(open, Problem::Severity::Error,
                                           QCoreApplication::translate("Storydesk::SummaryReader", "the quoted value starting here is never closed")));
        }
    } catch (const YAML::Exception &e) {
        markBroken(summary, locator.at(e.mark, Problem::Severity::Error, QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        markBroken(summary, locator.at(0, Problem::Severity::Error,
                                       QCoreApplication::translate("Storydesk::SummaryReader", "the front matter could not be read: %1").arg(QString::fromLocal8Bit(e.what()))));
    }
    summary->searchKey = SearchKey::of(*summary);
}

} // namespace Storydesk
